"""How long from saving an article until `serve` serves the changed page.

    .venv/bin/python bench/serve_latency.py [--articles 4000] [--repeat 10] [--content DIR]

Builds an archive of N articles (copies of ../shared/corpus, renamed so every slug is unique;
synthetic text if the corpus is missing; or --source generated: bench/generate_archive.py), or
takes --content DIR (copied, never edited in place), starts `python -m site_builder serve` on a free port in a separate process, then
repeatedly saves an edited article the way editors do (temp file + rename) and measures:

- poll:   until a tight urllib loop gets the article page containing the new text;
- event:  until the SSE `reload` event arrives (what makes an open tab reload);
- reload: the event plus one GET of the page (what the reloading tab does) -- the end-to-end
          figure to compare with the goal (<= 0.3 s for 4,000 articles).

Prints median / p90 / max for each. The first build is not measured (it is printed).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
GOAL = 0.3


def make_archive(root: Path, count: int) -> Path:
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    sources = sorted(p for p in CORPUS.glob("*.md") if p.name.upper() != "README.MD") if CORPUS.is_dir() else []
    for i in range(count):
        if sources:
            src = sources[i % len(sources)]
            copy = i // len(sources)
            text = src.read_text(encoding="utf-8")
            name = src.name if copy == 0 else f"{src.stem}-r{copy}.md"
            if copy:  # different bytes too: the builder caches articles by content digest
                text = text.rstrip("\n") + f"\n\n(Copy {copy} for the benchmark.)\n"
        else:
            name = f"synthetic-{i:05d}.md"
            text = (f"---\ntitle: Synthetic article {i}\ndate: 20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}\n---\n\n"
                    + "\n\n".join(f"Paragraph {p} of article {i} says something about the news." for p in range(8)) + "\n")
        (articles / name).write_text(text, encoding="utf-8")
    return root / "content"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def slugify(stem: str) -> str:
    sys.path.insert(0, str(REPO))
    from site_builder.text import slugify as real

    return real(stem, max_length=200)


class Events(threading.Thread):
    """Records the arrival time of every SSE `reload`/`error` event."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.conn.request("GET", "/__live/events")
        self.resp = self.conn.getresponse()
        self.cond = threading.Condition()
        self.arrivals: list[tuple[str, float]] = []
        self.start()

    def run(self) -> None:
        name = ""
        for raw in iter(self.resp.fp.readline, b""):
            line = raw.decode().strip()
            if line.startswith("event:"):
                name = line[6:].strip()
            elif not line and name:
                with self.cond:
                    self.arrivals.append((name, time.perf_counter()))
                    self.cond.notify_all()
                name = ""

    def wait_after(self, t0: float, timeout: float = 60) -> tuple[str, float] | None:
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for name, t in self.arrivals:
                    if t >= t0 and name in ("reload", "error", "css", "clear"):
                        return name, t
                left = deadline - time.perf_counter()
                if left <= 0:
                    return None
                self.cond.wait(left)


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.read().decode("utf-8", "replace")


def summary(label: str, values: list[float]) -> str:
    if not values:
        return f"{label:7s} no samples"
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return (f"{label:7s} median {statistics.median(values) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   "
            f"max {values[-1] * 1000:7.1f} ms   (n={len(values)})")


def main() -> int:  # noqa: C901  (a benchmark script read top to bottom)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--content", type=Path, help="an existing content folder (copied first)")
    parser.add_argument("--source", choices=("corpus", "generated"), default="corpus",
                        help="corpus: copies of ../shared/corpus (real text); generated: bench/generate_archive.py")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    proc = None
    try:
        if args.content:
            shutil.copytree(args.content, tmp / "content")
            content = tmp / "content"
        elif args.source == "generated":
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from generate_archive import generate

            content = Path(generate(args.articles, tmp / "content"))
        else:
            content = make_archive(tmp, args.articles)
        files = sorted(p for p in (content / "articles").rglob("*") if p.suffix in (".md", ".txt"))
        print(f"archive: {len(files)} articles in {content}", flush=True)
        port = free_port()
        cmd = [sys.executable, "-m", "site_builder", "serve", "--content", str(content), "--output",
               str(tmp / "site"), "--port", str(port), "--cache", str(tmp / "cache")]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
        log: list[str] = []
        for line in proc.stderr:
            log.append(line)
            if "Serving" in line:
                break
        else:
            print("".join(log), file=sys.stderr)
            return 1
        print(f"first build + start: {time.perf_counter() - started:.1f} s  ({log[-2].strip() if len(log) > 1 else ''})",
              flush=True)
        threading.Thread(target=lambda: [log.append(line) for line in proc.stderr], daemon=True).start()

        base = f"http://127.0.0.1:{port}/"
        status = json.loads(get(base + "__live/status"))
        if status["error"]:
            print("the first build failed:", json.dumps(status["error"], indent=1)[:3000], file=sys.stderr)
            return 1
        events = Events(port)
        poll, event, reload = [], [], []
        step = max(1, len(files) // max(1, args.repeat))
        for i in range(args.repeat):
            path = files[(i * step + 7) % len(files)]
            page = base + f"articles/{slugify(path.stem)}.html"
            if "<html" not in get(page).lower():
                print(f"skip {path.name}: no page at {page}")
                continue
            token = "Bench" + uuid.uuid4().hex[:12]
            text = path.read_text(encoding="utf-8").rstrip("\n") + f"\n\nEdited for the benchmark: {token}.\n"
            tmp_file = path.with_name(f".{path.name}.bench.tmp")
            tmp_file.write_text(text, encoding="utf-8")
            time.sleep(0.3)  # let the temp file's own events pass (they are ignored anyway)
            t0 = time.perf_counter()
            os.replace(tmp_file, path)  # the save
            while True:
                body = get(page)
                if token in body:
                    poll.append(time.perf_counter() - t0)
                    break
                if time.perf_counter() - t0 > 60:
                    print(f"timeout waiting for {page}", file=sys.stderr)
                    break
            got = events.wait_after(t0)
            if got and got[0] == "reload":
                event.append(got[1] - t0)
                body = get(page)  # what the reloading tab fetches
                reload.append(time.perf_counter() - t0)
                assert token in body
            print(f"  {i + 1:2d}. {path.name[:60]:60s} poll {poll[-1] * 1000:6.1f} ms"
                  + (f"  reload {reload[-1] * 1000:6.1f} ms" if got and got[0] == "reload" else f"  ({got})"),
                  flush=True)
            time.sleep(0.5)
        print(summary("poll", poll))
        print(summary("event", event))
        print(summary("reload", reload))
        if reload:
            verdict = "meets" if statistics.median(reload) <= GOAL else "misses"
            print(f"goal: reloaded page shows the change in <= {GOAL:.1f} s -> median {verdict} it")
        rebuilt = [entry.strip() for entry in log if entry.startswith("Rebuilt")]
        if rebuilt:
            print("server log (last rebuilds):\n  " + "\n  ".join(rebuilt[-3:]))
        return 0
    finally:
        if proc and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept {tmp}")


if __name__ == "__main__":
    sys.exit(main())
