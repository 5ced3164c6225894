"""Newspapers where news copy names them (entities/newspapers.py) and a dateline's town
(places.dateline_places). Sentences written for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Local news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The informant, whose name The Inquirer is withholding, testified.", ("Inquirer", "organization")),
    ("The group did not respond to a message from the Courier.", ("Courier", "organization")),
    ("She read the Ledger-Courier every morning.", ("Ledger-Courier", "organization")),
    ("Reviewing the album for The Post, a critic praised it.", ("Post", "organization")),
    ("She edited The Dayton Ledger-Courier for years. Ledger-Courier reporters were barred.",
     ("Ledger-Courier", "organization")),
    ("By Dale Pruitt\nSentinel Staff Writer\n\nThe board met.", ("Sentinel", "organization")),
    ("By Gabriel Nunes Globe Staff\n\nThe chef died.", ("Globe", "organization")),
    ("By Gabriel Nunes Globe Staff\n\nThe chef died.", ("Gabriel Nunes", "person")),
])
def test_a_newspaper_is_an_organization(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("He mailed it at the Post Office on Main Street.", ("Post", "organization")),  # the name goes on
    ("The study appeared in the Journal of Medicine.", ("Journal", "organization")),  # "of" goes on
    ("By Renée Castellano\nStaff Writer\n\nThe jury met.", ("Staff Writer", "organization")),  # staff words only
    ("By Graham Thibodeaux, Food writer\n\nThe line was long.", ("Food", "organization")),  # a beat
    ("Courier pigeons carried the news.", ("Courier", "organization")),  # no "the"
])
def test_no_newspaper_without_the_or_past_its_name(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("By Ann Lee\n\nTERRE HAUTE, Ind. (AP) — Jalen Okoro scored 23 points.", ("TERRE HAUTE, Ind.", "place")),
    ("By Ann Lee\n\nWASHINGTON — The senator spoke.", ("WASHINGTON", "place")),
    ("By Ann Lee\n\nCHARLOTTE, N.C. (WKRX) — A consultant was charged.", ("CHARLOTTE, N.C.", "place")),
    ("By Ann Lee\n\nBOWLING GREEN, Ky., Sept 22 (Business Wire Daily) - A strike began.",
     ("BOWLING GREEN, Ky.", "place")),
])
def test_a_datelines_town_is_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("By Ann Lee\n\nCHICAGO, Jan 27 - The company said.", "CHICAGO, Jan"),  # a month is no state
    ("By Ann Lee\n\nUP NEXT — The team hosts Iowa.", "UP"),  # no dash right after the capitals
])
def test_no_dateline_town_from_a_date_or_a_heading(text: str, absent: str) -> None:
    assert all(t != absent for t, _ in typed(text))
