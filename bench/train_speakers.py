"""Train the speaker chooser (site_builder/annotate/quotes/chooser.py) on the quote dev set's TUNE split.

Usage:
  .venv/bin/python bench/train_speakers.py [--cv 5] [--epochs 5] [--margin 1.0] [--write]

Runs the quote finder over the tune articles with the chooser in recording mode (the rules'
answers are kept), labels each candidate of each quote that matches a gold quote (a candidate
is right when the scorer's `same_speaker` accepts it; "no speaker" is right for a null gold),
and trains an averaged perceptron that ranks the candidates of a quote. Reports, by
cross-validation within tune (folds by article), the speaker accuracy of the rules and of the
model on the same matched quotes, and how many of the model's overrides gained or lost an answer.
The model decides only where the rules abstained after a cue (chooser.FILL_ONLY), as in the
site. `--write` trains on all of tune and writes the weights
(site_builder/annotate/quotes/data/speaker_weights.json). The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quotes_eval import ANNOTATORS, Span, article_text, locate, match, read_articles, read_gold, same_speaker  # noqa: E402
from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.annotate.quotes import chooser  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

Example = list[tuple[tuple[str, ...], bool]]  # one quote: (features, right?) per candidate, the rules' first


def examples() -> list[tuple[str, Example]]:
    golds = [read_gold(who) for who in ANNOTATORS]
    out: list[tuple[str, Example]] = []
    saved = chooser.RECORD
    for row in read_articles():
        if row.split != "tune":
            continue
        quotes = next((g[row.file] for g in golds if row.file in g), None)
        if quotes is None:
            continue
        text = article_text(row.file)
        chooser.RECORD = []
        annotate_text(text, EMPTY_REGISTRY)
        recorded, chooser.RECORD = chooser.RECORD, saved
        system = []
        for start, end, cands in recorded:
            cut = text.find("\n\n", start, end)
            system.append(Span(start, end if cut < 0 else cut, None, "", {"cands": cands}))
        gold = [g for g in (locate(text, q) for q in quotes) if g is not None]
        for g, s in match(gold, system):
            ex = [(c.feats, same_speaker(g.speaker, c.speaker.name if c.speaker else None)) for c in s.extra["cands"]]
            out.append((row.file, ex))
    return out


def _score(feats: tuple[str, ...], w: dict[str, float]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def predict(ex: Example, w: dict[str, float]) -> int:
    best, best_s = 0, float("-inf")
    for i, (feats, _) in enumerate(ex):
        s = _score(feats, w)
        if s > best_s:
            best, best_s = i, s
    return best


def _kept_abstention(ex: Example) -> bool:
    """As in chooser.choose: the model does not override a deliberate abstention (a cue and
    nobody named: "People kept saying", "You said" with no one addressed) nor speak for a quote
    the rules found no cue for (those gains came from turning uncued quotes in transcript turns
    into the turn's speaker, which the abstention conventions forbid)."""
    feats = ex[0][0]
    cued = any(f.startswith("src=rule|where=") and not f.endswith("nocue") for f in feats)
    return not cued or "src=none" in feats


def decide(ex: Example, w: dict[str, float], margin: float) -> int:
    """The model's candidate when it beats the rules' answer (candidate 0) by more than `margin`."""
    if _kept_abstention(ex):
        return 0
    if chooser.FILL_ONLY and "src=none" not in ex[0][0]:
        return 0  # the rules named someone: their answer stands
    i = predict(ex, w)
    return i if _score(ex[i][0], w) - _score(ex[0][0], w) > margin else 0


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
            if not rights:
                continue
            guess = predict(ex, w)
            if ex[guess][1]:
                continue
            good = max(rights, key=lambda i: _score(ex[i][0], w))
            for f, d in [(f, 1.0) for f in ex[good][0]] + [(f, -1.0) for f in ex[guess][0]]:
                total[f] += (t - stamp[f]) * w[f]
                stamp[f] = t
                w[f] += d
    for f in w:
        total[f] += (t - stamp[f]) * w[f]
    return {f: round(v / t, 4) for f, v in sorted(total.items()) if abs(v / t) >= 1e-4}


def cross_validate(data: list[tuple[str, Example]], folds: int, epochs: int, margin: float) -> tuple[int, int, int]:
    files = sorted({f for f, _ in data})
    fold_of = {f: i % folds for i, f in enumerate(files)}
    rules = model = gained = lost = 0
    for k in range(folds):
        train_set = [ex for f, ex in data if fold_of[f] != k]
        w = train(train_set, epochs)
        for f, ex in data:
            if fold_of[f] == k:
                r, m = ex[0][1], ex[decide(ex, w, margin)][1]
                rules += r
                model += m
                gained += m and not r
                lost += r and not m
    print(f"  the model's overrides: {gained} right where the rules were wrong, {lost} wrong where they were right")
    return len(data), rules, model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", "--cv", type=int, default=5, help="k of the k-fold cross-validation within tune (folds by article)")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--margin", type=float, default=1.0, help="the model overrides the rules only by more than this")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    data = examples()
    n, rules, model = cross_validate(data, args.folds, args.epochs, args.margin)
    reachable = sum(1 for _, ex in data if any(ok for _, ok in ex))
    print(f"tune matched quotes: {n} (a right candidate exists for {reachable})")
    print(f"{args.folds}-fold CV by article: rules {rules}/{n} = {rules / n:.3f}; model {model}/{n} = {model / n:.3f}")
    if args.write:
        w = train([ex for _, ex in data], args.epochs)
        chooser.WEIGHTS.write_text(json.dumps({"trained_on": "bench/quotes_dev tune split", "epochs": args.epochs, "margin": args.margin, "weights": w}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(w)} weights to {chooser.WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
