"""A person page split into pages, read from file://: the next-page link leads to page 2 and back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build, copy_fixture


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("paged")
    content = copy_fixture(tmp)
    with (content / "site.yaml").open("a") as f:
        f.write("entity_page_size: 1\n")
    out = tmp / "site"
    assert build(content, out) == 0
    return out


def test_next_page_link_from_a_person_page(page, paged_site: Path) -> None:  # noqa: ANN001
    page.goto((paged_site / "people" / "pete-hegseth.html").as_uri())
    assert page.locator("#overview").is_visible()
    first_title = page.locator("table.mentions tbody tr").first.inner_text()
    page.locator('nav.pagination a[rel="next"]').first.click()
    assert page.url.endswith("people/pete-hegseth/page/2.html")
    assert "Page 2 of" in page.locator("#page-of").inner_text()
    assert page.locator("#overview").count() == 0  # the summary stays on page 1
    assert page.locator("table.mentions tbody tr").first.inner_text() != first_title
    assert page.locator("link[rel=stylesheet]").evaluate("l => l.sheet !== null")  # assets resolve two folders up
    page.locator('nav.pagination a[rel="prev"]').first.click()
    assert page.url.endswith("people/pete-hegseth.html")
