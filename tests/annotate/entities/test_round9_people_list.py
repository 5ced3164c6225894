"""Round 9 classes of the corpus people list: names joined by "&" (a firm), a demonym or a
participle ending the name, an institution or armed group whose head comes first in its own
language, a hotel named after someone, grants named after someone in lower case. Sentences are
written for the test; names of people are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,not_person", [
    ("I know that Dorn & Kessel’s has released a statement on the boycott.", "Dorn & Kessel"),
    ("TechnoServe, Anglo American, and the Inter-American Development Bank are partners.", "Anglo American"),
    ("Bring a U.S. Government-issued identification card to the event.", "U.S. Government-issued"),
    ("Ahrar al-Tawila has also integrated former fighters into its ranks.", "Ahrar al-Tawila"),
    ("I spent a year abroad with Aktion Lindenhof. Aktion Lindenhof is a German charity.", "Aktion Lindenhof"),
    ("Jerusalem  Marvin Orlo Hotel  SECRETARY DANE: Good evening, everyone.", "Marvin Orlo Hotel"),
    ("Programs like the Fulbright and Kessler scholarships have been great entry points.", "Kessler"),
    ("Students came through programs like Fulbright, the Kessler fellowships, and others.", "Kessler"),
])
def test_not_a_person(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize("text,org", [
    ("I know that Dorn & Kessel’s has released a statement on the boycott.", "Dorn & Kessel"),
    ("Ahrar al-Tawila has also integrated former fighters into its ranks.", "Ahrar al-Tawila"),
])
def test_an_organization(text: str, org: str) -> None:
    assert any(s[0] == org and s[1] == "organization" for s in spans(text))


@pytest.mark.parametrize("text,person", [
    ("Yesterday the American envoy Tom Hanks met officials in Paris.", "Tom Hanks"),
    ("The Palestinian-American reporter Maria Dornan spoke to us.", "Maria Dornan"),
    ("Kessler said the scholarship was open to all.", "Kessler"),
    ("Mr. Anglo Dornan said he would attend.", "Anglo Dornan"),
])
def test_still_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,person,not_person", [
    ("I have been to the Jeff Kovach Experience in Eureka Springs.", "Jeff Kovach", "Jeff Kovach Experience"),
    ("They all watched the Jeff Lalwani Show last night.", "Jeff Lalwani", "Jeff Lalwani Show"),
    ("Mary Ann Baker said she would stay.", "Mary Ann Baker", "Mary Ann"),
])
def test_named_after_a_person(text: str, person: str, not_person: str) -> None:
    found = people(text)
    assert person in found and not_person not in found


def test_a_list_of_people_makes_its_odd_guess_a_person() -> None:
    found = spans("The Greeks used to worship the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.")
    assert [s[0] for s in found if s[1] == "person"] == ["Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"]


def test_a_list_of_places_stays_places() -> None:
    found = spans("The team visited Chile, Peru, Bolivia, and Ecuador last year.")
    assert not [s for s in found if s[1] == "person"]


@pytest.mark.parametrize("text,person,not_person", [
    ("Quarterback Jeff Lalwani threw for 300 yards.", "Jeff Lalwani", "Quarterback Jeff Lalwani"),
    ("Actor Tom Kovach won the award.", "Tom Kovach", "Actor Tom Kovach"),
    ("Hunter Kovach spoke on Monday. Later that day Hunter testified before the committee.", "Hunter", ""),
])
def test_occupations_and_first_names(text: str, person: str, not_person: str) -> None:
    found = people(text)
    assert person in found and not_person not in found


def test_a_sentence_opening_word_is_no_first_name() -> None:
    assert "Will" not in people("Will Kovach spoke on Monday. Will he win? Nobody knows.")


def test_an_event_opening_with_a_region() -> None:
    assert "Midwest Magic Jubilee" not in people("I went to The Midwest Magic Jubilee in St. Louis last year.")


@pytest.mark.parametrize("text,person", [
    ("Kovach, who leads the agency, clashed with the board.", "Kovach"),
])
def test_cues_of_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("Kharkiv, which was shelled, is quiet again.", "Kharkiv"),
    ("Today, who knows what will happen.", "Today"),
    ("According to Reuters, the plan would cost $4 billion.", "Reuters"),
])
def test_no_cue_of_a_person(text: str, not_person: str) -> None:
    assert not_person not in people(text)


def test_a_people_before_who_is_no_one() -> None:
    assert "Romans" not in people("York was known as Eboracum by the Romans, who founded the city.")


def test_a_pair_with_a_group_adds_no_one() -> None:
    assert "Republicans" not in people("Trump and Republicans disagreed on the bill.")


def test_a_town_and_its_state_are_no_pair_of_people() -> None:
    assert "La" not in people("The boudin comes from a smokehouse in Scott, La., that his cousin Dale Boudreaux runs.")


def test_a_title_after_and_is_no_name_of_a_pair() -> None:
    found = people("Secretary Dane and Foreign Minister Lapato emphasized the partnership.")
    assert "Foreign" not in found


@pytest.mark.parametrize("text,person", [
    ("He met Kim Jong Un in Hanoi last year.", "Kim Jong Un"),
    ("President Hassan Sheikh Mohamud of Somalia met Kim Jong Un.", "Kim Jong Un"),
])
def test_a_name_cut_short_ends_its_run(text: str, person: str) -> None:
    assert person in people(text)


def test_a_group_word_does_not_end_a_name() -> None:
    assert "Hong Kongers" not in people("The United States stands with Hong Kongers who want freedom.")
