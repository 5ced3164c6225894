"""find_entities: table-driven spans, negative cases, linking, and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.annotate.entities import find_entities
from site_builder.load.registry import load_registry
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.entities.helpers import spans

ROOT = Path(__file__).resolve().parents[3]


# (text, expected (surface, type, id) triples that must be found)
FOUND = [
    ("Defense Minister Israel Katz spoke.", [("Israel Katz", "person", "israel-katz")]),
    ("A statement from Spokesman John Ullyot followed.", [("John Ullyot", "person", "john-ullyot")]),
    ("The talks included President Trump on Monday.", [("Trump", "person", "trump")]),
    ("Yesterday Sen. Jane Corwell objected.", [("Jane Corwell", "person", "jane-corwell")]),
    ("They met Mr. Albrecht at noon.", [("Albrecht", "person", "albrecht")]),
    ("The Department of Defense said so.", [("Department of Defense", "organization", "department-of-defense")]),
    ("It was approved by the Senate late on Friday.", [("Senate", "organization", "united-states-senate")]),
    ("Officials from NATO arrived.", [("NATO", "organization", "north-atlantic-treaty-organization")]),
    ("He flew to France and then to Texas.", [("France", "place", "france"), ("Texas", "place", "texas")]),
    ("Troops left the U.S. in May.", [("U.S.", "place", "united-states")]),
    ("A report by the Greek Orthodox Church appeared.", [("Greek Orthodox Church", "organization", "greek-orthodox-church")]),
    ("She visited the Gulf of Mexico.", [("Gulf of Mexico", "place", "gulf-of-mexico")]),
    ("He admired George W. Bush greatly.", [("George W. Bush", "person", "george-w-bush")]),
    ("A spokesman for Ursula von der Leyen replied.", [("Ursula von der Leyen", "person", "ursula-von-der-leyen")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds(text, expected):
    found = spans(text)
    for item in expected:
        assert item in found, (item, found)


# (text, surfaces that must NOT be a mention, nor a mention's part)
NOT_FOUND = [
    ("Israel Katz met the press.", ["Israel"]),
    ("Defense Minister Israel Katz met the press.", ["Israel", "Defense Minister Israel Katz"]),
    ("Earlier this week, the talks ended.", ["Earlier"]),
    ("Both leaders agreed.", ["Both"]),
    ("The statement was short.", ["The", "The statement"]),
    ("On Monday, in January, the vote failed.", ["Monday", "January", "On Monday"]),
    ("Residents said the storm came in March.", ["Residents", "March"]),
    ("Hopefully nothing changes.", ["Hopefully"]),
    ("Netanyahu’s office issued a statement.", ["Netanyahu’s", "Netanyahu’s office"]),
]


@pytest.mark.parametrize(("text", "refused"), NOT_FOUND)
def test_refuses(text, refused):
    found = [s for s, _, _ in spans(text)]
    for surface in refused:
        assert surface not in found, (surface, found)


def test_israel_is_a_place_alone_and_a_person_in_a_name():
    text = "Israel Katz said Israel would respond."
    mentions, _ = find_entities(text, EMPTY_REGISTRY)
    assert [(m.text, m.type) for m in mentions] == [("Israel Katz", "person"), ("Israel", "place")]


def test_possessives_link_without_the_s():
    text = "Benjamin Netanyahu spoke. Netanyahu's office and Netanyahu’s aides agreed."
    found = spans(text)
    assert found.count(("Netanyahu", "person", "benjamin-netanyahu")) == 2


LINKING = [
    ("Pete Hegseth arrived. Hegseth spoke. Secretary Hegseth left. Mr. Hegseth returned.", "Hegseth", "pete-hegseth", 3),
    ("Prime Minister Benjamin Netanyahu called. Later the Prime Minister congratulated him.", "Prime Minister",
     "benjamin-netanyahu", 1),
    ("Hegseth spoke first. Then Pete Hegseth left.", "Hegseth", "pete-hegseth", 1),
]


@pytest.mark.parametrize(("text", "surface", "ident", "count"), LINKING)
def test_links_short_forms(text, surface, ident, count):
    assert spans(text).count((surface, "person", ident)) == count


def test_ambiguous_surname_is_not_guessed():
    text = "Hegseth began. John Hegseth arrived, and Mary Hegseth left."
    found = spans(text)
    assert ("Hegseth", "person", "john-hegseth") not in found
    assert ("Hegseth", "person", "mary-hegseth") not in found


def test_ambiguous_role_is_not_linked():
    text = "President Anna Kowalczyk met President Jorge Ramirez. The President then left."
    assert ("President", "person", "anna-kowalczyk") not in spans(text)
    assert ("President", "person", "jorge-ramirez") not in spans(text)


def test_same_name_same_id_across_articles():
    a, _ = find_entities("Defense Minister Israel Katz spoke.", EMPTY_REGISTRY)
    b, _ = find_entities("Israel Katz, the minister, spoke. Katz left.", EMPTY_REGISTRY)
    assert {m.entity for m in a} == {"israel-katz"}
    assert {m.entity for m in b if m.type == "person"} == {"israel-katz"}


def test_entity_refs_one_per_entity():
    _, refs = find_entities("Pete Hegseth met Hegseth's staff in Israel.", EMPTY_REGISTRY)
    assert sorted((r.id, r.name, r.type, r.registered) for r in refs) == [
        ("israel", "Israel", "place", False), ("pete-hegseth", "Pete Hegseth", "person", False)]


def test_pure_and_sorted():
    text = "Pete Hegseth met Israel Katz in Washington."
    first = find_entities(text, EMPTY_REGISTRY)
    assert first == find_entities(text, EMPTY_REGISTRY)
    starts = [m.start for m in first[0]]
    assert starts == sorted(starts)


def test_paragraphs_are_not_crossed():
    text = "It ended with Pete\n\nHegseth leaving."
    assert all("\n" not in m.text for m in find_entities(text, EMPTY_REGISTRY)[0])


# ---- the seed article ------------------------------------------------------------------------

def seed_text() -> str:
    raw = (ROOT / "content" / "articles" / "000_d7265a5f06d2b972.txt").read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    if first.startswith("date "):
        first = first.split(None, 2)[2] if len(first.split(None, 2)) > 2 else ""
        raw = (first + "\n" + rest).strip() if first else rest.strip()
    return raw


def test_seed_with_registry():
    registry, warnings = load_registry(ROOT / "content")
    assert warnings == []
    text = seed_text()
    mentions, refs = find_entities(text, registry)
    by_id: dict[str, list[str]] = {}
    for m in mentions:
        by_id.setdefault(m.entity, []).append(m.text)
    expected = {"pete-hegseth", "israel-katz", "john-ullyot", "benjamin-netanyahu", "donald-trump",
                "department-of-defense", "united-states-senate", "united-states", "israel"}
    assert expected <= set(by_id)
    assert {r.id for r in refs if r.registered} >= expected
    # every "Hegseth" is linked, including "Secretary Hegseth"
    hegseth = [i for i in range(len(text)) if text.startswith("Hegseth", i)]
    linked = {m.start for m in mentions if m.entity == "pete-hegseth"}
    covered = {i for i in hegseth if any(m.start <= i < m.end and m.entity == "pete-hegseth" for m in mentions)}
    assert covered == set(hegseth), (hegseth, linked)
    # "President Trump" -> donald-trump; "Netanyahu’s office" -> benjamin-netanyahu
    assert by_id["donald-trump"].count("Trump") + by_id["donald-trump"].count("President Trump") == 2
    at = text.index("Netanyahu’s office")
    assert any(m.start == at and m.text == "Netanyahu" and m.entity == "benjamin-netanyahu" for m in mentions)
    # "Israel" (the country) is never a mention inside "Israel Katz"
    katz = text.index("Israel Katz")
    assert not any(m.entity == "israel" and katz <= m.start < katz + len("Israel Katz") for m in mentions)
    assert any(m.start == katz and m.entity == "israel-katz" for m in mentions)


def test_seed_with_empty_registry_finds_the_five_people():
    text = seed_text()
    mentions, _ = find_entities(text, EMPTY_REGISTRY)
    people = {m.entity for m in mentions if m.type == "person"}
    assert {"pete-hegseth", "israel-katz", "john-ullyot", "benjamin-netanyahu"} <= people
    assert any(m.text == "Trump" and m.type == "person" for m in mentions)
    # linked within the article: all Hegseth mentions share one id
    assert {m.entity for m in mentions if "Hegseth" in m.text} == {"pete-hegseth"}
    assert {m.entity for m in mentions if "Netanyahu" in m.text} == {"benjamin-netanyahu"}
    katz = text.index("Israel Katz")
    assert not any(m.type == "place" and katz <= m.start < katz + 11 for m in mentions)
