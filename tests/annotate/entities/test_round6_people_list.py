"""Round 6 classes of the corpus people list: places, sites, movements, demonym compounds and
products are no people; title words are no given names; a bare surname after a name with "Jr."
is that person. Sentences are written for the test; names of people are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,not_person", [
    ("Pilgrims travelled to Lalibela last week. The churches of Lalibela are old.", "Lalibela"),
    ("Aid trucks crossed at Bab al-Hawa on Monday, the UN said.", "Bab al-Hawa"),
    ("Tensions rose at the Haram al-Sharif after prayers.", "Haram al-Sharif"),
    ("Villagers fled Deir al-Balah on Tuesday.", "Deir al-Balah"),
    ("Practitioners of Falun Gong protested, and Gong followers fled.", "Gong"),
    ("Practitioners of Falun Gong protested, and Gong followers fled.", "Falun Gong"),
    ("Many Hong Kongers have left the city since 2020.", "Hong"),
    ("The Johnson & Johnson COVID-19 vaccine was paused.", "Johnson & Johnson COVID-19"),
    ("El Presidente Biden dijo que Biden quiere paz.", "El Presidente Biden"),
    ("“Okay, Designate Henry, go do your thing,” he said.", "Designate Henry"),
    ("He met Petr Gazdik, Minister for Education, Youth and Sports, on Monday.", "Youth"),
    ("Dana Cole, Minister of Education (responsible for Youth and Sport), spoke.", "Youth"),
])
def test_not_a_person(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize("text,person", [
    # negatives: the same rules leave real people alone
    ("Camp David was quiet. David Orwin said the talks went well, and David left.", "David"),
    ("Mara Lalwani reached Lalibela. Lalwani said the road was long.", "Lalwani"),
    ("The Johnson family met. Johnson said little.", "Johnson"),
    ("Pedro Youth met Dana Cole, and Youth said the talks went well.", "Youth"),
])
def test_still_a_person(text: str, person: str) -> None:
    assert person in people(text)


def test_company_cut_to_its_known_name() -> None:
    found = spans("The Johnson & Johnson COVID-19 vaccine was paused.")
    assert ("Johnson & Johnson", "organization", "johnson-johnson") in found


def test_movement_word_links_to_the_movement() -> None:
    found = spans("Practitioners of Falun Gong protested. The Chinese government banned Falun Gong in 1999,"
                  " and Gong followers fled.")
    assert ("Gong", "organization", "falun-gong") in found


def test_surname_after_a_name_with_jr_is_that_person() -> None:
    found = spans("“We won,” said Darnell Hughes Jr., the coach. Hughes added that the team was tired.")
    ids = {ident for text, kind, ident in found if kind == "person"}
    assert ids == {"darnell-hughes-jr"}


@pytest.mark.parametrize("text,names", [
    ("Pilgrims honoured the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena. The temple is old.",
     ["Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"]),
])
def test_a_list_of_names_is_people(text: str, names: list[str]) -> None:
    assert [p for p in people(text) if p in names] == names


@pytest.mark.parametrize("text,not_person", [
    ("Leaders from France, Germany, Italy and Spain met.", "Spain"),  # known places: no people in the list
    ("Sales rose in March, April, and May, said Dana Okoro and Lee Vance.", "March"),  # months
])
def test_a_list_of_other_names_stays(text: str, not_person: str) -> None:
    assert not_person not in people(text)


def test_father_and_son_stay_apart() -> None:
    # a bare surname is the father's when the article also names him without "Jr."
    found = spans("Her husband, Franklin Marsh, fixed buses. Their son, Franklin Marsh Jr., drives one. "
                  "Marsh retired in 1990.")
    assert ("Marsh", "person", "franklin-marsh") in found


def test_a_word_of_a_longer_name_is_not_the_place() -> None:
    found = spans("Meridian Health cut costs. Nurses in Meridian said so. Meridian said the plan works.")
    assert ("Meridian", "place", "meridian") not in found[2:]


@pytest.mark.parametrize("text,person", [
    ("They laugh. I say, 'Hey John, my name is Frank' and they laugh.", "John"),
    ("“Thank you, Maria.” The show ended.", "Maria"),
])
def test_a_name_addressed_is_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("“Hey Will, come here,” he said. It will rain later.", "Will"),  # written in lower case too
])
def test_a_greeting_before_a_common_word(text: str, not_person: str) -> None:
    assert not_person not in people(text)


def test_an_acronym_defined_in_brackets_is_the_organization() -> None:
    found = spans("The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition. UAAR said so.")
    assert [x for x in found if x[0] == "UAAR"] == [("UAAR", "organization", "union-of-rationalist-atheists-and-agnostics")] * 2


@pytest.mark.parametrize("text,word", [
    ("The Union of Rationalist Atheists and Agnostics (BBC) reported it.", "union-of-rationalist-atheists-and-agnostics"),
])
def test_an_acronym_of_other_letters_is_not_the_organization(text: str, word: str) -> None:
    assert ("BBC", "organization", word) not in spans(text)
