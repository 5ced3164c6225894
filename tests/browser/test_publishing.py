"""Accessibility audited with axe-core (WCAG 2.2 A/AA, light and dark), keyboard-only reading,
print styles, the index filters from file://, and icons that never leave their names at a line end."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.audit import violations

pytestmark = pytest.mark.browser

# One page of every kind the fixture archive has.
PAGE_KINDS = {
    "home": "index.html", "article": "articles/senate-hearing.html", "article-plain": "articles/hegseth-katz-call.html",
    "archive": "archive/index.html", "year": "archive/2025.html", "month": "archive/2025-01.html",
    "tags": "tags/index.html", "tags-az": "tags/index-az.html", "tag": "tags/defense.html",
    "people": "people/index.html", "people-az": "people/index-az-2.html", "person": "people/pete-hegseth.html",
    "organization": "organizations/nato.html", "place": "places/israel.html", "quotes": "quotes/index-2.html",
    "search": "search.html", "404": "404.html",
}


@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
def test_no_wcag_violations(scheme_page, scheme: str, fixture_site: Path, axe: Axe, kind: str) -> None:  # noqa: ANN001
    scheme_page.goto((fixture_site / PAGE_KINDS[kind]).as_uri())
    assert _is_dark(scheme_page) == (scheme == "dark")  # the page really is in the emulated scheme
    assert violations(axe, scheme_page) == []


def _is_dark(page) -> bool:  # noqa: ANN001
    return page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(253, 253, 251)"


def test_no_wcag_violations_with_tooltip_open_and_filter_used(scheme_page, fixture_site: Path, axe: Axe) -> None:  # noqa: ANN001
    scheme_page.goto((fixture_site / "articles" / "senate-hearing.html").as_uri())
    scheme_page.locator(".quote[id]").first.focus()
    assert scheme_page.locator("#tooltip").is_visible()
    assert violations(axe, scheme_page) == []
    scheme_page.goto((fixture_site / "people" / "index.html").as_uri())
    scheme_page.fill("#index-filter", "e")
    assert scheme_page.locator("#filter-results li").count() > 0
    assert violations(axe, scheme_page) == []


def test_keyboard_reaches_a_mention_tooltip_follows_it_and_returns(page, fixture_site: Path) -> None:  # noqa: ANN001
    article = (fixture_site / "articles" / "hegseth-katz-call.html").as_uri()
    page.goto(article)
    for _ in range(60):  # Tab through the page until a mention has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('mention')"):
            break
    else:
        pytest.fail("no mention reachable with Tab")
    name = page.evaluate("document.activeElement.dataset.name")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    tip = page.locator("#tooltip")
    assert tip.is_visible() and name in tip.inner_text()
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "tooltip"
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + href.split("/")[-1])
    assert name in page.locator("h1").inner_text()
    page.go_back()
    page.wait_for_url(article)
    assert page.locator("h1").is_visible()


def test_print_reads_as_plain_text_with_speakers_in_brackets(page, fixture_site: Path) -> None:  # noqa: ANN001
    page.goto((fixture_site / "articles" / "senate-hearing.html").as_uri())
    page.emulate_media(media="print")
    mention = page.locator("a.mention").first
    assert mention.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    assert mention.evaluate("e => getComputedStyle(e, '::before').content") in ("none", "normal")
    assert page.locator(".site-header").is_hidden() and page.locator(".highlight-toggle").is_hidden()
    quote = page.locator(".quote[id]:not(.quote-continues)", has_text="Numbers matter")  # one fragment
    assert quote.evaluate("e => getComputedStyle(e, '::after').content") == '" [Jack Reed]"'


def test_print_puts_the_speaker_after_the_last_fragment_of_a_split_quote(page, fixture_site: Path) -> None:  # noqa: ANN001
    page.goto((fixture_site / "articles" / "senate-hearing.html").as_uri())  # "We will restore *readiness* across …" is split
    page.emulate_media(media="print")
    quote_id = page.locator(".quote[id]").first.get_attribute("id")
    fragments = page.locator(f'.quote[data-quote="{quote_id}"]')
    assert fragments.count() > 1
    after = [fragments.nth(i).evaluate("e => getComputedStyle(e, '::after').content") for i in range(fragments.count())]
    assert after[-1] == '" [Pete Hegseth]"' and all(a in ("none", "normal") for a in after[:-1])


@pytest.mark.parametrize("index,query,expected", [
    ("people/index.html", "hegs", "Pete Hegseth"),
    ("people/index-az-3.html", "RUTTE", "Mark Rutte"),
    ("organizations/index.html", "atlantic", None),
    ("tags/index.html", "def", "Defense"),
    ("quotes/index.html", "reed", "Reed"),
])
def test_type_ahead_filter_works_from_disk(page, fixture_site: Path, index: str, query: str, expected: str | None) -> None:  # noqa: ANN001
    page.goto((fixture_site / index).as_uri())
    listing = page.locator(".index-listing")
    assert page.locator("form.index-filter").is_visible() and listing.is_visible()
    page.fill("#index-filter", query)
    # the quotes index loads its shards as scripts on the first query: wait for the answer
    if expected is None:
        expect(page.locator("#filter-status")).to_have_text("No matches")
        return
    expect(page.locator("#filter-results")).to_contain_text(expected)
    expect(listing).to_be_hidden()
    first = page.locator("#filter-results a").first
    href = first.get_attribute("href")
    first.click()
    assert page.url.split("#")[0].endswith(href.split("#")[0].lstrip("./"))
    page.go_back()
    page.fill("#index-filter", "")
    assert listing.is_visible() and page.locator("#filter-results").is_hidden()


def test_filter_searches_every_page_not_just_this_one(page, fixture_site: Path) -> None:  # noqa: ANN001
    page.goto((fixture_site / "people" / "index.html").as_uri())  # per_page 2: Trump is on a later page
    assert "Trump" not in page.locator(".index-listing").inner_text()
    page.fill("#index-filter", "trump")
    assert "Trump" in page.locator("#filter-results").inner_text()


def test_without_javascript_the_index_is_a_plain_sorted_paginated_list(browser, fixture_site: Path) -> None:  # noqa: ANN001
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((fixture_site / "people" / "index.html").as_uri())
    assert page.locator("form.index-filter").is_hidden()
    rows = page.locator("table.entity-index tbody tr")
    assert rows.count() == 2 and "Pete Hegseth" in rows.first.inner_text()  # most mentioned first
    page.get_by_role("link", name="Next →").click()
    assert page.url.endswith("people/index-2.html")
    page.get_by_role("link", name="Names starting with T").click()
    assert page.url.endswith("people/index-az-4.html#letter-t")
    assert page.locator("#letter-t").inner_text().startswith("Trump")
    context.close()


@pytest.mark.parametrize("width", range(180, 420, 7))
def test_a_mention_icon_never_ends_a_line_alone(browser, fixture_site: Path, width: int) -> None:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 800, "height": 900})
    page = context.new_page()
    page.goto((fixture_site / "articles" / "hegseth-katz-call.html").as_uri())
    page.add_style_tag(content=f".body {{ width: {width}px; }}")
    # A mention's first line box must hold text, not only the icon: its first client rect is wider than the icon.
    lonely = page.evaluate("""() => [...document.querySelectorAll('.body a.mention')].filter(m => {
        const rects = m.getClientRects();
        if (rects.length < 2) return false;
        const icon = parseFloat(getComputedStyle(m).fontSize) * 1.0;
        return rects[0].width <= icon;
      }).map(m => m.textContent)""")
    context.close()
    assert lonely == []


@pytest.mark.parametrize("kind", ["article", "people", "person", "quotes", "tags"])
def test_no_wcag_violations_on_a_phone(browser, fixture_site: Path, axe: Axe, kind: str) -> None:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    page.goto((fixture_site / PAGE_KINDS[kind]).as_uri())
    found = violations(axe, page)
    context.close()
    assert found == []
