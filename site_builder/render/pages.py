"""Which pages the site has, and what each page's template is given.

A page is a `PageId`; its context is gathered here from the index (which records what was
read), and its template renders it. Nothing here builds HTML by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from site_builder.index.records import EntityInfo, QuoteRef, page_count
from site_builder.index.site_index import SiteIndex
from site_builder.load.settings import Settings
from site_builder.render import feeds, index_data, listings
from site_builder.render.urls import PageId

TEMPLATES = {
    "home": "home.html", "article": "article.html", "archive": "archive.html", "year": "period.html",
    "month": "period.html", "tags": "tags.html", "tags_az": "tags.html", "tag": "tag.html",
    "entities": "entities.html", "entities_az": "entities.html",
    "person": "entity.html", "organization": "entity.html", "place": "entity.html",
    "quotes": "quotes.html", "search": "search.html", "not_found": "404.html", "feed": "feed.xml",
    "person_feed": "feed.xml", "organization_feed": "feed.xml", "place_feed": "feed.xml", "tag_feed": "feed.xml",
    "quotes_feed": "feed.xml", "index_data": "index-data.js",
    "quotes_data": "quotes-data.js", "sitemap": "sitemap.xml", "robots": "robots.txt",
}
TYPE_LABELS = {"person": ("Person", "People"), "organization": ("Organization", "Organizations"), "place": ("Place", "Places")}
SITEMAP_SKIP = {"not_found", "entities_az", "tags_az"}  # the 404 page, and lists already mapped in their default order


def all_pages(index: SiteIndex, settings: Settings) -> Iterator[PageId]:
    """Every page of the site, in a stable order. Reads the index through tracked accessors, so the
    build knows what the list of pages depends on."""
    yield from (PageId("home"), PageId("search"), PageId("not_found"), PageId("feed"), PageId("archive"))
    yield from (PageId("robots"), PageId("quotes_feed"), PageId("index_data", "tags"), PageId("index_data", "quotes"))
    yield from (PageId("quotes_data", "", n) for n in range(1, index_data.quote_shard_count(index.quote_count()) + 1))
    tags = index.tags()
    for n in range(1, page_count(len(tags), settings.per_page) + 1):
        yield PageId("tags", "", n)
        yield PageId("tags_az", "", n)
    for slug in index.article_slugs():
        yield PageId("article", slug)
    for year in index.years():
        yield PageId("year", year)
    for month in index.months():
        yield PageId("month", month)
    for slug, (_, count) in tags.items():
        yield PageId("tag_feed", slug)
        for n in range(1, page_count(count, settings.per_page) + 1):
            yield PageId("tag", slug, n)
    for kind in TYPE_LABELS:
        yield PageId("index_data", kind)
        for n in range(1, page_count(len(index.entities_of_type(kind)), settings.per_page) + 1):
            yield PageId("entities", kind, n)
            yield PageId("entities_az", kind, n)
    for entity_id, kind, pages in index.entity_pages(settings.entity_page_size):
        for n in range(1, pages + 1):
            yield PageId(kind, entity_id, n)
        yield PageId(f"{kind}_feed", entity_id)
    for n in range(1, page_count(index.quote_count(), settings.per_page) + 1):
        yield PageId("quotes", "", n)
    if settings.base_url:  # a sitemap lists absolute URLs
        yield PageId("sitemap")


def context(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    """The variables a page's template gets (besides the helpers every page has)."""
    kind = page.kind
    maker = _CONTEXTS.get(kind)
    if maker is not None:
        return maker(page, index, settings)
    if kind in TYPE_LABELS:
        return _entity_context(page, index, settings)
    if kind.endswith("_feed"):
        return {"feed": _feed(page, index, settings)}
    return {}


def _home(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    return {"articles": index.latest(settings.home_articles), "years": index.years(),
            "counts": {t: len(index.entities_of_type(t)) for t in TYPE_LABELS}}


def _site_feed(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    return {"feed": feeds.articles_feed(settings.title, settings.description, PageId("home"),
                                        index.latest(settings.feed_articles), settings.feed_articles)}


def _article(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    article = index.body_of(index.article(page.key))  # the body: read back for this page alone
    older, newer = index.neighbours(page.key)
    cast = article_cast(article, index)
    quotes = [QuoteRef(article, q, n) for n, q in enumerate(article.annotations.quotes, 1)]
    return {"article": article, "older": older, "newer": newer, "cast": cast, "article_quotes": quotes}


def _year(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    months = {m: n for m, n in index.months().items() if m.startswith(page.key)}  # a year lists its months
    return {"period": page.key, "articles": [], "months": months, "total": sum(months.values())}


def _month(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    articles = index.articles_in(page.key)
    return {"period": page.key, "articles": articles, "months": {}, "total": len(articles)}


def _tags(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    rows = [(slug, name, n) for slug, (name, n) in index.tags().items()]
    az = listings.by_name(rows, lambda r: r[1], lambda r: r[0])
    ordered = az if page.kind == "tags_az" else listings.by_count(rows, lambda r: r[2], lambda r: r[1], lambda r: r[0])
    items, pagination = listings.page_of_rows(ordered, page, settings.per_page)
    anchors = listings.letter_anchors([r[1] for r in items]) if page.kind == "tags_az" else [None] * len(items)
    return {"rows": list(zip(items, anchors, strict=True)), "pagination": pagination, "total": len(rows), "sort": page.kind,
            "jump": listings.jump_bar([r[1] for r in az], "tags_az", "", settings.per_page)}


def _tag(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    name, articles = index.tag(page.key)
    items, pagination = listings.page_of_rows(articles, page, settings.per_page)
    return {"tag": name, "items": items, "pagination": pagination, "total": len(articles),
            "feeds": [(f"{name}: new articles", PageId("tag_feed", page.key))]}


def _entities(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    kind = page.key
    rows = index.entities_of_type(kind)  # (info, mentions, articles), by name
    az = listings.by_name(rows, lambda r: r[0].name, lambda r: r[0].id)
    ordered = az if page.kind == "entities_az" else listings.by_count(rows, lambda r: r[1], lambda r: r[0].name, lambda r: r[0].id)
    items, pagination = listings.page_of_rows(ordered, page, settings.per_page)
    anchors = listings.letter_anchors([r[0].name for r in items]) if page.kind == "entities_az" else [None] * len(items)
    return {"type": kind, "labels": TYPE_LABELS[kind], "rows": list(zip(items, anchors, strict=True)), "pagination": pagination,
            "total": len(rows), "sort": page.kind, "jump": listings.jump_bar([r[0].name for r in az], "entities_az", kind, settings.per_page)}


def _quotes(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    quotes = index.all_quotes()
    items, pagination = listings.page_of_rows(quotes, page, settings.per_page)
    return {"items": items, "pagination": pagination, "total": len(quotes), "feeds": [("New quotes", PageId("quotes_feed"))]}


def _index_data(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    """Every row of an index, for its type-ahead filter (a script: file:// pages cannot fetch JSON)."""
    if page.key == "tags":
        return {"rows": [(slug, name, n) for slug, (name, n) in index.tags().items()]}
    if page.key == "quotes":  # a manifest: the rows are in its shards (quotes_data)
        total = index.quote_count()
        return {"total": total, "shards": [PageId("quotes_data", "", n) for n in range(1, index_data.quote_shard_count(total) + 1)]}
    return {"rows": index.entities_of_type(page.key)}


def _quotes_data(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    """One shard of the quotes index's filter rows: a slice of the quotes, newest first."""
    start, stop = index_data.quote_shard_range(page.page)
    return {"rows": index.all_quotes()[start:stop]}


def _sitemap(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    pages = [p for p in all_pages(index, settings) if p.kind in TEMPLATES and TEMPLATES[p.kind].endswith(".html")
             and p.kind not in SITEMAP_SKIP]
    return {"pages": pages}


_CONTEXTS = {
    "home": _home, "feed": _site_feed, "article": _article, "year": _year, "month": _month,
    "archive": lambda page, index, settings: {"years": index.years(), "months": index.months()},
    "tags": _tags, "tags_az": _tags, "tag": _tag, "entities": _entities, "entities_az": _entities,
    "quotes": _quotes, "index_data": _index_data, "quotes_data": _quotes_data, "sitemap": _sitemap,
}


def _feed(page: PageId, index: SiteIndex, settings: Settings) -> feeds.Feed:
    n = settings.feed_articles
    if page.kind == "tag_feed":
        name, articles = index.tag(page.key)
        return feeds.articles_feed(f"{name} · {settings.title}", f"Articles tagged {name}", PageId("tag", page.key), articles, n)
    if page.kind == "quotes_feed":
        refs = index.all_quotes()[:n]
        entries = tuple(feeds.quote_entry(ref, _speaker_name(ref, index)) for ref in refs)
        return feeds.Feed(f"Quotes · {settings.title}", "The latest quotations, with their speakers", PageId("quotes"), entries)
    info = index.entity(page.key)
    name = info.name if info else page.key
    items = index.entity_articles_range(page.key, 0, n)
    return feeds.articles_feed(f"{name} · {settings.title}", f"Articles that mention {name}",
                               PageId(page.kind.removesuffix("_feed"), page.key), [i.article for i in items], n)


def _speaker_name(ref: QuoteRef, index: SiteIndex) -> str:
    q = ref.quote
    info = index.entity(q.speaker_entity) if q.speaker_entity else None
    return q.speaker or (info.name if info else "Unknown speaker")


def _entity_context(page: PageId, index: SiteIndex, settings: Settings) -> dict[str, Any]:
    """An entity page: page 1 has the summary of the whole record (overview, timeline, companions);
    every page lists its slice of the quotes, transcripts and articles, read from the index by range,
    so a page of someone mentioned 10,000 times holds `entity_page_size` rows of each, not all."""
    entity_id, size = page.key, settings.entity_page_size
    info = index.entity(entity_id)
    summary = index.entity_summary(entity_id)
    start, stop = (page.page - 1) * size, page.page * size
    first_page = page.page == 1
    kind = info.type if info else "person"
    return {
        "entity": info,
        "labels": TYPE_LABELS[info.type] if info else ("", ""),
        "summary": summary,
        "start": start,
        "mentions": index.entity_articles_range(entity_id, start, stop),
        "companions": index.companions(entity_id) if first_page else [],
        "quotes": index.quotes_of_range(entity_id, start, stop),
        "turns": index.turns_of_range(entity_id, start, stop),
        "timeline": timeline(list(summary.by_month)) if first_page else None,
        "pagination": listings.Pagination(page.page, summary.pages(size), page.kind, entity_id),
        "feeds": [(f"{info.name if info else entity_id}: new articles", PageId(f"{kind}_feed", entity_id))],
    }


@dataclass(frozen=True)
class CastMember:
    info: EntityInfo
    mentions: int


@dataclass(frozen=True)
class Speaker:
    name: str
    info: EntityInfo | None
    quotes: int


@dataclass(frozen=True)
class Cast:
    """Who is in an article: entities by type (most mentioned first) and who is quoted how often."""

    by_type: dict[str, list[CastMember]]
    speakers: list[Speaker]

    @property
    def empty(self) -> bool:
        return not self.speakers and not any(self.by_type.values())


def article_cast(article: Any, index: SiteIndex) -> Cast:
    by_type: dict[str, list[CastMember]] = {kind: [] for kind in TYPE_LABELS}
    for entity_id, count in article.entity_counts:
        info = index.entity(entity_id)
        if info is not None:
            by_type[info.type].append(CastMember(info, count))
    for members in by_type.values():
        members.sort(key=lambda m: (-m.mentions, listings.az_key(m.info.name, m.info.id)))
    counts: Counter[str] = Counter()  # by speaker entity id, else by the speaker's description
    for q in article.annotations.quotes:
        if q.speaker_entity or q.speaker:
            counts[q.speaker_entity or f"\0{q.speaker}"] += 1
    speakers = []
    for key, n in counts.items():
        info = None if key.startswith("\0") else index.entity(key)
        speakers.append(Speaker(info.name if info else key.lstrip("\0"), info, n))
    ordered = sorted(speakers, key=lambda s: (-s.quotes, s.name.casefold()))
    return Cast(by_type, ordered)


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

    @property
    def single_month(self) -> bool:
        """All mentions in one month: a sentence says so, a one-bar chart would not."""
        return len(self.bars) == 1

    @property
    def total(self) -> int:
        return sum(b.count for b in self.bars)


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
