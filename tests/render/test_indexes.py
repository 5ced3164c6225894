"""Indexes that scale: sorted by mentions with an A–Z toggle, a jump bar, pages, and the filter's data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from site_builder.render.listings import LETTERS, Pagination, az_key, initial, jump_bar, letter_anchors
from site_builder.render.urls import PageId, page_path


@pytest.mark.parametrize("name,letter", [
    ("Pete Hegseth", "P"), ("élysée Palace", "E"), ("Ōsaka", "O"), ("3M", "#"), ("'t Hooft", "T"), ("", "#"), ("—", "#"),
])
def test_initial(name: str, letter: str) -> None:
    assert initial(name) == letter


def test_az_order_agrees_with_the_jump_bar() -> None:
    names = ["Zelensky", "Émile Zola", "3M", "adams", "Baker", "Ōsaka"]
    ordered = sorted(names, key=lambda n: az_key(n, n))
    assert ordered == ["3M", "adams", "Baker", "Émile Zola", "Ōsaka", "Zelensky"]
    letters = [initial(n) for n in ordered]
    assert letters == sorted(letters, key=LETTERS.index)


def test_jump_bar_points_at_the_page_holding_each_letter() -> None:
    names = ["Adams", "Allen", "Baker", "Brown", "Carter", "Zola"]
    jump = {j.letter: j for j in jump_bar(names, "entities_az", "person", per_page=2)}
    assert jump["A"].target == PageId("entities_az", "person", 1)
    assert jump["B"].target == PageId("entities_az", "person", 2)
    assert jump["C"].target == PageId("entities_az", "person", 3) and jump["Z"].target == PageId("entities_az", "person", 3)
    assert jump["D"].target is None and jump["#"].target is None
    assert jump["C"].anchor == "letter-c" and jump["#"].anchor == "letter-num"
    assert letter_anchors(["Carter", "Cole", "Zola"]) == ["letter-c", None, "letter-z"]


@pytest.mark.parametrize("page,pages,window", [
    (1, 1, [1]),
    (1, 3, [1, 2, 3]),
    (1, 40, [1, 2, 3, None, 40]),
    (20, 40, [1, None, 18, 19, 20, 21, 22, None, 40]),
    (40, 40, [1, None, 38, 39, 40]),
    (4, 40, [1, 2, 3, 4, 5, 6, None, 40]),
])
def test_pagination_window(page: int, pages: int, window: list[int | None]) -> None:
    assert Pagination(page, pages, "entities", "person").window == window


@pytest.mark.parametrize("page,path", [
    (PageId("entities", "person"), "people/index.html"),
    (PageId("entities", "person", 3), "people/index-3.html"),
    (PageId("entities_az", "place", 2), "places/index-az-2.html"),
    (PageId("tags", "", 2), "tags/index-2.html"),
    (PageId("tags_az"), "tags/index-az.html"),
    (PageId("index_data", "organization"), "organizations/index-data.js"),
    (PageId("index_data", "quotes"), "quotes/index-data.js"),
    (PageId("person_feed", "pete-hegseth"), "feeds/people/pete-hegseth.xml"),
    (PageId("tag_feed", "defense"), "feeds/tags/defense.xml"),
    (PageId("quotes_feed"), "feeds/quotes.xml"),
    (PageId("robots"), "robots.txt"),
])
def test_paths_of_the_new_page_kinds(page: PageId, path: str) -> None:
    assert page_path(page) == path


def _names(html: str) -> list[str]:
    return re.findall(r'<a class="entity-link entity-\w+" href="[^"]+">([^<]+)</a>', html)


def _counts(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"</td><td>(\d+)</td><td>\d+</td></tr>", html)]


def test_people_index_is_sorted_by_mentions_and_paginated(site: Path) -> None:
    pages = sorted(site.glob("people/index*.html"))
    by_mentions = [p for p in pages if "-az" not in p.name]
    assert len(by_mentions) == 4  # 7 people, per_page 2
    counts = [c for n in range(1, 5) for c in _counts((site / page_path(PageId("entities", "person", n))).read_text())]
    assert counts == sorted(counts, reverse=True) and len(counts) == 7
    first = (site / "people" / "index.html").read_text()
    assert _names(first)[0] == "Pete Hegseth"
    assert 'href="index-az.html">A–Z</a>' in first and 'aria-current="page">By mentions' in first
    assert '<a rel="next" href="index-2.html">Next →</a>' in first


def test_az_pages_are_alphabetical_with_letter_anchors(site: Path) -> None:
    names = [n for i in range(1, 5) for n in _names((site / page_path(PageId("entities_az", "person", i))).read_text())]
    assert names == sorted(names, key=str.casefold)
    html = (site / "people" / "index-az-4.html").read_text()
    assert '<tr id="letter-t">' in html


def test_jump_bar_links_resolve_to_an_anchor(site: Path) -> None:
    html = (site / "people" / "index.html").read_text()
    links = re.findall(r'<a href="(index-az[^"#]*\.html)#(letter-\w+)" aria-label="Names starting with', html)
    assert links
    for target, anchor in links:
        assert f'id="{anchor}"' in (site / "people" / target).read_text()
    assert '<span class="empty" aria-hidden="true">Q</span>' in html  # no Q: not a link


def test_filter_data_holds_every_row_as_a_script(site: Path) -> None:
    script = (site / "people" / "index-data.js").read_text()
    assert script.startswith("window.SB_INDEX = ") and script.rstrip().endswith(";")
    data = json.loads(script.strip().removeprefix("window.SB_INDEX = ").removesuffix(";"))
    assert data["kind"] == "person" and len(data["rows"]) == 7
    hegseth = next(r for r in data["rows"] if r["n"] == "Pete Hegseth")
    assert hegseth == {"n": "Pete Hegseth", "u": "pete-hegseth.html", "c": 11, "a": 2, "r": "Secretary of Defense, Department of Defense"}
    html = (site / "people" / "index.html").read_text()
    assert '<script src="index-data.js"></script>' in html and "index-filter.js" in html
    assert '<form class="index-filter" role="search" hidden>' in html  # shown by the script; without it, the list


def _call(script: str, prefix: str, suffix: str) -> object:
    assert script.startswith(prefix) and script.endswith(suffix + "\n"), script[:80]
    return json.loads(script.removeprefix(prefix).removesuffix(suffix + "\n"))


def test_quotes_data_is_a_manifest_of_shards_filterable_by_speaker(site: Path) -> None:
    manifest = _call((site / "quotes" / "index-data.js").read_text(), "window.SB_INDEX = ", ";")
    assert manifest == {"kind": "quotes", "total": 13, "shards": ["index-data-1.js"]}  # 13 quotes: one shard
    shard = _call((site / "quotes" / "index-data-1.js").read_text(), "window.SB_INDEX_SHARD(1, ", ");")
    assert isinstance(shard, dict) and shard["kind"] == "quotes" and len(shard["rows"]) == 13
    rows = shard["rows"]
    assert "Pete Hegseth" in {r["s"] for r in rows}
    assert all(r["u"].startswith("../articles/") and "#q-" in r["u"] for r in rows)
    assert not any(r["t"].endswith((",”", ',"')) for r in rows)
    assert "Filter quotes by speaker" in (site / "quotes" / "index.html").read_text()


@pytest.mark.parametrize("quotes,rows,count,ranges", [
    (0, 5, 0, []), (1, 5, 1, [(0, 5)]), (5, 5, 1, [(0, 5)]), (6, 5, 2, [(0, 5), (5, 10)]), (13, 5, 3, [(0, 5), (5, 10), (10, 15)]),
])
def test_quote_shards_cover_every_quote_once(quotes: int, rows: int, count: int, ranges: list[tuple[int, int]]) -> None:
    from site_builder.render.index_data import quote_shard_count, quote_shard_range

    assert quote_shard_count(quotes, rows) == count
    assert [quote_shard_range(n, rows) for n in range(1, count + 1)] == ranges


def test_quote_shards_hold_the_rows_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small shards (5 rows): the manifest lists three and their rows, in order, are the one list's."""
    from site_builder.render import index_data
    from tests.helpers import FIXTURE, build

    monkeypatch.setattr(index_data, "QUOTE_SHARD_ROWS", 5)
    assert build(FIXTURE, tmp_path / "site") == 0
    folder = tmp_path / "site" / "quotes"
    manifest = _call((folder / "index-data.js").read_text(), "window.SB_INDEX = ", ";")
    assert isinstance(manifest, dict) and manifest["shards"] == ["index-data-1.js", "index-data-2.js", "index-data-3.js"]
    rows = []
    for n, name in enumerate(manifest["shards"], 1):
        shard = _call((folder / name).read_text(), f"window.SB_INDEX_SHARD({n}, ", ");")
        assert isinstance(shard, dict)
        rows += shard["rows"]
    assert [len(rows)] == [manifest["total"]] == [13]
    assert [r["d"] for r in rows] == sorted((r["d"] for r in rows), reverse=True)  # newest first, as the pages list them
    assert not (folder / "index-data-4.js").exists()


def test_tags_index_sorted_by_articles_with_az_toggle(site: Path) -> None:
    html = (site / "tags" / "index.html").read_text()
    counts = [int(n) for n in re.findall(r'<span class="count">\((\d+) articles?\)</span>', html)]
    assert counts == sorted(counts, reverse=True)
    az = (site / "tags" / "index-az.html").read_text()
    names = re.findall(r'<a href="[^"]+\.html">([^<]+)</a> <span class="count">', az)
    assert names == sorted(names, key=str.casefold)
    assert (site / "tags" / "index-data.js").is_file()
