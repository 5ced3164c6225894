"""Links between pages: relative, from the page's folder, and the same whatever the cache holds."""

from __future__ import annotations

import posixpath

import pytest

from site_builder.render import urls


@pytest.mark.parametrize(("from_path", "to_path", "expected"), [
    ("index.html", "articles/a.html", "articles/a.html"),
    ("articles/a.html", "articles/b.html", "b.html"),
    ("articles/a.html", "people/p.html", "../people/p.html"),
    ("people/p/page/2.html", "people/p.html", "../../p.html"),
    ("people/p/page/2.html", "people/p/page/3.html", "3.html"),
    ("people/p/page/2.html", "assets/style.css", "../../../assets/style.css"),
    ("feeds/people/p.xml", "index.html", "../../index.html"),
])
def test_relative_links(from_path: str, to_path: str, expected: str) -> None:
    assert urls.relative_url(from_path, to_path) == expected
    assert expected == posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def test_links_stay_right_past_the_cache_bound() -> None:
    targets = [f"people/p{i}.html" for i in range(urls.FOLDER_LINKS_MAX + 10)]
    got = [urls.relative_url("articles/a.html", t) for t in targets]
    assert urls.folder_link.cache_info().currsize <= urls.FOLDER_LINKS_MAX
    assert got == [f"../{t}" for t in targets]
