"""A UN agency named "... Programme" (organizations.txt) keeps its type although "program" heads
documents; other programmes stay no organisation. "Counselor" is a title."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,name,ident", [
    ("The World Food Program said aid had stopped.", "World Food Program", "world-food-programme"),
    ("Cindy McCain, head of the UN World Food Program, visited Sudan.", "UN World Food Program", "world-food-programme"),
    ("The World Food Programme (WFP) warned of famine. WFP said so.", "WFP", "world-food-programme"),
    ("Talks at the UN Environment Programme ended.", "UN Environment Programme", "united-nations-environment-programme"),
])
def test_un_programme_is_an_organization(text: str, name: str, ident: str) -> None:
    assert (name, "organization", ident) in spans(text)


@pytest.mark.parametrize("text", [
    "The Visa Waiver Program grew last year.",
    "The Fulbright Program sends students abroad.",
])
def test_other_programmes_are_not_organizations(text: str) -> None:
    assert not [t for t, kind, _ in spans(text) if kind == "organization" and t.endswith("Program")]


@pytest.mark.parametrize("text,person,not_person", [
    ("Minister Counselor Jane Doe met the press.", "Jane Doe", "Counselor Jane Doe"),
    ("Counselor Derek Chollet will travel to Kyiv.", "Derek Chollet", "Counselor Derek Chollet"),
    ("State Counsellor Aung San Suu Kyi was detained.", "Aung San Suu Kyi", "State Counsellor Aung San Suu Kyi"),
])
def test_counselor_is_a_title(text: str, person: str, not_person: str) -> None:
    found = people(text)
    assert person in found and not_person not in found
