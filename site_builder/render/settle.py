"""Before a build forks its render workers: leave them as little to inherit as the parent can.

A forked worker starts with its parent's resident pages counted as its own (and copies each page it
writes to). So, right before the fork: collect the garbage, hand the heap the parent freed back to
the system (glibc's malloc_trim; a no-op where there is none), and freeze the objects left, so a
worker's garbage collections never walk (and so never write to, and copy) the parent's objects.
`thawed` undoes the freeze once the workers are gone.

Refuses nothing; on a C library without malloc_trim it only collects and freezes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def trim_heap() -> None:
    """Return the free memory at the top and in the holes of the C heap to the system."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is not None:
        trim(0)


def settle() -> None:
    """Collect, trim and freeze: call right before forking workers that only read the parent's objects."""
    gc.collect()
    trim_heap()
    gc.freeze()


def thawed() -> None:
    """The parent's objects back under the garbage collector (after its workers are gone)."""
    gc.unfreeze()
