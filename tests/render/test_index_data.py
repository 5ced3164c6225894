"""index-data.js rows encoded one by one (render/index_data.py) equal script_json of the whole, and
the streamed search files (SearchIndex.stream) equal the kept-state ones (SearchIndex.files)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from site_builder.index.records import EntityInfo, QuoteRef
from site_builder.model.article import Article, ArticleMeta, SourceArticle
from site_builder.model.spans import Annotations, Quote
from site_builder.render.index_data import put_index_json
from site_builder.render.search import SearchIndex
from site_builder.render.structured import script_json
from site_builder.render.urls import PageId, page_path
from site_builder.text import shorten, tidy_quote


def _url(target: Any, fragment: str = "") -> str:
    page = target if isinstance(target, PageId) else (
        PageId("article", target.slug) if isinstance(target, Article) else PageId(target.type, target.id))
    return page_path(page) + (f"#{fragment}" if fragment else "")


def _article(slug: str, title: str, text: str = "Some words here.", day: int = 1) -> Article:
    meta = ArticleMeta(title=title, date=date(2024, 1, day), summary="A summary <b>", tags=("Défense",))
    return Article(SourceArticle(slug, f"{slug}.md", meta, text, (text,), "d" * 64), Annotations(), f"k{slug}",
                   (("ana-diaz", 2),), "l")


def index_json(kind: str, rows: Any, url: Any, speaker_of: Any) -> str:
    """The rows as the renderer splices them into index-data.js."""
    out = bytearray()
    put_index_json(kind, rows, url, speaker_of, out)
    return out.decode("utf-8")


PERSON = EntityInfo("ana-diaz", "Ana Díaz", "person", None, "Minister & spokesperson")
NAMES = [("plain", "Ana"), ("markup", "<script>&amp;</script>"), ("separators", "line\u2028para\u2029end"),
         ("accents", "Šefčovič “quoted”"), ("empty", "")]


@pytest.mark.parametrize(("case", "name"), NAMES)
def test_entity_rows_equal_script_json(case: str, name: str) -> None:
    info = EntityInfo("x-id", name, "person", None, name)
    rows = [(info, 3, 2), (PERSON, 1, 1)]
    want = script_json({"kind": "person", "rows": [{"n": i.name, "u": _url(i), "c": m, "a": a, "r": i.role} for i, m, a in rows]})
    assert index_json("person", rows, _url, lambda q: None) == want


@pytest.mark.parametrize(("case", "name"), NAMES)
def test_quote_and_tag_rows_equal_script_json(case: str, name: str) -> None:
    article = _article("a-1", f"Title {name}")
    quotes = [Quote(0, 10, f"“{name} said this, & more”", "q-1", speaker=name or None, speaker_entity="ana-diaz"),
              Quote(0, 10, "“Unattributed”", "q-2")]
    refs = [QuoteRef(article, q, n) for n, q in enumerate(quotes, 1)]
    speaker_of = lambda q: PERSON if q.speaker_entity else None  # noqa: E731
    want = script_json({"kind": "quotes", "rows": [
        {"s": r.quote.speaker or (speaker_of(r.quote).name if speaker_of(r.quote) else "Unknown speaker"),
         "h": _url(speaker_of(r.quote)) if speaker_of(r.quote) else "", "t": shorten(tidy_quote(r.quote.text), 200),
         "u": _url(r.article, r.quote.id), "a": r.article.meta.title, "d": r.article.meta.date.isoformat()} for r in refs]})
    assert index_json("quotes", refs, _url, speaker_of) == want
    tags = [("defense", name, 4)]
    assert index_json("tags", tags, _url, speaker_of) == script_json(
        {"kind": "tags", "rows": [{"n": name, "u": _url(PageId("tag", "defense")), "c": 4}]})


def test_no_rows() -> None:
    assert index_json("quotes", [], _url, lambda q: None) == script_json({"kind": "quotes", "rows": []})


@pytest.mark.parametrize("count", [0, 1, 25, 26, 60])
def test_streamed_search_files_equal_the_kept_ones(count: int) -> None:
    articles = [_article(f"a-{i}", f"Title {i} Šefčovič", f"Words {i} and more words, {i % 7} times.", 1 + i % 28)
                for i in range(count)]
    entities = [("ana-diaz", "Ana Díaz", "person", "people/ana-diaz.html", 5)]
    streamed: dict[str, bytes] = {}
    paths = SearchIndex().stream(articles, entities, lambda a: a, lambda p, d: streamed.__setitem__(p, d))
    assert sorted(paths) == sorted(streamed)
    assert streamed == SearchIndex().files(articles, entities)
