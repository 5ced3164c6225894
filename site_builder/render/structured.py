"""Structured data (schema.org JSON-LD) for article and entity pages, from the same index as the pages.

Article pages get a `NewsArticle` (headline, dates, authors, publisher, `mentions` and `about`
pointing to the entities' pages, `isBasedOn` the source URL) and a `Quotation` per quote
(`spokenByCharacter`, `isPartOf`). Entity pages get a `Person`, `Organization` or `Place`
(`sameAs` from the registry's links, `jobTitle` from roles) and the quotations spoken by it.
Links are absolute with a base_url, else relative to the page.

`script_json` serialises for a `<script type="application/ld+json">` block: json.dumps, then
`<`, `>` and `&` (and U+2028/9) as \\u escapes, so no content ("</script>", "<!--") can end the block.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from site_builder.index.records import EntityInfo, QuoteRef
from site_builder.load.settings import Settings
from site_builder.model.article import Article
from site_builder.text import shorten

Link = Callable[..., str]  # (target, fragment="") -> URL
SCHEMA_TYPES = {"person": "Person", "organization": "Organization", "place": "Place"}
HEADLINE_WIDTH = 110  # search engines truncate longer headlines
MAX_QUOTATIONS = 100  # per page, to keep the block small on pages of prolific speakers
_SCRIPT_ESCAPES = (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_OPEN_MARKS = "\"“‘'«„"
_CLOSE_MARKS = "\"”’'»“"


# json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), without making an encoder
# for every call (a page's JSON-LD, each row of an index's filter data: ~24,000 calls at 4,000 articles)
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def script_json(data: Any) -> Markup:
    """JSON safe inside <script>: no character of it can close the element or open a comment."""
    text = _ENCODER.encode(data)
    for raw, escaped in _SCRIPT_ESCAPES:
        text = text.replace(raw, escaped)
    return Markup(text)  # noqa: S704 - every <, > and & is escaped above


def entity_ref(info: EntityInfo, link: Link) -> dict[str, Any]:
    url = link(info)
    return {"@type": SCHEMA_TYPES[info.type], "@id": url, "name": info.name, "url": url}


def article_graph(article: Article, entities: Sequence[tuple[EntityInfo, int]], speakers: Callable[[QuoteRef], EntityInfo | None],
                  quotes: Sequence[QuoteRef], link: Link, settings: Settings) -> dict[str, Any]:
    """`entities`: (entity, mentions) of every entity the article mentions that has a page."""
    meta = article.meta
    url = link(article)
    publisher = {"@type": "Organization", "name": meta.source or settings.title}
    node: dict[str, Any] = {
        "@type": "NewsArticle", "@id": url, "url": url, "mainEntityOfPage": url,
        "headline": shorten(meta.title, HEADLINE_WIDTH), "name": meta.title,
        "datePublished": meta.date.isoformat(), "dateModified": meta.date.isoformat(),
        "inLanguage": settings.language, "publisher": publisher,
        "author": [{"@type": "Person", "name": a} for a in meta.authors] or [publisher],
    }
    optional = {"description": meta.summary, "isBasedOn": meta.url, "license": meta.license,
                "keywords": list(meta.tags)}
    node.update({k: v for k, v in optional.items() if v})
    if entities:
        node["mentions"] = [entity_ref(info, link) for info, _ in entities]
        node["about"] = [entity_ref(info, link) for info in about(article, entities)]
    graph = [node] + [quotation(ref, speakers(ref), link) for ref in quotes[:MAX_QUOTATIONS]]
    return {"@context": "https://schema.org", "@graph": graph}


def about(article: Article, entities: Sequence[tuple[EntityInfo, int]]) -> list[EntityInfo]:
    """What the article is about: the entities named in its title (by any of the article's mentions
    of them), else the one mentioned most."""
    title = f" {' '.join(_WORD.findall(article.meta.title.casefold()))} "
    forms: dict[str, set[str]] = {}
    for m in article.annotations.mentions:
        forms.setdefault(m.entity, set()).add(m.text)
    named = [info for info, _ in entities
             if any(words.strip() and words in title for words in map(_words, (info.name, *forms.get(info.id, ()))))]
    if named:
        return named
    top = max(entities, key=lambda e: (e[1], -entities.index(e)))
    return [top[0]]


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)  # entity names and their mentions' texts, asked again on every article that names them
def _words(text: str) -> str:
    """" word word " for a whole-word test: "US" is in "US troops leave", not in "discuss"."""
    return f" {' '.join(_WORD.findall(text.casefold()))} "


def quotation(ref: QuoteRef, speaker: EntityInfo | None, link: Link) -> dict[str, Any]:
    q, a = ref.quote, ref.article
    url = link(a, q.id)
    node: dict[str, Any] = {
        "@type": "Quotation", "@id": url, "url": url, "text": q.text.strip().lstrip(_OPEN_MARKS).rstrip(_CLOSE_MARKS).rstrip(",;: "),
        "isPartOf": {"@type": "NewsArticle", "@id": link(a), "headline": shorten(a.meta.title, HEADLINE_WIDTH)},
    }
    if speaker is not None:
        node["spokenByCharacter"] = entity_ref(speaker, link)
    elif q.speaker:
        node["spokenByCharacter"] = {"@type": "Person", "name": q.speaker}
    return node


def entity_graph(info: EntityInfo, quotes: Sequence[QuoteRef], link: Link) -> dict[str, Any]:
    node = entity_ref(info, link)
    entry = info.entry
    if entry is not None:
        same_as = [u for u in (entry.links.wikipedia, _wikidata(entry.links.wikidata), entry.links.website) if u]
        optional: dict[str, Any] = {"description": entry.description, "alternateName": list(entry.aliases), "sameAs": same_as}
        if info.type == "person":
            optional["jobTitle"] = list(dict.fromkeys(r.title for r in entry.roles))
        node.update({k: v for k, v in optional.items() if v})
    graph = [node] + [quotation(ref, info, link) for ref in quotes[:MAX_QUOTATIONS]]
    return {"@context": "https://schema.org", "@graph": graph}


def _wikidata(qid: str | None) -> str | None:
    if not qid:
        return None
    return qid if qid.startswith("http") else f"https://www.wikidata.org/wiki/{qid}"
