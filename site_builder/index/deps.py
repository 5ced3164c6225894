"""Dependencies recorded where data is read (the Lektor way).

While a page renders, every `@tracked` index accessor it calls records its name, arguments
and a fingerprint of what it returned. On a rebuild the same calls are asked of the new index;
a page is rendered again only when one of its answers (or its template, or the settings) changed.

Only leaf reads are recorded: an accessor that gets its data through other tracked accessors
(`companions` reads `entity_articles` and `entity`) is derived from them, so checking the leaves
is enough and much cheaper. Hence the rule for index authors: a tracked accessor either reads
index state directly or reads it through tracked accessors, never both.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any, TypeVar

Call = tuple[str, tuple[Any, ...]]
Record = dict[Call, str]  # call -> fingerprint of its answer


class _Recorder:
    def __init__(self) -> None:
        self.record: Record = {}
        self.stack: list[bool] = []  # per open tracked call: has it made a tracked call itself?


_current: ContextVar[_Recorder | None] = ContextVar("site_builder_deps", default=None)
F = TypeVar("F", bound=Callable[..., Any])


def tracked(method: F) -> F:
    """Record each call of an index accessor in the page being rendered, if any."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any) -> Any:
        recorder = _current.get()
        if recorder is None:
            return method(self, *args)
        if recorder.stack:
            recorder.stack[-1] = True
        recorder.stack.append(False)
        try:
            result = method(self, *args)
        finally:
            derived = recorder.stack.pop()
        call = (method.__name__, args)
        if not derived and call not in recorder.record:
            # The index is immutable once built, so each answer is fingerprinted once per build.
            known = self.__dict__.setdefault("_fingerprints", {})
            if call not in known:
                known[call] = fingerprint(result)
            recorder.record[call] = known[call]
        return result

    return wrapper  # type: ignore[return-value]


@contextmanager
def recording() -> Iterator[Record]:
    """Collect the calls made inside the block."""
    recorder = _Recorder()
    token = _current.set(recorder)
    try:
        yield recorder.record
    finally:
        _current.reset(token)


def answers_changed(record: Record, index: Any, memo: dict[Call, str]) -> bool:
    """Does the new index answer any recorded call differently? `memo` is shared across pages."""
    token = _current.set(None)
    try:
        for call, old in record.items():
            if call not in memo:
                name, args = call
                try:
                    memo[call] = fingerprint(getattr(index, name)(*args))
                except KeyError:  # the thing it read is gone
                    memo[call] = "gone"
            if memo[call] != old:
                return True
        return False
    finally:
        _current.reset(token)


def fingerprint(value: Any) -> str:
    return hashlib.blake2b(repr(_canonical(value)).encode(), digest_size=12).hexdigest()


def _canonical(value: Any) -> Any:
    key = getattr(value, "fingerprint_key", None)
    if key is not None:  # objects that know their own identity + version (articles)
        return key
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return tuple((_canonical(k), _canonical(v)) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_canonical(v) for v in value]
        return tuple(sorted(items, key=repr)) if isinstance(value, (set, frozenset)) else tuple(items)
    if is_dataclass(value):
        return (type(value).__name__,) + tuple(_canonical(getattr(value, f.name)) for f in fields(value))
    raise TypeError(f"cannot fingerprint {type(value).__name__}")
