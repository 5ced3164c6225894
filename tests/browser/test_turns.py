"""A person page lists the person's transcript turns apart from quotes ("In briefings and interviews")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build

pytestmark = pytest.mark.browser

BRIEFING = """---
title: Department press briefing
date: 2022-03-01
---

Ned Price, Department Spokesperson, briefed reporters in Washington.

MR PRICE: Good afternoon, everyone. We have a few announcements to make at the top today.

QUESTION: Thank you, Ned. You said last week, “The talks are over.” Is that still so?

MR PRICE: I said, “We will keep talking,” and we will.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("turns")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "briefing.md").write_text(BRIEFING, encoding="utf-8")
    assert build(root / "content", root / "site") == 0
    return root / "site"


def test_person_page_lists_a_turn(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "people" / "ned-price.html").as_uri())
    section = page.locator("section", has=page.locator("h2#turns"))
    assert section.locator("h2").inner_text() == "In briefings and interviews"
    item = section.locator("li.turn-item").first
    assert "Good afternoon, everyone." in item.locator(".turn-excerpt").inner_text()
    assert "2 turns" in item.inner_text()
    item.get_by_role("link", name="Department press briefing").click()
    assert page.url.endswith("/articles/briefing.html")


def test_quotes_in_turns_are_the_speakers(page, site: Path) -> None:  # noqa: ANN001
    page.goto((site / "people" / "ned-price.html").as_uri())
    quotes = page.locator("#quotes ~ ul.quote-list").inner_text()
    assert "We will keep talking" in quotes  # "I said" in Price's turn
    assert "The talks are over" in quotes  # "You said" to Price, in the question after his turn
