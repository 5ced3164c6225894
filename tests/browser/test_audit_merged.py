"""axe-core (WCAG 2.2 A/AA), light and dark, over what the merged branches added to the page kinds
of tests/browser/test_publishing.py: a person page with its "In briefings and interviews" block
(transcript turns), and the search page with results, names and filters on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.audit import violations
from tests.browser.test_turns import BRIEFING
from tests.helpers import build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def turns_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("audit-turns")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "briefing.md").write_text(BRIEFING, encoding="utf-8")
    assert build(root / "content", root / "site") == 0
    return root / "site"


def test_person_page_with_turns_has_no_wcag_violations(scheme_page, turns_site: Path, axe: Axe) -> None:  # noqa: ANN001
    scheme_page.goto((turns_site / "people" / "ned-price.html").as_uri())
    assert scheme_page.locator("h2#turns").is_visible()
    assert violations(axe, scheme_page) == []


def test_search_page_with_results_has_no_wcag_violations(scheme_page, fixture_site: Path, axe: Axe) -> None:  # noqa: ANN001
    scheme_page.goto((fixture_site / "search.html").as_uri())
    scheme_page.fill("#search-input", "hegseth")
    scheme_page.wait_for_function("() => /result/.test(document.getElementById('search-status').textContent)")
    assert scheme_page.locator("#search-results li").count() > 1
    assert violations(axe, scheme_page) == []
