"""The per-article unit of work: read one file and annotate it. Pure, so it can be cached and run in a pool."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from site_builder.annotate import annotate_text
from site_builder.annotate.spans import Annotations, QuoteFix
from site_builder.errors import Problem
from site_builder.load.articles import ArticleMeta, SourceArticle, read_article
from site_builder.load.registry_model import Registry


@dataclass(frozen=True, slots=True)
class Article:
    source: SourceArticle
    annotations: Annotations
    key: str  # cache key: file digest + path + registry digest + code version
    entity_counts: tuple[tuple[str, int], ...] = ()  # (entity id, mentions), by id: what the index aggregates
    listing: str = ""  # digest of what lists of articles show (slug, title, date, source, summary, authors, tags)

    @property
    def fingerprint_key(self) -> tuple[str, str]:
        """Identity and version, for dependency records (index/deps.py)."""
        return (self.source.slug, self.key)

    @property
    def slug(self) -> str:
        return self.source.slug

    @property
    def meta(self) -> ArticleMeta:
        return self.source.meta

    @property
    def text(self) -> str:
        return self.source.text


Annotate = Callable[[str, Registry, tuple[QuoteFix, ...]], Annotations]


def process_article(path: Path, content_dir: Path, registry: Registry, key: str,
                    annotate: Annotate = annotate_text) -> tuple[Article, list[Problem]]:
    """Load and annotate one article file; `key` identifies this version of file, registry and annotator."""
    source, warnings = read_article(path, content_dir)
    annotations = annotate(source.text, registry, source.meta.quote_fixes)
    warnings += [Problem(path, None, w, severity="warning") for w in annotations.warnings]
    counts = Counter(m.entity for m in annotations.mentions)
    m = source.meta
    shown = repr((source.slug, m.title, m.date.isoformat(), m.source, m.summary, m.authors, m.tags))
    listing = hashlib.blake2b(shown.encode(), digest_size=8).hexdigest()
    return Article(source, annotations, key, tuple(sorted(counts.items())), listing), warnings
