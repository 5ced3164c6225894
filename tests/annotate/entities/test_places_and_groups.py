"""Polity names, a place before a department's subject, acronyms at a sentence start, demonyms
(table-driven, with negative cases). Names are invented or generic."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,expected", [
    # "State of X" / "Republic of X": the place X
    ("He spoke of the State of Israel today.", [("State of Israel", "place", "israel")]),
    ("The Republic of Korea agreed on Monday.", [("Republic of Korea", "place", "korea")]),
    # a place and a department's subject before a lower-case noun: the place alone
    ("A senior US Defense official said so.", [("US", "place", "united-states")]),
    # ... but a named department stays an organization
    ("The US Defense Department said so.", [("US Defense Department", "organization", "us-defense-department")]),
    # an acronym reads the same at the start of a sentence
    ("USDA officials spoke on Tuesday.", [("USDA", "organization", "usda")]),
])
def test_places_and_organizations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("text,not_people", [
    ("The Israeli said no.", ["Israeli"]),
    ("German Iranian dissidents met in Berlin.", ["German Iranian", "German", "Iranian"]),
    ("Palestinian-American Lina Haddad was hurt.", ["Palestinian-American Lina Haddad", "Palestinian-American"]),
    # demonyms of smaller countries, one and two words
    ("Deputy Secretary Sherman met Sierra Leonean Foreign Minister Tamba Koroma.", ["Sierra Leonean"]),
    ("The Malawian people celebrate their independence.", ["Malawian"]),
    ("We congratulate all Gambians on their national day.", ["Gambians"]),
])
def test_demonyms_are_not_people(text: str, not_people: list[str]) -> None:
    people = [t for t, kind, _ in spans(text) if kind == "person"]
    assert not set(people) & set(not_people)


def test_a_name_after_a_demonym_is_a_person() -> None:
    assert ("Lina Haddad", "person", "lina-haddad") in spans("Palestinian-American Lina Haddad was hurt.")
    assert ("Tamba Koroma", "person", "tamba-koroma") in spans(
        "Deputy Secretary Sherman met Sierra Leonean Foreign Minister Tamba Koroma.")
