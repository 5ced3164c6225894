"""The on-disk cache of annotated articles, so a second `build` annotates only what changed.

Entries are keyed by the article's cache key (file digest + path + registry digest + code
version), so a stale entry is never found rather than ever invalidated.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from site_builder.errors import Problem
from site_builder.files import write_atomically
from site_builder.model.article import Article


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

    def put(self, key: str, article: Article, warnings: list[Problem]) -> None:
        path = self._path(key)
        if path is not None:
            write_atomically(path, pickle.dumps((article, warnings), protocol=pickle.HIGHEST_PROTOCOL))

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}.pickle" if self.folder else None
