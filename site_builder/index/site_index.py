"""The cross-article index. Built from annotated articles and the registry; read by pages.

Every accessor records what it reads (see index/deps.py), so a page's dependencies are
known without hand-kept lists, and a rebuild re-renders only the pages whose inputs changed.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

from site_builder.annotate.article import Article
from site_builder.annotate.spans import Quote, Turn
from site_builder.index.deps import EVERYTHING, Key, tracked
from site_builder.load.registry_model import Entity, Registry
from site_builder.text import slugify


def _order(article: Article) -> tuple[int, str]:
    """Index order: newest first, then by slug."""
    return (-article.meta.date.toordinal(), article.slug)


def _mention_order(item: ArticleMentions) -> tuple[int, str]:
    return _order(item.article)


ORDER: Key = ("order",)  # the date order of articles: touched when one is added, removed or re-dated
INFOS: Key = ("entity-infos",)  # touched when any entity's name or type changes
COUNTS: Key = ("entity-counts",)  # touched when an article's mention counts change
QUOTES: Key = ("quotes",)  # touched when an article's quotes change


def listing_key(article: Article) -> str:
    """What lists of articles show (title, date, source, summary …), as a digest computed once per
    article version: editing an article's body re-renders its own page, not every list that names it."""
    return article.listing


class Listed(list):  # type: ignore[type-arg]
    """A list of articles whose fingerprint is their listing keys (see listing_key)."""

    @property
    def fingerprint_key(self) -> tuple[Any, ...]:
        return tuple(listing_key(a) if a is not None else None for a in self)


def keys_of_article(article: Article) -> set[Key]:
    """The index keys an article's data feeds; a change to the article touches all of them."""
    meta = article.meta
    keys: set[Key] = {EVERYTHING, ("article", article.slug), ("period", meta.date.strftime("%Y")),
                      ("period", meta.date.strftime("%Y-%m"))}
    keys.update(("entity", ref.id) for ref in article.annotations.entities)
    keys.update(("entity", m.entity) for m in article.annotations.mentions)
    keys.update(("speaker", q.speaker_entity) for q in article.annotations.quotes if q.speaker_entity)
    keys.update(("speaker", t.speaker_entity) for t in article.annotations.turns if t.speaker_entity)
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


def _describe_roles(entry: Entity, registry: Registry) -> tuple[str, tuple[str, ...]]:
    described = []
    for r in entry.roles:
        org = registry.get(r.organization).name if r.organization and registry.get(r.organization) else r.organization
        text = f"{r.title}, {org}" if org else r.title
        if r.start or r.end:
            text += f" ({r.start.isoformat() if r.start else '…'} – {r.end.isoformat() if r.end else ''})".replace(" )", ")")
        described.append(text)
    first = entry.roles[0] if entry.roles else None
    role = described[0].split(" (")[0] if first else ""
    return role, tuple(described)


class ArticleMentions(NamedTuple):  # a NamedTuple: the index makes one per (entity, article), often
    article: Article
    count: int

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


@dataclass
class SiteIndex:
    articles: list[Article]  # newest first, then by slug
    registry: Registry
    _by_slug: dict[str, Article] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = sorted(self.articles, key=_order)
        self._by_slug = {a.slug: a for a in self.articles}

    def evolve(self, articles: list[Article], registry: Registry) -> SiteIndex:
        """The index of `articles`, reusing this one's aggregates for every entity no change touches.

        Equal to `SiteIndex(articles, registry)` (tests check it); only faster when few articles changed.
        """
        by_slug = {a.slug: a for a in articles}
        old_by_slug = self._by_slug
        # Only the articles that are not the very same objects need a look (unchanged ones come from the cache).
        swapped = [(old_by_slug.get(slug), b) for slug, b in by_slug.items() if old_by_slug.get(slug) is not b]
        same_order = len(by_slug) == len(old_by_slug) and all(
            a is not None and a.meta.date == b.meta.date for a, b in swapped)
        if same_order:  # nothing added, removed or re-dated: keep the order, swap in the new versions
            new = SiteIndex.__new__(SiteIndex)
            new.articles = [by_slug[a.slug] for a in self.articles] if swapped else list(self.articles)
            new.registry = registry
            new._by_slug = by_slug
            if "_position" in self.__dict__:
                new.__dict__["_position"] = self._position
            if "_by_month" in self.__dict__:  # same dates: the same months, with the new versions swapped in
                months = dict(self._by_month)
                for a, b in swapped:
                    month = b.meta.date.strftime("%Y-%m")
                    items = months[month] = list(months[month])
                    items[next(i for i, x in enumerate(items) if x is a)] = b
                new.__dict__["_by_month"] = months
        else:
            new = SiteIndex(articles, registry)
        if registry is not self.registry and registry.digest() != self.registry.digest():
            return new
        # removed: old versions no longer in the index; added: new versions not in the old one
        if same_order:
            removed = [a for a, _ in swapped if a is not None]
        else:
            removed = [a for a in self.articles if by_slug.get(a.slug) is not a]
        added = [b for _, b in swapped]
        changed = removed + added
        touched = {entity_id for a in changed for entity_id, _ in a.entity_counts}
        touched |= {ref.id for a in changed for ref in a.annotations.entities}
        if "_co_cache" in self.__dict__:  # co-mention counts: take out the old versions, add the new ones
            co = dict(self._co_cache)
            for entity_id in {e for a in removed + added for e, _ in a.entity_counts} & co.keys():
                counts = co[entity_id]
                minus = [a for a in removed if any(e == entity_id for e, _ in a.entity_counts)]
                plus = [a for a in added if any(e == entity_id for e, _ in a.entity_counts)]
                if not minus and not plus:
                    continue
                counts = Counter(counts)
                for a in minus:
                    for e, _ in a.entity_counts:
                        if e != entity_id:
                            counts[e] -= 1
                            if counts[e] <= 0:
                                del counts[e]
                for a in plus:
                    counts.update(e for e, _ in a.entity_counts if e != entity_id)
                co[entity_id] = counts
            new.__dict__["_co_cache"] = co
        if "_entity_articles" in self.__dict__:
            lists = dict(self._entity_articles)
            gone = {id(a) for a in removed}
            for entity_id in touched:  # drop the old versions, insert the new ones in index order
                items = [m for m in lists.pop(entity_id, ()) if id(m.article) not in gone]
                for b in added:
                    for e, count in b.entity_counts:
                        if e == entity_id:
                            bisect.insort(items, ArticleMentions(b, count), key=_mention_order)
                if items:
                    lists[entity_id] = items
            new.__dict__["_entity_articles"] = lists
        if "_entities" in self.__dict__ and "_entity_articles" in new.__dict__:
            infos = dict(self._entities)
            old_refs = self.__dict__.get("_ref_counts", {})
            refs = new.__dict__["_ref_counts"] = dict(old_refs)
            for entity_id in touched:
                infos.pop(entity_id, None)
                refs.pop(entity_id, None)
                if entity_id in old_refs and not registry.get(entity_id):  # adjust the old counts
                    names, types = Counter(old_refs[entity_id][0]), Counter(old_refs[entity_id][1])
                    for versions, step in ((removed, -1), (added, 1)):
                        for a in versions:
                            if any(e == entity_id for e, _ in a.entity_counts):  # as _entity_articles counts
                                for ref in a.annotations.entities:
                                    if ref.id == entity_id:
                                        names[ref.name] += step
                                        types[ref.type] += step
                    names, types = +names, +types  # drop the zeros
                    refs[entity_id] = (names, types)
                    info = new._choose(entity_id, names, types)
                else:
                    info = new._entity_info(entity_id, [m.article for m in new._entity_articles.get(entity_id, [])])
                if info:
                    infos[entity_id] = info
            if infos.keys() == self._entities.keys():  # same entities: same (sorted) order
                new.__dict__["_entities"] = {e: infos[e] for e in self._entities}
            else:
                new.__dict__["_entities"] = dict(sorted(infos.items()))
            counts_same = all(self._by_slug.get(a.slug) is not None and new._by_slug.get(a.slug) is not None
                              and self._by_slug[a.slug].entity_counts == new._by_slug[a.slug].entity_counts for a in changed)
            if counts_same and "_entity_rows" in self.__dict__ and all(
                    self._entities.get(e) == new._entities.get(e) for e in touched):
                new.__dict__["_entity_rows"] = self._entity_rows  # same counts, same names: same rows
        return new

    # --- articles -------------------------------------------------------------
    @tracked(lambda ix, args, result: [("article", args[0])])
    def article(self, slug: str) -> Article:
        return self._by_slug[slug]

    @tracked(lambda ix, args, result: [ORDER] + [("article", a.slug) for a in result])
    def latest(self, n: int) -> list[Article]:
        return Listed(self.articles[:n])

    @tracked()
    def all_articles(self) -> list[Article]:
        return self.articles

    @tracked(lambda ix, args, result: [ORDER, ("article", args[0])] + [("article", a.slug) for a in result if a])
    def neighbours(self, slug: str) -> tuple[Article | None, Article | None]:
        """(previous, next) by date, oldest to newest."""
        i = self._position[slug]
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return Listed([older, newer])

    @cached_property
    def _position(self) -> dict[str, int]:
        return {a.slug: i for i, a in enumerate(self.articles)}

    # --- archive --------------------------------------------------------------
    @cached_property
    def _by_month(self) -> dict[str, list[Article]]:
        months: dict[str, list[Article]] = defaultdict(list)
        for a in self.articles:
            months[a.meta.date.strftime("%Y-%m")].append(a)
        return dict(months)

    @tracked(lambda ix, args, result: [ORDER])
    def months(self) -> dict[str, int]:
        """{'YYYY-MM': article count}, newest first."""
        return {m: len(v) for m, v in self._by_month.items()}

    @tracked(lambda ix, args, result: [ORDER])
    def years(self) -> dict[str, int]:
        years: Counter[str] = Counter()
        for month, items in self._by_month.items():
            years[month[:4]] += len(items)
        return dict(sorted(years.items(), reverse=True))

    @tracked(lambda ix, args, result: [("period", args[0])])
    def articles_in(self, period: str) -> list[Article]:
        """Articles of a year ('2021') or a month ('2021-05')."""
        return Listed(a for m, items in self._by_month.items() if m.startswith(period) for a in items)

    # --- tags -----------------------------------------------------------------
    @cached_property
    def _tags(self) -> dict[str, tuple[str, list[Article]]]:
        tags: dict[str, tuple[str, list[Article]]] = {}
        for a in self.articles:
            for tag in a.meta.tags:
                slug = slugify(tag) or "tag"
                tags.setdefault(slug, (tag, []))[1].append(a)
        return dict(sorted(tags.items()))

    @tracked(lambda ix, args, result: [("tags",)])
    def tags(self) -> dict[str, tuple[str, int]]:
        return {slug: (name, len(items)) for slug, (name, items) in self._tags.items()}

    @tracked(lambda ix, args, result: [("tag", args[0])])
    def tag(self, slug: str) -> tuple[str, list[Article]]:
        name, items = self._tags[slug]
        return name, Listed(items)

    # --- entities -------------------------------------------------------------
    @cached_property
    def _entity_articles(self) -> dict[str, list[ArticleMentions]]:
        found: dict[str, list[ArticleMentions]] = defaultdict(list)
        for a in self.articles:
            for entity_id, count in a.entity_counts:
                found[entity_id].append(ArticleMentions(a, count))
        return dict(found)

    @cached_property
    def _entities(self) -> dict[str, EntityInfo]:
        """Registered entities come from the registry; discovered ones take their most frequent name and type."""
        # One C-level count over (id, name, type) triples, then the most frequent name and type per id.
        seen = Counter((r.id, r.name, r.type) for a in self.articles for r in a.annotations.entities)
        names: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, Counter[str]] = defaultdict(Counter)
        for (entity_id, name, kind), n in seen.items():
            names[entity_id][name] += n
            types[entity_id][kind] += n
        infos = {}
        for entity_id in sorted(names.keys() | self.registry.entities.keys()):
            info = self._choose(entity_id, names.get(entity_id), types.get(entity_id))
            if info:
                infos[entity_id] = info
        return infos

    def entity_info(self, entity_id: str) -> EntityInfo | None:
        """Untracked lookup, for comparing two indexes."""
        return self._entities.get(entity_id)

    def _entity_info(self, entity_id: str, articles: list[Article]) -> EntityInfo | None:
        if self.registry.get(entity_id):  # a registered entity's name and type come from the registry
            return self._choose(entity_id, None, None)
        names: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for a in articles:
            for ref in a.annotations.entities:
                if ref.id == entity_id:
                    names[ref.name] += 1
                    types[ref.type] += 1
        # kept for evolve, which adjusts them by the changed articles instead of counting again
        self.__dict__.setdefault("_ref_counts", {})[entity_id] = (names, types)
        return self._choose(entity_id, names, types)

    def _choose(self, entity_id: str, names: Counter[str] | None, types: Counter[str] | None) -> EntityInfo | None:
        entry = self.registry.get(entity_id)
        if entry:
            return EntityInfo(entity_id, entry.name, entry.type, entry, *_describe_roles(entry, self.registry))
        if not names or not types:
            return None
        # the name the id was made from first: "James Baker", not "Secretary of State" that some article gave it
        name = next(iter(names)) if len(names) == 1 else min(
            names.items(), key=lambda kv: (slugify(kv[0]) != entity_id, -kv[1], -len(kv[0]), kv[0]))[0]
        kind = min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        return EntityInfo(entity_id, name, kind, None)

    @tracked(lambda ix, args, result: [("entity", args[0])])
    def entity(self, entity_id: str) -> EntityInfo | None:
        return self._entities.get(entity_id)

    @tracked(lambda ix, args, result: [INFOS, COUNTS])
    def entities_of_type(self, kind: str) -> list[tuple[EntityInfo, int, int]]:
        """(entity, mentions, articles) for every mentioned entity of a type, by name."""
        return self._entity_rows.get(kind, [])

    @cached_property
    def _entity_rows(self) -> dict[str, list[tuple[EntityInfo, int, int]]]:
        by_kind: dict[str, list[tuple[EntityInfo, int, int]]] = {}
        for kind in ("person", "organization", "place"):
            by_kind[kind] = self._rows_of(kind)
        return by_kind

    def _rows_of(self, kind: str) -> list[tuple[EntityInfo, int, int]]:
        rows = []
        for info in self._entities.values():
            if info.type != kind or info.id not in self._entity_articles:
                continue
            items = self._entity_articles[info.id]
            rows.append((info, sum(i.count for i in items), len(items)))
        return sorted(rows, key=lambda r: (r[0].name.casefold(), r[0].id))

    # --- what the list of pages is made from (read by render/pages.all_pages) ------------
    @tracked(lambda ix, args, result: [ORDER])
    def article_slugs(self) -> list[str]:
        return [a.slug for a in self.articles]

    @tracked(lambda ix, args, result: [COUNTS, INFOS])
    def mentioned_entities(self) -> list[tuple[str, str]]:
        """(id, type) of every entity some article mentions."""
        return [(e, info.type) for e, info in self._entities.items() if e in self._entity_articles]

    @tracked(lambda ix, args, result: [QUOTES])
    def quote_count(self) -> int:
        return len(self._quotes)

    @tracked(lambda ix, args, result: [("entity", args[0])])
    def entity_articles(self, entity_id: str) -> list[ArticleMentions]:
        items = self._entity_articles.get(entity_id, [])
        return items

    # Keys: its entity (a count changes only through an article that mentions it) and INFOS (a name
    # or type changed, so a row may change or another entity may now qualify).
    @tracked(lambda ix, args, result: [("entity", args[0]), INFOS], leaf=True)
    def companions(self, entity_id: str, limit: int = 12) -> list[tuple[EntityInfo, int]]:
        """Other people and organizations most often in the same articles."""
        rows = []
        ranked = sorted(self._co_mentions(entity_id).items())  # by id, then (stable) by count, highest first
        ranked.sort(key=itemgetter(1), reverse=True)
        for other, n in ranked:
            info = self._entities.get(other)
            if info and info.type in ("person", "organization"):
                rows.append((info, n))
            if len(rows) >= limit:
                break
        return rows

    def _co_mentions(self, entity_id: str) -> Counter[str]:
        """For each other entity, in how many of this entity's articles it is mentioned too."""
        cache = self.__dict__.setdefault("_co_cache", {})
        if entity_id not in cache:
            counts: Counter[str] = Counter()
            for item in self._entity_articles.get(entity_id, []):
                counts.update(e for e, _ in item.article.entity_counts if e != entity_id)
            cache[entity_id] = counts
        return cache[entity_id]

    # --- quotes ---------------------------------------------------------------
    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def quotes_of(self, entity_id: str) -> list[QuoteRef]:
        """An entity's quotes, newest first."""
        return self._quotes_by_speaker.get(entity_id, [])

    @cached_property
    def _quotes_by_speaker(self) -> dict[str, list[QuoteRef]]:
        found: dict[str, list[QuoteRef]] = defaultdict(list)
        for ref in self._quotes:
            if ref.quote.speaker_entity:
                found[ref.quote.speaker_entity].append(ref)
        return dict(found)

    @tracked(lambda ix, args, result: [QUOTES])
    def all_quotes(self) -> list[QuoteRef]:
        return self._quotes

    @cached_property
    def _quotes(self) -> list[QuoteRef]:
        return [QuoteRef(a, q, n) for a in self.articles for n, q in enumerate(a.annotations.quotes, 1)]

    # --- transcript turns ------------------------------------------------------
    @tracked(lambda ix, args, result: [("speaker", args[0])])
    def turns_of(self, entity_id: str) -> list[TurnsRef]:
        """The transcripts an entity speaks in (its turns per article), newest first."""
        return self._turns_by_speaker.get(entity_id, [])

    @cached_property
    def _turns_by_speaker(self) -> dict[str, list[TurnsRef]]:
        found: dict[str, list[TurnsRef]] = defaultdict(list)
        for a in self.articles:
            own: dict[str, list[Turn]] = defaultdict(list)
            for t in a.annotations.turns:
                if t.speaker_entity:
                    own[t.speaker_entity].append(t)
            for entity_id, turns in own.items():
                found[entity_id].append(TurnsRef(a, tuple(turns)))
        return dict(found)

    @tracked()
    def mentions_by_month(self, entity_id: str) -> list[tuple[date, int]]:
        counts: Counter[date] = Counter()
        for item in self.entity_articles(entity_id):
            counts[item.article.meta.date.replace(day=1)] += item.count
        return sorted(counts.items())
