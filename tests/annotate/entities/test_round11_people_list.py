"""Round 11 classes (corpus people list, ranks 861-920): words that are no one though capitalised.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.branches import group_branches
from site_builder.annotate.entities.claims import SINGLE, Claim
from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.names import name_table
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,expected", [
    # a contraction after a titled name is no second name of the list, whichever apostrophe
    ("I spoke with Foreign Minister Dravik, and I’ll speak tonight with Secretary Holm.", ["Dravik", "Holm"]),
    ("I spoke with Foreign Minister Dravik, and I'll speak tonight.", ["Dravik"]),
    ("Let me thank Mr. Orlan, and I’ve asked him to stay.", ["Orlan"]),
    ("We met Minister Dravik, and We’re grateful.", ["Dravik"]),
    ("We met Minister Dravik, and It’s clear he agrees.", ["Dravik"]),
    # negatives: an apostrophe before a capital is inside a name; a real titled list stays
    ("Sens. Warrick, Malkey and O’Brannan agreed.", ["Warrick", "Malkey", "O’Brannan"]),
])
def test_contractions_are_no_names(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title's fragment: what is left of "Chief Executive" after its title word
    ("We share grave concern over the selection process for the Chief Executive in Hong Kong.", []),
    ("We urge the new Chief Executive to respect protected rights.", []),
    # named chairs: neither the chair nor its namesake is a person
    ("Members. Lina Varro is Ford Professor in the MIT Department of Economics.", ["Lina Varro"]),
    ("Dr. Tomas Brede is the Henry A. Kissinger Distinguished Professor of Global Affairs at Yale University.",
     ["Tomas Brede"]),
    ("He won the MIT MacVicar Faculty Fellowship in 2019, said Dr. Tomas Brede.", ["Tomas Brede"]),
    # negatives: a title before a name, a chair word before a name, a title before a surname
    ("Nobel Laureate Professor Muhammad Orun faces charges.", ["Muhammad Orun"]),
    ("Chief Justice Harlan Roark spoke.", ["Harlan Roark"]),
    ("Professor Lina Hart said the study was sound.", ["Lina Hart"]),
])
def test_title_fragments_and_named_chairs_are_no_one(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text,name", [
    ("The Department is designating one Singapore-based entity, Everwin Ship Management Pte. Ltd., which "
     "has engaged in the transport of oil.", "Everwin Ship Management Pte"),
    ("Also designated is Radio Engineering JSC, a maker of radios.", "Radio Engineering JSC"),
    ("The firm Severgroup Limited is owned by Alexei Mordashov.", "Severgroup Limited"),
    ("This includes 17 members of the board of PJSC Sovcombank, a designated entity.", "PJSC Sovcombank"),
])
def test_company_forms_make_organizations(text: str, name: str) -> None:
    assert (name, "organization") in [(t, k) for t, k, _ in spans(text)]


@pytest.mark.parametrize("text,kind", [
    ("the leader of ISIS-Mozambique, led", "organization"),
    ("attacks by ISIS-K in Kabul", "organization"),
    ("ISIS-West Africa claimed it", "organization"),
    # negatives: a double-barrelled name, a group's name with a lower-case tail, no known group
    ("Marta Ford-Hale spoke", "person"),
    ("an ISIS-linked cell", "person"),
    ("Anna Vey-Mozambique spoke", "person"),
])
def test_group_branch_by_place_is_an_organization(text: str, kind: str) -> None:
    words = text.split()
    name = next(w.rstrip(",") for w in words if "-" in w and w[0].isupper())
    start = text.index(name)
    end = start + len(name)
    if text[end:end + 2].strip()[:1].isupper():  # "ISIS-West Africa"
        end = text.index(" ", end + 1)
    hits = [Claim(start, end, SINGLE, "person", None, words=tuple(text[start:end].split()))]
    group_branches(text, hits, name_table(EMPTY_REGISTRY), lexicon())
    assert hits[0].type == kind


@pytest.mark.parametrize("text,absent", [
    # a work's title after its noun and a comma, opening with a word the archive writes in lower case
    ("The panel will preview the April 2022 ACPD special report, Exploring U.S. Public Diplomacy’s Domestic "
     "Dimensions: Purviews, Publics, and Policies.", "Exploring U.S. Public Diplomacy"),
    ("She wrote a memoir titled Building Bridges Together in 2019.", "Building Bridges Together"),
    # a quoted motto of single capitalised words
    ("In the spirit of “Liberté, Égalité, and Fraternité,” the United States cherishes its ties with France.",
     "Fraternité"),
])
def test_work_titles_and_mottos_are_no_one(text: str, absent: str) -> None:
    assert absent not in people(text)


@pytest.mark.parametrize("text,person", [
    # negatives: a capitalised name after "report," is still a person; a quoted pair of given names
    ("In the report, Smith wrote that the plan failed.", "Smith"),
    ("According to the report, Maria Tidemand resigned on Monday.", "Maria Tidemand"),
    ("The fans chanted “Maria, Maria and Maria” for Maria Oberlin all night.", "Maria Oberlin"),
])
def test_people_after_work_nouns_and_in_quotes_stay(text: str, person: str) -> None:
    assert person in people(text)


def test_hyphenated_honorific_links_to_the_full_name() -> None:
    text = ("Secretary Lloyd Holm welcomed Dr. Subrahmanyam Varadakar, the Indian minister. Holm said: we thank "
            "my esteemed colleague, Dr. Varadakar-ji, for coming.")
    ids = {t: i for t, kind, i in spans(text) if kind == "person"}
    assert ids["Varadakar-ji"] == ids["Subrahmanyam Varadakar"]


def test_korean_given_name_keeps_its_syllable() -> None:
    text = "Kim Hye-ji won gold. Lee Min-ji took silver."
    ids = {t: i for t, kind, i in spans(text) if kind == "person"}
    assert ids.get("Kim Hye-ji") == "kim-hye-ji"
