"""body_titles.py: "Counselor of the Department Derek Chollet" names Derek Chollet."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,person", [
    ("Counselor of the Department Derek Chollet will travel to Sofia.", "Derek Chollet"),
    ("Director of the Department Jane Lee spoke on Monday.", "Jane Lee"),
    ("Counselor of the Department of State Derek Chollet opened the talks.", "Derek Chollet"),
    ("Assistant Administrator of the Bureau for Asia Anjali Kaur spoke.", "Anjali Kaur"),
])
def test_person_after_title_of_the_body(text: str, person: str) -> None:
    found = [(t, kind) for t, kind, _ in spans(text)]
    assert (person, "person") in found
    assert not any(kind == "organization" and person in t for t, kind in found)


@pytest.mark.parametrize("text", [
    "Counselor of the Department of State spoke on Monday.",  # no name after the body
    "The Department of Homeland Security said so on Monday.",
])
def test_no_person_without_a_name(text: str) -> None:
    assert not [t for t, kind, _ in spans(text) if kind == "person"]


def test_later_surname_links_to_the_full_name() -> None:
    found = {t: i for t, kind, i in spans("Counselor of the Department Derek Chollet will travel. "
                                          "Counselor Chollet will meet officials.") if kind == "person"}
    assert found["Chollet"] == found["Derek Chollet"]
