"""An annotated article as the index holds it in a CLI build: everything lists, aggregates and page
lists read, without the body.

Finds: a "slim" version of an `Article` with the same key, meta, entities, quotes, turns, entity
counts and listing digest, so every index answer and every dependency fingerprint is the same as
with the full article. Drops: the text (kept only for a transcript, whose turn excerpts the
entity pages quote), the render pieces, the mentions (the counts stand for them) and the file
digest (the key holds it). Repeated
strings (ids, names, speakers, cues, tags, front matter keys) are interned, and equal tuples (front
matter layouts, author and tag lists, (id, count) pairs) and span offsets held once: at 40,000 articles the same few
thousand names would otherwise be held once per article.

Refuses nothing; a page that shows the body (the article page) and the data files ask the build
for the full article again (`SiteIndex.body_of`).
"""

from __future__ import annotations

import sys
from collections.abc import Hashable
from dataclasses import replace
from typing import Any, TypeVar, cast

from site_builder.model.article import Article, ArticleMeta
from site_builder.model.spans import Annotations, EntityRef, Quote, Turn


def _i(s: str | None) -> str | None:
    return sys.intern(s) if s else s


T = TypeVar("T", bound=Hashable)
_SHARED: dict[Any, Any] = {}  # equal values held once: front matter layouts, (id, count) pairs, author lists, offsets
SHARED_MAX = 1 << 16  # distinct values kept; past it the table starts again (held values stay shared)


def _shared(value: T) -> T:
    """An equal value already held, if any: most articles have the same front matter keys on the same
    lines (~570 bytes of tuples an article, 22 MB at 40,000) and name the same few entities a few times;
    and an offset above 256 is an int object of its own (28 bytes), four a quote."""
    found = _SHARED.get(value)
    if found is None:
        if len(_SHARED) >= SHARED_MAX:
            _SHARED.clear()
        found = _SHARED[value] = value
    return cast(T, found)


def _maybe(n: int | None) -> int | None:
    return n if n is None else _shared(n)


def _quote(q: Quote) -> Quote:
    return replace(q, start=_shared(q.start), end=_shared(q.end), speaker=_i(q.speaker),
                   speaker_entity=_i(q.speaker_entity), speaker_start=_maybe(q.speaker_start),
                   speaker_end=_maybe(q.speaker_end), cue=_i(q.cue))


def _turn(t: Turn) -> Turn:
    return replace(t, start=_shared(t.start), end=_shared(t.end), label_start=_shared(t.label_start),
                   label_end=_shared(t.label_end), speaker=_i(t.speaker), speaker_entity=_i(t.speaker_entity),
                   role=sys.intern(t.role))


def _entity(r: EntityRef) -> EntityRef:
    return EntityRef(sys.intern(r.id), sys.intern(r.name), sys.intern(r.type), r.registered)  # type: ignore[arg-type]


def _meta(m: ArticleMeta) -> ArticleMeta:
    return replace(m, source=sys.intern(m.source), authors=_shared(tuple(sys.intern(a) for a in m.authors)),
                   tags=_shared(tuple(sys.intern(t) for t in m.tags)),
                   key_lines=_shared(tuple((sys.intern(k), n) for k, n in m.key_lines)))


def slim(article: Article) -> Article:
    """The article without its body (see the module docstring); equal to it in every index read."""
    a = article.annotations
    annotations = Annotations(
        mentions=(),
        quotes=tuple(_quote(q) for q in a.quotes),
        entities=tuple(_entity(r) for r in a.entities),
        warnings=a.warnings,
        turns=tuple(_turn(t) for t in a.turns),
    )
    source = replace(article.source, meta=_meta(article.meta), text=article.text if a.turns else "", pieces=(),
                     digest="")  # the file's digest is in the key already; nothing reads it
    counts = tuple(_shared((sys.intern(e), n)) for e, n in article.entity_counts)
    return replace(article, source=source, annotations=annotations, entity_counts=counts)
