"""The index's aggregates: each one a table built from the articles, and patched by the articles
that changed when a kept index (serve, incremental builds) evolves.

An aggregate is built on first read (`build(articles, index)`). When an index evolves, every
aggregate the old one had built is offered `patch(old, change, index)`: it returns the new table
from the old one and the removed and added article versions, or None to be built anew on the next
read. A patch must equal a fresh build (tests/index/test_evolve.py checks every one). Aggregates
that read the registry are never patched across a registry change.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from site_builder.index.records import ArticleMentions, EntityInfo, QuoteRef, TurnsRef, describe_roles, mention_order
from site_builder.model.article import Article
from site_builder.model.registry import Registry
from site_builder.model.spans import Turn
from site_builder.text import slugify

if TYPE_CHECKING:
    from site_builder.index.site_index import SiteIndex

T = TypeVar("T")
RefCounts = dict[str, tuple[Counter[str], Counter[str]]]  # entity id -> (names, types) its articles gave it


@dataclass(frozen=True)
class Change:
    """What changed between two indexes: the old versions gone and the new versions come."""

    previous: SiteIndex
    removed: list[Article]
    added: list[Article]
    same_order: bool  # nothing added, removed or re-dated
    touched: set[str] = field(default_factory=set)  # entity ids the changed articles name

    @property
    def changed(self) -> list[Article]:
        return self.removed + self.added


class Aggregate(Generic[T]):
    name: ClassVar[str]
    reads_registry: ClassVar[bool] = True

    def build(self, articles: list[Article], index: SiteIndex) -> T:
        raise NotImplementedError

    def patch(self, old: T, change: Change, index: SiteIndex) -> T | None:
        """The new table from the old one; None: build it anew when read."""
        return None


# --- order -------------------------------------------------------------------------------------
class Positions(Aggregate[dict[str, int]]):
    name = "positions"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, int]:
        return {a.slug: i for i, a in enumerate(articles)}

    def patch(self, old: dict[str, int], change: Change, index: SiteIndex) -> dict[str, int] | None:
        return old if change.same_order else None


class Months(Aggregate[dict[str, list[Article]]]):
    name = "months"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, list[Article]]:
        months: dict[str, list[Article]] = defaultdict(list)
        for a in articles:
            months[a.meta.date.strftime("%Y-%m")].append(a)
        return dict(months)

    def patch(self, old: dict[str, list[Article]], change: Change, index: SiteIndex) -> dict[str, list[Article]] | None:
        if not change.same_order:
            return None
        months = dict(old)  # same dates: the same months, with the new versions swapped in
        for b in change.added:
            month = b.meta.date.strftime("%Y-%m")
            items = months[month] = list(months[month])
            items[next(i for i, x in enumerate(items) if x.slug == b.slug)] = b
        return months


class Tags(Aggregate[dict[str, tuple[str, list[Article]]]]):
    name = "tags"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, tuple[str, list[Article]]]:
        tags: dict[str, tuple[str, list[Article]]] = {}
        for a in articles:
            for tag in a.meta.tags:
                slug = slugify(tag) or "tag"
                tags.setdefault(slug, (tag, []))[1].append(a)
        return dict(sorted(tags.items()))


# --- entities ----------------------------------------------------------------------------------
class Mentions(Aggregate[dict[str, list[ArticleMentions]]]):
    """Entity id -> the articles that mention it, with counts, in index order."""

    name = "mentions"

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, list[ArticleMentions]]:
        found: dict[str, list[ArticleMentions]] = defaultdict(list)
        for a in articles:
            for entity_id, count in a.entity_counts:
                found[entity_id].append(ArticleMentions(a, count))
        return dict(found)

    def patch(self, old: dict[str, list[ArticleMentions]], change: Change,
              index: SiteIndex) -> dict[str, list[ArticleMentions]]:
        lists = dict(old)
        gone = {id(a) for a in change.removed}
        for entity_id in change.touched:  # drop the old versions, insert the new ones in index order
            items = [m for m in lists.pop(entity_id, ()) if id(m.article) not in gone]
            for b in change.added:
                for e, count in b.entity_counts:
                    if e == entity_id:
                        bisect.insort(items, ArticleMentions(b, count), key=mention_order)
            if items:
                lists[entity_id] = items
        return lists


class CoMentions(Aggregate[dict[str, Counter[str]]]):
    """Entity id -> in how many of its articles each other entity is mentioned too; filled per
    entity as pages ask (SiteIndex.co_mentions)."""

    name = "co-mentions"

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, Counter[str]]:
        return {}

    @staticmethod
    def count(entity_id: str, mentions: list[ArticleMentions]) -> Counter[str]:
        counts: Counter[str] = Counter()
        for item in mentions:
            counts.update(e for e, _ in item.article.entity_counts if e != entity_id)
        return counts

    def patch(self, old: dict[str, Counter[str]], change: Change, index: SiteIndex) -> dict[str, Counter[str]]:
        co = dict(old)  # take out the old versions, add the new ones
        for entity_id in {e for a in change.changed for e, _ in a.entity_counts} & co.keys():
            minus = [a for a in change.removed if any(e == entity_id for e, _ in a.entity_counts)]
            plus = [a for a in change.added if any(e == entity_id for e, _ in a.entity_counts)]
            if minus or plus:
                co[entity_id] = _adjusted(co[entity_id], entity_id, minus, plus)
        return co


def _adjusted(counts: Counter[str], entity_id: str, minus: list[Article], plus: list[Article]) -> Counter[str]:
    counts = Counter(counts)
    for a in minus:
        for e, _ in a.entity_counts:
            if e != entity_id:
                counts[e] -= 1
                if counts[e] <= 0:
                    del counts[e]
    for a in plus:
        counts.update(e for e, _ in a.entity_counts if e != entity_id)
    return counts


def choose(registry: Registry, entity_id: str, names: Counter[str] | None, types: Counter[str] | None) -> EntityInfo | None:
    """Registered entities come from the registry; discovered ones take their most frequent name and type."""
    entry = registry.get(entity_id)
    if entry:
        return EntityInfo(entity_id, entry.name, entry.type, entry, *describe_roles(entry, registry))
    if not names or not types:
        return None
    # the name the id was made from first: "James Baker", not "Secretary of State" that some article gave it
    name = next(iter(names)) if len(names) == 1 else min(
        names.items(), key=lambda kv: (slugify(kv[0]) != entity_id, -kv[1], -len(kv[0]), kv[0]))[0]
    kind = min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return EntityInfo(entity_id, name, kind, None)


@dataclass
class InfoTable:
    infos: dict[str, EntityInfo]  # by id
    ref_counts: RefCounts  # kept by patches, which adjust them by the changed articles instead of counting again


class Infos(Aggregate[InfoTable]):
    name = "infos"

    def build(self, articles: list[Article], index: SiteIndex) -> InfoTable:
        # One C-level count over (id, name, type) triples, then the most frequent name and type per id.
        seen = Counter((r.id, r.name, r.type) for a in articles for r in a.annotations.entities)
        names: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, Counter[str]] = defaultdict(Counter)
        for (entity_id, name, kind), n in seen.items():
            names[entity_id][name] += n
            types[entity_id][kind] += n
        infos = {}
        for entity_id in sorted(names.keys() | index.registry.entities.keys()):
            info = choose(index.registry, entity_id, names.get(entity_id), types.get(entity_id))
            if info:
                infos[entity_id] = info
        return InfoTable(infos, {})

    def patch(self, old: InfoTable, change: Change, index: SiteIndex) -> InfoTable | None:
        if not change.previous.has(MENTIONS):  # patched from the articles' mention lists
            return None
        infos = dict(old.infos)
        refs = dict(old.ref_counts)
        for entity_id in change.touched:
            infos.pop(entity_id, None)
            refs.pop(entity_id, None)
            if entity_id in old.ref_counts and not index.registry.get(entity_id):
                names, types = _adjusted_refs(old.ref_counts[entity_id], entity_id, change)
            else:
                names, types = _ref_counts(entity_id, [m.article for m in index.get(MENTIONS).get(entity_id, [])])
            if not index.registry.get(entity_id):
                refs[entity_id] = (names, types)
            info = choose(index.registry, entity_id, names, types)
            if info:
                infos[entity_id] = info
        if infos.keys() == old.infos.keys():  # same entities: same (sorted) order
            return InfoTable({e: infos[e] for e in old.infos}, refs)
        return InfoTable(dict(sorted(infos.items())), refs)


def _ref_counts(entity_id: str, articles: list[Article]) -> tuple[Counter[str], Counter[str]]:
    names: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for a in articles:
        for ref in a.annotations.entities:
            if ref.id == entity_id:
                names[ref.name] += 1
                types[ref.type] += 1
    return names, types


def _adjusted_refs(old: tuple[Counter[str], Counter[str]], entity_id: str,
                   change: Change) -> tuple[Counter[str], Counter[str]]:
    names, types = Counter(old[0]), Counter(old[1])
    for versions, step in ((change.removed, -1), (change.added, 1)):
        for a in versions:
            if any(e == entity_id for e, _ in a.entity_counts):  # as the mention lists count
                for ref in a.annotations.entities:
                    if ref.id == entity_id:
                        names[ref.name] += step
                        types[ref.type] += step
    return +names, +types  # drop the zeros


Row = tuple[EntityInfo, int, int]  # (entity, mentions, articles)


class Rows(Aggregate[dict[str, list[Row]]]):
    """Per entity type, every mentioned entity with its counts, by name."""

    name = "rows"

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, list[Row]]:
        infos, mentions = index.get(ENTITY_INFOS).infos, index.get(MENTIONS)
        by_kind: dict[str, list[Row]] = {}
        for kind in ("person", "organization", "place"):
            rows = [(info, sum(i.count for i in mentions[info.id]), len(mentions[info.id]))
                    for info in infos.values() if info.type == kind and info.id in mentions]
            by_kind[kind] = sorted(rows, key=lambda r: (r[0].name.casefold(), r[0].id))
        return by_kind

    def patch(self, old: dict[str, list[Row]], change: Change, index: SiteIndex) -> dict[str, list[Row]] | None:
        before, after = change.previous, index
        old_by_slug, new_by_slug = before.by_slug, after.by_slug
        counts_same = all(a.slug in old_by_slug and a.slug in new_by_slug
                          and old_by_slug[a.slug].entity_counts == new_by_slug[a.slug].entity_counts for a in change.changed)
        if counts_same and before.has(ENTITY_INFOS) and after.has(ENTITY_INFOS) and all(
                before.get(ENTITY_INFOS).infos.get(e) == after.get(ENTITY_INFOS).infos.get(e) for e in change.touched):
            return old  # same counts, same names: same rows
        return None


# --- quotes and turns --------------------------------------------------------------------------
class Quotes(Aggregate[list[QuoteRef]]):
    name = "quotes"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> list[QuoteRef]:
        return [QuoteRef(a, q, n) for a in articles for n, q in enumerate(a.annotations.quotes, 1)]


class QuotesBySpeaker(Aggregate[dict[str, list[QuoteRef]]]):
    name = "quotes-by-speaker"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, list[QuoteRef]]:
        found: dict[str, list[QuoteRef]] = defaultdict(list)
        for ref in index.get(QUOTE_LIST):
            if ref.quote.speaker_entity:
                found[ref.quote.speaker_entity].append(ref)
        return dict(found)


class TurnsBySpeaker(Aggregate[dict[str, list[TurnsRef]]]):
    name = "turns-by-speaker"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, list[TurnsRef]]:
        found: dict[str, list[TurnsRef]] = defaultdict(list)
        for a in articles:
            own: dict[str, list[Turn]] = defaultdict(list)
            for t in a.annotations.turns:
                if t.speaker_entity:
                    own[t.speaker_entity].append(t)
            for entity_id, turns in own.items():
                found[entity_id].append(TurnsRef(a, tuple(turns)))
        return dict(found)


class SpeakerCounts(Aggregate[dict[str, tuple[int, int]]]):
    """Speaker entity id -> (quotes, transcripts it speaks in): what an entity page's page count needs,
    counted without making the quote and turn lists (those are made where a page shows them)."""

    name = "speaker-counts"
    reads_registry = False

    def build(self, articles: list[Article], index: SiteIndex) -> dict[str, tuple[int, int]]:
        quotes: Counter[str] = Counter()
        turns: Counter[str] = Counter()
        for a in articles:
            quotes.update(q.speaker_entity for q in a.annotations.quotes if q.speaker_entity)
            turns.update({t.speaker_entity for t in a.annotations.turns if t.speaker_entity})
        return {e: (quotes[e], turns[e]) for e in sorted(quotes.keys() | turns.keys())}


POSITIONS, MONTHS, TAGS = Positions(), Months(), Tags()
MENTIONS, CO_MENTIONS, ENTITY_INFOS, ROWS = Mentions(), CoMentions(), Infos(), Rows()
QUOTE_LIST, QUOTES_BY_SPEAKER, TURNS_BY_SPEAKER = Quotes(), QuotesBySpeaker(), TurnsBySpeaker()
SPEAKER_COUNTS = SpeakerCounts()
# In patch order: a patch may read the aggregates before it in the new index.
AGGREGATES: tuple[Aggregate[Any], ...] = (POSITIONS, MONTHS, TAGS, MENTIONS, CO_MENTIONS, ENTITY_INFOS, ROWS,
                                          QUOTE_LIST, QUOTES_BY_SPEAKER, TURNS_BY_SPEAKER, SPEAKER_COUNTS)
