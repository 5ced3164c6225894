"""Which pages the site has, and what each page's template is given.

A page is a `PageId`; its context is gathered here from the index (which records what was
read), and its template renders it. Nothing here builds HTML by hand.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from site_builder.index.site_index import SiteIndex
from site_builder.load.settings import Settings
from site_builder.render.urls import PageId

TEMPLATES = {
    "home": "home.html", "article": "article.html", "archive": "archive.html", "year": "period.html",
    "month": "period.html", "tags": "tags.html", "tag": "tag.html", "entities": "entities.html",
    "person": "entity.html", "organization": "entity.html", "place": "entity.html",
    "quotes": "quotes.html", "search": "search.html", "not_found": "404.html", "feed": "feed.xml",
}
TYPE_LABELS = {"person": ("Person", "People"), "organization": ("Organization", "Organizations"), "place": ("Place", "Places")}


def all_pages(index: SiteIndex, settings: Settings) -> Iterator[PageId]:
    """Every page of the site, in a stable order. Reads the index through tracked accessors, so the
    build knows what the list of pages depends on."""
    yield PageId("home")
    yield PageId("search")
    yield PageId("not_found")
    yield PageId("feed")
    yield PageId("archive")
    yield PageId("tags")
    for slug in index.article_slugs():
        yield PageId("article", slug)
    for year in index.years():
        yield PageId("year", year)
    for month in index.months():
        yield PageId("month", month)
    for slug, (_, count) in index.tags().items():
        for n in range(1, _pages(count, settings.per_page) + 1):
            yield PageId("tag", slug, n)
    for kind in TYPE_LABELS:
        yield PageId("entities", kind)
    for entity_id, kind in index.mentioned_entities():
        yield PageId(kind, entity_id)
    for n in range(1, _pages(index.quote_count(), settings.per_page) + 1):
        yield PageId("quotes", "", n)


def _pages(count: int, per_page: int) -> int:
    return max(1, math.ceil(count / per_page))


@dataclass(frozen=True)
class Pagination:
    page: int
    pages: int
    kind: str
    key: str

    def link(self, n: int) -> PageId:
        return PageId(self.kind, self.key, n)


def context(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    """The variables a page's template gets (besides the helpers every page has)."""
    kind = page.kind
    if kind in ("home", "feed"):
        n = settings.home_articles if kind == "home" else settings.feed_articles
        ctx: dict[str, Any] = {"articles": index.latest(n), "years": index.years()}
        if kind == "home":
            ctx["counts"] = {t: len(index.entities_of_type(t)) for t in TYPE_LABELS}
        return ctx
    if kind == "article":
        article = index.article(page.key)
        older, newer = index.neighbours(page.key)
        return {"article": article, "older": older, "newer": newer}
    if kind == "archive":
        return {"years": index.years(), "months": index.months()}
    if kind == "year":  # a year lists its months; the month pages list the articles
        months = {m: n for m, n in index.months().items() if m.startswith(page.key)}
        return {"period": page.key, "articles": [], "months": months, "total": sum(months.values())}
    if kind == "month":
        articles = index.articles_in(page.key)
        return {"period": page.key, "articles": articles, "months": {}, "total": len(articles)}
    if kind == "tags":
        return {"tags": index.tags()}
    if kind == "tag":
        name, items = index.tag(page.key)
        return _paged({"tag": name}, items, page, settings)
    if kind == "entities":
        return {"type": page.key, "labels": TYPE_LABELS[page.key], "rows": index.entities_of_type(page.key)}
    if kind in TYPE_LABELS:
        return _entity_context(page.key, index)
    if kind == "quotes":
        return _paged({}, index.all_quotes(), page, settings)
    return {}


def _paged(ctx: dict[str, Any], items: list[Any], page: PageId, settings: Settings) -> dict[str, Any]:
    per = settings.per_page
    ctx["items"] = items[(page.page - 1) * per: page.page * per]
    ctx["pagination"] = Pagination(page.page, _pages(len(items), per), page.kind, page.key)
    ctx["total"] = len(items)
    return ctx


def _entity_context(entity_id: str, index: SiteIndex) -> dict[str, Any]:
    info = index.entity(entity_id)
    items = index.entity_articles(entity_id)
    dates = [i.article.meta.date for i in items]
    return {
        "entity": info,
        "labels": TYPE_LABELS[info.type] if info else ("", ""),
        "mentions": items,
        "total_mentions": sum(i.count for i in items),
        "companions": index.companions(entity_id),
        "quotes": index.quotes_of(entity_id),
        "first": min(dates) if dates else None,
        "last": max(dates) if dates else None,
        "timeline": timeline(index.mentions_by_month(entity_id)),
    }


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    month: date
    count: int


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: tuple[Bar, ...]
    first: date | None
    last: date | None
    peak: int


MAX_BARS = 240  # a timeline longer than 20 years of months groups several months per bar


def timeline(by_month: list[tuple[date, int]], height: int = 60, bar: int = 8, gap: int = 2) -> Timeline:
    """Bar geometry of mentions per month, every month from first to last appearance; over a span
    longer than MAX_BARS months, each bar holds several months (the page stays small)."""
    if not by_month:
        return Timeline(0, height, (), None, None, 0)
    first, last = by_month[0][0], by_month[-1][0]
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    step = -(-span // MAX_BARS)
    counts: dict[int, int] = {}
    for month, n in by_month:
        slot = ((month.year - first.year) * 12 + month.month - first.month) // step
        counts[slot] = counts.get(slot, 0) + n
    peak = max(counts.values())
    bars = []
    for i in range(-(-span // step)):
        n = counts.get(i, 0)
        h = 0 if n == 0 else max(2, round((height - 4) * n / peak))
        months = first.year * 12 + first.month - 1 + i * step
        bars.append(Bar(i * (bar + gap), height - h, bar, h, date(months // 12, months % 12 + 1, 1), n))
    return Timeline(len(bars) * (bar + gap), height, tuple(bars), first, last, peak)
