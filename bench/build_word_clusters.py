"""Build data/word_clusters.tsv: word classes learned from the unlabelled shared corpus.

Usage: python bench/build_word_clusters.py [SHARED_DIR] [--fine 256] [--coarse 32] [--min-count 5]
Reads SHARED/corpus/*.md (press releases, no labels) and groups the words that stand in the same
contexts: each word of at least MIN_COUNT occurrences is described by the words right before and
right after it (positive pointwise mutual information over the most frequent context words),
its KEEP strongest contexts kept, and clustered by spherical k-means into FINE classes; the FINE centroids are clustered again into COARSE classes (a two-level hierarchy,
like the prefixes of Brown clusters). Surnames end up beside surnames ("said" after them, "'s"
and "President" around them), places beside places ("in", "to", "government"), common nouns
beside common nouns: the entity model reads a span's word classes as features, so a name it never
saw in training still carries what the archive says about its kind.
Writes "word<TAB>fine<TAB>coarse" a line, words lower case, sorted. Pure Python, deterministic
(fixed seeds, sorted vocabulary); no text is copied, only a class number per word.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "site_builder" / "annotate" / "entities" / "data" / "word_clusters.tsv"
KEEP = 60  # strongest contexts kept per word
CONTEXTS = 1500  # context words: the most frequent ones; the rest share one "<rare>" context
ITERATIONS = 15
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[^\s\w]")


def normal(word: str) -> str:
    """The form the entity model looks words up by (tokens.Token.low, apostrophes unified)."""
    if word[0].isdigit():
        return "<num>"
    return word.lower().rstrip(".").replace("’", "'") or word


def corpus_tokens(shared: Path) -> list[list[str]]:
    out = []
    for path in sorted(p for p in (shared / "corpus").glob("*.md") if p.name != "README.md"):
        text = _FRONT.sub("", path.read_text(encoding="utf-8"), count=1)
        for par in re.split(r"\n\s*\n", text):
            toks = [normal(m.group()) for m in _TOKEN.finditer(par)]
            if toks:
                out.append(toks)
    return out


def cooccurrence(pars: list[list[str]], min_count: int) -> tuple[list[str], list[dict[int, float]]]:
    """Sorted vocabulary and, per word, counts of (side, context word) feature ids."""
    freq: dict[str, int] = {}
    for toks in pars:
        for w in toks:
            freq[w] = freq.get(w, 0) + 1
    vocab = sorted(w for w, c in freq.items() if c >= min_count and w[0].isalpha())
    index = {w: k for k, w in enumerate(vocab)}
    top = sorted(freq, key=lambda w: (-freq[w], w))[:CONTEXTS]
    ctx = {w: k for k, w in enumerate(top)}
    rare = len(top)
    rows: list[dict[int, float]] = [{} for _ in vocab]
    for toks in pars:
        padded = ["<s>", *toks, "</s>"]
        for k in range(1, len(padded) - 1):
            row = index.get(padded[k])
            if row is None:
                continue
            left = ctx.get(padded[k - 1], rare)
            right = ctx.get(padded[k + 1], rare) + rare + 1
            r = rows[row]
            r[left] = r.get(left, 0.0) + 1
            r[right] = r.get(right, 0.0) + 1
    return vocab, rows


def ppmi(rows: list[dict[int, float]], keep: int) -> list[dict[int, float]]:
    """Positive PMI with smoothed context counts (power 0.75, so rare contexts do not dominate),
    each row cut to its `keep` strongest contexts and scaled to unit length."""
    col: dict[int, float] = {}
    for r in rows:
        for f, v in r.items():
            col[f] = col.get(f, 0.0) + v
    smooth = {f: v ** 0.75 for f, v in col.items()}
    z = sum(smooth.values())
    out = []
    for r in rows:
        s = sum(r.values())
        pos = [(p, f) for f, v in r.items() if (p := math.log(v * z / (s * smooth[f]))) > 0]
        top = sorted(pos, reverse=True)[:keep]
        norm = math.sqrt(sum(p * p for p, _ in top)) or 1.0
        out.append({f: p / norm for p, f in top})
    return out


def kmeans(rows: list[dict[int, float]], weights: list[float], k: int, dims: int, seed: int) -> list[int]:
    """Spherical k-means (cosine) over sparse unit rows; seeds drawn from the frequent words."""
    rng = random.Random(seed)
    frequent = sorted(range(len(rows)), key=lambda n: (-weights[n], n))[: max(4 * k, len(rows) // 4)]
    cents = [dict(rows[n]) for n in sorted(rng.sample(frequent, k))]
    assign = [0] * len(rows)
    for _ in range(ITERATIONS):
        columns = [[0.0] * k for _ in range(dims)]  # feature -> its weight in every centroid
        for c, cent in enumerate(cents):
            for f, x in cent.items():
                columns[f][c] = x
        for n, r in enumerate(rows):
            scores = [0.0] * k
            for f, x in r.items():
                scores = [a + x * b for a, b in zip(scores, columns[f], strict=True)]
            assign[n] = max(range(k), key=scores.__getitem__)
        sums: list[dict[int, float]] = [{} for _ in range(k)]
        for r, c, w in zip(rows, assign, weights, strict=True):
            s = sums[c]
            for f, x in r.items():
                s[f] = s.get(f, 0.0) + w * x
        cents = [_unit(s) if s else cents[c] for c, s in enumerate(sums)]
    return assign


def _unit(v: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {f: x / norm for f, x in v.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--fine", type=int, default=256)
    parser.add_argument("--coarse", type=int, default=32)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    pars = corpus_tokens(Path(args.shared))
    vocab, rows = cooccurrence(pars, args.min_count)
    dims = 2 * CONTEXTS + 2
    counts = [math.log1p(sum(r.values())) for r in rows]
    vectors = ppmi(rows, KEEP)
    fine = kmeans(vectors, counts, args.fine, dims, seed=5)
    # the coarse level: the fine classes' summed rows, clustered again
    members: list[dict[int, float]] = [{} for _ in range(args.fine)]
    sizes = [0.0] * args.fine
    for v, c, w in zip(vectors, fine, counts, strict=True):
        sizes[c] += w
        for f, x in v.items():
            members[c][f] = members[c].get(f, 0.0) + w * x
    coarse = kmeans([_unit(m) if m else {0: 1.0} for m in members], sizes, args.coarse, dims, seed=3)
    out = Path(args.out)
    out.write_text("".join(f"{w}\t{f}\t{coarse[f]}\n" for w, f in zip(vocab, fine, strict=True)), encoding="utf-8")
    print(f"{len(vocab)} words, {args.fine} classes in {args.coarse} groups -> {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
