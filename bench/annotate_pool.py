"""Time the annotation stage of a cold build alone: every article of a content folder annotated
through annotate/batch.py (process pool, or in this process with --workers 1), no cache.

Usage: python bench/annotate_pool.py [CONTENT] [--workers K] [--limit N]
Prints wall seconds and the CPU seconds of this process and of the pool's workers (user + system,
from getrusage: the steadier figure on a shared machine), and the CPU per article. CONTENT defaults
to bench/out/gen-4000 (bench/generate_archive.py; made on first use).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate.backend import backend_named  # noqa: E402
from site_builder.annotate.batch import Annotator, KeyCache, annotate_files  # noqa: E402
from site_builder.build import _load_registry  # noqa: E402


def cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=None, help="pool size (default: one per core)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args(argv)
    content = args.content
    if content is None:
        from bench.profile_build import archive

        content = archive(4000)
    paths = sorted((content / "articles").rglob("*.md"))
    paths = paths[: args.limit] if args.limit else paths
    registry, _ = _load_registry(content)
    annotator = Annotator(registry, backend_named("rules"))
    keys = KeyCache().keys(paths, content, annotator.salt)
    t0, own0, kids0 = time.perf_counter(), cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    failed = sum(1 for _, result in annotate_files(paths, content, annotator, keys, args.workers)
                 if not isinstance(result, tuple))
    wall = time.perf_counter() - t0
    own, kids = cpu(resource.RUSAGE_SELF) - own0, cpu(resource.RUSAGE_CHILDREN) - kids0
    print(f"{len(paths)} articles ({failed} failed), workers {args.workers or 'one per core'}: {wall:.2f} s wall, "
          f"CPU {own:.2f} s here + {kids:.2f} s in workers = {own + kids:.2f} s "
          f"({1000 * (own + kids) / max(1, len(paths)):.2f} ms per article)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
