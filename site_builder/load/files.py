"""The list of article files a kept builder works from, and which of them an edit may have changed.

Finds the article files under the content folder (load/articles.find_article_files); with the
paths serve's watcher saw, keeps the last list unless one of them may add, remove or rename an
article. Refuses nothing: when in doubt it rescans.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from site_builder.load.articles import ARTICLE_SUFFIXES, find_article_files


@dataclass
class ArticleFiles:
    content_dir: Path
    paths: list[Path] | None = None  # the article files the last build found
    known_paths: dict[str, Path] = field(default_factory=dict)  # absolute path -> its entry in `paths`

    def find(self, changed: Iterable[Path] | None) -> tuple[list[Path], set[Path] | None]:
        """The article files, and which of them to stat again (None: all of them).

        With `changed`, the last build's list is kept unless a changed path may add, remove or rename
        an article: an unknown path that is (or was) a folder or an article-like file, or a known
        article that is no longer a file. Anything else (settings, registry, templates, static files,
        editor noise) cannot change the list. When in doubt, rescan: a missed file is a stale site.
        """
        if changed is not None and self.paths is not None:
            content = os.path.abspath(self.content_dir) + os.sep
            restat: set[Path] = set()
            for raw in changed:
                path = os.path.abspath(raw)
                known = self.known_paths.get(path)
                if known is not None:
                    if not os.path.isfile(path):
                        break  # deleted (or replaced by a folder)
                    restat.add(known)
                elif (path.startswith(content)
                      and not any(part.startswith((".", "_")) for part in path[len(content):].split(os.sep))
                      and (not os.path.isfile(path) or os.path.splitext(path)[1].lower() in ARTICLE_SUFFIXES)):
                    break  # a new article file, a folder, or something deleted (perhaps a folder)
                # else: outside the content, hidden or `_`-prefixed (never scanned), or not an article file
            else:
                return self.paths, restat
        paths = find_article_files(self.content_dir)
        self.paths = paths
        self.known_paths = {os.path.abspath(p): p for p in paths}
        return paths, None
