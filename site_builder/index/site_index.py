"""The cross-article index. Built from annotated articles and the registry; read by pages.

Every accessor records what it reads (see index/deps.py), so a page's dependencies are
known without hand-kept lists, and a rebuild re-renders only the pages whose inputs changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from operator import itemgetter
from typing import Any, TypeVar, cast

from site_builder.index.aggregates import (
    AGGREGATES,
    CO_MENTIONS,
    ENTITY_INFOS,
    MENTIONS,
    MONTHS,
    POSITIONS,
    QUOTE_LIST,
    QUOTES_BY_SPEAKER,
    ROWS,
    SPEAKER_COUNTS,
    TAGS,
    TURNS_BY_SPEAKER,
    Aggregate,
    Change,
    CoMentions,
    Row,
)
from site_builder.index.deps import EVERYTHING, Key, tracked
from site_builder.index.records import (
    ArticleMentions,
    EntityInfo,
    EntitySummary,
    Listed,
    QuoteRef,
    TurnsRef,
    index_order,
    page_count,
)
from site_builder.model.article import Article
from site_builder.model.registry import Registry
from site_builder.text import slugify

T = TypeVar("T")


ORDER: Key = ("order",)  # the date order of articles: touched when one is added, removed or re-dated
INFOS: Key = ("entity-infos",)  # touched when any entity's name or type changes
COUNTS: Key = ("entity-counts",)  # touched when an article's mention counts change
QUOTES: Key = ("quotes",)  # touched when an article's quotes change
SPEAKERS: Key = ("speakers",)  # touched when an article that names a speaker (a quote's or a turn's) changes: one of its keys


def keys_of_article(article: Article) -> set[Key]:
    """The index keys an article's data feeds; a change to the article touches all of them."""
    meta = article.meta
    keys: set[Key] = {EVERYTHING, ("article", article.slug), ("period", meta.date.strftime("%Y")),
                      ("period", meta.date.strftime("%Y-%m"))}
    keys.update(("entity", ref.id) for ref in article.annotations.entities)
    keys.update(("entity", e) for e, _ in article.entity_counts)  # the ids its mentions name (a slim article has no mentions)
    speakers: set[Key] = {("speaker", q.speaker_entity) for q in article.annotations.quotes if q.speaker_entity}
    speakers.update(("speaker", t.speaker_entity) for t in article.annotations.turns if t.speaker_entity)
    if speakers:  # an article that names a speaker feeds the speaker counts
        keys |= speakers | {SPEAKERS}
    if meta.tags:
        keys.add(("tags",))
        keys.update(("tag", slugify(t) or "tag") for t in meta.tags)
    return keys


def touched_keys(old: SiteIndex, new: SiteIndex) -> set[Key]:
    """The index keys fed by every article that was added, removed or changed since `old`."""
    before = old._by_slug
    after = new._by_slug
    touched: set[Key] = set()
    # an article that is the very same object in both is unchanged (the annotate cache hands it out)
    slugs = [s for s, b in after.items() if before.get(s) is not b] + [s for s in before if s not in after]
    for slug in slugs:
        a, b = before.get(slug), after.get(slug)
        if a is not None and b is not None and a.key == b.key:
            continue
        for version in (a, b):
            if version is not None:
                touched |= keys_of_article(version)
        if a is None or b is None or a.meta.date != b.meta.date:
            touched.add(ORDER)
        if a is None or b is None or a.entity_counts != b.entity_counts:
            touched.add(COUNTS)
        if (a is not None and a.annotations.quotes) or (b is not None and b.annotations.quotes):
            touched.add(QUOTES)
    if old.registry is not new.registry and old.registry.digest() != new.registry.digest():
        touched |= {("entity", e) for e in old.registry.entities.keys() | new.registry.entities.keys()}
    entity_ids = {str(key[1]) for key in touched if key[0] == "entity"}
    if any(old.entity_info(e) != new.entity_info(e) for e in entity_ids):
        touched.add(INFOS)
    return touched


class SiteIndex:
    """The tracked facade: pages read the index only through its @tracked accessors; the tables
    behind them are the aggregates of index/aggregates.py, built on first read."""

    def __init__(self, articles: list[Article], registry: Registry, *, ordered: bool = False) -> None:
        self.articles: list[Article] = list(articles) if ordered else sorted(articles, key=index_order)  # newest first
        self.registry = registry
        self.by_slug: dict[str, Article] = {a.slug: a for a in self.articles}
        self._tables: dict[str, Any] = {}
        # A CLI build's index holds slim articles (index/slim.py); this gives an article's full version.
        self.bodies: Callable[[Article], Article] | None = None

    def body_of(self, article: Article) -> Article:
        """The article with its body (text, render pieces, mentions); untracked: its key is what was read."""
        return article if self.bodies is None else self.bodies(article)

    def get(self, aggregate: Aggregate[T]) -> T:
        """An aggregate's table, built on first read."""
        if aggregate.name not in self._tables:
            self._tables[aggregate.name] = aggregate.build(self.articles, self)
        return cast(T, self._tables[aggregate.name])

    def has(self, aggregate: Aggregate[Any]) -> bool:
        return aggregate.name in self._tables

    def evolve(self, articles: list[Article], registry: Registry) -> SiteIndex:
        """The index of `articles`, patching this one's aggregates by the articles that changed.

        Equal to `SiteIndex(articles, registry)` (tests check it); only faster when few articles changed.
        """
        by_slug = {a.slug: a for a in articles}
        # Only the articles that are not the very same objects need a look (unchanged ones come from the cache).
        added = [b for slug, b in by_slug.items() if self.by_slug.get(slug) is not b]
        removed = [a for a in self.articles if by_slug.get(a.slug) is not a]
        same_order = len(by_slug) == len(self.by_slug) and all(
            b.slug in self.by_slug and self.by_slug[b.slug].meta.date == b.meta.date for b in added)
        if same_order:  # nothing added, removed or re-dated: keep the order, swap in the new versions
            new = SiteIndex([by_slug[a.slug] for a in self.articles], registry, ordered=True)
        else:
            new = SiteIndex(articles, registry)
        same_registry = registry is self.registry or registry.digest() == self.registry.digest()
        touched = {entity_id for a in removed + added for entity_id, _ in a.entity_counts}
        touched |= {ref.id for a in removed + added for ref in a.annotations.entities}
        change = Change(self, removed, added, same_order, touched)
        for aggregate in AGGREGATES:
            if self.has(aggregate) and (same_registry or not aggregate.reads_registry):
                table = aggregate.patch(self._tables[aggregate.name], change, new)
                if table is not None:
                    new._tables[aggregate.name] = table
        return new

    # the tables by their old names (tests/index/test_evolve.py compares them)
    @property
    def _by_slug(self) -> dict[str, Article]:
        return self.by_slug

    @property
    def _by_month(self) -> dict[str, list[Article]]:
        return self.get(MONTHS)

    @property
    def _entity_articles(self) -> dict[str, list[ArticleMentions]]:
        return self.get(MENTIONS)

    @property
    def _entities(self) -> dict[str, EntityInfo]:
        return self.get(ENTITY_INFOS).infos

    @property
    def _entity_rows(self) -> dict[str, list[Row]]:
        return self.get(ROWS)

    # --- articles -------------------------------------------------------------
    @tracked(lambda ix, args, result: [("article", args[0])])
    def article(self, slug: str) -> Article:
        return self.by_slug[slug]

    @tracked(lambda ix, args, result: [ORDER] + [("article", a.slug) for a in result])
    def latest(self, n: int) -> list[Article]:
        return Listed(self.articles[:n])

    @tracked()
    def all_articles(self) -> list[Article]:
        return self.articles

    @tracked(lambda ix, args, result: [ORDER, ("article", args[0])] + [("article", a.slug) for a in result if a])
    def neighbours(self, slug: str) -> Listed:
        """(previous, next) by date, oldest to newest."""
        i = self.get(POSITIONS)[slug]
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return Listed([older, newer])

    # --- archive --------------------------------------------------------------
    @tracked(lambda ix, args, result: [ORDER])
    def months(self) -> dict[str, int]:
        """{'YYYY-MM': article count}, newest first."""
        return {m: len(v) for m, v in self.get(MONTHS).items()}

    @tracked(lambda ix, args, result: [ORDER])
    def years(self) -> dict[str, int]:
        years: Counter[str] = Counter()
        for month, items in self.get(MONTHS).items():
            years[month[:4]] += len(items)
        return dict(sorted(years.items(), reverse=True))

    @tracked(lambda ix, args, result: [("period", args[0])])
    def articles_in(self, period: str) -> list[Article]:
        """Articles of a year ('2021') or a month ('2021-05')."""
        return Listed(a for m, items in self.get(MONTHS).items() if m.startswith(period) for a in items)

    # --- tags -----------------------------------------------------------------
    @tracked(lambda ix, args, result: [("tags",)])
    def tags(self) -> dict[str, tuple[str, int]]:
        return {slug: (name, len(items)) for slug, (name, items) in self.get(TAGS).items()}

    @tracked(lambda ix, args, result: [("tag", args[0])])
    def tag(self, slug: str) -> tuple[str, list[Article]]:
        name, items = self.get(TAGS)[slug]
        return name, Listed(items)

    # --- entities -------------------------------------------------------------
    def entity_info(self, entity_id: str) -> EntityInfo | None:
        """Untracked lookup, for comparing two indexes."""
        return self.get(ENTITY_INFOS).infos.get(entity_id)

    @tracked(lambda ix, args, result: [("entity", args[0])])
    def entity(self, entity_id: str) -> EntityInfo | None:
        return self.get(ENTITY_INFOS).infos.get(entity_id)

    @tracked(lambda ix, args, result: [INFOS, COUNTS])
    def entities_of_type(self, kind: str) -> list[tuple[EntityInfo, int, int]]:
        """(entity, mentions, articles) for every mentioned entity of a type, by name."""
        return self.get(ROWS).get(kind, [])

    # --- what the list of pages is made from (read by render/pages.all_pages) ------------
    @tracked(lambda ix, args, result: [ORDER])
    def article_slugs(self) -> list[str]:
        return [a.slug for a in self.articles]

    @tracked(lambda ix, args, result: [COUNTS, INFOS])
    def mentioned_entities(self) -> list[tuple[str, str]]:
        """(id, type) of every entity some article mentions."""
        mentions = self.get(MENTIONS)
        return [(e, info.type) for e, info in self.get(ENTITY_INFOS).infos.items() if e in mentions]

    @tracked(lambda ix, args, result: [COUNTS, INFOS, SPEAKERS])  # mentions, infos, speaker counts: no quote list
    def entity_pages(self, size: int) -> list[tuple[str, str, int]]:
        """(id, type, pages) of every entity some article mentions, its page's lists `size` items a page."""
        mentions, speakers = self.get(MENTIONS), self.get(SPEAKER_COUNTS)
        out = []
        for e, info in self.get(ENTITY_INFOS).infos.items():
            items = mentions.get(e)
            if items is not None:
                quotes, turns = speakers.get(e, (0, 0))
                out.append((e, info.type, page_count(max(len(items), quotes, turns), size)))
        return out

    @tracked(lambda ix, args, result: [QUOTES])
    def quote_count(self) -> int:
        return len(self.get(QUOTE_LIST))

    @tracked(lambda ix, args, result: [("entity", args[0])])
    def entity_articles(self, entity_id: str) -> list[ArticleMentions]:
        return self.get(MENTIONS).get(entity_id, [])

    @tracked(lambda ix, args, result: [("entity", args[0])])
    def entity_articles_range(self, entity_id: str, start: int, stop: int) -> list[ArticleMentions]:
        """Items `start` to `stop` of entity_articles: what one page of an entity page lists."""
        return self.get(MENTIONS).get(entity_id, [])[start:stop]

    @tracked(lambda ix, args, result: [("entity", args[0]), ("speaker", args[0])])
    def entity_summary(self, entity_id: str) -> EntitySummary:
        """Counts, first and last appearance and mentions per month, read once over the whole lists."""
        items = self.get(MENTIONS).get(entity_id, [])
        by_month: Counter[date] = Counter()
        for item in items:
            by_month[item.article.meta.date.replace(day=1)] += item.count
        quotes, turns = self.get(SPEAKER_COUNTS).get(entity_id, (0, 0))
        dates = [item.article.meta.date for item in items]
        return EntitySummary(len(items), sum(i.count for i in items), quotes, turns, min(dates, default=None),
                             max(dates, default=None), tuple(sorted(by_month.items())))

    # Keys: its entity (a count changes only through an article that mentions it) and INFOS (a name
    # or type changed, so a row may change or another entity may now qualify).
    @tracked(lambda ix, args, result: [("entity", args[0]), INFOS], leaf=True)
    def companions(self, entity_id: str, limit: int = 12) -> list[tuple[EntityInfo, int]]:
        """Other people and organizations most often in the same articles."""
        rows = []
        infos = self.get(ENTITY_INFOS).infos
        ranked = sorted(self._co_mentions(entity_id).items())  # by id, then (stable) by count, highest first
        ranked.sort(key=itemgetter(1), reverse=True)
        for other, n in ranked:
            info = infos.get(other)
            if info and info.type in ("person", "organization"):
                rows.append((info, n))
            if len(rows) >= limit:
                break
        return rows

    def _co_mentions(self, entity_id: str) -> Counter[str]:
        """For each other entity, in how many of this entity's articles it is mentioned too."""
        cache = self.get(CO_MENTIONS)
        if entity_id not in cache:
            cache[entity_id] = CoMentions.count(entity_id, self.get(MENTIONS).get(entity_id, []))
        return cache[entity_id]

    # --- quotes ---------------------------------------------------------------
    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def quotes_of(self, entity_id: str) -> list[QuoteRef]:
        """An entity's quotes, newest first."""
        return self.get(QUOTES_BY_SPEAKER).get(entity_id, [])

    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def quotes_of_range(self, entity_id: str, start: int, stop: int) -> list[QuoteRef]:
        """Items `start` to `stop` of quotes_of."""
        return self.get(QUOTES_BY_SPEAKER).get(entity_id, [])[start:stop]

    @tracked(lambda ix, args, result: [QUOTES])
    def all_quotes(self) -> list[QuoteRef]:
        return self.get(QUOTE_LIST)

    # --- transcript turns ------------------------------------------------------
    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def turns_of(self, entity_id: str) -> list[TurnsRef]:
        """The transcripts an entity speaks in (its turns per article), newest first."""
        return self.get(TURNS_BY_SPEAKER).get(entity_id, [])

    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def turns_of_range(self, entity_id: str, start: int, stop: int) -> list[TurnsRef]:
        """Items `start` to `stop` of turns_of."""
        return self.get(TURNS_BY_SPEAKER).get(entity_id, [])[start:stop]

    @tracked()
    def mentions_by_month(self, entity_id: str) -> list[tuple[date, int]]:
        counts: Counter[date] = Counter()
        for item in self.entity_articles(entity_id):
            counts[item.article.meta.date.replace(day=1)] += item.count
        return sorted(counts.items())
