"""Round 8 classes of the corpus people list and of the news errors: names of events and laws
after someone, groups opening with a plural article, places named with a possessive, a leader's
surname naming a government, a compound given name used alone, a Romance "saint" opening a
school's or a church's name. Sentences are written for the test; names of people are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,not_person", [
    ("The 2024 International Orwin Dialogue will take place in Des Moines.", "Orwin"),
    ("Partners will join the October Orwin Dialogue events in Iowa.", "Orwin"),
    ("The Dana Lalwani legislation that was passed some years ago applies here.", "Dana Lalwani"),
    ("He won the Kessler Prize in 2019.", "Kessler"),
    ("He led a criminal organization known as Los Varguitas. Los Varguitas is based in the north.",
     "Los Varguitas"),
    ("Refugees fled to safety in Rami’s Bazaro, on the coast.", "Rami"),
    ("Refugees fled to safety in Rami’s Bazaro, on the coast.", "Bazaro"),
    ("The court ruled on the schools Santo Ermeto and Pieve in Livorno.", "Santo Ermeto"),
    ("Gangs operate in Carchi, Sucumbíos, and the northern part of Esmeraldas provinces.", "Sucumbíos"),
])
def test_not_a_person(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize("text,person", [
    ("The tax was changed by the Kessaro government last year.", "Kessaro"),
    ("Sanctions hit the Vardano regime again.", "Vardano"),
    # negatives: the same rules leave real people alone
    ("Dana Lalwani said the bill would pass.", "Dana Lalwani"),
    ("Mara Kessler, who won a prize, spoke.", "Mara Kessler"),
    ("Santa Claus came to town.", "Santa Claus"),
])
def test_still_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("The Kenyan government objected on Monday.", "Kenyan"),
    ("The PA government objected on Monday.", "PA"),
])
def test_government_needs_a_name(text: str, not_person: str) -> None:
    assert not_person not in people(text)


def test_possessive_place_is_one_place() -> None:
    found = spans("Nearly 740,000 Rohingya were forced to flee to safety in Cox’s Bazar, Bangladesh. The ambassador"
                  " traveled to Cox's Bazar and Dhaka.")
    assert ("Cox’s Bazar", "place", "cox-bazar") in [(t.split(",")[0], k, e) for t, k, e in found]
    assert not [t for t, k, _ in found if k == "person" and t in ("Cox", "Bazar")]


def test_compound_given_name_links_to_the_full_name() -> None:
    found = spans('Foreign Minister José Manuel Orvalle met the Secretary. "We agree," José Manuel said.')
    assert [e for t, k, e in found if k == "person"] == ["jose-manuel-orvalle", "jose-manuel-orvalle"]


def test_compound_given_name_of_two_people_stays_apart() -> None:
    found = spans("José Manuel Orvalle spoke first. Later, José Manuel Quintas spoke. José Manuel said little.")
    assert ("José Manuel", "person", "jose-manuel") in found
