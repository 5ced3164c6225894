"""Entity pages in pages: page 1 keeps the summary and the first `entity_page_size` items of each
list, the rest go to people/<id>/page/N.html, linked both ways, and an incremental build of a
paginated site equals a cold one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions
from site_builder.errors import BuildError
from site_builder.index.records import EntitySummary
from site_builder.index.site_index import SiteIndex
from site_builder.load.settings import load_settings
from site_builder.render.pages import all_pages
from site_builder.render.urls import PageId, page_path
from tests.helpers import build, copy_fixture

PAGE_SIZE = 1  # every entity with two articles, quotes or transcripts gets a second page


@pytest.mark.parametrize(("page", "path"), [
    (PageId("person", "pete-hegseth"), "people/pete-hegseth.html"),
    (PageId("person", "pete-hegseth", 1), "people/pete-hegseth.html"),
    (PageId("person", "pete-hegseth", 2), "people/pete-hegseth/page/2.html"),
    (PageId("organization", "nato", 12), "organizations/nato/page/12.html"),
    (PageId("place", "gaza", 3), "places/gaza/page/3.html"),
    (PageId("person", "index", 2), "people/index-person/page/2.html"),  # a reserved name keeps its suffix
    (PageId("person", "index-2"), "people/index-2-person.html"),  # and never takes a list page's file
])
def test_page_paths(page: PageId, path: str) -> None:
    assert page_path(page) == path


@pytest.mark.parametrize(("yaml", "message"), [
    ("entity_page_size: 0\n", "'entity_page_size' must be between 1 and 100000"),
    ("entity_page_size: 100001\n", "between 1 and 100000"),
    ("entity_page_size: ten\n", "'entity_page_size' must be a int"),
    ("entity_page_size: true\n", "must be a int"),
])
def test_page_size_is_validated(tmp_path: Path, yaml: str, message: str) -> None:
    (tmp_path / "site.yaml").write_text(yaml)
    with pytest.raises(BuildError) as err:
        load_settings(tmp_path)
    assert message in str(err.value) and "site.yaml:1" in str(err.value)


def test_page_size_is_read(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("entity_page_size: 7\n")
    assert load_settings(tmp_path)[0].entity_page_size == 7
    assert load_settings(tmp_path / "none")[0].entity_page_size == 100


@pytest.mark.parametrize(("summary", "size", "pages"), [
    (EntitySummary(0, 0, 0, 0, None, None, ()), 10, 1),
    (EntitySummary(10, 30, 0, 0, None, None, ()), 10, 1),
    (EntitySummary(11, 30, 0, 0, None, None, ()), 10, 2),
    (EntitySummary(3, 3, 25, 0, None, None, ()), 10, 3),  # the longest list decides
    (EntitySummary(3, 3, 2, 41, None, None, ()), 10, 5),
])
def test_page_count(summary: EntitySummary, size: int, pages: int) -> None:
    assert summary.pages(size) == pages


def _paginated(tmp_path: Path, size: int = PAGE_SIZE) -> Path:
    content = copy_fixture(tmp_path)
    with (content / "site.yaml").open("a") as f:
        f.write(f"entity_page_size: {size}\n")
    return content


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixture built whole (default page size) and in pages of one item."""
    tmp = tmp_path_factory.mktemp("entity-pages")
    whole, paged = tmp / "whole", tmp / "paged"
    assert build(copy_fixture(tmp / "a"), whole) == 0
    assert build(_paginated(tmp / "b"), paged) == 0
    return whole, paged


def _rows(html: str) -> list[str]:
    table = html.split('<table class="mentions">', 1)[1].split("</table>", 1)[0] if "mentions" in html else ""
    return re.findall(r"<tr><td>.*?</tr>", table)


def test_pages_link_forward_and_back_relatively(sites: tuple[Path, Path]) -> None:
    _, paged = sites
    first = (paged / "people" / "pete-hegseth.html").read_text()
    assert 'rel="next" href="pete-hegseth/page/2.html"' in first and "Page 1 of " in first
    pages = int(re.search(r"Page 1 of (\d+)", first).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    for n in range(2, pages + 1):
        html = (paged / "people" / "pete-hegseth" / "page" / f"{n}.html").read_text()
        assert f"Page {n} of {pages}" in html and f"page {n} of {pages}" in html.split("</title>")[0]
        back = "../../pete-hegseth.html" if n == 2 else f"{n - 1}.html"
        assert f'rel="prev" href="{back}"' in html
        assert ('rel="next"' in html) == (n < pages)
        assert 'href="../../index.html">People</a>' in html  # the breadcrumb, two folders up
        assert "/articles/" in html and 'href="../../../articles/' in html
    assert not (paged / "people" / "pete-hegseth" / "page" / f"{pages + 1}.html").exists()


def test_the_summary_is_on_page_one_only(sites: tuple[Path, Path]) -> None:
    whole, paged = sites
    first = (paged / "people" / "pete-hegseth.html").read_text()
    second = (paged / "people" / "pete-hegseth" / "page" / "2.html").read_text()
    for part in ('id="overview"', 'id="companions"', "application/ld+json"):
        assert part in first and part not in second
    # the overview counts the whole record, as on the unpaginated page
    facts = re.compile(r'<dl class="facts">.*?</dl>', re.S)
    assert facts.search(first).group(0) == facts.search((whole / "people" / "pete-hegseth.html").read_text()).group(0)  # type: ignore[union-attr]


def test_the_pages_together_list_every_article_once_in_order(sites: tuple[Path, Path]) -> None:
    whole, paged = sites
    for folder in ("people", "organizations", "places"):
        for path in sorted((whole / folder).glob("*.html")):
            if path.name.startswith("index"):
                continue
            expected = _rows(path.read_text())
            extra = sorted((paged / folder / path.stem / "page").glob("*.html"), key=lambda p: int(p.stem))
            got = [row for p in [paged / folder / path.name, *extra] for row in _rows(p.read_text())]
            strip = re.compile(r'href="[./]*')
            assert [strip.sub("", r) for r in got] == [strip.sub("", r) for r in expected], path.name
            assert all(len(_rows(p.read_text())) <= PAGE_SIZE for p in [paged / folder / path.name, *extra])


def test_the_page_list_and_the_sitemap_have_every_page(tmp_path: Path, sites: tuple[Path, Path]) -> None:
    _, paged = sites
    written = {p.relative_to(paged).as_posix() for p in paged.rglob("*/page/*.html")}
    assert written
    sitemap = (paged / "sitemap.xml").read_text()
    assert all(f"/{path}<" in sitemap for path in written)
    content = _paginated(tmp_path)
    settings = load_settings(content)[0]
    builder = Builder(BuildOptions(content_dir=content, output_dir=tmp_path / "x"))
    _, registry, articles, _, _ = builder.load()
    index = SiteIndex(articles, registry)
    listed = {page_path(p) for p in all_pages(index, settings) if p.page > 1 and p.kind in ("person", "organization", "place")}
    assert listed == written


def test_summary_agrees_with_the_whole_lists(tmp_path: Path) -> None:
    builder = Builder(BuildOptions(content_dir=copy_fixture(tmp_path), output_dir=tmp_path / "x"))
    _, registry, articles, _, _ = builder.load()
    index = SiteIndex(articles, registry)
    for entity_id, _ in index.mentioned_entities():
        items = index.entity_articles(entity_id)
        summary = index.entity_summary(entity_id)
        dates = [i.article.meta.date for i in items]
        assert (summary.articles, summary.mentions, summary.first, summary.last) == (
            len(items), sum(i.count for i in items), min(dates), max(dates))
        assert list(summary.by_month) == index.mentions_by_month(entity_id)
        assert (summary.quotes, summary.turns) == (len(index.quotes_of(entity_id)), len(index.turns_of(entity_id)))
        assert index.entity_articles_range(entity_id, 1, 3) == items[1:3]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("kept", ["store", "memory"])  # a CLI build's state store; serve's Builder
@pytest.mark.parametrize("edit", ["remove", "unquote"])
def test_a_kept_build_of_a_paginated_site_equals_a_cold_one(tmp_path: Path, edit: str, kept: str) -> None:
    content = _paginated(tmp_path)
    site, cache = tmp_path / "site", tmp_path / "cache"
    options = BuildOptions(content_dir=content, output_dir=site, cache_dir=cache, in_place=kept == "memory")
    server = Builder(options)
    server.build()
    hegseth = [p for p in sorted((content / "articles").rglob("*.md")) if "Hegseth" in p.read_text()]
    if edit == "remove":  # pages of every entity it named go away or shift
        hegseth[0].unlink()
    else:  # its quotes are gone: fewer quotes, maybe fewer pages
        hegseth[-1].write_text(hegseth[-1].read_text().replace("“", "").replace("”", "").replace('"', ""))
    result = (server if kept == "memory" else Builder(options)).build()
    assert 0 < result.rendered < result.pages
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    Builder(BuildOptions(content_dir=content, output_dir=cold)).build()
    assert _files(site) == _files(cold)
