"""Time the annotators over the shared corpus on one core; print words per second.

Usage: python bench/annotate_speed.py [SHARED_DIR] [--repeat N] [--pure-vs-compiled ROUNDS]
Reads SHARED/corpus/*.md (YAML front matter stripped), warms the data up once, then times
find_entities alone, turns + quotes alone (over mentions found beforehand), and the full
annotate_text (entities + quotes) with an empty registry; words/s are per CPU second. It says
how many modules run compiled (mypyc, `make build`); SITE_BUILDER_PURE=1 runs the .py sources.
`--pure-vs-compiled N` runs this script N times in each mode, alternating (the machine is shared:
same minutes for both), and prints the best of each and the speed-up.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.annotate.entities.native import PURE_ENV, compiled_modules  # noqa: E402
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
    parser.add_argument("--pure-vs-compiled", type=int, default=0, metavar="ROUNDS",
                        help="alternate pure and compiled runs ROUNDS times each; print the best of each")
    args = parser.parse_args(argv)
    if args.pure_vs_compiled:
        return pure_vs_compiled(args.shared, args.repeat, args.pure_vs_compiled)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    bodies = load_bodies(Path(args.shared) / "corpus")
    words = sum(len(b.split()) for b in bodies)
    find_entities(bodies[0], EMPTY_REGISTRY)  # load data outside the timing
    annotate_text(bodies[0], EMPTY_REGISTRY)
    print(f"corpus: {len(bodies)} articles, {words} words")
    compiled = compiled_modules()
    print(f"compiled modules: {len(compiled)}" + (f" ({', '.join(m.rsplit('.', 1)[1] for m in compiled)})" if compiled else
                                                   " (pure Python)"))
    # Each measurement's inputs are made just before it and dropped after: the quotes' precomputed
    # mentions of every article, alive during another measurement, slowed it by ~15% (the cyclic GC
    # walks them on every collection).
    measured: tuple[tuple[str, Callable[[], Callable[[str, Registry], object]]], ...] = (
        ("entities alone", lambda: find_entities), ("annotate_text", lambda: annotate_text),
        ("quotes alone", lambda: quotes_only(bodies)))
    for label, make in measured:
        fn = make()
        wall, cpu = best_time(fn, bodies, args.repeat)
        del fn
        gc.collect()
        print(f"{label + ':':16} {words / cpu:,.0f} words/s CPU  ({cpu:.2f} s CPU, {wall:.2f} s wall)")
    return 0


_LINE = re.compile(r"^(.+?):\s+([\d,]+) words/s CPU", re.M)


def pure_vs_compiled(shared: str, repeat: int, rounds: int) -> int:
    """Best words/s of each measurement, pure vs compiled, over alternating runs of this script."""
    best: dict[tuple[str, str], float] = {}
    for _ in range(rounds):
        for mode in ("pure", "compiled"):
            env = {k: v for k, v in os.environ.items() if k != PURE_ENV} | ({PURE_ENV: "1"} if mode == "pure" else {})
            out = subprocess.run([sys.executable, __file__, shared, "--repeat", str(repeat)], env=env,
                                 capture_output=True, text=True, check=True).stdout
            if mode == "compiled" and "compiled modules: 0" in out:
                print("no compiled modules: run `make build` first")
                return 1
            for label, rate in _LINE.findall(out):
                key = (label, mode)
                best[key] = max(best.get(key, 0.0), float(rate.replace(",", "")))
    print(f"best of {rounds} alternating runs per mode (words/s CPU)")
    for label in dict.fromkeys(label for label, _ in best):
        pure, comp = best[(label, "pure")], best[(label, "compiled")]
        print(f"{label + ':':16} pure {pure:>9,.0f}  compiled {comp:>9,.0f}  ×{comp / pure:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
