"""Train the speaker chooser (site_builder/annotate/quotes/chooser.py) on newspaper text and the corpus tune split.

Usage:
  .venv/bin/python bench/train_speakers.py [--folds 5] [--epochs 8] [--margin M] [--write] [--study]
  .venv/bin/python bench/train_speakers.py --score dev5 dev6   # rules vs the written model, no training

Runs the quote finder over the news dev parts (bench/quotes_eval.NEWS_DEV_PARTS) and the corpus
tune split with the chooser in recording mode (the rules' answers are kept), labels each
candidate of each quote that matches a gold quote (right when the scorer's `same_speaker`
accepts it; "no speaker" is right for a null gold), and trains an averaged perceptron that
ranks the candidates of a quote. Reports, by cross-validation BY ARTICLE (k folds, every part's
articles dealt round-robin), the speaker accuracy of the rules and of the model on the same
matched quotes, part by part, and how many overrides gained or lost an answer. The margin is
chosen inside the training folds only (nested), so the CV figures are held out.
`--write` trains on everything and writes the weights and the margin
(site_builder/annotate/quotes/data/speaker_weights.json). The news test parts are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quotes_eval import (  # noqa: E402
    ANNOTATORS,
    NEWS_DEV_PARTS,
    Span,
    article_text,
    evaluate_news,
    locate,
    match,
    news_articles,
    read_articles,
    read_gold,
    same_speaker,
)
from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.annotate.quotes import chooser  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

Example = list[tuple[tuple[str, ...], bool]]  # one quote: (features, right?) per candidate, the rules' first
Row = tuple[str, str, Example, str]  # (part, article, example, what to show when studying)
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 1e9)
FORCE = [False]  # --force: an abstention of the rules always takes the best named candidate
HELD_OUT = ("test", "test2", "test3")  # never read here


def _recorded(text: str) -> list[Span]:
    with chooser.recording() as recorded:
        annotate_text(text, EMPTY_REGISTRY)
    out = []
    for start, end, cands in recorded:
        cut = text.find("\n\n", start, end)
        out.append(Span(start, end if cut < 0 else cut, None, "", {"cands": cands}))
    return out


def article_examples(part: str, name: str, text: str, quotes: list[dict]) -> list[Row]:
    gold = [g for g in (locate(text, q) for q in quotes) if g is not None]
    rows: list[Row] = []
    for g, s in match(gold, _recorded(text)):
        cands = s.extra["cands"]
        ex = [(c.feats, same_speaker(g.speaker, c.speaker.name if c.speaker else None)) for c in cands]
        shown = f"gold={g.speaker!r} rule={cands[0].speaker.name if cands[0].speaker else None!r} {g.text[:70]!r}"
        rows.append((part, f"{part}/{name}", ex, shown))
    return rows


def examples(parts: tuple[str, ...] = NEWS_DEV_PARTS, corpus: bool = True) -> list[Row]:
    assert not set(parts) & set(HELD_OUT), "the news test parts are held out"
    out: list[Row] = []
    for part in parts:
        for name, (_, text, quotes) in sorted(news_articles(part).items()):
            out += article_examples(part, name, text, quotes)
    if corpus:
        golds = [read_gold(who) for who in ANNOTATORS]
        for row in read_articles():
            quotes = next((g[row.file] for g in golds if row.file in g), None)
            if row.split == "tune" and quotes is not None:
                out += article_examples("tune", row.file, article_text(row.file), quotes)
    return out


def predict(ex: Example, w: dict[str, float]) -> int:
    best, best_s = 0, float("-inf")
    for i, (feats, _) in enumerate(ex):
        s = chooser.score(feats, w)
        if s > best_s:
            best, best_s = i, s
    return best


def decide(ex: Example, w: dict[str, float], margin: float) -> int:
    """The model's candidate when it beats the rules' answer (candidate 0) by more than `margin`, as
    chooser.choose: a deliberate abstention of the rules stands, and a candidate whose gender
    clashes with the cue's "he"/"she" is never taken."""
    if chooser.KEEP_ABSTENTIONS and "src=none" in ex[0][0]:
        return 0
    if chooser.FILL_ONLY and "src=none" not in ex[0][0]:
        return 0
    if FORCE[0] and "src=none" in ex[0][0] and len(ex) > 1:
        return max(range(1, len(ex)), key=lambda i: chooser.score(ex[i][0], w))
    return chooser.pick([feats for feats, _ in ex], w, margin)


def train(data: list[Example], epochs: int) -> dict[str, float]:
    """Averaged perceptron over candidate rankings (deterministic: fixed order, no shuffling)."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    t = 0
    for _ in range(epochs):
        for ex in data:
            t += 1
            rights = [i for i, (_, ok) in enumerate(ex) if ok]
            if not rights or len(rights) == len(ex):
                continue
            guess = predict(ex, w)
            if ex[guess][1]:
                continue
            good = max(rights, key=lambda i: chooser.score(ex[i][0], w))
            for f, d in [(f, 1.0) for f in ex[good][0]] + [(f, -1.0) for f in ex[guess][0]]:
                total[f] += (t - stamp[f]) * w[f]
                stamp[f] = t
                w[f] += d
    for f in w:
        total[f] += (t - stamp[f]) * w[f]
    return {f: round(v / t, 4) for f, v in sorted(total.items()) if abs(v / t) >= 1e-4}


def train_logit(data: list[Example], epochs: int, rate: float = 0.1, l2: float = 1e-3) -> dict[str, float]:
    """A conditional logit over each quote's candidates (softmax of the summed weights), by SGD in a
    fixed order with an L2 pull on the weights it touches; the weights are log-odds, so the margin is one too."""
    w: dict[str, float] = defaultdict(float)
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for ex in data:
            if not any(ok for _, ok in ex) or all(ok for _, ok in ex):
                continue
            scores = [chooser.score(feats, w) for feats, _ in ex]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            z = sum(exps)
            right = sum(e for e, (_, ok) in zip(exps, ex, strict=True) if ok)
            grad: dict[str, float] = defaultdict(float)
            for e, (feats, ok) in zip(exps, ex, strict=True):
                g = e / z - (e / right if ok else 0.0)  # d(-log P(right))/d(score)
                for f in feats:
                    grad[f] += g
            for f, g in grad.items():
                w[f] -= step * (g + l2 * w[f])
    return {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 1e-4}


LEARNERS = {"perceptron": train, "logit": train_logit}
LEARNER = ["logit"]  # set by --learner


WEIGHT: dict[str, int] = {}  # part -> how many times its quotes are seen per epoch (--weight)


def learn(data: list[Example], epochs: int) -> dict[str, float]:
    return LEARNERS[LEARNER[0]](data, epochs)


def training_set(rows: list[Row]) -> list[Example]:
    """The rows' examples, a part's repeated as --weight asks (text the rules were not tuned on
    shows their errors as they fall on new text)."""
    return [ex for part, _, ex, _ in rows for _ in range(WEIGHT.get(part, 1))]


def fold_of(rows: list[Row], folds: int) -> dict[str, int]:
    """Articles dealt round-robin within each part, so every fold holds some of every part."""
    by_part: dict[str, list[str]] = defaultdict(list)
    for part, art, _, _ in rows:
        if art not in by_part[part]:
            by_part[part].append(art)
    return {art: i % folds for arts in by_part.values() for i, art in enumerate(sorted(arts))}


def pick_margin(rows: list[Row], folds: int, epochs: int) -> float:
    """The margin that gains most over the rules by an inner CV on `rows` (ties: the larger margin)."""
    fo = fold_of(rows, folds)
    gain = dict.fromkeys(MARGINS, 0)
    for k in range(folds):
        w = learn(training_set([r for r in rows if fo[r[1]] != k]), epochs)
        for _, a, ex, _ in rows:
            if fo[a] == k:
                for m in MARGINS:
                    gain[m] += ex[decide(ex, w, m)][1] - ex[0][1]
    return max(MARGINS, key=lambda m: (gain[m], m))


def cross_validate(rows: list[Row], folds: int, epochs: int, margin: float | None, study: bool) -> None:
    fo = fold_of(rows, folds)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, rules, model, gained, lost
    for k in range(folds):
        train_rows = [r for r in rows if fo[r[1]] != k]
        w = learn(training_set(train_rows), epochs)
        m = margin if margin is not None else pick_margin(train_rows, folds, epochs)
        print(f"  fold {k}: margin {m:g}")
        for part, art, ex, shown in rows:
            if fo[art] != k:
                continue
            i = decide(ex, w, m)
            r, mo = ex[0][1], ex[i][1]
            for key in (part, "ALL"):
                c = per[key]
                c[0] += 1
                c[1] += r
                c[2] += mo
                c[3] += mo and not r
                c[4] += r and not mo
            if study and r != mo:
                print(f"    {'GAIN' if mo else 'LOSS'} {art} {shown} -> {[f for f in ex[i][0] if f.startswith('src=') and '|' not in f]}")
    print(f"{folds}-fold CV by article (speaker accuracy on matched quotes, the same quotes for both):")
    print(f"  {'part':<8}{'quotes':>8}{'rules':>9}{'model':>9}{'gained':>8}{'lost':>6}")
    for key in sorted(per, key=lambda p: (p == "ALL", p)):
        n, r, mo, g, lo = per[key]
        print(f"  {key:<8}{n:>8}{r / n:>9.3f}{mo / n:>9.3f}{g:>8}{lo:>6}")


def end_to_end(part: str) -> tuple[dict, dict]:
    """bench/quotes_eval's figures for a news part with the rules alone and with the written model."""
    saved = chooser.WEIGHTS
    try:
        chooser.WEIGHTS = saved.with_name("no_such_weights.json")
        chooser.model.cache_clear()
        rules = evaluate_news(part, False)["ALL"]
    finally:
        chooser.WEIGHTS = saved
        chooser.model.cache_clear()
    return rules, evaluate_news(part, False)["ALL"]


def score_parts(parts: list[str]) -> None:
    """Rules vs the written model on news parts neither was trained on: on the matched quotes with
    the rules' answer as candidate 0, and end to end (bench/quotes_eval, the site's output)."""
    w, margin = chooser.model()
    for part in parts:
        rules, model = end_to_end(part)
        print(f"{part} end to end: speaker accuracy rules {rules['speaker_acc']:.3f} ({rules['matched']} matched), "
              f"model {model['speaker_acc']:.3f} ({model['matched']} matched); quote F1 {rules['F1']:.3f} / {model['F1']:.3f}; "
              f"fillers {rules['fillers']} / {model['fillers']}")
        assert part not in HELD_OUT, "the news test parts are held out"
        rows = examples((part,), corpus=False)
        n = len(rows)
        r = sum(ex[0][1] for _, _, ex, _ in rows)
        mo = sum(ex[decide(ex, w, margin)][1] for _, _, ex, _ in rows)
        reach = sum(any(ok for _, ok in ex) for _, _, ex, _ in rows)
        print(f"{part}: {n} matched quotes; rules {r}/{n} = {r / max(n, 1):.3f}; model {mo}/{n} = {mo / max(n, 1):.3f}; "
              f"a right candidate for {reach}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", "--cv", type=int, default=5, help="k of the k-fold cross-validation (folds by article)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--margin", type=float, help="fixed override margin (default: chosen by an inner CV)")
    ap.add_argument("--learner", choices=sorted(LEARNERS), default="logit")
    ap.add_argument("--weight", nargs="*", default=[], metavar="PART=K", help="see a part's quotes K times per epoch")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--study", action="store_true", help="print each quote the model changes in CV")
    ap.add_argument("--fill", action="store_true", help="the model only fills the rules' abstentions (chooser.FILL_ONLY, KEEP_ABSTENTIONS off)")
    ap.add_argument("--force", action="store_true", help="with --fill: every abstention takes the best named candidate")
    ap.add_argument("--score", nargs="+", metavar="PART", help="score rules vs the written model on these news parts")
    args = ap.parse_args(argv)
    if args.score:
        score_parts(args.score)
        return 0
    LEARNER[0] = args.learner
    WEIGHT.update({p: int(k) for p, k in (x.split("=") for x in args.weight)})
    chooser.FILL_ONLY = args.fill
    FORCE[0] = args.fill and args.force
    chooser.KEEP_ABSTENTIONS = not args.fill
    rows = examples()
    reach = sum(any(ok for _, ok in ex) for _, _, ex, _ in rows)
    print(f"matched quotes: {len(rows)} (a right candidate for {reach}); parts {', '.join(NEWS_DEV_PARTS)} + corpus tune")
    cross_validate(rows, args.folds, args.epochs, args.margin, args.study)
    if args.write:
        data = training_set(rows)
        margin = args.margin if args.margin is not None else pick_margin(rows, args.folds, args.epochs)
        w = learn(data, args.epochs)
        meta = {"trained_on": f"news {' '.join(NEWS_DEV_PARTS)} + bench/quotes_dev tune", "epochs": args.epochs, "learner": args.learner, "part_weights": WEIGHT,
                "margin": margin, "weights": w}
        chooser.WEIGHTS.write_text(json.dumps(meta, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(w)} weights (margin {margin:g}) to {chooser.WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
