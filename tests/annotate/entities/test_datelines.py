"""pipeline._town_before_state: a dateline's town in capitals before a state is a place, even when
it is a given name too ("CHARLOTTE, N.C."); a given name in running text before a state is left to
the model. Text written for the test."""

from __future__ import annotations

from tests.annotate.entities.helpers import spans


def test_dateline_given_name_town() -> None:
    found = spans("Counselor indicted\n\nCHARLOTTE, N.C. (WKRX) — A college counselor was indicted on Monday.")
    assert ("CHARLOTTE, N.C.", "place") in [(t, k) for t, k, _ in found]
    assert "person" not in [k for _, k, _ in found]


def test_capitals_mid_line_are_no_dateline() -> None:
    # a person's name in capitals inside a line is no dateline: the full name stays a person
    found = spans("Counselor indicted\n\nThe board named MARY ANNE, Ky. native, its chair; Mary Anne Polk said yes.")
    assert ("Mary Anne Polk", "person") in [(t, k) for t, k, _ in found]


def test_a_dateline_source_after_an_initialled_state_is_an_organization() -> None:
    # "N.C." is a state in initials: the station in brackets is still the dateline's source
    found = spans("Counselor indicted\n\nCHARLOTTE, N.C. (WKRX) — A college counselor was indicted on Monday.")
    assert ("WKRX", "organization") in [(t, k) for t, k, _ in found]

