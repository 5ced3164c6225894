"""The long fuzz run of issue 13: 10,000 articles, 2,000 registries, 1,000 site.yaml files and
10,000 annotate lines (one case each, seeded), then the 10,000 lines again as one stream.

Usage: nice python bench/fuzz_long.py [--seed N] [--scale F] [--memory-mib M] [--json FILE]
Each case runs in a worker process under RLIMIT_AS (tests/security/fuzzing.py); a worker that
crashes or passes the time limit is restarted after the case. Prints, per kind: cases, outcomes,
tracebacks, hangs, crashes and the worker's peak resident memory; exits 1 if anything must-never
happened. `--scale 0.1` runs a tenth of it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.security import generate  # noqa: E402
from tests.security.fuzzing import BAD, run_fuzz  # noqa: E402

COUNTS = {"article": 10_000, "registry": 2_000, "site": 1_000, "annotate": 10_000}


def stream_run(seed: int, count: int, memory_mib: int, timeout: float) -> dict:
    """All annotate lines through one `annotate` process: one answer per line, in order."""
    lines = [generate.annotate_line(random.Random(f"annotate:{seed}:{i}")) for i in range(count)]
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n"
    expected = sum(1 for line in data.split(b"\n") if line.strip())
    limit = memory_mib * 1024 * 1024
    began = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "site_builder", "annotate"], input=data, capture_output=True,
                              cwd=ROOT, timeout=timeout, check=False,
                              preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)))
    except subprocess.TimeoutExpired:
        return {"lines": count, "hang": 1}
    rows = proc.stdout.splitlines()
    return {"lines": count, "answers": len(rows), "expected": expected, "errors": sum(b'"error"' in r for r in rows),
            "tracebacks": proc.stderr.count(b"Traceback"), "status": proc.returncode,
            "peak_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "seconds": round(time.perf_counter() - began, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--memory-mib", type=int, default=1024, help="address-space cap of each worker")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one case may take")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    report: dict = {"seed": args.seed, "memory_cap_mib": args.memory_mib, "kinds": []}
    failed = 0
    for kind, full in COUNTS.items():
        count = max(1, int(full * args.scale))
        summary = run_fuzz(kind, args.seed, count, args.memory_mib, args.timeout).as_dict()
        bad = sum(summary["outcomes"].get(o, 0) for o in BAD)
        failed += bad
        report["kinds"].append(summary)
        print(f"{kind:9} {summary['cases']:6} cases  {summary['outcomes']}  tracebacks {summary['outcomes'].get('traceback', 0)}"
              f"  hangs {summary['outcomes'].get('hang', 0)}  peak {summary['peak_mib']} MiB  {summary['seconds']} s", flush=True)
        for case in summary["bad"]:
            print(f"  {case['outcome']}: kind={case['kind']} seed={case['seed']} index={case['index']}\n    "
                  + case.get("detail", "").replace("\n", "\n    ")[-800:], flush=True)
    stream = stream_run(args.seed, max(1, int(COUNTS["annotate"] * args.scale)), args.memory_mib, 3600)
    report["annotate_stream"] = stream
    print(f"stream    {stream}", flush=True)
    if stream.get("hang") or stream.get("tracebacks") or stream.get("answers") != stream.get("expected"):
        failed += 1
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
