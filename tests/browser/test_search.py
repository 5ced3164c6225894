"""Search from file://: shards load on demand, words match by prefix and without diacritics, filters narrow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions
from site_builder.render import search

pytestmark = pytest.mark.browser

ARTICLES = {
    "trade-talks.md": ("Trade talks resume in Brussels", "2024-03-04", "[Trade]",
                       "European Commissioner Maroš Šefčovič met Pete Hegseth in Brussels on Monday. The talks on tariffs resumed."),
    "defense-call.md": ("Hegseth calls Katz", "2025-01-30", "[Defense]",
                        "Secretary Pete Hegseth held a call with Israel Katz about security in Israel."),
    "summit.md": ("NATO summit opens", "2025-06-10", "[Defense, Alliances]",
                  "Secretary General Mark Rutte opened the NATO summit in The Hague. Ministers discussed spending."),
    "zurich.md": ("Bankers gather in Zürich", "2023-09-01", "[Finance]",
                  "Bankers from Zürich and Geneva discussed rates. Christine Lagarde spoke by video."),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("search")
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Search test\n")
    for name, (title, day, tags, text) in ARTICLES.items():
        (content / "articles" / name).write_text(f'---\ntitle: "{title}"\ndate: {day}\ntags: {tags}\n---\n\n{text}\n')
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "SHARD_BYTES", 300)  # many small shards: a query must load only some
        patch.setattr(search, "DOC_SHARD", 2)
        Builder(BuildOptions(content_dir=content, output_dir=root / "site")).build()
    yield root / "site"


def _search(page, site: Path, query: str = "", **filters: str) -> str:  # noqa: ANN001
    page.goto((site / "search.html").as_uri())
    for name, value in filters.items():
        page.fill(f"input[name={name}]", value)
    page.fill("#search-input", query)
    page.wait_for_function("() => /result/.test(document.getElementById('search-status').textContent)")
    return page.locator("#search-results").inner_text()


def _titles(page) -> list[str]:  # noqa: ANN001
    return page.locator("#search-results li").filter(has_text="article").locator("a").all_inner_texts()


@pytest.mark.parametrize(("query", "expected"), [
    ("heg", ["Hegseth calls Katz", "Trade talks resume in Brussels"]),  # a prefix; the title match first
    ("brus", ["Trade talks resume in Brussels"]),
    ("sefcovic", ["Trade talks resume in Brussels"]),  # no diacritics typed
    ("ZURICH", ["Bankers gather in Zürich"]),
    ("summit spend", ["NATO summit opens"]),  # every word must match
    ("zzzyxw", []),
])
def test_words_match_by_prefix_and_without_diacritics(page, site: Path, query: str, expected: list[str]) -> None:  # noqa: ANN001
    _search(page, site, query)
    assert _titles(page) == expected


@pytest.mark.parametrize(("query", "filters", "expected"), [
    ("", {"year": "2025"}, ["NATO summit opens", "Hegseth calls Katz"]),  # newest first
    ("hegseth", {"year": "2024"}, ["Trade talks resume in Brussels"]),
    ("year:2025 tag:defense", {}, ["NATO summit opens", "Hegseth calls Katz"]),
    ("", {"person": "rutte"}, ["NATO summit opens"]),
    ("", {"place": "brussels"}, ["Trade talks resume in Brussels"]),
    ("", {"person": "šefčovič"}, ["Trade talks resume in Brussels"]),
    ("person:sefc", {}, ["Trade talks resume in Brussels"]),
    ("talks", {"tag": "finance"}, []),
    ("", {"tag": "alli"}, ["NATO summit opens"]),
])
def test_filters_narrow_the_results(page, site: Path, query: str, filters: dict[str, str], expected: list[str]) -> None:  # noqa: ANN001
    _search(page, site, query, **filters)
    assert _titles(page) == expected


def test_matched_words_are_shown_in_context(page, site: Path) -> None:  # noqa: ANN001
    _search(page, site, "sefcovic")
    marks = page.locator("#search-results mark").all_inner_texts()
    assert marks == ["Šefčovič"]
    assert "Maroš Šefčovič met Pete Hegseth" in page.locator("#search-results").inner_text()


def test_names_are_listed_above_the_articles(page, site: Path) -> None:  # noqa: ANN001
    text = _search(page, site, "pete heg")
    assert text.splitlines()[0].lower().startswith("person pete hegseth")


def test_a_query_loads_only_some_shards(page, site: Path) -> None:  # noqa: ANN001
    _search(page, site, "rutte")
    loaded = page.evaluate("() => Array.from(document.scripts).map(s => s.src.split('/').pop())")
    shards = [p.name for p in (site / "assets" / "search").iterdir()]
    terms = [n for n in shards if n.startswith("t")]
    assert len(terms) > 5
    assert 0 < len([n for n in loaded if n.startswith("t")]) < len(terms) / 2
    assert "index.js" in loaded


def test_a_search_link_fills_the_form(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "search.html").as_uri() + "?q=katz&year=2025")
    page.wait_for_function("() => /result/.test(document.getElementById('search-status').textContent)")
    assert _titles(page) == ["Hegseth calls Katz"]
    assert page.input_value("input[name=year]") == "2025"
