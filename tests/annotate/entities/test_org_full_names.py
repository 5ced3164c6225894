"""An organisation's full name where the model cut it short or the article shortens it (moved from
the quote layer's org_names.py): org_tails.widened_organizations, org_tails.companies_opened and
organizations._widened_company. Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,mention,name", [
    # the capitalised words right after the mention, up to a word heading a body's name
    ("The Seattle Police Officers Guild, which represents Brandt, said", "Seattle Police Officers Guild",
     "seattle-police-officers-guild"),
    ("The Nevada Republican Party said", "Nevada Republican Party", "nevada-republican-party"),
    ("Ohio Nurses Association filed a complaint", "Ohio Nurses Association", "ohio-nurses-association"),
    # a one-word mention: the article's first writing of the word with a company's name after it
    ("Lomax led Stonebridge Federal Solutions, a contractor.\n\nStonebridge, which was bought, said",
     "Stonebridge", "stonebridge-federal-solutions"),
    ("He ran Stonebridge Federal Solutions, a contractor.", "Stonebridge Federal Solutions",
     "stonebridge-federal-solutions"),
    ("Workers at Persian Gulf Star Oil Company struck.", "Persian Gulf Star Oil Company", "persian-gulf-star-oil-company"),
])
def test_organisation_in_full(text: str, mention: str, name: str) -> None:
    assert (mention, "organization", name) in spans(text)


@pytest.mark.parametrize("text,mention,absent", [
    # no word heading a body's name after it
    ("Seattle Police Chief Adrian Diaz said", "Seattle Police", "seattle-police-chief"),
    # a famous place's name opens a body's name: the lone word stays the city
    ("Chicago said the Chicago Police Department would respond.", "Chicago", "chicago-police-department"),
    # the company's word does not close the run: a base, not a company
    ("He visited Minot Air Force Base. Minot is cold.", "Minot", "minot-air"),
    ("They discussed the South Asia Regional Energy Partnership on Monday.", "South Asia", "south-asia-regional-energy"),
])
def test_refused(text: str, mention: str, absent: str) -> None:
    found = [i for t, _, i in spans(text) if t == mention]
    assert found and absent not in found


@pytest.mark.parametrize("text,word", [
    ("Acme said on Monday", "Acme"),
    ("the Wexford Heights lodge said", "Wexford Heights lodge"),
])
def test_no_organisation_made_up(text: str, word: str) -> None:
    assert (word, "organization") not in [(t, k) for t, k, _ in spans(text)]
