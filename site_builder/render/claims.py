"""Where each page comes from, so that two pages wanting one file are named by their sources.

Finds: for a tag page, the tag as written and the first article carrying it; for an entity page,
its registry entry (file:line) or the first article where the name was found; for an article,
its file. `check_page_paths` runs over the whole page list (every kind, present and future) and
refuses a path claimed twice (render/urls.claim_paths).
"""

from __future__ import annotations

from collections.abc import Iterable

from site_builder.index.site_index import SiteIndex
from site_builder.render.urls import ENTITY_FOLDERS, PageId, claim_paths


def check_page_paths(pages: Iterable[PageId], index: SiteIndex) -> None:
    """Raise BuildError naming both sources when two pages want one output file."""
    claim_paths(pages, lambda page: describe_page(page, index))


def describe_page(page: PageId, index: SiteIndex) -> str:
    number = f" page {page.page}" if page.page > 1 else ""
    try:
        if page.kind == "tag":
            name, articles = index.tag(page.key)
            return f"tag '{name}'{number} (from {articles[0].source.path})"
        if page.kind == "article":
            return f"article {index.article(page.key).source.path}"
        if page.kind in ENTITY_FOLDERS:
            return _entity(page, index)
    except (KeyError, IndexError):
        pass
    if page.key and page.kind != "entities":
        return f"{page.kind} '{page.key}'{number}"
    return f"the {page.key or page.kind} list page{number}"


def _entity(page: PageId, index: SiteIndex) -> str:
    info = index.entity(page.key)
    if info is not None and info.entry is not None:
        return f"{page.kind} '{page.key}' ({info.entry.source})"
    found = index.entity_articles(page.key)
    where = f" (found in {found[0].article.source.path})" if found else ""
    return f"{page.kind} '{page.key}'{where}"
