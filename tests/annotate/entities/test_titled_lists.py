"""titled_lists.py: one-word names listed right after a title (or its plural or abbreviation) are
people, a gazetteer town among them too; a list without a title is left to the model. Sentences
are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


def _people(text: str) -> list[str]:
    return [t for t, kind, _ in spans(text) if kind == "person"]


@pytest.mark.parametrize("text,expected", [
    ("The bill was backed by Sens. Warren, Markey and Sanders last week.", ["Warren", "Markey", "Sanders"]),
    ("Voting no were Ald. Feeney, Ruiz and Hall, who said the plan was rushed.", ["Feeney", "Ruiz", "Hall"]),
    ("Commissioners Haskett, Verner and Brantley voted in favor.", ["Haskett", "Verner", "Brantley"]),
    ("Gov. Polis and Hickenlooper spoke.", ["Polis", "Hickenlooper"]),
])
def test_titled_list(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize("text,word,kind", [
    ("In Ohio, Texas and Florida it rained.", "Texas", "place"),  # no title before the list
    ("Mayor Adams and Cuomo Street were closed.", "Cuomo Street", "place"),  # the last name runs on
])
def test_untitled_list(text: str, word: str, kind: str) -> None:
    assert (word, kind) in [(t, k) for t, k, _ in spans(text)]


def test_titles_listed_are_no_names() -> None:
    assert _people("They met the Ambassador Extraordinary and Plenipotentiary.") == []
