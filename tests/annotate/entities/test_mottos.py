"""mottos.py: the words of a quoted motto ("Liberté, Égalité, and Fraternité") are no one.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,absent", [
    ("In the spirit of “Liberté, Égalité, and Fraternité,” the United States cherishes its ties with France.",
     "Fraternité"),
])
def test_motto_words_are_no_one(text: str, absent: str) -> None:
    assert absent not in people(text)


@pytest.mark.parametrize("text,person", [
    # negative: a quoted list of given names
    ("The fans chanted “Maria, Maria and Maria” for Maria Oberlin all night.", "Maria Oberlin"),
])
def test_quoted_given_names_stay(text: str, person: str) -> None:
    assert person in people(text)
