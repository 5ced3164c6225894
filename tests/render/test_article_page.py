"""Article pages: who is in the article, where it comes from; entity timelines; quote excerpts in lists; 404."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from site_builder.index.records import EntityInfo
from site_builder.model.spans import Quote
from site_builder.render.env import STATIC_DIR
from site_builder.render.pages import article_cast, timeline


def _section(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_cast_panel_lists_entities_with_roles_and_who_is_quoted(site: Path) -> None:
    panel = _section((site / "articles" / "senate-hearing.html").read_text(), '<aside class="cast"', "</aside>")
    assert "Who is in this article" in panel
    people = _section(panel, "<h3 class=\"cast-kind\">People</h3>", "</ul>")
    assert re.search(r'href="\.\./people/pete-hegseth\.html">Pete Hegseth</a> <span class="role">Secretary of Defense, '
                     r'Department of Defense</span> <span class="count">2 mentions</span>', people)
    assert "Armed Services Committee" in _section(panel, "Organizations</h3>", "</ul>")
    assert "Europe" in _section(panel, "Places</h3>", "</ul>")
    quoted = _section(panel, "Quoted</h3>", "</ul>")
    assert re.search(r"Jack Reed</a> <span class=\"count\">2 quotes</span>", quoted)


def test_an_article_without_quotes_has_no_quoted_list(site: Path) -> None:
    panel = _section((site / "articles" / "press-note.html").read_text(), '<aside class="cast"', "</aside>")
    assert "Quoted</h3>" not in panel and "Department of Defense" in panel


def _info(entity_id: str, name: str, kind: str = "person") -> EntityInfo:
    return EntityInfo(entity_id, name, kind, None)


def test_cast_counts_quotes_per_speaker_entity_and_per_description() -> None:
    infos = {"pete-hegseth": _info("pete-hegseth", "Pete Hegseth"), "nato": _info("nato", "NATO", "organization")}
    quotes = (Quote(0, 1, "a", "q-1", "Hegseth", "pete-hegseth"), Quote(2, 3, "b", "q-2", "Secretary Hegseth", "pete-hegseth"),
              Quote(4, 5, "c", "q-3", "an aide", None), Quote(6, 7, "d", "q-4", None, None))
    article = SimpleNamespace(entity_counts=(("nato", 3), ("pete-hegseth", 5), ("unknown", 1)),
                              annotations=SimpleNamespace(quotes=quotes))
    cast = article_cast(article, SimpleNamespace(entity=infos.get))
    assert [(m.info.id, m.mentions) for m in cast.by_type["person"]] == [("pete-hegseth", 5)]
    assert [(m.info.id, m.mentions) for m in cast.by_type["organization"]] == [("nato", 3)]
    assert [(s.name, s.quotes, s.info is not None) for s in cast.speakers] == [("Pete Hegseth", 2, True), ("an aide", 1, False)]


def test_source_licence_and_original_url_are_shown(site: Path) -> None:
    footer = _section((site / "articles" / "senate-hearing.html").read_text(), '<footer class="provenance">', "</footer>")
    assert "<dt>Source</dt><dd>Fixture Wire</dd>" in footer
    assert '<a class="original-url" href="https://example.org/wire/senate-hearing" rel="external noopener">https://example.org/wire/senate-hearing</a>' in footer
    assert '<dd class="license">CC BY 4.0</dd>' in footer
    note = _section((site / "articles" / "press-note.html").read_text(), '<footer class="provenance">', "</footer>")
    assert "<dt>Source</dt><dd>Not stated</dd>" in note and "Original" not in note


def test_a_person_seen_in_one_month_gets_a_sentence_not_a_one_bar_chart(site: Path) -> None:
    html = (site / "people" / "mark-rutte.html").read_text()
    assert '<p class="timeline-note">All 2 mentions are from December 2024.</p>' in html
    assert "<svg" not in html and "Dec 2024 – Dec 2024" not in html
    hegseth = (site / "people" / "pete-hegseth.html").read_text()
    assert "<svg" in hegseth and "Jan 2025 – Feb 2025" in hegseth


@pytest.mark.parametrize("by_month,single", [
    ([], False),
    ([(__import__("datetime").date(2025, 1, 1), 3)], True),
    ([(__import__("datetime").date(2025, 1, 1), 3), (__import__("datetime").date(2025, 3, 1), 1)], False),
])
def test_timeline_single_month(by_month: list, single: bool) -> None:
    assert timeline(by_month).single_month is single


@pytest.mark.parametrize("path", ["quotes/index.html", "people/pete-hegseth.html", "people/jack-reed.html"])
def test_quote_excerpts_in_lists_drop_the_trailing_comma(site: Path, path: str) -> None:
    quotes = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", (site / path).read_text(), re.S)
    assert quotes
    assert not [q for q in quotes if re.search(r"[,;:]\s*(”|&#34;|&quot;|\")\s*$", q)]


def test_the_icon_is_glued_to_the_name() -> None:
    css = (STATIC_DIR / "style.css").read_text()
    rule = re.search(r"\.mention::before \{([^}]*)\}", css).group(1)
    assert 'content: "\\2060"' in rule and "display: inline;" in rule  # word joiner: no break after the icon
