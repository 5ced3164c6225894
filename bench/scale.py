"""Build time and peak memory as the archive grows: 4,000, 40,000 and 100,000 generated articles.

For each size: a cold build (no annotation cache, no build state), then with --incremental a
build with nothing changed and one with one article edited. Peak memory is the largest resident
set of any one process of the build (the main process, its annotation pool and render forks),
sampled from /proc every 50 ms, the main process's own peak, and the peak of their sum.
    python bench/scale.py [--sizes 4000,40000,100000] [--incremental] [--workers K] [--scheduler ADDRESS]
                          [--timeline FOLDER]
With --scheduler, annotation runs on that dask.distributed cluster (its workers' memory is not sampled).
With --timeline, each run's RSS over time goes to FOLDER/<articles>-<build>.tsv (seconds, main MiB,
largest other process MiB, processes): where the main process grows, and what the render forks start from.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate_archive import generate  # noqa: E402

OUT = ROOT / "bench" / "out"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float  # the largest process
    total_mib: float  # all processes of the run at once
    main_mib: float = 0.0  # the build's main process (the others are its annotation pool and render forks)
    timeline: tuple[tuple[float, float, float, int], ...] = ()  # (seconds, main MiB, largest other MiB, processes)


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(root: int) -> list[int]:
    """The process and its descendants, from /proc/*/stat."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [root], [root]
    while todo:
        pid = todo.pop()
        children = [p for p, parent in parents.items() if parent == pid]
        found += children
        todo += children
    return found


def measure(cmd: list[str], cwd: Path = ROOT) -> Run:
    """Run a command; its wall time and the peak RSS of its largest process and of its whole tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = total = main = 0
    done = threading.Event()
    timeline: list[tuple[float, float, float, int]] = []

    def sample() -> None:
        nonlocal peak, total, main
        last = -1.0
        while not done.is_set():
            sizes = [_rss_kib(p) for p in _tree(proc.pid)]  # the main process first
            peak, total = max(peak, max(sizes, default=0)), max(total, sum(sizes))
            main = max(main, sizes[0] if sizes else 0)
            now = time.perf_counter() - started
            if now - last >= 1.0:  # one timeline row a second
                last = now
                timeline.append((round(now, 1), round(sizes[0] / 1024 if sizes else 0, 1),
                                 round(max(sizes[1:], default=0) / 1024, 1), len(sizes)))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    peak = max(peak, usage.ru_maxrss)  # the high-water mark of the main process or a child it reaped, in KiB
    return Run(seconds, peak / 1024, max(total, peak) / 1024, main / 1024, tuple(timeline))


def archive(n: int) -> Path:
    folder = OUT / f"gen-{n}"
    if not (folder / "articles").is_dir() or len(list((folder / "articles").glob("*.md"))) != n:
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
    return folder


def edit_one(content: Path) -> Path:
    """Edit the body of the middle article (differently each time)."""
    paths = sorted((content / "articles").glob("*.md"))
    path = paths[len(paths) // 2]
    marker = "\n\nEdited for the benchmark at "
    text = path.read_text(encoding="utf-8").split(marker)[0].rstrip("\n")
    path.write_text(f"{text}{marker}{time.time_ns()}.\n", encoding="utf-8")
    return path


def site_builder_cmd(content: Path, output: Path, cache: Path | None, workers: int | None,
                     scheduler: str | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "site_builder", "build", "--content", str(content), "--output", str(output), "-q"]
    cmd += ["--cache", str(cache)] if cache else ["--no-cache"]
    cmd += ["--scheduler", scheduler] if scheduler else []
    return cmd + (["--workers", str(workers)] if workers else [])


def data_sizes(site: Path) -> str:
    """What a reader of the quotes index and the search page loads first, and the largest shard each loads later."""
    quotes = sorted((site / "quotes").glob("index-data-*.js"))
    search = sorted((site / "assets" / "search").glob("*.js"))
    manifest = site / "quotes" / "index-data.js"
    largest = max((p.stat().st_size for p in quotes), default=0)
    return (f"quotes index-data.js {manifest.stat().st_size if manifest.exists() else 0:,} B, {len(quotes)} shards, "
            f"largest {largest:,} B, all {sum(p.stat().st_size for p in quotes):,} B; search {len(search)} files, "
            f"largest {max((p.stat().st_size for p in search), default=0):,} B")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4000,40000,100000", help="comma-separated article counts")
    parser.add_argument("--incremental", action="store_true", help="also: nothing changed, one article edited")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--scheduler", default=None, help="annotate on the dask.distributed cluster at this address")
    parser.add_argument("--timeline", type=Path, default=None, help="write each run's RSS over time here (TSV)")
    args = parser.parse_args()
    print(f"{'articles':>8} {'build':>16} {'wall s':>8} {'art/s':>7} {'peak MiB':>9} {'main MiB':>9} {'all MiB':>8}")
    for n in (int(s) for s in args.sizes.split(",")):
        content = archive(n)
        output, cache = OUT / f"scale-site-{n}", OUT / f"scale-cache-{n}"
        shutil.rmtree(output, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        runs = [("cold", site_builder_cmd(content, output, None, args.workers, args.scheduler), None)]
        if args.incremental:
            runs = [("cold, filling cache", site_builder_cmd(content, output, cache, args.workers, args.scheduler), None),
                    ("nothing changed", site_builder_cmd(content, output, cache, args.workers, args.scheduler), None),
                    ("one article edited", site_builder_cmd(content, output, cache, args.workers, args.scheduler), edit_one)]
        for label, cmd, before in runs:
            if before:
                before(content)
            run = measure(cmd)
            if args.timeline:
                args.timeline.mkdir(parents=True, exist_ok=True)
                rows = ["seconds\tmain_mib\tlargest_other_mib\tprocesses", *("\t".join(map(str, r)) for r in run.timeline)]
                (args.timeline / f"{n}-{label.replace(' ', '-').replace(',', '')}.tsv").write_text("\n".join(rows) + "\n")
            print(f"{n:8d} {label:>16} {run.seconds:8.2f} {n / run.seconds:7.0f} {run.peak_mib:9.0f} {run.main_mib:9.0f} {run.total_mib:8.0f}", flush=True)
        print(f"{n:8d} {data_sizes(output)}", flush=True)


if __name__ == "__main__":
    main()
