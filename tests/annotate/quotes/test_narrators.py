"""A he/she in a person's transcript turn is never the turn's speaker (quotes/narrators.py): the
person the narrator spoke with or met before it. Negatives: "I said" stays the turn's speaker; a
he/she in a question turn and one right after a quote are left to the other readers."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.narrators import after_quote, narrator_objects
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ("SECRETARY BLINKEN: I spoke with President Zelenskyy this morning. He told me, “We need more air defense.”",
     "We need", "Zelenskyy"),
    ("SECRETARY BLINKEN: I met with the foreign minister yesterday, and she said, “We are ready to move forward.”",
     "We are ready", "the foreign minister"),
    ("SECRETARY BLINKEN: When I was in Kyiv, I met with a young soldier. He said to me, “We will win this war.”",
     "We will win", "a young soldier"),
    # negatives: the narrator's own words; nobody else named in the turn
    ("SECRETARY BLINKEN: Thank you. Good morning. It is good to be here. I said then, “We will be back.”",
     "We will be back", "Blinken"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_he_in_a_turn_is_not_its_speaker(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected


OBJECTS = [
    ("I spoke with President Zelenskyy. He", ["President Zelenskyy. He"]),
    ("We met with the minister and she", ["the minister and she"]),
    ("I asked the young man what he", ["the young man what he"]),
    ("He spoke with the minister. She", []),  # no first-person narrator
    ("I think the minister is right. She", []),  # no verb that reaches a person
]


@pytest.mark.parametrize(("text", "starts"), OBJECTS)
def test_narrator_objects(text: str, starts: list[str]) -> None:
    assert [text[s:] for s in narrator_objects(text, 0, len(text))] == starts


@pytest.mark.parametrize(("text", "expected"), [("“My mother?” She", True), ("said. She", False), ("“Yes,” he", True)])
def test_after_quote(text: str, expected: bool) -> None:
    assert after_quote(text, len(text) - len(text.split()[-1])) == expected
