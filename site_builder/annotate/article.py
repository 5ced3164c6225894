"""The per-article unit of work: read one file and annotate it. Pure, so it can be cached and run in a pool."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from site_builder.annotate import annotate_text
from site_builder.errors import Problem
from site_builder.load.articles import read_article
from site_builder.model.article import Article
from site_builder.model.registry import Registry
from site_builder.model.spans import Annotations, QuoteFix

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
