"""Acronyms where an organisation stands (entities/acronyms.py) and chambers and armed services
named by their noun after "the" (organizations.named_bodies, data/body_heads.txt). Sentences written
for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Health news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The letter, obtained by POLITICO, calls the system broken.", ("POLITICO", "organization")),
    ("Clinics warned in comments filed with SAMHSA in March. Later SAMHSA is expected to act.",
     ("SAMHSA", "organization")),
    ("Earnings beat the estimate, according to LSEG data.", ("LSEG", "organization")),
    ("The GAO report called that concentration a risk.", ("GAO", "organization")),
    ("He served in the Army and later taught school.", ("Army", "organization")),
    ("She chairs the House higher education committee.", ("House", "organization")),
])
def test_acronyms_chambers_and_services_are_organizations(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Only 88 percent had both doses of MMR last fall, according to MMR data.", "MMR"),  # a vaccine
    ("Filings were made, according to PRC data.", "PRC"),  # a country
    ("Enrichment is capped, according to JCPOA Annex rules.", "JCPOA"),  # part of a longer name
    ("UP NEXT\n\nNORTHERN PRAIRIE said nothing.", "PRAIRIE"),  # a line of capitals
    ("The JCPOA limits enrichment under the deal.", "JCPOA"),  # no organisation's place
])
def test_no_acronym_for_terms_countries_names_or_headings(text: str, absent: str) -> None:
    assert all(not (t == absent and kind == "organization") for t, kind in typed(text))


def test_the_house_is_not_the_white_house() -> None:
    found = spans(HEAD + "The White House said the bill was dead. Later the House voted 220-210.")
    ids = {t: i for t, _, i in found}
    assert ids["House"] != ids["White House"]


def test_a_council_is_still_the_articles_longer_name() -> None:
    # negative of the above: "City Council" still joins its full name
    found = spans(HEAD + "The Springfield City Council met on Monday. Later the City Council voted 5-2.")
    ids = {t: i for t, _, i in found}
    assert ids["City Council"] == ids["Springfield City Council"]
