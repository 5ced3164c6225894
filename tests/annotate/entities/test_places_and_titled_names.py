"""A known place that is also a given name, the people linking.py may turn a place into, and a
name after "title for <place>" (table-driven, with negative cases). Names are invented or generic."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,expected", [
    # a one-word known place stays a place though it is a given name ("Paris")
    ("We flew to Paris on Monday. Paris was cold in the morning.",
     [("Paris", "place", "paris"), ("Paris", "place", "paris")]),
    # ... unless the article names a person who opens with it
    ("Paris Hilton arrived late. Later Paris smiled at everyone.",
     [("Paris Hilton", "person", "paris-hilton"), ("Paris", "person", "paris-hilton")]),
    # a place that ends a full name opening with a given name is that person's surname
    ("George Washington crossed the river. Washington won.",
     [("George Washington", "person", "george-washington"), ("Washington", "person", "george-washington")]),
    # a title, "for" and a place before a given name: the name is titled
    ("U.S. Special Envoy for the Horn of Africa Jeffrey Feltman will travel to Qatar.",
     [("U.S.", "place", "united-states"), ("Jeffrey Feltman", "person", "jeffrey-feltman"), ("Qatar", "place", "qatar")]),
    ("Special Envoy for Yemen Tim Lenderking met the press.", [("Tim Lenderking", "person", "tim-lenderking")]),
])
def test_places_and_titled_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("text,place", [
    # a span the model misreads ("Progressive Merida", no given name) makes no surname of a place
    ("The Progressive Merida club met. We walked around Merida all day.", "Merida"),
    ("We drove from Tulsa to Dallas. Tulsa was hot.", "Tulsa"),
])
def test_a_place_stays_a_place(text: str, place: str) -> None:
    found = [(t, kind) for t, kind, _ in spans(text) if t == place]
    assert found and all(kind == "place" for _, kind in found)


@pytest.mark.parametrize("text,word", [
    # a role a transcript calls on, a vessel type after a title word: no person
    ("MR PRICE: Thanks. Operator, please go ahead with the first question.", "Operator"),
    ("VESSEL NAME: ZEYA\n\nVESSEL TYPE: General Cargo\n\nVESSEL FLAG: Russia", "Cargo"),
])
def test_role_nouns_are_no_people(text: str, word: str) -> None:
    assert not [t for t, kind, _ in spans(text) if t == word and kind == "person"]


def test_a_one_word_known_organization_is_one() -> None:
    assert [(t, kind) for t, kind, _ in spans("The strikes hit Daesh hard.") if t == "Daesh"] == [("Daesh", "organization")]


def test_an_archive_surname_the_model_doubts_is_a_person() -> None:
    text = "The international community is united and determined to hold Putin accountable."
    assert ("Putin", "person", "putin") in spans(text)


@pytest.mark.parametrize("text,name", [
    ("Talks with North Korea resumed on Monday.", "North Korea"),
    ("Officials of the Russian Federation met them.", "Russian Federation"),
])
def test_a_known_country_is_a_place(text: str, name: str) -> None:
    assert [(t, kind) for t, kind, _ in spans(text) if t == name] == [(name, "place")]


@pytest.mark.parametrize("text,name,kind", [
    ("We drove from Coffeyville, KS on Monday.", "Coffeyville, KS", "place"),
    ("She lives in Sapulpa, Oklahoma, near Tulsa.", "Sapulpa, Oklahoma", "place"),
    # a given name first, or a title before: still a person
    ("Maria Lopez, Texas A&M coach, spoke.", "Maria Lopez", "person"),
])
def test_a_town_before_a_state(text: str, name: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in spans(text) if t == name] == [(name, kind)]


@pytest.mark.parametrize("text,expected", [
    ("Russia and the West clashed.", [("Russia", "place"), ("West", "place")]),
    ("Storms hit the Northeast on Monday.", [("Northeast", "place")]),
    ("He walked west.", []),
    ("The West Wing aired.", []),
])
def test_compass_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, kind) for t, kind, _ in spans(text)] == expected


@pytest.mark.parametrize("text,acronym", [
    ("The IAEA report was clear.", "IAEA"),
    ("Funding from USAID and the State Department arrived.", "USAID"),
])
def test_known_agency_acronyms(text: str, acronym: str) -> None:
    assert (acronym, "organization", acronym.lower()) in spans(text)


@pytest.mark.parametrize("text,expected", [
    # a town the model found widens over the state or country after it, abbreviations too
    ("Take US-75 from Okmulgee, OK to the city.", [("Okmulgee, OK", "place")]),
    ("It was in Buxton, England.", [("Buxton, England", "place"), ("England", "place")]),
    # a list of states or countries stays a list
    ("Poland, Hungary and Texas, Florida agreed.",
     [("Poland", "place"), ("Hungary", "place"), ("Texas", "place"), ("Florida", "place")]),
])
def test_towns_widen_over_their_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, kind) for t, kind, _ in spans(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an abbreviation's stop that closes the sentence is the sentence's
    ("Muslims traveling to the U.S. The President later acted.", [("U.S", "place", "united-states")]),
    ("It was the U.S.", [("U.S", "place", "united-states")]),
    # mid-sentence, or before a word of the name, the stop stays
    ("They moved to the U.S. in 2001.", [("U.S.", "place", "united-states")]),
    ("The U.S. President spoke.", [("U.S.", "place", "united-states")]),
])
def test_sentence_stops(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected
