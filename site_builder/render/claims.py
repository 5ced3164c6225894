"""Where each page comes from, so that two pages wanting one file are named by their sources.

Finds: for a tag page, the tag as written and the first article carrying it; for an entity page,
its registry entry (file:line) or the first article where the name was found; for an article,
its file. `check_page_paths` runs over the whole page list (every kind, present and future) and
refuses a path claimed twice (render/urls.claim_paths).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from site_builder.index.site_index import SiteIndex
from site_builder.render.urls import ENTITY_FOLDERS, PageId, PageSource, claim_paths


def check_page_paths(pages: Iterable[PageId], index: SiteIndex, content_dir: Path | None = None) -> None:
    """Raise BuildError naming both sources when two pages want one output file. Article paths
    are given relative to `content_dir`, so messages name the file on disk when it is given."""
    def describe(page: PageId) -> PageSource:
        source = describe_page(page, index)
        if content_dir is None or not source.path or Path(source.path).is_absolute():
            return source
        return replace(source, path=str(content_dir / source.path))

    claim_paths(pages, describe)


def describe_page(page: PageId, index: SiteIndex) -> PageSource:
    number = f" page {page.page}" if page.page > 1 else ""
    try:
        if page.kind == "tag":
            name, articles = index.tag(page.key)
            first = articles[0].source
            return PageSource(f"tag '{name}'{number} (from {first.path})", first.path, first.meta.line("tags"))
        if page.kind == "article":
            source = index.article(page.key).source
            return PageSource(f"article {source.path}", source.path, source.meta.line("slug"))
        if page.kind in ENTITY_FOLDERS:
            return _entity(page, index)
    except (KeyError, IndexError):
        pass
    if page.key and page.kind != "entities":
        return PageSource(f"{page.kind} '{page.key}'{number}")
    return PageSource(f"the {page.key or page.kind} list page{number}")


def _entity(page: PageId, index: SiteIndex) -> PageSource:
    info = index.entity(page.key)
    if info is not None and info.entry is not None:
        path, _, line = info.entry.source.rpartition(":")
        return PageSource(f"{page.kind} '{page.key}' ({info.entry.source})", path, int(line) if line.isdigit() else None)
    found = index.entity_articles(page.key)
    if not found:
        return PageSource(f"{page.kind} '{page.key}'")
    path = found[0].article.source.path
    return PageSource(f"{page.kind} '{page.key}' (a name found in {path})", path)
