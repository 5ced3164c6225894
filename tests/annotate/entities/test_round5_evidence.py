"""Round 5: acronym definitions and their heads, surnames of given-name runs, lists of people,
capitals, teams and universities, organizations before titles, greetings, nicknames and parts of
laws (table-driven, with negative cases). Names are invented or generic."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.tokens import evidence, runs_of
from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,acronym,head", [
    ("The European Space Agency (ESA) met.", "esa", "agency"),
    ("The Communist Party of Freedonia (CPF) met.", "cpf", "party"),  # the head before "of"
    ("CEI (Italian Episcopal Conference) met.", "cei", "conference"),  # acronym first
    ("The ESA met. Nobody defined it.", "esa", None),
])
def test_acronym_definition_heads(text: str, acronym: str, head: str | None) -> None:
    ev = evidence(text, runs_of(text), lexicon().given_names)
    assert ev.defined_by.get(acronym) == head


@pytest.mark.parametrize("text,word,present", [
    ("Genevieve Korvak starred. Korvak left.", "korvak", True),
    ("Grand Valley is cold. Valley left.", "valley", False),  # no given name opens the run
])
def test_surnames_of_given_name_runs(text: str, word: str, present: bool) -> None:
    ev = evidence(text, runs_of(text), lexicon().given_names)
    assert (word in ev.given_last) is present


@pytest.mark.parametrize("text,listed,present", [
    ("They met Tom Halvers, Emeka Odili and others.", "Emeka", True),
    ("They met Emeka Odili, Tom Halvers and others.", "Emeka", True),  # listed before one too
    ("They met Tom Halvers, Zorvek Odili and others.", "Tom", False),  # "Zorvek" is no given name we know
    ("They visited Paris, Lyon and Nice.", "Lyon", False),
])
def test_runs_listed_beside_a_given_name(text: str, listed: str, present: bool) -> None:
    ev = evidence(text, runs_of(text), lexicon().given_names)
    assert (text.index(listed) in ev.listed_by_given) is present


@pytest.mark.parametrize("text,name,kind", [
    ("Officials in Moscow and Beijing said so.", "Beijing", "place"),  # a capital alone in its run
    ("The Yankees beat the Red Sox again.", "Yankees", "organization"),
    ("The Yankees beat the Red Sox again.", "Red Sox", "organization"),
    ("Harvard said it would appeal.", "Harvard", "organization"),
    ("He spoke with UN Special Envoy Hans Grundvik today.", "UN", "organization"),  # before a title
    ("They say, 'Frank, thank you,' and go.", "Frank", "person"),  # a run after an opening quote
])
def test_known_names_and_fallbacks(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(t, k) for t, k, _ in spans(text)]


@pytest.mark.parametrize("text,absent", [
    ("It is designated pursuant to E.O. 14024 Section 1(a)(i) today.", "Section"),  # a part of a law
    ("I say, 'Hey John, my name is Frank' and they laugh.", "Hey John"),  # a greeting is no name
])
def test_no_name(text: str, absent: str) -> None:
    assert absent not in [t for t, _, _ in spans(text)]


def test_a_nickname_between_the_parts_of_a_name_joins_them() -> None:
    text = "One of them, Terrell “Tank” Bowman, fought for a world title."
    assert ("Terrell “Tank” Bowman", "person", "terrell-bowman") in spans(text)
    assert people("Ada Lin met Bo Tran.") == ["Ada Lin", "Bo Tran"]  # no quotes, nothing joined


def test_a_party_and_state_after_a_lawmaker_is_no_name() -> None:
    assert people("Speaker Mike Johnson, R-La., said so. Sen. Ted Cruz, R-Texas, objected.") == ["Mike Johnson", "Ted Cruz"]
