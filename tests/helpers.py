"""Shared test helpers: build a content folder with the real CLI, and snapshot output folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from site_builder.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "archive"
# The shared data (corpus, eval) sits beside the project; SITE_BUILDER_SHARED points elsewhere (a clone
# in a temporary folder), and the tests that need it skip when it is not found.
SHARED = Path(os.environ.get("SITE_BUILDER_SHARED", ROOT.parent / "shared"))


def copy_fixture(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    return content


def build(content: Path, output: Path, *extra: str) -> int:
    return main(["build", "--content", str(content), "--output", str(output), "--no-cache", "-q", *extra])


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file's bytes, inode and mtime: enough to see whether anything was written."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            result[path.relative_to(folder).as_posix()] = (path.read_bytes(), st.st_ino, st.st_mtime_ns)
    return result
