"""`build` end to end on the fixture archive: links, determinism, no rewrite, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.helpers import FIXTURE, SHARED, build, copy_fixture, snapshot


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def broken_links(site: Path) -> list[str]:
    """Every internal href/src must name an existing file (never a bare folder), and fragments must exist."""
    problems = []
    pages = {p: _parse(p) for p in site.rglob("*.html") if p.name != "404.html"}
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                problems.append(f"{page.relative_to(site)}: {link} -> missing file")
            elif site.resolve() not in target.parents:
                problems.append(f"{page.relative_to(site)}: {link} -> outside the site")
            elif parts.fragment and target.suffix == ".html":
                ids = pages.get(target, None) or _parse(target)
                if parts.fragment not in ids.ids:
                    problems.append(f"{page.relative_to(site)}: {link} -> no id {parts.fragment!r}")
    return problems


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_fixture_builds_and_every_link_resolves(tmp_path: Path) -> None:
    assert build(FIXTURE, tmp_path / "site") == 0
    site = tmp_path / "site"
    for required in ("index.html", "404.html", ".nojekyll", "feed.xml", "search.html", "archive/index.html",
                     "people/index.html", "organizations/index.html", "places/index.html", "quotes/index.html",
                     "tags/index.html", "data/annotations.json", "assets/style.css", "sitemap.xml"):
        assert (site / required).is_file(), required
    assert broken_links(site) == []


def test_no_link_is_absolute_or_a_bare_folder(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    for page in (tmp_path / "site").rglob("*.html"):
        if page.name == "404.html":
            continue
        for link in _parse(page).links:
            if urlsplit(link).scheme in ("http", "https"):
                continue  # outside links: sources, Wikipedia
            assert not link.startswith("/"), f"{page}: {link}"
            assert not urlsplit(link).path.endswith("/"), f"{page}: {link}"


def test_404_links_from_the_base_path(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    html = (tmp_path / "site" / "404.html").read_text()
    assert 'href="/archive/assets/style.css"' in html  # base_url https://example.org/archive/


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "a")
    build(FIXTURE, tmp_path / "b")
    a = {k: v[0] for k, v in snapshot(tmp_path / "a").items()}
    b = {k: v[0] for k, v in snapshot(tmp_path / "b").items()}
    assert a == b


def test_second_build_writes_nothing(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    before = snapshot(tmp_path / "site")
    build(FIXTURE, tmp_path / "site")
    assert snapshot(tmp_path / "site") == before  # same bytes, same inodes, same mtimes


def test_an_edit_rewrites_only_what_changed(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    build(content, tmp_path / "site")
    before = snapshot(tmp_path / "site")
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    build(content, tmp_path / "site")
    after = snapshot(tmp_path / "site")
    changed = {k for k in after if after[k] != before.get(k)}
    assert "articles/press-note.html" in changed
    assert "articles/senate-hearing.html" not in changed


def test_text_from_articles_is_escaped(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    site = tmp_path / "site"
    for path in ("articles/press-note.html", "index.html", "archive/2025-01.html", "tags/notes.html"):
        html = (site / path).read_text()
        assert "<script>alert(1)</script>" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
    assert "<script>alert" not in (site / "feed.xml").read_text()


def test_markdown_raw_html_is_shown_as_text(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "raw.md").write_text(
        '---\ntitle: Raw\ndate: 2025-03-01\n---\n\nHello <img src=x onerror=alert(1)> and [x](javascript:alert(1)).\n')
    build(content, tmp_path / "site")
    html = (tmp_path / "site" / "articles" / "raw.html").read_text()
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert 'href="javascript:' not in html


def test_plain_article_title_is_derived_and_front_matter_overrides(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    seed = (tmp_path / "site" / "articles" / "hegseth-katz-call.html").read_text()
    assert re.search(r"<h1>US Secretary of Defense Pete Hegseth on Wednesday held an introductory call", seed)
    note = (tmp_path / "site" / "articles" / "press-note.html").read_text()
    assert "<h1>A note on &lt;script&gt;" in note


def test_prev_next_follow_dates(tmp_path: Path) -> None:
    build(FIXTURE, tmp_path / "site")
    seed = (tmp_path / "site" / "articles" / "hegseth-katz-call.html").read_text()
    assert 'rel="prev" href="press-note.html"' in seed
    assert 'rel="next" href="senate-hearing.html"' in seed


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not beside the project")
def test_shared_corpus_builds_without_error(tmp_path: Path) -> None:
    assert build(SHARED / "corpus", tmp_path / "site") == 0
    assert len(list((tmp_path / "site" / "articles").glob("*.html"))) == 1970
    assert broken_links(tmp_path / "site") == []  # ~10,000 pages at real scale


def test_rendering_in_processes_gives_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import site_builder.render.pool as pool_module

    build(FIXTURE, tmp_path / "one")
    monkeypatch.setattr(pool_module, "PARALLEL_RENDER_THRESHOLD", 1)
    assert build(FIXTURE, tmp_path / "many", "--workers", "2") == 0
    one = {k: v[0] for k, v in snapshot(tmp_path / "one").items()}
    many = {k: v[0] for k, v in snapshot(tmp_path / "many").items()}
    assert one == many


def test_a_template_error_in_a_render_process_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    import site_builder.build as build_module
    import site_builder.render.pool as pool_module
    from site_builder.render.env import TEMPLATE_DIR

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, templates)
    (templates / "article.html").write_text((templates / "article.html").read_text().replace(
        "{{ article.meta.title }}</h1>", "{{ article.meta.no_such_field }}</h1>"))
    monkeypatch.setattr(pool_module, "PARALLEL_RENDER_THRESHOLD", 1)
    options = build_module.BuildOptions(content_dir=FIXTURE, output_dir=tmp_path / "site", template_dir=templates, workers=2)
    with pytest.raises(build_module.BuildError) as caught:
        build_module.Builder(options).build()
    assert "article.html" in str(caught.value) and "no_such_field" in str(caught.value)
    assert not (tmp_path / "site").exists()
