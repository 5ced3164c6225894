"""The URL policy for links from content, and base_url."""

from __future__ import annotations

import pytest

from site_builder.load.body import parse_markdown
from site_builder.load.links import base_url_problem, clean_url, link_problem

LINKS = [
    # (raw value, allowed?)
    ("https://example.org/a", True), ("http://example.org", True), ("mailto:a@b.example", True),
    ("HTTPS://EXAMPLE.ORG/", True), ("  https://example.org/a\t", True), ("https://exa\nmple.org/", True),
    ("https://例え.jp/", True), ("https://example.org/a?b=c#d", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False), (" javascript:alert(1)", False),
    ("\tjavascript:alert(1)", False), ("java\tscript:alert(1)", False), ("java\nscript:alert(1)", False),
    ("\x01javascript:alert(1)", False), ("vbscript:msgbox(1)", False), ("data:text/html,<script>", False),
    ("file:///etc/passwd", False), ("//evil.example/", False), ("/relative", False), ("example.org", False),
    ("http:evil", False), ("https://", False), ("https://a.example/x\x01y", False), ("https://a.example/x y", False),
    ("", False),
]


@pytest.mark.parametrize("raw,allowed", LINKS)
def test_link_policy(raw: str, allowed: bool) -> None:
    problem = link_problem(clean_url(raw), "a.md", 4, "url")
    assert (problem is None) == allowed, problem
    if problem:
        assert str(problem).startswith("a.md:4: error: 'url'")


def test_clean_url_is_what_the_browser_reads() -> None:
    assert clean_url(" \x00 java\tscr\nipt:x \x1f") == "javascript:x"


BASE_URLS = [
    ("https://USER.github.io/REPO/", True), ("https://example.org", True), ("http://127.0.0.1:8000/site/", True),
    ("https://a.example//evil.example/", False), ("https://a.example/a//b/", False), ("https://a.example/./", False),
    ("https://a.example/../", False), ("javascript:alert(1)//", False), ("ftp://a.example/", False), ("https://", False),
    ("//a.example/", False), ("https://a.example/?q=1", False), ("https://a.example/#f", False),
    ("https://user@a.example/", False), ("https://a.example:99999/", False), ("https://a.example/\"><script>", False),
    ("https://a.example\\evil/", False), ("https://a.example/a b/", False),
]


@pytest.mark.parametrize("url,allowed", BASE_URLS)
def test_base_url_policy(url: str, allowed: bool) -> None:
    problem = base_url_problem(url, "site.yaml", 3)
    assert (problem is None) == allowed, problem
    if problem:
        assert problem.line == 3 and "base_url" in problem.message


MARKDOWN = [
    # (markdown, an <a> or <img> is made?)
    ("[a](https://example.org/)", True), ("[a](../other.html)", True), ("[a](#note)", True), ("[a](mailto:a@b.example)", True),
    ("[a](javascript:alert(1))", False), ("[a](JaVaScRiPt:alert(1))", False), ("[a](vbscript:x)", False),
    ("[a](data:text/html,x)", False), ("[a](data:image/png;base64,AA)", False), ("![a](data:image/png;base64,AA)", False),
    ("![a](javascript:x)", False), ("[a][r]\n\n[r]: javascript:x", False), ("<javascript:alert(1)>", False),
    ("[a](file:///etc/passwd)", False), ("[a](java&#x09;script:x)", True),  # written java%09script:x: no scheme, a relative link
]


@pytest.mark.parametrize("text,linked", MARKDOWN)
def test_markdown_links_follow_the_policy(text: str, linked: bool) -> None:
    html = "".join(p for p in parse_markdown(text.replace("\\n", "\n"))[1] if isinstance(p, str))
    assert ("<a " in html or "<img " in html) == linked, html
