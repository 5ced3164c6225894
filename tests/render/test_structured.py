"""JSON-LD on article and entity pages, OpenGraph/Twitter tags and canonical links, robots.txt and the sitemap."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from site_builder.render.structured import script_json
from tests.helpers import build, copy_fixture
from tests.render.conftest import graph_of, jsonld

BASE = "https://example.org/archive/"


@pytest.mark.parametrize("value", [
    "</script><script>alert(1)</script>",
    "<!-- comment --> & <b>bold</b>",
    "line\u2028separator\u2029end",
    "plain “quotes” and ‘apostrophes’",
    "",
])
def test_script_json_round_trips_and_cannot_close_the_script(value: str) -> None:
    out = str(script_json({"text": value, "list": [value]}))
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"text": value, "list": [value]}


def test_news_article_carries_the_named_fields(site: Path) -> None:
    graph = graph_of((site / "articles" / "senate-hearing.html").read_text())
    article = next(n for n in graph if n["@type"] == "NewsArticle")
    assert article["headline"] == "Senate panel questions Hegseth on *readiness*"
    assert article["datePublished"] == "2025-02-03" and article["dateModified"] == "2025-02-03"
    assert [a["name"] for a in article["author"]] == ["Jane Doe", "Omar Haddad"]
    assert article["publisher"] == {"@type": "Organization", "name": "Fixture Wire"}
    assert article["isBasedOn"] == "https://example.org/wire/senate-hearing"
    assert article["url"] == BASE + "articles/senate-hearing.html"
    mentioned = {m["@id"] for m in article["mentions"]}
    assert BASE + "people/pete-hegseth.html" in mentioned and BASE + "people/jack-reed.html" in mentioned
    assert all(m["@type"] in ("Person", "Organization", "Place") for m in article["mentions"])
    assert [a["@id"] for a in article["about"]] == [BASE + "people/pete-hegseth.html"]  # "Hegseth" is in the title
    for ref in article["mentions"]:  # every entity URL is a page the site has
        assert (site / ref["@id"].removeprefix(BASE)).is_file()


def test_quotations_name_speaker_and_article(site: Path) -> None:
    graph = graph_of((site / "articles" / "senate-hearing.html").read_text())
    quotes = [n for n in graph if n["@type"] == "Quotation"]
    assert quotes, "the article has quotes"
    first = quotes[0]
    assert first["text"] == "We will restore readiness across the force"  # no marks, no trailing comma
    assert first["spokenByCharacter"]["@id"] == BASE + "people/pete-hegseth.html"
    assert first["isPartOf"]["@id"] == BASE + "articles/senate-hearing.html"
    assert first["url"].startswith(BASE + "articles/senate-hearing.html#q-")


def test_person_page_has_same_as_and_job_title(site: Path) -> None:
    graph = graph_of((site / "people" / "pete-hegseth.html").read_text())
    person = graph[0]
    assert person["@type"] == "Person" and person["name"] == "Pete Hegseth"
    assert person["sameAs"] == ["https://en.wikipedia.org/wiki/Pete_Hegseth"]
    assert person["jobTitle"] == ["Secretary of Defense"]
    assert person["@id"] == BASE + "people/pete-hegseth.html"
    assert any(n["@type"] == "Quotation" and n["spokenByCharacter"]["@id"] == person["@id"] for n in graph[1:])


@pytest.mark.parametrize("path,kind,same_as", [
    ("organizations/department-of-defense.html", "Organization", ["https://www.wikidata.org/wiki/Q11209"]),
    ("organizations/nato.html", "Organization", None),
    ("places/brussels.html", "Place", None),
    ("people/trump.html", "Person", None),  # discovered, not in the registry
])
def test_entity_types_and_links(site: Path, path: str, kind: str, same_as: list[str] | None) -> None:
    node = graph_of((site / path).read_text())[0]
    assert node["@type"] == kind
    assert node.get("sameAs") == same_as
    assert "jobTitle" not in node or kind == "Person"


def test_markup_in_content_cannot_break_out_of_the_script(site: Path) -> None:
    html = (site / "articles" / "press-note.html").read_text()  # its title holds <script>alert(1)</script>
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block
    assert graph_of(html)[0]["headline"] == "A note on <script>alert(1)</script> & other tags"


@pytest.mark.parametrize("path", ["index.html", "archive/index.html", "quotes/index.html", "tags/index.html", "people/index.html", "search.html"])
def test_list_pages_have_no_structured_data(site: Path, path: str) -> None:
    assert jsonld((site / path).read_text()) == []


def test_opengraph_twitter_and_canonical_with_base_url(site: Path) -> None:
    html = (site / "articles" / "senate-hearing.html").read_text()
    for tag in (f'<link rel="canonical" href="{BASE}articles/senate-hearing.html">',
                '<meta property="og:type" content="article">',
                f'<meta property="og:url" content="{BASE}articles/senate-hearing.html">',
                '<meta property="og:title" content="Senate panel questions Hegseth on *readiness* · Fixture Archive">',
                '<meta property="og:description" content="Senators pressed the Defense Secretary on readiness.">',
                '<meta property="article:published_time" content="2025-02-03">',
                '<meta name="twitter:card" content="summary">'):
        assert tag in html, tag


def test_no_canonical_or_opengraph_without_base_url(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    (content / "site.yaml").write_text((content / "site.yaml").read_text().replace("base_url: https://example.org/archive/\n", ""))
    assert build(content, tmp_path / "site") == 0
    html = (tmp_path / "site" / "articles" / "senate-hearing.html").read_text()
    assert 'rel="canonical"' not in html and "og:" not in html and "twitter:" not in html
    article = graph_of(html)[0]
    assert article["url"] == "senate-hearing.html"  # relative without a base_url
    assert article["mentions"][0]["@id"].startswith("../")
    assert not (tmp_path / "site" / "sitemap.xml").exists()
    assert "Sitemap:" not in (tmp_path / "site" / "robots.txt").read_text()


def test_robots_names_the_sitemap(site: Path) -> None:
    robots = (site / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert f"Sitemap: {BASE}sitemap.xml" in robots.splitlines()


def test_sitemap_lists_every_html_page_but_404_and_duplicates(site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert len(locs) == len(set(locs))
    paths = {loc.removeprefix(BASE) for loc in locs}
    html = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert paths == {p for p in html if p != "404.html" and "/index-az" not in p}


def test_sitemap_is_a_page_kind(tmp_path: Path) -> None:
    """The sitemap comes from render/pages like every page, so serve's incremental build keeps it right."""
    from site_builder.build import Builder, BuildOptions
    from site_builder.render.urls import PageId, page_path

    assert page_path(PageId("sitemap")) == "sitemap.xml"
    content = copy_fixture(tmp_path)
    builder = Builder(BuildOptions(content, tmp_path / "site", in_place=True))
    builder.build()
    (content / "articles" / "fresh.md").write_text("---\ntitle: Fresh\ndate: 2025-03-01\n---\n\nA fresh article.\n")
    result = builder.build()
    assert "sitemap.xml" in result.written
    assert f"{BASE}articles/fresh.html" in (tmp_path / "site" / "sitemap.xml").read_text()
    assert build(content, tmp_path / "cold") == 0  # and a cold build of the same content agrees
    assert (tmp_path / "cold" / "sitemap.xml").read_bytes() == (tmp_path / "site" / "sitemap.xml").read_bytes()


@pytest.mark.parametrize("title,expected", [
    ("Hegseth speaks to the US", ["pete-hegseth", "united-states"]),
    ("Talks to discuss the budget", ["pete-hegseth"]),  # "us" inside "discuss" names nobody: the most mentioned
    ("Pete Hegseth's first day", ["pete-hegseth"]),
])
def test_about_is_who_the_title_names_by_whole_words(title: str, expected: list[str]) -> None:
    from types import SimpleNamespace

    from site_builder.index.records import EntityInfo
    from site_builder.model.spans import Mention
    from site_builder.render.structured import about

    mentions = (Mention(0, 2, "US", "place", "united-states"), Mention(3, 10, "Hegseth", "person", "pete-hegseth"))
    article = SimpleNamespace(meta=SimpleNamespace(title=title), annotations=SimpleNamespace(mentions=mentions))
    entities = [(EntityInfo("pete-hegseth", "Pete Hegseth", "person", None), 5), (EntityInfo("united-states", "United States", "place", None), 2)]
    assert [info.id for info in about(article, entities)] == expected
