"""Profile a build with cProfile and print the top functions (own time and cumulative).

Runs in one process (`--workers 1` by default) so the profile sees annotation and rendering;
forked workers would hide them.
    python bench/profile_build.py [--n 4000] [--scenario cold|nothing|one|render] [--top 30] [--out stats.prof]

cold: no cache, no build state. nothing: a second build with nothing changed. one: one article
edited since the last build. render: annotated articles in the cache, but no build state and no
site (every page rendered and written: the stages after annotation, quick to rerun). The last
three build once first (not profiled).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate_archive import generate  # noqa: E402
from site_builder.build import Builder, BuildOptions  # noqa: E402


def archive(n: int) -> Path:
    folder = ROOT / "bench" / "out" / f"gen-{n}"
    if not (folder / "articles").is_dir() or len(list((folder / "articles").glob("*.md"))) != n:
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
    return folder


def edit_one(content: Path) -> None:
    """Change one article's body (differently each time, so the edit is never a no-op)."""
    path = sorted((content / "articles").glob("*.md"))[len(list((content / "articles").glob("*.md"))) // 2]
    text = path.read_text(encoding="utf-8")
    marker = "\n\nEdited for the benchmark, round "
    text = text.split(marker)[0].rstrip("\n") + f"{marker}{time.time_ns()}.\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--scenario", choices=("cold", "nothing", "one", "render"), default="cold")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None, help="also save the raw stats (for snakeviz, pstats)")
    args = parser.parse_args()
    content = archive(args.n)
    out = ROOT / "bench" / "out"
    site, cache = out / "profile-site", out / "profile-cache"
    if args.scenario == "cold":
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    options = BuildOptions(content_dir=content, output_dir=site, workers=args.workers,
                           cache_dir=None if args.scenario == "cold" else cache)
    if args.scenario != "cold":
        Builder(options).build()
        if args.scenario == "one":
            edit_one(content)
        if args.scenario == "render":
            shutil.rmtree(site, ignore_errors=True)
            shutil.rmtree(cache / "state", ignore_errors=True)
    profiler = cProfile.Profile()
    profiler.enable()
    result = Builder(options).build()
    profiler.disable()
    print(f"{args.scenario}: {result.articles} articles, {result.rendered} pages rendered, "
          f"{len(result.written)} files written, {result.seconds:.2f} s under the profiler "
          f"({', '.join(f'{name} {secs:.2f}' for name, secs in result.stages)})")
    for order in ("tottime", "cumulative"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(order).print_stats(args.top)
        print(f"\n--- top {args.top} by {order} ---")
        print(stream.getvalue().split("\n\n", 1)[-1].strip())
    if args.out:
        profiler.dump_stats(args.out)


if __name__ == "__main__":
    main()
