"""venues.py: the venue line under a transcript's dateline is a place."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,venue", [
    ("Berlin, Germany\n\nClärchens Ballhaus\n\nMODERATOR: Welcome, everyone.", "Clärchens Ballhaus"),
    ("San Jose, Costa Rica\n\nCasa Presidencial\n\nPRESIDENT ALVARADO: Thanks again.", "Casa Presidencial"),
])
def test_venue_is_a_place(text: str, venue: str) -> None:
    assert (venue, "place") in [(t, kind) for t, kind, _ in spans(text)]


@pytest.mark.parametrize("text,person", [
    ("Berlin, Germany\n\nAnn Linde\n\nMODERATOR: Welcome, everyone.", "Ann Linde"),  # a given name first
    ("Berlin, Germany\n\nAnn Linde, Swedish Foreign Minister\n\nMODERATOR: Welcome.", "Ann Linde"),
    ("Clärchens Ballhaus\n\nMODERATOR: Welcome, everyone.", None),  # no dateline above it: no rule
])
def test_not_a_venue(text: str, person: str | None) -> None:
    found = [(t, kind) for t, kind, _ in spans(text)]
    if person is not None:
        assert (person, "person") in found
    else:
        assert ("Clärchens Ballhaus", "place") not in found
