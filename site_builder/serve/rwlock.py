"""A readers/writer lock so a half-written site is never served.

Requests hold the read side while they read one file; the builder holds the write side
(``lock.write``, a context manager passed to ``Builder.build(write_lock=...)``) for its
whole write phase. A waiting writer blocks new readers, so a rebuild is never starved by
a busy browser.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class RWLock:
    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0
        self.write = _WriteSide(self)

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True

    def release_write(self) -> None:
        with self._cond:
            self._writer = False
            self._cond.notify_all()

    @property
    def writing(self) -> bool:
        return self._writer


class _WriteSide:
    """``with lock.write:`` -- the shape ``Builder.build(write_lock=...)`` expects."""

    def __init__(self, lock: RWLock) -> None:
        self._lock = lock

    def __enter__(self) -> _WriteSide:
        self._lock.acquire_write()
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release_write()

    # threading.Lock-compatible spelling, in case the builder calls them directly
    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        self._lock.acquire_write()
        return True

    def release(self) -> None:
        self._lock.release_write()
