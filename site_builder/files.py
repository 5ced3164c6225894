"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename it over `path`:
    a reader (a browser, the server, another build) sees the old bytes or the new ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def same_bytes(path: str | Path, data: bytes) -> bool:
    """Does the file at `path` hold exactly `data`? (False when there is no such file.) A str path
    is taken as is: the render workers ask this for every page, and a Path per call costs more."""
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False
