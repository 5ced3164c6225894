"""A Spanish or French first word of a place's name ("Casa Grande", "Basse Terre", "Ciudad Juárez",
data/place_prefixes.txt) makes the span a place, not a person; the word alone or after a given name
stays what it was. Names are invented where they are people."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,place", [
    ("One of the projects, outside Casa Grande, said the company was fine.", "Casa Grande"),
    ("Islands: Basse Terre: green and lush. Petite Terre: uninhabited.", "Basse Terre"),
    ("Islands: Basse Terre: green and lush. Petite Terre: uninhabited.", "Petite Terre"),
    ("Grande Terre is flat and dry, with a lot of beaches.", "Grande Terre"),
    ("The border crossing at Ciudad Juárez reopened on Monday.", "Ciudad Juárez"),
    ("She flew to Puerto Plata and then to Nueva Loja.", "Puerto Plata"),
])
def test_prefix_opens_a_place(text: str, place: str) -> None:
    assert (place, "place") in [(t, kind) for t, kind, _ in spans(text)]
    assert place not in people(text)


@pytest.mark.parametrize("text,person", [
    ("Luis Grande said the vote was close.", "Luis Grande"),  # a surname after a given name
    ("Maria Casa, 54, runs the bakery.", "Maria Casa"),
])
def test_prefix_word_in_a_person_name(text: str, person: str) -> None:
    assert person in people(text)
