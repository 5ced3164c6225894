"""The on-disk cache of annotated articles, so a second `build` annotates only what changed.

Entries are keyed by the article's cache key (file digest + path + registry digest + code
version), so a stale entry is never found rather than ever invalidated.

`dumps` is how an annotated article travels (pool worker -> build, build -> cache or spool): a
standard pickle whose model values (frozen slotted dataclasses) are written as a constructor call
with their fields in a tuple, not as the default state that `dataclasses` restores field by field
in Python (that was most of the cost of reading an article back). Plain `pickle.loads` reads it.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from site_builder.errors import Problem
from site_builder.files import write_atomically
from site_builder.model import article as _article
from site_builder.model import spans as _spans
from site_builder.model.article import Article


def _constructor(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """`cls(*fields)` as a pickle reduction; only for classes whose __init__ takes every field
    it stores (a field with init=False must be a constant default, as `kind` is)."""
    names = [f.name for f in fields(cls) if f.init]
    get = attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


_MODEL = [c for m in (_article, _spans) for c in vars(m).values()
          if isinstance(c, type) and is_dataclass(c) and c.__module__ == m.__name__] + [Problem]
_DISPATCH: dict[type, Any] = {**copyreg.dispatch_table, **{c: _constructor(c) for c in _MODEL}}


def dumps(value: Any) -> bytes:
    """`pickle.dumps(value)`, with model values written as constructor calls (see the docstring)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(value)
    return out.getvalue()


class ArticleCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder  # None: nothing is kept on disk

    def get(self, key: str) -> tuple[Article, list[Problem]] | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            article, warnings = pickle.loads(path.read_bytes())
        except Exception:  # a cache from another version or a torn write: annotate again
            return None
        return article, warnings

    def put(self, key: str, article: Article, warnings: list[Problem], data: bytes | None = None) -> None:
        """`data`: dumps((article, warnings)) when the caller has it already (a pool worker's bytes)."""
        path = self._path(key)
        if path is not None:
            write_atomically(path, dumps((article, warnings)) if data is None else data)

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}.pickle" if self.folder else None


class ArticleSpool:
    """The annotated articles of one build without a cache folder, in one append-only file: the
    build holds slim articles (index/slim.py) and reads a full one back when a page or data file
    shows its body. Reads use pread, so forked render workers share the open file safely."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        self._end = os.fstat(self._fd).st_size
        self._where: dict[str, tuple[int, int]] = {}  # key -> (offset, length)

    def get(self, key: str) -> tuple[Article, list[Problem]] | None:
        where = self._where.get(key)
        if where is None:
            return None
        article, warnings = pickle.loads(os.pread(self._fd, where[1], where[0]))
        return article, warnings

    def put(self, key: str, article: Article, warnings: list[Problem], data: bytes | None = None) -> None:
        """`data`: dumps((article, warnings)) when the caller has it already (a pool worker's bytes)."""
        if key in self._where:
            return
        if data is None:
            data = dumps((article, warnings))
        view = memoryview(data)
        while view:  # unbuffered: in the file before any fork reads it
            view = view[os.write(self._fd, view):]
        self._where[key] = (self._end, len(data))
        self._end += len(data)

    def close(self) -> None:
        os.close(self._fd)
