"""Train the entity model (averaged structured perceptron) and write its weights into the package.

Usage: python bench/train_entities.py [SHARED_DIR] [--epochs N] [--out FILE]
Reads SHARED/eval/entities/{gum_news_train,gum_more_train}.jsonl (SHARED defaults to ../shared
beside the repository) and writes site_builder/annotate/entities/data/model.json.

Targets follow the site's conventions, not GUM's: a gold person, organisation or place becomes
the run tokens inside it that end on its last word, without a leading "The" and, for people,
without the title before the name ("US President Barack Obama" -> "Barack Obama") or the
affiliation after it ("… of the Civic Party", which extents.py adds back). Groups of people
("Americans", "Pacific Islanders") and title-headed mentions ("the President") are trained as
non-names. A name that ends a description GUM does not count as named ("interior minister
Gérald Darmanin") is a target too. Nested gold names ("Texas" in "University of Texas Arlington") are targets only where
no longer target covers them. Deterministic: fixed epochs, fixed shuffling seed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate.entities.features import MAX_TOKENS, candidate  # noqa: E402
from site_builder.annotate.entities.lexicon import Lexicon, lexicon  # noqa: E402
from site_builder.annotate.entities.model import MODEL_FILE, TYPES, Weights, best_spans, candidates, masked, save_weights  # noqa: E402
from site_builder.annotate.entities.names import name_table  # noqa: E402
from site_builder.annotate.entities.people import is_title  # noqa: E402
from site_builder.annotate.entities.pipeline import prepare  # noqa: E402
from site_builder.annotate.entities.tokens import Token  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

GOLD_FILES = ("gum_news_train.jsonl", "gum_more_train.jsonl")
LEXICAL = frozenset(("f=", "l=", "m=", "pw", "nw", "l3", "c="))  # word features (the rest are classes)
AFFILIATION = frozenset(("of", "of the", "from"))


@dataclass(frozen=True, slots=True)
class Example:
    """One run: its length, candidate spans with features, and the gold spans (i, j, type index)."""

    n: int
    cands: list[tuple[int, int, list[str]]]
    gold: frozenset[tuple[int, int, int]]


def scorer_module(shared: Path):
    spec = importlib.util.spec_from_file_location("score_entities", shared / "eval" / "entities" / "score_entities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def load_docs(shared: Path) -> list[dict]:
    docs = []
    for name in GOLD_FILES:
        for raw in (shared / "eval" / "entities" / name).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                docs.append(json.loads(raw))
    return docs


def _trim(tokens: tuple[Token, ...], i: int, j: int, kind: str, lex: Lexicon) -> tuple[int, int]:
    """The site's span inside a gold span's block of run tokens [i, j)."""
    if kind == "person":
        cut = next((k for k in range(i + 1, j) if tokens[k].connector and tokens[k].low in AFFILIATION), j)
        j = cut
        titles = [k for k in range(i, j - 1) if not tokens[k].connector and is_title(tokens[k].low, lex)]
        k = titles[-1] + 1 if titles else i  # "U.S. President Donald Trump" -> "Donald Trump"
        while k < j - 1 and (tokens[k].connector or is_title(tokens[k].low, lex)
                             or tokens[k].low in lex.title_modifiers):
            k += 1
        i = k
    while i < j and (tokens[i].connector or tokens[i].low in lex.stopwords):
        i += 1
    return i, j


def _block(tokens: tuple[Token, ...], start: int, end: int, last_end: int) -> tuple[int, int] | None:
    """Run tokens inside [start, end) forming one block that ends on the gold's last word."""
    j = next((k + 1 for k, t in enumerate(tokens) if t.end == last_end), None)
    if j is None or tokens[j - 1].start < start:
        return None
    i = j - 1
    while i > 0 and tokens[i - 1].start >= start:
        i -= 1
    return i, j


def gold_targets(doc: dict, sc, lex: Lexicon) -> dict[int, set[tuple[int, int, int]]]:
    """Run index -> target spans, for the runs of prepare(doc text) in order."""
    d = sc.Doc(doc)
    text = doc["text"]
    prep = prepare(text, name_table(EMPTY_REGISTRY), lex)
    wanted = []
    for g in d.mentions:
        kind = sc.norm_type(g["type"])
        if kind not in TYPES or g["last"] is None or kind == "person" and g["head_xpos"] == "NNPS":
            continue  # groups ("Americans", "Pacific Islanders") are not names on the site
        last_end = d.tokens[g["last"]][1]
        if g["is_named"] and not sc.is_group_or_title(g):
            wanted.append((g["start"], g["end"], last_end, d.tokens[g["head_tok"]][1], kind))
        elif not g["is_named"] and kind == "person":
            # a name ending a description ("interior minister Gérald Darmanin"): the scorer
            # leaves it neutral, the site links it
            wanted.append((g["start"], g["end"], last_end, last_end, kind))
    out: dict[int, set[tuple[int, int, int]]] = {}
    for r, (run, free) in enumerate(prep.runs):
        a, b = run.tokens[0].start, run.tokens[-1].end
        found = []
        for start, end, last_end, head_end, kind in wanted:
            if not (start < b and a < end):
                continue
            # the name ends on the gold's last word, or on its head when a clause or an
            # apposition follows ("Padalecki, who …", "Alvin Yeung from the Civic Party")
            block = _block(run.tokens, start, end, last_end) or _block(run.tokens, start, end, head_end)
            if block is None:
                continue
            i, j = _trim(run.tokens, *block, kind, lex)
            if i < j and j - i <= MAX_TOKENS and all(free[i:j]) and candidate(run.tokens, i, j, lex):
                found.append((i, j, TYPES.index(kind)))
        chosen: set[tuple[int, int, int]] = set()
        for i, j, t in sorted(set(found), key=lambda s: (s[0] - s[1], s[0], s[2])):
            if not any(i < y and x < j for x, y, _ in chosen):
                chosen.add((i, j, t))
        if chosen:
            out[r] = chosen
    return out


def examples(docs: list[dict], sc, min_docs: int = 3) -> list[Example]:
    """Training runs. A feature seen in fewer than `min_docs` documents is dropped, so the model
    cannot fit a document by its own words ("Padalecki") and must learn what carries over."""
    lex = lexicon()
    table = name_table(EMPTY_REGISTRY)
    out = []
    doc_count: dict[str, int] = {}
    for doc in docs:
        targets = gold_targets(doc, sc, lex)
        prep = prepare(doc["text"], table, lex)
        seen: set[str] = set()
        for r, ((run, free), known) in enumerate(zip(prep.runs, prep.known, strict=True)):
            cands = candidates(prep.ctx, run, free, known)
            for _, _, feats in cands:
                seen.update(feats)
            if cands:
                # a target the site's conventions forbid (model.MASKS) can never be predicted:
                # left in, it would push every one of its features up on every pass
                allowed = {(i, j, t) for i, j, f in cands for t in range(3) if masked((0.0, 0.0, 0.0), f)[t] == 0.0}
                gold = frozenset(g for g in targets.get(r, ()) if g in allowed)
                out.append(Example(len(run.tokens), cands, gold))
        for f in seen:
            doc_count[f] = doc_count.get(f, 0) + 1
    keep = {f for f, c in doc_count.items() if c >= (min_docs if f[:2] in LEXICAL else 1)}
    return [Example(e.n, [(i, j, [f for f in feats if f in keep]) for i, j, feats in e.cands], e.gold) for e in out]


def _score_lists(w: dict[str, list[float]], feats: list[str]) -> tuple[float, float, float]:
    """model.score over the perceptron's mutable weights: the compiled model.score takes only
    the tuples the shipped model holds."""
    a = b = c = 0.0
    for f in feats:
        v = w.get(f)
        if v is not None:
            a, b, c = a + v[0], b + v[1], c + v[2]
    return a, b, c


def _margin_decode(w: dict[str, list[float]], ex: Example, margin: float) -> set[tuple[int, int, int]]:
    """Loss-augmented decoding: wrong spans get a bonus and gold spans a malus of `margin`, so
    the weights are pushed until the gold analysis wins by a margin (generalises better)."""
    scored = []
    for i, j, feats in ex.cands:
        s = masked(_score_lists(w, feats), feats)
        # a type the site's conventions forbid (model.MASKS) stays out, whatever the margin
        allowed = masked((0.0, 0.0, 0.0), feats)
        aug = [s[t] + (-margin if (i, j, t) in ex.gold else margin) if allowed[t] == 0.0 else -1.0
               for t in range(3)]
        t = max(range(3), key=aug.__getitem__)
        scored.append((i, j, t, aug[t]))
    return {(s.i, s.j, s.type) for s in best_spans(ex.n, scored)}


def train(data: list[Example], epochs: int = 10, seeds: int = 10, margin: float = 2.0) -> Weights:
    """The mean of `seeds` averaged perceptrons that saw the runs in different orders: one
    perceptron's weights swing with the order of a small training set; their mean does not."""
    total: dict[str, list[float]] = {}
    for seed in range(seeds):
        for f, v in train_one(data, epochs, 13 + seed, margin).items():
            acc = total.setdefault(f, [0.0, 0.0, 0.0])
            for t in range(3):
                acc[t] += v[t] / seeds
    return {f: (v[0], v[1], v[2]) for f, v in total.items()}


def train_one(data: list[Example], epochs: int, seed: int, margin: float) -> Weights:
    """Averaged structured perceptron over runs (semi-Markov decoding, model.decode)."""
    w: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}  # sum of updates weighted by the step they happened at
    order = list(range(len(data)))
    rng = random.Random(seed)
    c = 1
    for _ in range(epochs):
        rng.shuffle(order)
        for x in order:
            ex = data[x]
            pred = _margin_decode(w, ex, margin)
            if pred != ex.gold:
                feats = {(i, j): f for i, j, f in ex.cands}
                for spans, sign in ((ex.gold - pred, 1.0), (pred - ex.gold, -1.0)):
                    for i, j, t in spans:
                        for f in feats[(i, j)]:
                            w.setdefault(f, [0.0, 0.0, 0.0])[t] += sign
                            u.setdefault(f, [0.0, 0.0, 0.0])[t] += sign * c
            c += 1
    return {f: (v[0] - u[f][0] / c, v[1] - u[f][1] / c, v[2] - u[f][2] / c) for f, v in w.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--out", default=str(MODEL_FILE))
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    sc = scorer_module(shared)
    data = examples(load_docs(shared), sc)
    weights = train(data, args.epochs)
    save_weights(weights, Path(args.out))
    print(f"{len(data)} runs, {len(weights)} features -> {args.out} ({Path(args.out).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
