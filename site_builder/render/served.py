"""serve's data files: annotations.json and the search shards of the last written build, made on
first demand (a page reload asks for few of them) and written to disk once the server is idle.

Finds a data file by its site path; refuses (None) any other path, and every path before the first
build was written. Thread-safe: server threads ask while the builder publishes the next index.
"""

from __future__ import annotations

import threading
from pathlib import Path

from site_builder.files import same_bytes, write_atomically
from site_builder.index.site_index import SiteIndex
from site_builder.render.data import DataFiles, is_data_path


class ServedData:
    def __init__(self, data: DataFiles) -> None:
        self._data = data
        self._lock = threading.Lock()
        self._index: SiteIndex | None = None  # the index of the last build that was written
        self._memo: dict[str, bytes] | None = None

    def publish(self, index: SiteIndex) -> None:
        with self._lock:
            self._index = index
            self._memo = None

    def file(self, path: str) -> bytes | None:
        if not is_data_path(path):
            return None
        with self._lock:
            if self._index is None:
                return None
            return self._files().get(path)

    def _files(self) -> dict[str, bytes]:
        """Every data file of the last written build (made on first demand); call under the lock."""
        if self._memo is None:
            assert self._index is not None
            self._data.forget_except(self._index.articles)
            self._memo = self._data.files(self._index)
        return self._memo

    def write(self, out: Path) -> None:
        """Put the data files on disk (atomically), and remove old shards."""
        with self._lock:
            if self._index is None:
                return
            files = self._files()
        for rel, data in sorted(files.items()):
            if not same_bytes(out / rel, data):
                write_atomically(out / rel, data)
        for folder in ("data/annotations", "assets/search"):
            for path in sorted((out / folder).glob("*")) if (out / folder).is_dir() else ():
                if path.is_file() and f"{folder}/{path.name}" not in files:
                    path.unlink()
