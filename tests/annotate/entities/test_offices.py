"""entities/offices.py: an office named by its holder's possessive ("the Sheriff's Office", "the
Harris County Clerk's Office") is one organisation, not a titled person or a place. Sentences
written for these tests; negatives: lower case, a holder that is no office, a newspaper."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "County news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies came. The Sheriff's Office declined to comment.", "Sheriff's Office"),
    ("Results came from the Harris County Clerk’s Office on Tuesday.", "Harris County Clerk’s Office"),
    ("The District Attorney’s Office said in a statement that it agreed.", "District Attorney’s Office"),
    ("The family asked the King County Prosecuting Attorney's Office to review the case.",
     "King County Prosecuting Attorney's Office"),
    ("A spokeswoman for the Cook County Medical Examiner's Office said the cause was pending.",
     "Cook County Medical Examiner's Office"),
    ("The case went to the Attorney General's Office last week.", "Attorney General's Office"),
    ("On Tuesday Marlow County Sheriff's Office deputies came.", "Marlow County Sheriff's Office"),
])
def test_a_possessive_office_is_an_organization(text: str, expected: str) -> None:
    assert (expected, "organization") in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Deputies came, and the sheriff's office said nothing.", "sheriff's office"),  # lower case
    ("Smith's Office is closed on Sundays.", "Smith's Office"),  # no office holder
    ("He read it in the Examiner on Sunday.", "Examiner's Office"),
])
def test_no_office_without_a_capitalised_holder(text: str, absent: str) -> None:
    assert all(t != absent for t, _ in typed(text))


def test_the_newspaper_still_stands_beside_an_office() -> None:
    found = typed("The Cook County Medical Examiner's Office ruled. The Examiner reported it.")
    assert ("Examiner", "organization") in found
    assert ("Cook County Medical Examiner's Office", "organization") in found
