"""Build benchmark: a generated archive of N articles and ../shared/corpus, from cold (no cache).

Prints articles per second, wall time and peak memory (largest process RSS) per run.
    python bench/build_bench.py [--n 4000] [--corpus ../shared/corpus] [--workers K]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate_archive import generate  # noqa: E402


def run_build(content: Path, output: Path, workers: int | None) -> tuple[float, float]:
    shutil.rmtree(output, ignore_errors=True)
    cmd = [sys.executable, "-m", "site_builder", "build", "--content", str(content), "--output", str(output), "--no-cache", "-q"]
    if workers:
        cmd += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    out = ROOT / "bench" / "out"
    gen = out / f"gen-{args.n}"
    if not (gen / "articles").is_dir() or len(list((gen / "articles").glob("*.md"))) != args.n:
        shutil.rmtree(gen, ignore_errors=True)
        generate(args.n, gen)
    runs = [(f"generated ({args.n} articles)", gen, args.n)]
    if args.corpus.is_dir():
        runs.append((f"corpus ({args.corpus})", args.corpus, len([p for p in args.corpus.glob("*.md") if p.name != "README.md"])))
    print(f"{'archive':45} {'articles':>8} {'wall s':>8} {'art/s':>8} {'peak MiB':>9}")
    for label, content, count in runs:
        wall, peak = run_build(content, out / "site", args.workers)
        print(f"{label:45} {count:8d} {wall:8.2f} {count / wall:8.0f} {peak:9.0f}")


if __name__ == "__main__":
    main()
