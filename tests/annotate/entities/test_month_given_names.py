"""A month that is also a given name ("June Hadley") opens a person's name; a month after a date
word, or before a word that cannot be in a name, stays a date (pipeline._month_named). Names are
invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,person", [
    # the model left the pair out; the article names Hadley as a person elsewhere
    ("June Hadley, 71, has run the diner for forty years. Her husband, Leroy Hadley, cooks.", "June Hadley"),
    ("The ferry leaves when June Hadley says it does. Leroy Hadley agreed.", "June Hadley"),
    ("April Johnson said the storm hit at noon. Johnson said it was loud.", "April Johnson"),
])
def test_month_given_name_opens_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("In June Hadley voted for the plan. Leroy Hadley did not.", "June Hadley"),  # a date word before
    ("Since May Ortiz has led the board. Ana Ortiz said so.", "May Ortiz"),
    ("The parade on May Day drew crowds.", "May Day"),  # "Day" is no part of a name
])
def test_month_stays_a_date(text: str, not_person: str) -> None:
    assert not_person not in people(text)
