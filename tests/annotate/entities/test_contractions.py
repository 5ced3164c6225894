"""Contractions ("I’ll", "It’s", either apostrophe) are no names (data/stopwords.txt).
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    # a contraction after a titled name is no second name of the list, whichever apostrophe
    ("I spoke with Foreign Minister Dravik, and I’ll speak tonight with Secretary Holm.", ["Dravik", "Holm"]),
    ("I spoke with Foreign Minister Dravik, and I'll speak tonight.", ["Dravik"]),
    ("Let me thank Mr. Orlan, and I’ve asked him to stay.", ["Orlan"]),
    ("We met Minister Dravik, and We’re grateful.", ["Dravik"]),
    ("We met Minister Dravik, and It’s clear he agrees.", ["Dravik"]),
    # negatives: an apostrophe before a capital is inside a name; a real titled list stays
    ("Sens. Warrick, Malkey and O’Brannan agreed.", ["Warrick", "Malkey", "O’Brannan"]),
])
def test_contractions_are_no_names(text: str, expected: list[str]) -> None:
    assert people(text) == expected
