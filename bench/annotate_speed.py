"""Time the annotators over the shared corpus on one core; print words per second.

Usage: python bench/annotate_speed.py [SHARED_DIR] [--repeat N]
Reads SHARED/corpus/*.md (YAML front matter stripped), warms the data up once, then times
find_entities alone, turns + quotes alone (over mentions found beforehand), and the full
annotate_text (entities + quotes) with an empty registry; words/s are per CPU second.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.annotate.quotes import find_quotes  # noqa: E402
from site_builder.annotate.quotes.turns import find_turns  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY, Registry  # noqa: E402

_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)


def load_named_bodies(corpus: Path) -> list[tuple[str, str]]:
    """(file name, body) of each corpus article, front matter stripped, in name order."""
    named = []
    for path in sorted(p for p in corpus.glob("*.md") if p.name != "README.md"):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        named.append((path.name, _FRONT.sub("", text, count=1).strip()))
    return named


def load_bodies(corpus: Path) -> list[str]:
    return [body for _, body in load_named_bodies(corpus)]


def best_time(fn: Callable[[str, Registry], object], bodies: list[str], repeat: int) -> tuple[float, float]:
    """The best (wall, CPU) seconds of `repeat` runs over `bodies`. CPU time (this process's user +
    system) is the steadier figure on a shared machine; wall time counts other processes' turns too."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for body in bodies:
            fn(body, EMPTY_REGISTRY)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu


def quotes_only(bodies: list[str]) -> Callable[[str, Registry], object]:
    """find_turns + find_quotes over mentions found beforehand (outside the timing)."""
    found = {body: find_entities(body, EMPTY_REGISTRY) for body in bodies}

    def run(body: str, registry: Registry) -> object:
        mentions, entities = found[body]
        turns = find_turns(body, mentions, entities)
        return find_quotes(body, mentions, entities, registry, (), turns=turns)

    return run


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
    print(f"corpus: {len(bodies)} articles, {words} words")
    for label, fn in (("entities alone", find_entities), ("quotes alone", quotes_only(bodies)),
                      ("annotate_text", annotate_text)):
        wall, cpu = best_time(fn, bodies, args.repeat)
        print(f"{label + ':':16} {words / cpu:,.0f} words/s CPU  ({cpu:.2f} s CPU, {wall:.2f} s wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
