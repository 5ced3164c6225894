"""Words that never stand inside a person's name (data/not_name_words.txt)."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    # what a long title phrase leaves before the name is cut off
    ("Assistant Secretary of State for East Asian and Pacific Affairs Daniel J. Kritenbrink will travel.",
     "Daniel J. Kritenbrink"),
])
def test_the_name_after_a_title_leftover_is_kept(text: str, expected: str) -> None:
    assert expected in people(text)
    assert not any("Affairs" in p for p in people(text))


def test_title_leftovers_are_never_a_name() -> None:
    # the learned model may miss "Victoria Nuland" here (its "-and" ends place names); it never
    # takes the bureau into the name
    assert not any("Affairs" in p or "Political" in p
                   for p in people("Under Secretary for Political Affairs Victoria Nuland met the minister."))


@pytest.mark.parametrize("text", [
    "The Foreign Ministers of the G7 met in London on Monday.",
    "Officials said Member States agreed on the text.",
    "The ministers thanked States Parties for their work.",
    "Staff at Embassy Kabul were moved on Sunday.",
])
def test_plurals_and_bodies_are_not_people(text: str) -> None:
    assert people(text) == []
