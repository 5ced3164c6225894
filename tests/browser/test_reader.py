"""What a reader does with the built fixture site opened from disk (file://)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import FIXTURE, build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reader") / "site"
    assert build(FIXTURE, out) == 0
    return out


def test_home_to_article_to_person_and_back(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "index.html").as_uri())
    assert page.title() == "Fixture Archive"
    page.get_by_role("link", name="Senate panel questions Hegseth on *readiness*").first.click()
    assert page.url.endswith("/articles/senate-hearing.html")
    assert page.locator("h1").inner_text() == "Senate panel questions Hegseth on *readiness*"
    page.locator("a.mention", has_text="Pete Hegseth").first.click()
    assert page.url.endswith("/people/pete-hegseth.html")
    assert "Pete Hegseth" in page.locator("h1").inner_text()
    page.locator("table.mentions").get_by_role("link", name="Senate panel questions Hegseth on *readiness*").click()
    assert page.url.endswith("/articles/senate-hearing.html")
    page.get_by_role("link", name="Archive", exact=True).click()
    assert page.url.endswith("/archive/index.html")


def test_stylesheet_and_script_load_from_disk(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "hegseth-katz-call.html").as_uri())
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Georgia")
    assert page.locator("#tooltip").count() == 1


def test_tooltip_opens_on_focus_and_closes_with_escape(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "hegseth-katz-call.html").as_uri())
    mention = page.locator("a.mention", has_text="Pete Hegseth").first
    mention.focus()
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    assert "Pete Hegseth" in tip.inner_text() and "person" in tip.inner_text().lower()
    assert mention.get_attribute("aria-describedby") == "tooltip"
    page.keyboard.press("Escape")
    assert tip.is_hidden()


def test_tooltip_opens_on_hover(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "hegseth-katz-call.html").as_uri())
    page.locator("a.mention-organization").first.hover()
    assert page.locator("#tooltip").is_visible()
    assert "organization" in page.locator("#tooltip").inner_text().lower()


def test_quote_shows_its_speaker_with_a_link(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "senate-hearing.html").as_uri())
    quote = page.locator(".quote[id]").first
    quote.focus()
    tip = page.locator("#tooltip")
    assert tip.is_visible() and "quote" in tip.inner_text().lower()
    assert tip.locator("a").count() >= 1


def test_highlight_toggles_hide_and_show_marks(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "hegseth-katz-call.html").as_uri())
    mention = page.locator("a.mention").first
    marked = mention.evaluate("e => getComputedStyle(e).backgroundColor")
    page.get_by_label("Names").uncheck()
    assert mention.evaluate("e => getComputedStyle(e).backgroundColor") != marked
    assert page.locator(".body").evaluate("e => e.classList.contains('hide-mentions')")
    page.get_by_label("Names").check()
    assert mention.evaluate("e => getComputedStyle(e).backgroundColor") == marked
    page.get_by_label("Quotes").uncheck()
    assert page.locator(".body").evaluate("e => e.classList.contains('hide-quotes')")


def test_search_finds_articles_and_people(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "search.html").as_uri())
    page.fill("#search-input", "rutte")
    results = page.locator("#search-results li")
    results.first.wait_for()
    text = page.locator("#search-results").inner_text()
    assert "Mark Rutte" in text and "NATO allies meet in Brussels" in text
    page.locator("#search-results a", has_text="NATO allies meet in Brussels").click()
    assert page.url.endswith("/articles/2024-nato-summit.html")


def test_search_with_no_match_says_so(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "search.html").as_uri())
    page.fill("#search-input", "zzzyxw")
    page.wait_for_function("() => document.getElementById('search-status').textContent === '0 results'")  # shards load async


def test_enter_on_a_focused_quote_opens_its_speaker(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "articles" / "senate-hearing.html").as_uri())
    page.locator(".quote[id]").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/people/pete-hegseth.html")
