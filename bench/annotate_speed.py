"""Time the annotators over the shared corpus on one core; print words per second.

Usage: python bench/annotate_speed.py [SHARED_DIR] [--repeat N]
Reads SHARED/corpus/*.md (YAML front matter stripped), warms the data up once, then times
find_entities alone and the full annotate_text (entities + quotes) with an empty registry.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)


def load_bodies(corpus: Path) -> list[str]:
    bodies = []
    for path in sorted(p for p in corpus.glob("*.md") if p.name != "README.md"):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        bodies.append(_FRONT.sub("", text, count=1).strip())
    return bodies


def best_time(fn, bodies: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for body in bodies:
            fn(body, EMPTY_REGISTRY)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    bodies = load_bodies(Path(args.shared) / "corpus")
    words = sum(len(b.split()) for b in bodies)
    find_entities(bodies[0], EMPTY_REGISTRY)  # load data outside the timing
    annotate_text(bodies[0], EMPTY_REGISTRY)
    t_entities = best_time(find_entities, bodies, args.repeat)
    t_all = best_time(annotate_text, bodies, args.repeat)
    print(f"corpus: {len(bodies)} articles, {words} words")
    print(f"entities alone:  {words / t_entities:,.0f} words/s  ({t_entities:.2f} s)")
    print(f"annotate_text:   {words / t_all:,.0f} words/s  ({t_all:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
