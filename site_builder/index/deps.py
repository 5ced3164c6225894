"""Dependencies recorded where data is read (the Lektor way).

While a page renders, every `@tracked` index accessor it calls records its name, arguments,
a fingerprint of what it returned, and the index keys that answer was read from
(`("entity", "pete-hegseth")`, `("period", "2025-01")`, `("article", slug)`, `("all",)` …).
On a rebuild, the articles that changed name the keys they touch (`site_index.keys_of_article`);
only reads of touched keys are asked again of the new index, and a page is rendered again only
when one of its answers (or its template, or the settings) changed.

Only leaf reads are recorded: an accessor that gets its data through other tracked accessors
(`companions` reads `entity_articles` and `entity`) is derived from them, so checking the leaves
is enough. Hence the rule for index authors: a tracked accessor either reads index state
directly (and declares its keys) or reads it through tracked accessors, never both.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from typing import Any, TypeVar

Call = tuple[str, tuple[Any, ...]]
Key = tuple[Hashable, ...]
EVERYTHING: Key = ("all",)


@dataclass(frozen=True, slots=True)
class Read:
    fingerprint: str
    keys: frozenset[Key]


Record = dict[Call, Read]


class _Recorder:
    def __init__(self) -> None:
        self.record: Record = {}
        self.stack: list[bool] = []  # per open tracked call: has it made a tracked call itself?


_current: ContextVar[_Recorder | None] = ContextVar("site_builder_deps", default=None)
F = TypeVar("F", bound=Callable[..., Any])
KeysOf = Callable[[Any, tuple[Any, ...], Any], Iterable[Key]]


def tracked(keys: KeysOf | None = None, leaf: bool = False) -> Callable[[F], F]:
    """Record each call of an index accessor in the page being rendered, if any.

    `keys(index, args, result)` names the index keys the answer is read from; None means
    "everything" (the answer may change whenever any article does). A `leaf` accessor is recorded
    itself even though it uses other accessors (whose reads are then not recorded): for answers
    whose fingerprint must cover more than the reads they are built from.
    """

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any) -> Any:
            recorder = _current.get()
            if recorder is None:
                return method(self, *args)
            if recorder.stack:
                recorder.stack[-1] = True
            recorder.stack.append(False)
            token = _current.set(None) if leaf else None
            try:
                result = method(self, *args)
            finally:
                if token is not None:
                    _current.reset(token)
                derived = recorder.stack.pop()
            call = (method.__name__, args)
            if not derived and call not in recorder.record:
                # The index is immutable once built, so each answer is fingerprinted once per build.
                known = self.__dict__.setdefault("_reads", {})
                if call not in known:
                    read_keys = frozenset(keys(self, args, result)) if keys else frozenset((EVERYTHING,))
                    known[call] = Read(fingerprint(result), read_keys)
                recorder.record[call] = known[call]
            return result

        return wrapper  # type: ignore[return-value]

    return decorate


@contextmanager
def recording() -> Iterator[Record]:
    """Collect the calls made inside the block."""
    recorder = _Recorder()
    token = _current.set(recorder)
    try:
        yield recorder.record
    finally:
        _current.reset(token)


class DependencyGraph:
    """Which pages made which reads, to find the pages a change affects without visiting them all.

    After every build each read has one answer, the same for every page that made it (a page
    whose read was answered differently was rendered again and recorded the new answer), so a
    rebuild asks each touched read once and marks the pages that made it.
    """

    def __init__(self) -> None:
        self._reads: dict[Call, Read] = {}
        self._pages_by_call: dict[Call, set[Hashable]] = defaultdict(set)
        self._calls_by_key: dict[Key, set[Call]] = defaultdict(set)
        self._calls_by_page: dict[Hashable, tuple[Call, ...]] = {}

    def set(self, page: Hashable, record: Record) -> None:
        self.forget(page)
        self._calls_by_page[page] = tuple(record)
        for call, read in record.items():
            self._reads[call] = read
            self._pages_by_call[call].add(page)
            for key in read.keys:
                self._calls_by_key[key].add(call)

    def forget(self, page: Hashable) -> None:
        for call in self._calls_by_page.pop(page, ()):
            pages = self._pages_by_call[call]
            pages.discard(page)
            if not pages:
                for key in self._reads.pop(call).keys:
                    self._calls_by_key[key].discard(call)
                del self._pages_by_call[call]

    def stale_pages(self, touched: builtins.set[Key], index: Any) -> builtins.set[Hashable]:
        """Pages with a read of a touched key that the new index answers differently."""
        calls: builtins.set[Call] = builtins.set()
        for key in touched:
            calls |= self._calls_by_key.get(key, builtins.set())
        stale: builtins.set[Hashable] = builtins.set()
        token = _current.set(None)
        try:
            for call in calls:
                name, args = call
                try:
                    answer = fingerprint(getattr(index, name)(*args))
                except KeyError:  # the thing it read is gone
                    answer = "gone"
                if answer != self._reads[call].fingerprint:
                    stale |= self._pages_by_call[call]
        finally:
            _current.reset(token)
        return stale


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
