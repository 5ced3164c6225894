"""title_fragments.py: a title's fragment ("the Chief Executive") and a named chair are no one.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    # a title's fragment: what is left of "Chief Executive" after its title word
    ("We share grave concern over the selection process for the Chief Executive in Hong Kong.", []),
    ("We urge the new Chief Executive to respect protected rights.", []),
    # named chairs: neither the chair nor its namesake is a person
    ("Members. Lina Varro is Ford Professor in the MIT Department of Economics.", ["Lina Varro"]),
    ("Dr. Tomas Brede is the Henry A. Kissinger Distinguished Professor of Global Affairs at Yale University.",
     ["Tomas Brede"]),
    ("He won the MIT MacVicar Faculty Fellowship in 2019, said Dr. Tomas Brede.", ["Tomas Brede"]),
    # negatives: a title before a name, a chair word before a name, a title before a surname
    ("Nobel Laureate Professor Muhammad Orun faces charges.", ["Muhammad Orun"]),
    ("Chief Justice Harlan Roark spoke.", ["Harlan Roark"]),
    ("Professor Lina Hart said the study was sound.", ["Lina Hart"]),
])
def test_title_fragments_and_named_chairs_are_no_one(text: str, expected: list[str]) -> None:
    assert people(text) == expected
