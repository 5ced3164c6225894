"""linking.drop_non_people: a storm's name ("Hurricane Harvey": data/storm_words.txt) and an award
or a law ended by its head wherever it stands ("a Pulitzer Prize": data/eponym_heads.txt) are no
people; a person who bears the storm's given name still is. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    ("Homes flooded during Hurricane Harvey and again during Hurricane Beryl last year.", []),
    ("Tropical Storm Alberto weakened overnight.", []),
    ("She won a Pulitzer Prize for the series.", []),
    ("Harvey Weinstein was in court.", ["Harvey Weinstein"]),
    ("Coach Tom Prize spoke after the game.", ["Tom Prize"]),
])
def test_storms_and_awards(text: str, expected: list[str]) -> None:
    assert people(text) == expected
