"""The cross-article index. Built from annotated articles and the registry; read by pages.

Every accessor records what it reads (see index/deps.py), so a page's dependencies are
known without hand-kept lists, and a rebuild re-renders only the pages whose inputs changed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from site_builder.annotate.article import Article
from site_builder.annotate.spans import Quote
from site_builder.index.deps import tracked
from site_builder.load.registry_model import Entity, Registry
from site_builder.text import slugify


@dataclass(frozen=True, slots=True)
class EntityInfo:
    id: str
    name: str
    type: str
    entry: Entity | None  # the registry entry, None for a discovered name

    @property
    def fingerprint_key(self) -> tuple[str, str, str, str]:
        return (self.id, self.name, self.type, repr(self.entry))

    @property
    def role(self) -> str:
        if self.entry and self.entry.roles:
            role = self.entry.roles[0]
            return f"{role.title}, {role.organization}" if role.organization else role.title
        return ""


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    article: Article
    count: int

    @property
    def fingerprint_key(self) -> tuple[tuple[str, str], int]:
        return (self.article.fingerprint_key, self.count)


@dataclass(frozen=True, slots=True)
class QuoteRef:
    article: Article
    quote: Quote
    number: int  # 1-based position in its article

    @property
    def fingerprint_key(self) -> tuple[tuple[str, str], int]:
        return (self.article.fingerprint_key, self.number)


@dataclass
class SiteIndex:
    articles: list[Article]  # newest first, then by slug
    registry: Registry
    _by_slug: dict[str, Article] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = sorted(self.articles, key=lambda a: (-a.meta.date.toordinal(), a.slug))
        self._by_slug = {a.slug: a for a in self.articles}

    # --- articles -------------------------------------------------------------
    @tracked
    def article(self, slug: str) -> Article:
        return self._by_slug[slug]

    @tracked
    def latest(self, n: int) -> list[Article]:
        chosen = self.articles[:n]
        return chosen

    @tracked
    def all_articles(self) -> list[Article]:
        return self.articles

    @tracked
    def neighbours(self, slug: str) -> tuple[Article | None, Article | None]:
        """(previous, next) by date, oldest to newest."""
        i = self._position[slug]
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

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

    @tracked
    def months(self) -> dict[str, int]:
        """{'YYYY-MM': article count}, newest first."""
        return {m: len(v) for m, v in self._by_month.items()}

    @tracked
    def years(self) -> dict[str, int]:
        years: Counter[str] = Counter()
        for month, items in self._by_month.items():
            years[month[:4]] += len(items)
        return dict(sorted(years.items(), reverse=True))

    @tracked
    def articles_in(self, period: str) -> list[Article]:
        """Articles of a year ('2021') or a month ('2021-05')."""
        chosen = [a for m, items in self._by_month.items() if m.startswith(period) for a in items]
        return chosen

    # --- tags -----------------------------------------------------------------
    @cached_property
    def _tags(self) -> dict[str, tuple[str, list[Article]]]:
        tags: dict[str, tuple[str, list[Article]]] = {}
        for a in self.articles:
            for tag in a.meta.tags:
                slug = slugify(tag) or "tag"
                tags.setdefault(slug, (tag, []))[1].append(a)
        return dict(sorted(tags.items()))

    @tracked
    def tags(self) -> dict[str, tuple[str, int]]:
        return {slug: (name, len(items)) for slug, (name, items) in self._tags.items()}

    @tracked
    def tag(self, slug: str) -> tuple[str, list[Article]]:
        name, items = self._tags[slug]
        return name, items

    # --- entities -------------------------------------------------------------
    @cached_property
    def _entity_articles(self) -> dict[str, list[ArticleMentions]]:
        found: dict[str, list[ArticleMentions]] = defaultdict(list)
        for a in self.articles:
            for entity_id, count in sorted(Counter(m.entity for m in a.annotations.mentions).items()):
                found[entity_id].append(ArticleMentions(a, count))
        return dict(found)

    @cached_property
    def _entities(self) -> dict[str, EntityInfo]:
        """Registered entities come from the registry; discovered ones take their most frequent name and type."""
        names: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, Counter[str]] = defaultdict(Counter)
        for a in self.articles:
            for ref in a.annotations.entities:
                names[ref.id][ref.name] += 1
                types[ref.id][ref.type] += 1
        infos = {}
        for entity_id in sorted(set(names) | set(self.registry.entities)):
            entry = self.registry.get(entity_id)
            if entry:
                infos[entity_id] = EntityInfo(entity_id, entry.name, entry.type, entry)
            else:
                name = min(names[entity_id].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
                kind = min(types[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[0]
                infos[entity_id] = EntityInfo(entity_id, name, kind, None)
        return infos

    @tracked
    def entity(self, entity_id: str) -> EntityInfo | None:
        return self._entities.get(entity_id)

    @tracked
    def entities_of_type(self, kind: str) -> list[tuple[EntityInfo, int, int]]:
        """(entity, mentions, articles) for every mentioned entity of a type, by name."""
        rows = []
        for info in self._entities.values():
            if info.type != kind or info.id not in self._entity_articles:
                continue
            items = self._entity_articles[info.id]
            rows.append((info, sum(i.count for i in items), len(items)))
        return sorted(rows, key=lambda r: (r[0].name.casefold(), r[0].id))

    def mentioned_entity_ids(self) -> list[str]:
        return [e for e in self._entities if e in self._entity_articles]

    @tracked
    def entity_articles(self, entity_id: str) -> list[ArticleMentions]:
        items = self._entity_articles.get(entity_id, [])
        return items

    @tracked
    def companions(self, entity_id: str, limit: int = 12) -> list[tuple[EntityInfo, int]]:
        """Other people and organizations most often in the same articles."""
        counts: Counter[str] = Counter()
        for item in self.entity_articles(entity_id):
            counts.update({m.entity for m in item.article.annotations.mentions} - {entity_id})
        rows = []
        for other, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            info = self.entity(other)
            if info and info.type in ("person", "organization"):
                rows.append((info, n))
            if len(rows) >= limit:
                break
        return rows

    # --- quotes ---------------------------------------------------------------
    @tracked
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

    @tracked
    def all_quotes(self) -> list[QuoteRef]:
        return self._quotes

    @cached_property
    def _quotes(self) -> list[QuoteRef]:
        return [QuoteRef(a, q, n) for a in self.articles for n, q in enumerate(a.annotations.quotes, 1)]

    @tracked
    def mentions_by_month(self, entity_id: str) -> list[tuple[date, int]]:
        counts: Counter[date] = Counter()
        for item in self.entity_articles(entity_id):
            counts[item.article.meta.date.replace(day=1)] += item.count
        return sorted(counts.items())
