"""Run the quote finder over the shared corpus and print summary figures.

Usage: .venv/bin/python bench/quotes_corpus.py [CORPUS_DIR] [--show N]

Mentions come from the real entity annotator (`find_entities`); whatever it returns
(nothing while it is a stub) is passed on. Timing covers `find_quotes` only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.annotate.quotes import find_quotes  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

_FRONT_RE = re.compile(r"\A---\n.*?\n---\n", re.S)


def load_corpus(corpus: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(corpus.glob("*.md")):
        if p.name == "README.md":
            continue
        out.append((p.name, _FRONT_RE.sub("", p.read_text(encoding="utf-8"), count=1).strip("\n")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--show", type=int, default=0, help="print the first N quotes found")
    ap.add_argument("--repeat", type=int, default=1, help="time this many passes, report the best")
    args = ap.parse_args(argv)
    articles = load_corpus(Path(args.corpus))
    annotated = [(name, text, find_entities(text, EMPTY_REGISTRY)) for name, text in articles]
    words = sum(len(text.split()) for _, text, _ in annotated)
    best = float("inf")
    results = []
    for _ in range(max(1, args.repeat)):
        results = []
        t0 = time.perf_counter()
        for name, text, (mentions, entities) in annotated:
            results.append((name, text, find_quotes(text, mentions, entities, EMPTY_REGISTRY)))
        best = min(best, time.perf_counter() - t0)
    quotes = [(name, text, q) for name, text, (qs, _) in results for q in qs]
    n = len(quotes)
    with_quotes = sum(1 for _, _, (qs, _) in results if qs)
    no_speaker = sum(1 for _, _, q in quotes if q.speaker is None)
    no_entity = sum(1 for _, _, q in quotes if q.speaker_entity is None)
    n_warn = sum(len(w) for _, _, (_, w) in results)
    mentions = sum(len(m) for _, _, (m, _) in annotated)
    print(f"articles:                 {len(articles)}  ({words} words, {mentions} mentions from find_entities)")
    print(f"articles with quotes:     {with_quotes}")
    print(f"quotes found:             {n}")
    print(f"without speaker:          {no_speaker / n:.1%}" if n else "without speaker: -")
    print(f"without speaker_entity:   {no_entity / n:.1%}" if n else "without speaker_entity: -")
    print(f"warnings:                 {n_warn}")
    print(f"speed:                    {words / best:,.0f} words/s ({best:.2f} s)")
    for name, text, q in quotes[: args.show]:
        sp = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        print(f"- {name}: {q.text[:90]!r} | {q.speaker!r} [{sp!r}] {q.cue!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
