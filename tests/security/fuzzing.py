"""Run fuzz cases in a worker process under a memory cap, and sort each outcome.

`run_fuzz(kind, seed, start, count)` starts `python -m tests.security.fuzzing` (the worker) with
RLIMIT_AS set, reads one JSON line per case, and restarts the worker after a case that crashes
it or runs past the time limit. Outcomes:

- `build` / `answer`: the site was built (and no page can run script), or annotate answered;
- `error`: exit status 1 with `file:line: error:` messages (`error-no-line` when one has no line);
- `traceback`, `unsafe-html`, `bad-output`, `hang`, `crash`: what must never happen.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import resource
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BAD = ("traceback", "unsafe-html", "bad-output", "hang", "crash")
KINDS = ("article", "registry", "site", "annotate")
PLAIN_ARTICLE = b"date 2025-01-30 Pete Hegseth met Israel Katz and Jane Doeman in Paris. \xe2\x80\x9cWe agree,\xe2\x80\x9d Katz said.\n"
_ERROR_LINE = re.compile(r"\A(?P<path>.+?)(?::(?P<line>\d+))?: error: ")


@dataclass
class Summary:
    kind: str
    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    peak_mib: float = 0.0
    seconds: float = 0.0
    bad: list[dict] = field(default_factory=list)  # the cases that must never happen, to reproduce

    def as_dict(self) -> dict:
        return {"kind": self.kind, "cases": self.cases, "outcomes": dict(sorted(self.outcomes.items())),
                "peak_mib": round(self.peak_mib, 1), "seconds": round(self.seconds, 1), "bad": self.bad[:20]}


def run_fuzz(kind: str, seed: int, count: int, memory_mib: int = 1024, timeout: float = 60.0,
             start: int = 0, nice: int = 0) -> Summary:
    """Run cases start..start+count of `kind` in worker processes; one summary."""
    summary = Summary(kind)
    began = time.perf_counter()
    index = start
    while index < start + count:
        index = _one_worker(kind, seed, index, start + count, memory_mib, timeout, nice, summary)
    summary.seconds = time.perf_counter() - began
    return summary


def _one_worker(kind: str, seed: int, first: int, end: int, memory_mib: int, timeout: float, nice: int,
                summary: Summary) -> int:
    """Run a worker from case `first`; return the next case to run (after a crash or hang: the one after)."""
    command = [sys.executable, "-m", "tests.security.fuzzing", "--kind", kind, "--seed", str(seed),
               "--start", str(first), "--count", str(end - first), "--memory-mib", str(memory_mib),
               "--timeout", str(int(timeout))]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=(lambda: os.nice(nice)) if nice else None)
    selector = selectors.DefaultSelector()
    assert proc.stdout is not None
    selector.register(proc.stdout, selectors.EVENT_READ)
    current, buffer = first, b""
    deadline = time.monotonic() + timeout + 30  # the first case also warms the annotators up
    try:
        while True:
            if not selector.select(max(0.0, deadline - time.monotonic())):
                summary.outcomes["hang"] += 1
                summary.bad.append({"kind": kind, "seed": seed, "index": current, "outcome": "hang"})
                summary.cases += 1
                return current + 1
            chunk = proc.stdout.read1(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                message = json.loads(line)
                if "start" in message:
                    current, deadline = message["start"], time.monotonic() + timeout + 10
                elif "peak_mib" in message:
                    summary.peak_mib = max(summary.peak_mib, message["peak_mib"])
                else:
                    _record(message, kind, seed, summary)
                    current += 1
        proc.wait()
        if proc.returncode == 0:
            return end
        stderr = proc.stderr.read().decode("utf-8", "replace")[-1500:] if proc.stderr else ""
        summary.outcomes["crash"] += 1
        summary.cases += 1
        summary.bad.append({"kind": kind, "seed": seed, "index": current, "outcome": "crash",
                            "detail": f"exit {proc.returncode}: {stderr}"})
        return current + 1
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        selector.close()


def _record(message: dict, kind: str, seed: int, summary: Summary) -> None:
    summary.cases += 1
    summary.outcomes[message["outcome"]] += 1
    if message["outcome"] in BAD:
        summary.bad.append({"kind": kind, "seed": seed, "index": message["index"], "outcome": message["outcome"],
                            "detail": message.get("detail", "")[-1500:]})


# --- the worker ---------------------------------------------------------------------------


class _Timeout(BaseException):
    pass


def case_files(kind: str, seed: int, index: int) -> dict[str, bytes]:
    """The files of one case (paths relative to the content folder); for `annotate`, {"stdin": line}."""
    from tests.security import generate

    rng = random.Random(f"{kind}:{seed}:{index}")
    if kind == "article":
        name, data = generate.article(rng)
        return {f"articles/{name}": data}
    if kind == "registry":
        return {"entities.yaml": generate.registry(rng), "articles/a.txt": PLAIN_ARTICLE}
    if kind == "site":
        return {"site.yaml": generate.site_yaml(rng), "articles/a.txt": PLAIN_ARTICLE,
                "articles/b.md": b"---\ntitle: B\ndate: 2024-05-01\ntags: [foo, foo-2]\n---\nOmar Haddad spoke.\n"}
    return {"stdin": generate.annotate_line(rng) + b"\n"}


def run_case(kind: str, files: dict[str, bytes], scratch: Path) -> tuple[str, str]:
    """(outcome, detail) of one case."""
    if kind == "annotate":
        return _annotate_case(files["stdin"])
    content, output = scratch / "content", scratch / "site"
    shutil.rmtree(scratch, ignore_errors=True)
    for rel, data in files.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_bytes(data)
    return build_outcome(content, output)


def build_outcome(content: Path, output: Path) -> tuple[str, str]:
    """Build in this process and sort the result (see the module docstring)."""
    from site_builder.cli import main
    from tests.security.htmlcheck import check_site

    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            status = main(["build", "--content", str(content), "--output", str(output), "--no-cache", "-q", "--workers", "1"])
    except _Timeout:
        raise
    except BaseException:  # noqa: BLE001 - anything escaping main() is what this looks for
        return "traceback", traceback.format_exc()[-3000:]
    if status == 0:
        unsafe = check_site(output)
        return ("unsafe-html", "\n".join(unsafe[:5])) if unsafe else ("build", "")
    return _error_outcome(status, err.getvalue())


def _error_outcome(status: int, stderr: str) -> tuple[str, str]:
    errors = [line for line in stderr.splitlines() if ": error: " in line and not line.startswith(" ")]
    if status != 1 or not errors or "Traceback" in stderr:
        return "bad-output", f"status {status}: {stderr[-1500:]}"
    matches = [_ERROR_LINE.match(line) for line in errors]
    if not all(matches):
        return "bad-output", stderr[-1500:]
    return ("error" if all(m and m.group("line") for m in matches) else "error-no-line"), stderr[:5000]


def _annotate_case(line: bytes) -> tuple[str, str]:
    from site_builder.cli import main

    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(line), encoding="utf-8")
    old = sys.stdin
    try:
        sys.stdin = stdin
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["annotate"])
    except _Timeout:
        raise
    except BaseException:  # noqa: BLE001
        return "traceback", traceback.format_exc()[-3000:]
    finally:
        sys.stdin = old
    return _annotate_outcome(status, out.getvalue(), err.getvalue(), line)


def _annotate_outcome(status: int, stdout: str, stderr: str, line: bytes) -> tuple[str, str]:
    rows = stdout.splitlines()
    expected = 1 if line.strip().removeprefix(b"\xef\xbb\xbf").strip() else 0
    try:
        records = [json.loads(r) for r in rows]
    except ValueError:
        return "bad-output", stdout[:300]
    if len(records) != expected:
        return "bad-output", f"{len(records)} records for {expected} line(s)"
    if not records:
        return "answer", ""
    record = records[0]
    if "error" in record:
        ok = status == 1 and set(record) == {"id", "error", "line"} and "<stdin>:1: error:" in stderr
        ok = ok and "output folder" not in stderr
        return ("error" if ok else "bad-output"), stderr[:300]
    ok = status == 0 and {"id", "mentions", "quotes"} <= set(record)
    return ("answer" if ok else "bad-output"), stderr[:300]


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def worker(kind: str, seed: int, start: int, count: int, memory_mib: int, timeout: int) -> None:
    limit = memory_mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, _alarm)
    from site_builder.annotate import warm_up

    warm_up()
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        for index in range(start, start + count):
            print(json.dumps({"start": index}), flush=True)
            files = case_files(kind, seed, index)
            signal.alarm(timeout)
            try:
                outcome, detail = run_case(kind, files, scratch)
            except _Timeout:
                outcome, detail = "hang", f"over {timeout} s"
            except MemoryError:
                outcome, detail = "crash", "MemoryError: over the memory cap"
            finally:
                signal.alarm(0)
            print(json.dumps({"index": index, "outcome": outcome, "detail": detail}), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps({"peak_mib": _own_peak_mib()}), flush=True)


def _own_peak_mib() -> float:
    """This process's peak resident memory. ru_maxrss survives exec, so a worker started from a big
    test process would report its parent's size; VmHWM belongs to this program's own memory map."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="fuzz worker: run cases, one JSON line each")
    parser.add_argument("--kind", choices=KINDS, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--memory-mib", type=int, default=1024)
    parser.add_argument("--timeout", type=int, default=60)
    ns = parser.parse_args()
    worker(ns.kind, ns.seed, ns.start, ns.count, ns.memory_mib, ns.timeout)
