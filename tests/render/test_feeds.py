"""Atom feeds per person, organization, place and tag, and of quotes: valid, stable, latest N only."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import feedparser
import pytest

from tests.helpers import build, copy_fixture

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\Z")
FEEDS = ["feed.xml", "feeds/people/pete-hegseth.xml", "feeds/organizations/nato.xml", "feeds/places/israel.xml",
         "feeds/tags/defense.xml", "feeds/quotes.xml"]


def strict_atom_problems(data: bytes) -> list[str]:
    """What RFC 4287 requires and feedparser forgives: ids, titles, updated, authors, alternate links."""
    root = ET.fromstring(data)
    problems = []
    if root.tag != ATOM + "feed":
        return ["root is not atom:feed"]

    def need(el: ET.Element, name: str, where: str) -> None:
        found = el.findall(ATOM + name)
        if len(found) != 1 or not (found[0].text or "").strip():
            problems.append(f"{where}: exactly one non-empty atom:{name} required")

    for name in ("id", "title", "updated"):
        need(root, name, "feed")
    entries = root.findall(ATOM + "entry")
    feed_author = root.find(ATOM + "author") is not None
    for i, entry in enumerate(entries):
        for name in ("id", "title", "updated"):
            need(entry, name, f"entry {i}")
        if not feed_author and entry.find(ATOM + "author") is None:
            problems.append(f"entry {i}: no author and the feed has none")
        if entry.find(ATOM + "content") is None and not any(link.get("rel", "alternate") == "alternate" for link in entry.findall(ATOM + "link")):
            problems.append(f"entry {i}: no content and no alternate link")
    for el in root.iter():
        if el.tag in (ATOM + "updated", ATOM + "published") and not RFC3339.match(el.text or ""):
            problems.append(f"{el.tag}: {el.text!r} is not an RFC 3339 date-time")
        if el.tag == ATOM + "id" and not re.match(r"[a-z][a-z0-9+.-]*:", el.text or ""):
            problems.append(f"id {el.text!r} is not an absolute IRI")
    ids = [e.findtext(ATOM + "id") for e in entries]
    if len(ids) != len(set(ids)):
        problems.append("two entries share an id")
    return problems


@pytest.mark.parametrize("path", FEEDS)
def test_feed_parses_and_is_strictly_valid(site: Path, path: str) -> None:
    data = (site / path).read_bytes()
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title and parsed.feed.id and parsed.entries
    assert strict_atom_problems(data) == []


def test_every_feed_in_the_site_is_valid(site: Path) -> None:
    feeds = sorted(site.glob("feeds/**/*.xml"))
    assert len(feeds) > 10
    for path in feeds:
        assert not feedparser.parse(path.read_bytes()).bozo, path
        assert strict_atom_problems(path.read_bytes()) == [], path


def test_person_feed_lists_the_articles_that_mention_them(site: Path) -> None:
    parsed = feedparser.parse((site / "feeds/people/pete-hegseth.xml").read_bytes())
    assert parsed.feed.title == "Pete Hegseth · Fixture Archive"
    assert [e.link for e in parsed.entries] == ["https://example.org/archive/articles/senate-hearing.html",
                                                  "https://example.org/archive/articles/hegseth-katz-call.html"]
    assert parsed.feed.updated == "2025-02-03T00:00:00Z"  # the newest article's date, not the build time
    assert parsed.feed.link == "https://example.org/archive/people/pete-hegseth.html"


def test_quotes_feed_names_speakers_and_links_to_the_quote(site: Path) -> None:
    parsed = feedparser.parse((site / "feeds/quotes.xml").read_bytes())
    first = parsed.entries[0]
    assert first.title.startswith("Pete Hegseth: ")
    assert "#q-" in first.link and first.title.rstrip("”\"").endswith("force")  # the trailing comma is dropped


@pytest.mark.parametrize("page,feed", [
    ("people/pete-hegseth.html", "../feeds/people/pete-hegseth.xml"),
    ("organizations/nato.html", "../feeds/organizations/nato.xml"),
    ("places/israel.html", "../feeds/places/israel.xml"),
    ("tags/defense.html", "../feeds/tags/defense.xml"),
    ("quotes/index.html", "../feeds/quotes.xml"),
])
def test_pages_link_their_feed_as_alternate(site: Path, page: str, feed: str) -> None:
    html = (site / page).read_text()
    assert re.search(rf'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="{re.escape(feed)}">', html)
    assert (site / page).parent.joinpath(feed).resolve().is_file()


def test_feeds_hold_only_the_latest_n_and_ids_are_stable(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    (content / "site.yaml").write_text((content / "site.yaml").read_text() + "feed_articles: 1\n")
    assert build(content, tmp_path / "one") == 0
    assert build(content, tmp_path / "two") == 0
    for path in ("feed.xml", "feeds/people/pete-hegseth.xml", "feeds/quotes.xml", "feeds/tags/defense.xml"):
        first = (tmp_path / "one" / path).read_bytes()
        assert first == (tmp_path / "two" / path).read_bytes()  # same content, same bytes: no clock, stable ids
        assert len(feedparser.parse(first).entries) == 1
    hegseth = feedparser.parse((tmp_path / "one" / "feeds/people/pete-hegseth.xml").read_bytes())
    assert hegseth.entries[0].link.endswith("senate-hearing.html")  # the newest


def test_an_entry_keeps_its_id_across_feeds_and_edits(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    assert build(content, tmp_path / "before") == 0
    note = content / "articles" / "2025" / "senate-hearing.md"
    note.write_text(note.read_text().replace("Senators pressed", "Senators questioned"))
    assert build(content, tmp_path / "after") == 0

    def ids(site: Path, path: str) -> dict[str, str]:
        return {e.link: e.id for e in feedparser.parse((site / path).read_bytes()).entries}

    before = ids(tmp_path / "before", "feed.xml")
    assert before == ids(tmp_path / "after", "feed.xml")
    person = ids(tmp_path / "after", "feeds/people/pete-hegseth.xml")
    assert all(before[link] == entry_id for link, entry_id in person.items())
    assert all(i.startswith("urn:uuid:") for i in before.values())


def test_updated_comes_from_article_dates(site: Path) -> None:
    root = ET.parse(site / "feeds" / "tags" / "defense.xml").getroot()
    entries = [datetime.fromisoformat(e.findtext(ATOM + "updated").replace("Z", "+00:00")) for e in root.findall(ATOM + "entry")]
    feed_updated = datetime.fromisoformat(root.findtext(ATOM + "updated").replace("Z", "+00:00"))
    assert feed_updated == max(entries)
