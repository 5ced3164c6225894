"""Transcript turns attributed on the shared corpus: how many, and how many name their speaker.

Usage: .venv/bin/python bench/quotes_turns.py [CORPUS_DIR] [--show N]

Runs the full annotator (entities, turns, quotes) over every article and counts, over the
articles that have turns (briefings and interviews): turns by role, person turns with a
speaker entity (a page lists them), quotes inside turns and how many of those have a speaker.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.load.articles import read_article  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--show", type=int, default=0, help="print the N most frequent person speakers")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    counts: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.md")):
        if path.name == "README.md":
            continue
        source, _ = read_article(path, corpus)
        ann = annotate_text(source.text, EMPTY_REGISTRY)
        if not ann.turns:
            continue
        counts["articles with turns"] += 1
        for t in ann.turns:
            counts[f"turns: {t.role}"] += 1
            if t.role == "person":
                counts["person turns with a speaker entity" if t.speaker_entity else "person turns, name only"] += 1
                speakers[f"{t.speaker} ({t.speaker_entity})"] += 1
        for q in ann.quotes:
            if any(t.start <= q.start < t.end for t in ann.turns):
                counts["quotes inside turns"] += 1
                counts["  of which with a speaker"] += q.speaker is not None
    for key in sorted(counts, key=lambda k: (not k.startswith("articles"), k)):
        print(f"{key:<40}{counts[key]:>8}")
    for name, n in speakers.most_common(args.show):
        print(f"{n:>6}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
