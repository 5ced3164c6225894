"""An "according to" after a quote sources the sentence's main clause; a quote inside a relative
clause with its own frame ("Mariela Quispe, …, who ran on a promise to “…,” had 17.2 percent …,
according to the National Office …") is the words of the one the clause is about. Negatives: a
quote in the main clause keeps the "according to" source; no relative clause, no change."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ("With 94 percent of ballots tallied, Mariela Quispe, 44, a teacher from Puno who ran on a promise to “sweep out "
     "the Congress of thieves,” had 17.2 percent of the valid vote, according to the National Office of Electoral "
     "Processes.", "sweep out", "Mariela Quispe"),
    ("The plan, which critics called “a giveaway,” passed 5-2, according to city records.", "a giveaway", "critics"),
    # negatives: the quote is the main clause's; no aside
    ("The count was “too close to call in the south,” according to Reuters.", "too close", "Reuters"),
    ("Mariela Quispe, 44, a teacher from Puno, had “a clear lead in the south,” according to Reuters.", "a clear lead",
     "Reuters"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_according_to_and_asides(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected
