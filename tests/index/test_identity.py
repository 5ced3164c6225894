"""Cross-article identity: the fold over per-article summaries (table-driven, with negative cases)."""

from __future__ import annotations

import pytest

from site_builder.index.identity import (
    ArticleSummary,
    EntitySummary,
    acronym_fits,
    apply_fold,
    fold_summaries,
    organization_key,
    parse_person,
    summarize,
)
from site_builder.model.spans import Annotations, EntityRef, Mention, Quote
from site_builder.text import slugify

# An article: a list of (name, type) or (name, type, registered); ids are slugs of the names.
Article = list[tuple]


def _summary(article: Article) -> ArticleSummary:
    entities = []
    for item in article:
        name, kind, registered = (*item, False) if len(item) == 2 else item
        entities.append(EntitySummary(slugify(name), name, kind, registered, 2))
    return ArticleSummary(tuple(sorted(entities, key=lambda e: e.id)))


def folds_of(*articles: Article, acronyms: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    summaries = [_summary(a) for a in articles]
    if acronyms:
        summaries.append(ArticleSummary((), acronyms))
    return {source: fold.target for source, fold in fold_summaries(summaries).folds.items()}


P, ORG = "person", "organization"


@pytest.mark.parametrize("articles,expected", [
    # titles, middle initials, short forms and the surname alone: one person
    ([[("Antony J. Blinken", P)], [("Antony Blinken", P)], [("Tony Blinken", P)], [("Blinken", P)],
      [("Secretary Blinken", P)], [("Antony J. Blinken", P)]],
     {"antony-blinken": "antony-j-blinken", "tony-blinken": "antony-j-blinken", "blinken": "antony-j-blinken",
      "secretary-blinken": "antony-j-blinken"}),
    # "Jr." and a short form of the given name
    ([[("Joseph R. Biden Jr.", P)], [("Joseph R. Biden Jr.", P)], [("Joe Biden", P)], [("Biden", P)]],
     {"joe-biden": "joseph-r-biden-jr", "biden": "joseph-r-biden-jr"}),
    ([[("William J. Burns", P)], [("Bill Burns", P)]], {"bill-burns": "william-j-burns"}),
    # transliterations of one given name
    ([[("Sergey Lavrov", P)], [("Sergey Lavrov", P)], [("Sergei Lavrov", P)], [("Lavrov", P)]],
     {"sergei-lavrov": "sergey-lavrov", "lavrov": "sergey-lavrov"}),
    # particles belong to the surname
    ([[("Ursula von der Leyen", P)], [("von der Leyen", P)]], {"von-der-leyen": "ursula-von-der-leyen"}),
    # a word of a title the detector left in front of a known name
    ([[("John Kerry", P)], [("John Kerry", P)], [("Climate John Kerry", P)]], {"climate-john-kerry": "john-kerry"}),
    # two Smiths: nothing is folded, not even the surname
    ([[("John Smith", P)], [("Mary Smith", P)], [("Smith", P)]], {}),
    # a bare given name is never folded into a surname
    ([[("Antony Blinken", P)], [("Antony", P)], [("Tony", P)]], {}),
    ([[("Ned Price", P)], [("Ned", P)]], {}),
    # "Pat" is short for two full forms present with that surname
    ([[("Patricia Smith", P)], [("Patrick Smith", P)], [("Pat Smith", P)]], {}),
    # different middle initials or suffixes are different people, and then the plain name is ambiguous
    ([[("George W. Bush", P)], [("George H. W. Bush", P)], [("George Bush", P)], [("Bush", P)]], {}),
    ([[("John Smith Jr.", P)], [("John Smith Sr.", P)], [("John Smith", P)]], {}),
    # a full middle name is part of the name: John Quincy Adams is not John Adams
    ([[("John Quincy Adams", P)], [("John Adams", P)]], {}),
    # the registry wins: a registered id is never folded, a discovered one folds into it
    ([[("Blinken", P, True)], [("Antony Blinken", P)]], {}),
    ([[("Pete Hegseth", P, True)], [("Peter Hegseth", P)], [("Peter Hegseth", P)], [("Hegseth", P)]],
     {"peter-hegseth": "pete-hegseth", "hegseth": "pete-hegseth"}),
    ([[("Jane Roe", P, True)], [("Jane Roe", P, True), ("Jane A. Roe", P, True)]], {}),
    # people never fold into organizations
    ([[("Kerry Group", ORG)], [("Kerry", P)]], {}),
    # organizations: "X Department" = "Department of X", a leading "U.S." or "UN", British spelling
    ([[("State Department", ORG)], [("State Department", ORG)], [("Department of State", ORG)],
      [("U.S. Department of State", ORG)]],
     {"department-of-state": "state-department", "u-s-department-of-state": "state-department"}),
    ([[("Department of the Treasury", ORG)], [("Department of the Treasury", ORG)], [("Treasury Department", ORG)]],
     {"treasury-department": "department-of-the-treasury"}),
    ([[("World Food Programme", ORG)], [("World Food Programme", ORG)], [("UN World Food Program", ORG)]],
     {"un-world-food-program": "world-food-programme"}),
    ([[("U.S. Embassy", ORG)], [("Embassy", ORG)]], {}),
    ([[("Department of State", ORG)], [("Department of Defense", ORG)]], {}),
])
def test_fold(articles: list[Article], expected: dict[str, str]) -> None:
    assert folds_of(*articles) == expected


@pytest.mark.parametrize("defined,expected", [
    ((("USDA", "department-of-agriculture"),), {"usda": "department-of-agriculture"}),
    # defined as two different bodies: ambiguous, kept apart
    ((("USDA", "department-of-agriculture"), ("USDA", "united-states-dairy-association")), {}),
    # the acronym does not fit the name it follows (the detector's span was part of a longer name)
    ((("USDA", "europe"),), {}),
])
def test_acronyms(defined: tuple[tuple[str, str], ...], expected: dict[str, str]) -> None:
    articles = [[("Department of Agriculture", ORG), ("Europe", ORG), ("United States Dairy Association", ORG)],
                [("USDA", ORG)]]
    assert folds_of(*articles, acronyms=defined) == expected


@pytest.mark.parametrize("name,given,middles,surname,suffix", [
    ("Antony J. Blinken", "antoni", ("j",), "blinken", ""),
    ("Secretary of State Antony Blinken", "antoni", (), "blinken", ""),
    ("Joseph R. Biden, Jr.", "josef", ("r",), "biden", "jr"),
    ("George H.W. Bush", "george", ("h", "w"), "bush", ""),
    ("Ursula von der Leyen", "ursula", (), "von der leyen", ""),
    ("Blinken", "", (), "blinken", ""),
    ("Mr. Price", "", (), "price", ""),
])
def test_parse_person(name: str, given: str, middles: tuple[str, ...], surname: str, suffix: str) -> None:
    parsed = parse_person(name)
    assert parsed is not None
    assert (parsed.given, parsed.middles, parsed.surname, parsed.suffix) == (given, middles, surname, suffix)


@pytest.mark.parametrize("name,key", [
    ("State Department", "department:state"),
    ("Department of State", "department:state"),
    ("the U.S. Department of the Treasury", "department:treasury"),
    ("Foreign Ministry", "ministry:foreign"),
    ("World Food Programme", "world food program"),
    ("U.S. Embassy", None),
    ("NATO", None),
])
def test_organization_key(name: str, key: str | None) -> None:
    found = organization_key(name)
    assert (found[0] if found else None) == key


@pytest.mark.parametrize("acronym,name,fits", [
    ("USDA", "Department of Agriculture", True),
    ("OFAC", "Office of Foreign Assets Control", True),
    ("DoD", "Department of Defense", True),
    ("USAID", "U.S. Agency for International Development", True),
    ("OSCE", "Europe", False),
    ("RI", "Brown University", False),
])
def test_acronym_fits(acronym: str, name: str, fits: bool) -> None:
    assert acronym_fits(acronym, name) is fits


def test_summarize_finds_acronyms_defined_after_a_name() -> None:
    text = "The Department of Agriculture (USDA) and Jane Roe (D) met."
    start = text.index("Department")
    roe = text.index("Jane")
    annotations = Annotations(
        mentions=(Mention(start, start + 25, "Department of Agriculture", "organization", "department-of-agriculture"),
                  Mention(roe, roe + 8, "Jane Roe", "person", "jane-roe")),
        entities=(EntityRef("department-of-agriculture", "Department of Agriculture", "organization", False),
                  EntityRef("jane-roe", "Jane Roe", "person", False)))
    summary = summarize(text, annotations)
    assert summary.acronyms == (("USDA", "department-of-agriculture"),)
    assert [(e.id, e.mentions) for e in summary.entities] == [("department-of-agriculture", 1), ("jane-roe", 1)]


def test_apply_fold_rewrites_mentions_references_and_speakers() -> None:
    text = "Antony Blinken met the press. Blinken said: “Yes.”"
    full, short = Mention(0, 14, "Antony Blinken", "person", "antony-blinken"), Mention(30, 37, "Blinken", "person", "blinken")
    quote = Quote(44, 50, "“Yes.”", "q1", "Blinken", "blinken", 30, 37, "said")
    annotations = Annotations((full, short), (quote,), (EntityRef("antony-blinken", "Antony Blinken", "person", False),
                                                        EntityRef("blinken", "Blinken", "person", False)))
    fold = fold_summaries([summarize(text, annotations), _summary([("Antony Blinken", P)])])
    folded = apply_fold(annotations, fold)
    assert [m.entity for m in folded.mentions] == ["antony-blinken", "antony-blinken"]
    assert [r.id for r in folded.entities] == ["antony-blinken"]
    assert folded.quotes[0].speaker_entity == "antony-blinken"
    assert fold.folds["blinken"].reason == "surname"
    assert apply_fold(folded, fold) is folded  # nothing left to fold: the same object


def test_a_word_that_is_someones_given_name_is_not_folded_into_anothers_surname() -> None:
    # "Austin" is Lloyd Austin's surname and Austin Tice's given name: ambiguous, left apart
    assert folds_of([("Lloyd Austin", P)], [("Austin Tice", P)], [("Austin", P)]) == {}
    # without Austin Tice it folds
    assert folds_of([("Lloyd Austin", P)], [("Austin", P)]) == {"austin": "lloyd-austin"}
