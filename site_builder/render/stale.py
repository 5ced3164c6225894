"""Which pages a kept builder renders again, and the pages' files after rendering them.

A page is rendered again when a read it recorded is answered differently by the new index (its
dependency record, index/deps.py), its template changed, or the settings did. When the list of
pages, the templates and the settings are all unchanged, only the stale pages are rendered and
the last build's bytes are kept for the rest; otherwise the list of pages is read again (and
recorded) and every page is checked. Refuses two pages for one file (render/claims.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from site_builder.index.deps import DependencyGraph, Record, recording
from site_builder.index.site_index import SiteIndex, touched_keys
from site_builder.load.settings import Settings
from site_builder.render.claims import check_page_paths
from site_builder.render.pages import TEMPLATES, all_pages
from site_builder.render.pool import RenderedPage
from site_builder.render.urls import PageId, page_path

# Not a page: the dependency graph's entry for the list of pages itself (render/pages.all_pages).
PAGE_LIST = PageId("__page-list__")

RenderOne = Callable[[PageId, dict[PageId, Record]], RenderedPage]
RenderMany = Callable[[list[PageId], dict[PageId, Record]], dict[PageId, RenderedPage]]


@dataclass
class PageState:
    """What a kept builder remembers of the pages it rendered."""

    pages: dict[PageId, RenderedPage] = field(default_factory=dict)
    graph: DependencyGraph = field(default_factory=DependencyGraph)
    page_files: dict[str, bytes] = field(default_factory=dict)  # output path -> bytes
    fingerprints: dict[str, str] | None = None  # the templates' fingerprints the last build rendered with


@dataclass(frozen=True)
class Rendered:
    files: dict[str, bytes]  # every page's output path -> bytes
    count: int  # pages rendered
    maybe_changed: set[str] | None  # the only page paths whose bytes may differ (None: any)


def render_stale(state: PageState, previous: SiteIndex | None, index: SiteIndex, settings: Settings,
                 fingerprints: dict[str, str], settings_changed: bool, output_known: bool,
                 one: RenderOne, many: RenderMany, content_dir: Path) -> Rendered:
    touched = touched_keys(previous, index) if previous else set()
    stale = state.graph.stale_pages(touched, index) if previous else set()
    records: dict[PageId, Record] = {}  # put in the graph once every page rendered
    if (previous is not None and output_known and not settings_changed
            and fingerprints == state.fingerprints and PAGE_LIST not in stale):
        # Same page list, same templates, same settings: only the stale pages can change.
        rendered = _splice(state, sorted(cast(set[PageId], stale - {PAGE_LIST})), one, records)
    else:
        rendered = _all(state, index, settings, fingerprints, settings_changed, stale, many, records, content_dir)
    for page, record in records.items():
        state.graph.set(page, record)
    state.fingerprints = fingerprints
    return rendered


def _splice(state: PageState, todo: list[PageId], one: RenderOne, records: dict[PageId, Record]) -> Rendered:
    pages = dict(state.pages)
    files = dict(state.page_files)
    maybe_changed: set[str] = set()
    for page in todo:
        data = one(page, records)
        path = page_path(page)
        if files.get(path) != data.data:
            maybe_changed.add(path)
        pages[page] = data
        files[path] = data.data
    state.pages, state.page_files = pages, files
    return Rendered(files, len(todo), maybe_changed)


def _all(state: PageState, index: SiteIndex, settings: Settings, fingerprints: dict[str, str], settings_changed: bool,
         stale: set[object], many: RenderMany, records: dict[PageId, Record], content_dir: Path) -> Rendered:
    pages: dict[PageId, RenderedPage] = {}
    files: dict[str, bytes] = {}
    with recording() as records[PAGE_LIST]:  # what the list of pages was read from
        page_ids = list(all_pages(index, settings))
    check_page_paths(page_ids, index, content_dir)  # one page per file, or an error
    todo = [page for page in page_ids
            if (old := state.pages.get(page)) is None or settings_changed or page in stale
            or old.template != fingerprints.get(TEMPLATES[page.kind])]
    fresh = many(todo, records)
    for page in page_ids:
        pages[page] = fresh.get(page) or state.pages[page]
        files[page_path(page)] = pages[page].data
    for gone in set(state.pages) - set(pages) - {PAGE_LIST}:
        state.graph.forget(gone)
    state.pages, state.page_files = pages, files
    return Rendered(files, len(fresh), None)
