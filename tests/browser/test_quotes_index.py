"""The quotes index's filter from file:// reads its rows from shards loaded on demand as scripts
(render/index_data.py): here 5 rows a shard, so the fixture's 13 quotes are in three."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def _built(folder: Path, rows: int) -> Path:
    from site_builder.render import index_data
    from tests.helpers import FIXTURE, build

    out = folder / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index_data, "QUOTE_SHARD_ROWS", rows)  # the render forks inherit it
        assert build(FIXTURE, out) == 0
    return out


@pytest.fixture(scope="module")
def sharded_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = _built(tmp_path_factory.mktemp("quotes-shards"), 5)
    assert (out / "quotes" / "index-data-3.js").is_file()
    yield out


def _loaded(page) -> list[str]:  # noqa: ANN001
    return page.eval_on_selector_all("script[src]", "s => s.map(e => e.getAttribute('src'))")


@pytest.mark.parametrize("query,expected,absent", [
    ("rutte", ["Mark Rutte"], ["Pete Hegseth"]),  # only in the last shard: the filter loads the next ones to find it
    ("hegseth", ["Pete Hegseth"], ["Mark Rutte"]),  # in shards 1 and 2
    ("senior", ["a senior US Defense official"], []),  # a word inside the speaker's name
    ("zzz", [], ["Pete Hegseth"]),
])
def test_filter_loads_shards_from_disk(page, sharded_site: Path, query: str, expected: list[str], absent: list[str]) -> None:  # noqa: ANN001
    page.goto((sharded_site / "quotes" / "index.html").as_uri())
    listing = page.locator(".index-listing")
    assert "Pete Hegseth" in listing.inner_text()  # the page itself shows quotes, without any shard
    assert not any("index-data-" in s for s in _loaded(page))  # nothing loaded before a query
    page.fill("#index-filter", query)
    status = page.locator("#filter-status")
    page.wait_for_function("() => !/newest/.test(document.getElementById('filter-status').textContent)")  # all 3 searched
    text = page.locator("#filter-results").inner_text()
    for name in expected:
        assert name in text
    for name in absent:
        assert name not in text
    assert (status.inner_text() == "No matches") == (not expected)
    assert page.locator("button.filter-more").is_hidden()
    if expected:
        assert listing.is_hidden()
        first = page.locator("#filter-results a").first
        href = first.get_attribute("href") or ""
        first.click()
        assert page.url.split("#")[0].endswith(href.split("#")[0].lstrip("./"))


def test_hegseth_count_covers_every_shard(page, sharded_site: Path) -> None:  # noqa: ANN001
    page.goto((sharded_site / "quotes" / "index.html").as_uri())
    page.fill("#index-filter", "hegseth")
    page.wait_for_function("() => document.getElementById('filter-status').textContent === '4 matches'")
    assert page.locator("#filter-results li").count() == 4


def test_past_four_shards_a_button_loads_the_next(page, tmp_path: Path) -> None:  # noqa: ANN001
    """2 rows a shard: seven shards. A query loads four, then offers the older quotes; Rutte is in the last."""
    site = _built(tmp_path, 2)
    assert (site / "quotes" / "index-data-7.js").is_file()
    page.goto((site / "quotes" / "index.html").as_uri())
    page.fill("#index-filter", "rutte")
    more = page.locator("button.filter-more")
    more.wait_for(state="visible")
    assert page.locator("#filter-status").inner_text() == "0 matches in the newest 8 of 13 quotes"
    more.click()
    page.wait_for_function("() => document.getElementById('filter-status').textContent === '2 matches'")
    assert "Mark Rutte" in page.locator("#filter-results").inner_text() and more.is_hidden()
