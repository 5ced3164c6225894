"""What the index hands to pages: entity descriptions, an entity's articles, quotes and transcript
turns with their articles, and the order articles are listed in. Plain values; every one has a
`fingerprint_key` so a page's dependency record (index/deps.py) sees what it showed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from site_builder.model.article import Article
from site_builder.model.registry import Entity, Registry
from site_builder.model.spans import Quote, Turn


def index_order(article: Article) -> tuple[int, str]:
    """Index order: newest first, then by slug."""
    return (-article.meta.date.toordinal(), article.slug)


def mention_order(item: ArticleMentions) -> tuple[int, str]:
    return index_order(item.article)



def listing_key(article: Article) -> str:
    """What lists of articles show (title, date, source, summary …), as a digest computed once per
    article version: editing an article's body re-renders its own page, not every list that names it."""
    return article.listing


class Listed(list):  # type: ignore[type-arg]
    """A list of articles whose fingerprint is their listing keys (see listing_key)."""

    @property
    def fingerprint_key(self) -> tuple[Any, ...]:
        return tuple(listing_key(a) if a is not None else None for a in self)


@dataclass(frozen=True, slots=True)
class EntityInfo:
    id: str
    name: str
    type: str
    entry: Entity | None  # the registry entry, None for a discovered name
    role: str = ""  # the first registry role, organization ids resolved to names: "Spokesman, Department of Defense"
    roles: tuple[str, ...] = ()  # every role, the same way, with dates

    @property
    def fingerprint_key(self) -> tuple[str, str, str, str]:
        return (self.id, self.name, self.type, repr(self.entry))


def describe_roles(entry: Entity, registry: Registry) -> tuple[str, tuple[str, ...]]:
    described = []
    for r in entry.roles:
        entry_of_org = registry.get(r.organization) if r.organization else None
        org = entry_of_org.name if entry_of_org else r.organization
        text = f"{r.title}, {org}" if org else r.title
        if r.start or r.end:
            text += f" ({r.start.isoformat() if r.start else '…'} – {r.end.isoformat() if r.end else ''})".replace(" )", ")")
        described.append(text)
    first = entry.roles[0] if entry.roles else None
    role = described[0].split(" (")[0] if first else ""
    return role, tuple(described)


class ArticleMentions(NamedTuple):  # a NamedTuple: the index makes one per (entity, article), often
    article: Article
    count: int  # type: ignore[assignment]  # shadows tuple.count; templates read .count

    @property
    def fingerprint_key(self) -> tuple[Any, int]:
        return (listing_key(self.article), self.count)


@dataclass(frozen=True, slots=True)
class QuoteRef:
    article: Article
    quote: Quote
    number: int  # 1-based position in its article

    @property
    def fingerprint_key(self) -> tuple[Any, str, int]:
        return (listing_key(self.article), repr(self.quote), self.number)


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """What an entity page says of the whole of an entity's lists, whichever page of them it shows:
    how many articles, mentions, quotes and transcripts, when, and the mentions per month."""

    articles: int
    mentions: int
    quotes: int
    turns: int  # transcripts (articles) it speaks in
    first: date | None
    last: date | None
    by_month: tuple[tuple[date, int], ...]  # (first day of the month, mentions), oldest first

    def pages(self, size: int) -> int:
        """Pages of an entity page whose lists show `size` items each; the longest list decides."""
        return page_count(max(self.articles, self.quotes, self.turns), size)


def page_count(count: int, size: int) -> int:
    """Pages of `size` items that `count` items fill; at least one (an empty list still has its page)."""
    return max(1, -(-count // size))


EXCERPT_WORDS = 30


@dataclass(frozen=True, slots=True)
class TurnsRef:
    """An entity's turns in one briefing or interview transcript, and a short excerpt of them."""

    article: Article
    turns: tuple[Turn, ...]

    @property
    def excerpt(self) -> str:
        """The first words of the first turn that says something (eight words or more)."""
        text = self.article.text
        chosen = next((t for t in self.turns if len(text[t.start:t.end].split()) >= 8), self.turns[0])
        words = text[chosen.start:chosen.end].split()
        return " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")

    @property
    def fingerprint_key(self) -> tuple[Any, str, str]:
        return (listing_key(self.article), repr(self.turns), self.excerpt)
