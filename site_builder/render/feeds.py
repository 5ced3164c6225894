"""Atom feeds to follow: the site, each person, organization, place and tag, and the quotes.

A feed holds only its latest `feed_articles` entries. Ids are `urn:uuid:` names derived
(uuid5) from the site's identity and the entry's page identity, so they never change between
builds; `updated` comes from article dates, never from the clock. Links and ids are made by
the renderer (`link`, `uid`); this module only decides what goes in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from site_builder.index.records import QuoteRef
from site_builder.model.article import Article
from site_builder.render.urls import PageId
from site_builder.text import shorten, tidy_quote

EPOCH = date(1970, 1, 1)  # `updated` of a feed with no entries: fixed, not the build time
QUOTE_TITLE_WIDTH = 100


@dataclass(frozen=True)
class FeedEntry:
    key: str  # identity, for the entry's id: "article:slug", "quote:slug#q-3"
    title: str
    page: PageId
    fragment: str
    updated: date
    authors: tuple[str, ...]
    summary: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feed:
    title: str
    subtitle: str
    alternate: PageId  # the HTML page the feed follows
    entries: tuple[FeedEntry, ...]

    @property
    def updated(self) -> date:
        return max((e.updated for e in self.entries), default=EPOCH)


def feed_uid(site_identity: str, key: str) -> str:
    """A stable Atom id: the same site and page identity give the same id in every build."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{site_identity}#{key}"))


def article_entry(article: Article) -> FeedEntry:
    meta = article.meta
    return FeedEntry(f"article:{article.slug}", meta.title, PageId("article", article.slug), "", meta.date,
                     meta.authors or ((meta.source,) if meta.source else ()), meta.summary, meta.tags)


def articles_feed(title: str, subtitle: str, alternate: PageId, articles: Sequence[Article], n: int) -> Feed:
    return Feed(title, subtitle, alternate, tuple(article_entry(a) for a in list(articles)[:n]))


def quote_entry(ref: QuoteRef, speaker: str) -> FeedEntry:
    q, a = ref.quote, ref.article
    text = tidy_quote(q.text)
    return FeedEntry(f"quote:{a.slug}#{q.id}", f"{speaker}: {shorten(text, QUOTE_TITLE_WIDTH)}", PageId("article", a.slug),
                     q.id, a.meta.date, (speaker,), f"{text} ({a.meta.title})")
