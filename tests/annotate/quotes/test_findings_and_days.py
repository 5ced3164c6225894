"""A document's findings are its words ("The study found that … “…”": data/cue_verbs.txt "found"),
and a day word between a speaker and its cue is skipped like an adverb ("The spokesman today said":
data/skip_words.txt). Negatives: a thing found with a name in marks is no quote; "found" with an
unresolved pronoun names nobody."""

from __future__ import annotations

import pytest

from site_builder.annotate import annotate_text
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ("The study found that conditions in the camps were “inhumane and degrading.”", "inhumane", "the study"),
    ("The study also found the project would “not substantially affect” air quality.", "not substantially", "the study"),
    ("The Chinese Foreign Ministry spokesman today said the U.S. was “playing with fire.”", "playing with fire",
     "the Chinese Foreign Ministry spokesman"),
    ("QUESTION: Ned, the Chinese Foreign Ministry spokesman today said the U.S. was “playing with fire.” What is "
     "your response?", "playing with fire", "the Chinese Foreign Ministry spokesman"),
    ("The Kremlin yesterday said the talks were “useful and frank.”", "useful and frank", "Kremlin"),
    # negatives
    ("She found the book “fascinating and strange.”", "fascinating", None),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_findings_and_day_words(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected


def test_a_name_in_marks_found_is_no_quote() -> None:
    text = "Police found the car abandoned near the “Welcome to Springfield” sign."
    assert annotate_text(text, EMPTY_REGISTRY).quotes == ()
