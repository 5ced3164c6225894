"""Helpers for hostile-input tests: a small content folder, an in-process build with a memory cap."""

from __future__ import annotations

import contextlib
import resource
from collections.abc import Iterator
from pathlib import Path

from tests.security.fuzzing import build_outcome

ARTICLE = "date 2025-01-30 Pete Hegseth met Israel Katz in Paris. \u201cWe agree,\u201d Katz said.\n"


def content_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    """A content folder holding `files` (text or bytes) and, unless given, one plain article."""
    content = root / "content"
    files = {"articles/base.txt": ARTICLE, **files}
    for rel, data in files.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return content


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


@contextlib.contextmanager
def memory_cap(extra_mib: int = 1024) -> Iterator[None]:
    """Let this process grow by at most `extra_mib` of address space: a runaway build gets a
    MemoryError instead of the machine's memory."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _vm_size() + extra_mib * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def build_case(root: Path, files: dict[str, str | bytes]) -> tuple[str, str]:
    """(outcome, detail) of building `files` (see tests/security/fuzzing.py), under a memory cap."""
    content = content_folder(root, files)
    with memory_cap():
        return build_outcome(content, root / "site")
