"""A folder's link table stays bounded and gives the same links after it is cleared."""

from __future__ import annotations

from site_builder.render import urls


def test_folder_table_is_bounded_and_links_stay_right() -> None:
    links: dict[str, str] = {}
    targets = [f"people/p{i}.html" for i in range(urls.FOLDER_LINKS_MAX + 10)]
    got = [urls.relative_link(links, "articles/a.html", t) for t in targets]
    assert len(links) <= urls.FOLDER_LINKS_MAX
    assert got == [urls.relative_url("articles/a.html", t) for t in targets]
