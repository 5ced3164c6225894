"""The article types every stage shares: an article file as read (`SourceArticle`, its `ArticleMeta`
and render pieces) and as annotated (`Article`). Plain frozen values, no behaviour beyond accessors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from site_builder.model.spans import Annotations, QuoteFix


@dataclass(frozen=True, slots=True)
class TextRange:
    start: int
    end: int


Piece = str | TextRange

@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str
    date: date
    source: str = ""
    url: str = ""
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str = ""
    draft: bool = False
    license: str = ""
    quote_fixes: tuple[QuoteFix, ...] = ()
    quote_fix_lines: tuple[int | None, ...] = ()  # the file line of each quote fix, for messages
    key_lines: tuple[tuple[str, int], ...] = ()  # (front matter key, file line), for messages

    def line(self, key: str) -> int | None:
        """The file line of a front matter key, or None when the key was not written."""
        return next((line for k, line in self.key_lines if k == key), None)


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One article file, read and parsed; no annotation yet."""

    slug: str
    path: str  # relative to the content folder, with "/" separators
    meta: ArticleMeta
    text: str  # plain text; paragraphs separated by "\n\n"
    pieces: tuple[Piece, ...]
    digest: str  # sha256 of the file's bytes


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
