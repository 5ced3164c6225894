"""entities/of_places.py: "<Head> of <place>" ("the University of Lima", "University of Toledo
students") is an organisation holding its place. Sentences written for these tests; negatives keep
the place: a head in lower case, a head that names no institution, the headline."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Election news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("“This is an election of exhaustion,” said Renato Salcedo, a political scientist at the University "
     "of Lima. “Both candidates are getting votes.”", "University of Lima"),
    ("The Lighthouse Grill, known to generations of night-shift workers and University of Toledo "
     "students for its breakfast plate, has not reopened.", "University of Toledo"),
    ("The Federal Reserve Bank of Boston said so on Monday.", "Federal Reserve Bank of Boston"),
])
def test_a_head_of_a_place_is_an_organization(text: str, expected: str) -> None:
    assert (expected, "organization") in typed(text)


@pytest.mark.parametrize(("text", "place"), [
    ("He moved to the State of Ohio last year.", "State of Ohio"),
    ("She lives in the city of Lima now.", "Lima"),
    ("The bank of the Ohio River flooded on Monday.", "Ohio River"),
])
def test_a_place_without_an_institution_head_stays(text: str, place: str) -> None:
    assert (place, "place") in typed(text)


def test_the_headline_is_not_read() -> None:
    found = {(t, k) for t, k, _ in spans("Students at University of Toledo Protest\n\nThey marched in Toledo.")}
    assert ("University of Toledo", "organization") not in found
