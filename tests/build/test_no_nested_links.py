"""A link never contains a link: every HTML page of a built archive, walked with html.parser."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers import build, copy_fixture

CRAFTED = """---
title: Crossing names
date: 2025-02-20
---

The mayor of Springfield, Illinois met [Secretary Pete Hegseth](https://example.org/hegseth) on Monday.

Officials of the U.S. Embassy in Kyiv, Ukraine and of the University of Texas Arlington met Mark Rutte of NATO.
"""


class _NestedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.nested: list[tuple[int, int]] = []  # positions of an <a> opened inside another

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            if self.depth:
                self.nested.append(self.getpos())
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.depth = max(0, self.depth - 1)


def nested_links(site: Path) -> dict[str, list[tuple[int, int]]]:
    """Page -> (line, column) of every <a> that opens inside another <a>."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        parser = _NestedLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.nested:
            found[page.relative_to(site).as_posix()] = parser.nested
    return found


def test_no_page_has_a_link_inside_a_link(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "crossing.md").write_text(CRAFTED, encoding="utf-8")
    site = tmp_path / "site"
    assert build(content, site) == 0
    assert nested_links(site) == {}
    # not vacuous: the crafted article has overlapping mentions, or a mention inside a Markdown link
    data = json.loads((site / "data" / "annotations.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if a["id"] == "crossing")
    spans = sorted((m["start"], m["end"]) for m in article["mentions"])
    overlapping = any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))
    page = (site / "articles" / "crossing.html").read_text(encoding="utf-8")
    assert overlapping or 'class="mention mention-person"' in page.split('href="https://example.org/hegseth"')[1].split("</a>")[0]


def test_the_walker_finds_nested_links(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text('<p><a href="x">a <a href="y">b</a></a> <a href="z">c</a></p>')
    assert nested_links(tmp_path) == {"page.html": [(1, 17)]}
