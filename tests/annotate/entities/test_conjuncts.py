"""conjuncts.py: a second person joined by "and" inside one run of capitals, with no given name of
its own ("DAB's Ben Chan and Leung Chun"). Sentences are written for the test after archive
articles; the names are public figures' or invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,names", [
    ("Among those elected were New People Party's Michael Tien, DAB's Ben Chan and Leung Chun, FTU's Alice Mak "
     "and nonpartisan Junius Ho, according to the results released on Monday.",
     ["Michael Tien", "Ben Chan", "Leung Chun", "Alice Mak", "Junius Ho"]),
    ("Several defectors from the organization including Tom Devocht and Mark Rathbun. Montalvo had known Devocht.",
     ["Tom Devocht", "Mark Rathbun", "Montalvo", "Devocht"]),
])
def test_joined_second_person(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize("text,absent", [
    # a body's name after "and", a one-word first name, a long misread "person" before "and"
    ("The deal was signed by Ben Chan and Associates Group in the city of London on Monday with others.",
     "Associates Group"),
    ("The book came out from Simon and Schuster Books in the spring of that year, he said.", "Schuster Books"),
    ("It works with the Asia Pacific Economic Cooperation Marine Debris Management and Innovation Sub-Fund to "
     "clean up the seas.", "Innovation Sub-Fund"),
])
def test_joined_second_person_refused(text: str, absent: str) -> None:
    assert absent not in people(text)
