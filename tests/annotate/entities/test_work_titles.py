"""work_titles.py: a work's title after its noun ("report, Exploring …") is no one.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,absent", [
    # a work's title after its noun and a comma, opening with a word the archive writes in lower case
    ("The panel will preview the April 2022 ACPD special report, Exploring U.S. Public Diplomacy’s Domestic "
     "Dimensions: Purviews, Publics, and Policies.", "Exploring U.S. Public Diplomacy"),
    ("She wrote a memoir titled Building Bridges Together in 2019.", "Building Bridges Together"),
])
def test_work_titles_are_no_one(text: str, absent: str) -> None:
    assert absent not in people(text)



@pytest.mark.parametrize("text,person", [
    # negatives: a capitalised name after "report," is still a person
    ("In the report, Smith wrote that the plan failed.", "Smith"),
    ("According to the report, Maria Tidemand resigned on Monday.", "Maria Tidemand"),
])
def test_people_after_work_nouns_stay(text: str, person: str) -> None:
    assert person in people(text)
