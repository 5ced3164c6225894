"""A lone calendar word that is no given name is no one (linking.drop_non_people), even where the model
reads it as a speaker ("by Easter,” Whitt said") or after a date ("on 19 June 2022"); a month that is a
given name still opens a person's name. Names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,word", [
    ("A physician who has worked at the center since February, said admissions had doubled.", "February"),
    ("\"We'll have them by Easter,\" Whitt said on her way out.", "Easter"),
    ("The ministers met in Bonn on 19 June 2022 to work more closely together.", "June"),
    ("They met in Rome on 22 July 2021 to discuss the situation.", "July"),
])
def test_lone_calendar_word_is_no_one(text: str, word: str) -> None:
    assert word not in people(text)


@pytest.mark.parametrize("text,person", [
    ("\"We'll have them by Easter,\" Whitt said on her way out.", "Whitt"),
    ("April Reyes said she would vote. Reyes agreed.", "April Reyes"),
    ("June Hadley, 71, has run the diner for forty years. Her husband, Leroy Hadley, cooks.", "June Hadley"),
])
def test_names_beside_calendar_words_stay(text: str, person: str) -> None:
    assert person in people(text)
