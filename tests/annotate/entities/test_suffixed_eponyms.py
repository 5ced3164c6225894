"""A place named after someone whose name ends in "Jr." or "Sr." is one place, not a person cut at the
suffix (suffixed_eponyms.py, data/suffixed_eponym_heads.txt). Names are invented where they are people."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,place", [
    ("The church on Nichols Avenue is now on Martin Luther King Jr. Avenue. He bought a horn.",
     "Martin Luther King Jr. Avenue"),
    ("She lives on Martin Luther King Jr. Boulevard in Houston.", "Martin Luther King Jr. Boulevard"),
    ("The airport is Richard L. Jones, Jr. Airport (IATA: RVS).", "Richard L. Jones, Jr. Airport"),
    ("Fans filled Dale Orwick Sr. Park on Sunday.", "Dale Orwick Sr. Park"),
])
def test_suffixed_eponym_is_one_place(text: str, place: str) -> None:
    assert (place, "place") in [(t, kind) for t, kind, _ in spans(text)]
    assert not [p for p in people(text) if p in place]


@pytest.mark.parametrize("text,person", [
    ("Martin Luther King Jr. spoke on the Mall.", "Martin Luther King Jr."),  # no place word after
    ("Dale Orwick Sr. said the park would open.", "Dale Orwick Sr."),
    ("Dale Orwick Jr., the mayor, walked down Main Street.", "Dale Orwick Jr."),  # a comma and a role
])
def test_suffixed_name_alone_stays_a_person(text: str, person: str) -> None:
    assert person in people(text)
