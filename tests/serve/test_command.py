"""`python -m site_builder serve` as a process: arguments, localhost by default, clean Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from .fake_builder import make_archive
from .helpers import WAIT, fetch

REPO = Path(__file__).resolve().parents[2]

# Runs the command's own run() with the fake builder in place of the real one, so this test
# does not depend on site_builder/build.py.
LAUNCH = textwrap.dedent(
    """
    import argparse, sys
    sys.path.insert(0, {tests!r})
    from serve.fake_builder import FakeBuilder, FakeOptions
    from site_builder.commands import serve

    def make_builder(content, output, **options):
        root = content.parent
        return FakeBuilder(FakeOptions(content, output, in_place=True,
                                       templates_dir=root / "templates", static_dir=root / "static"))

    serve.make_builder = make_builder
    parser = argparse.ArgumentParser()
    serve.add_arguments(parser)
    sys.exit(serve.run(parser.parse_args(sys.argv[1:])))
    """
)


def _start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    make_archive(tmp_path)
    script = LAUNCH.format(tests=str(REPO / "tests"))
    return subprocess.Popen(
        [sys.executable, "-c", script, "--content", str(tmp_path / "content"), "--output", str(tmp_path / "out"),
         "--port", "0", *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _url(proc: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + WAIT
    lines = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        match = re.search(r"on (http://\S+/)", line)
        if match:
            return match.group(1)
    proc.kill()
    raise AssertionError("no 'Serving ... on http://...' line: " + "".join(lines))


def test_ctrl_c_stops_cleanly_with_status_0(tmp_path: Path):
    proc = _start(tmp_path)
    try:
        url = _url(proc)
        assert url.startswith("http://127.0.0.1:")  # localhost only by default
        status, body = fetch(url)
        assert status == 200 and "/__live/reload.js" in body
        proc.send_signal(signal.SIGINT)
        assert proc.wait(WAIT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_sigterm_stops_cleanly_too(tmp_path: Path):
    proc = _start(tmp_path)
    try:
        _url(proc)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(WAIT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_missing_content_folder_is_an_error(tmp_path: Path):
    script = LAUNCH.format(tests=str(REPO / "tests"))
    done = subprocess.run(
        [sys.executable, "-c", script, "--content", str(tmp_path / "nope"), "--port", "0"],
        cwd=REPO, capture_output=True, text=True, timeout=WAIT, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2 and "no such content folder" in done.stderr


def test_output_must_not_be_the_content_folder(tmp_path: Path):
    make_archive(tmp_path)
    script = LAUNCH.format(tests=str(REPO / "tests"))
    done = subprocess.run(
        [sys.executable, "-c", script, "--content", str(tmp_path / "content"), "--output",
         str(tmp_path / "content" / "articles" / "out"), "--port", "0"],
        cwd=REPO, capture_output=True, text=True, timeout=WAIT, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2 and "content folder" in done.stderr
