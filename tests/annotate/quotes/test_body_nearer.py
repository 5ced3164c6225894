""""the agency", "the union" stand for the body opening the sentence before ("The World Food
Program said …. In a statement, the agency said … “…”"), which is nearer than a body set in
apposition to the same noun paragraphs back ("the U.N. refugee agency, UNHCR"). Negatives: with
no body opening the sentence before, the apposed body still stands; a person opening it is no
body."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

BACK = "Today the camp shelters more than 61,000, according to the U.N. refugee agency, UNHCR, and arrivals go on.\n\n"

CASES = [
    (BACK + "The World Food Program said this month that it had been forced to cut rations in the camps. In a statement, "
     'the agency said it had received 31% of the money it needs and warned of cuts "as early as August."', "as early",
     "World Food Programme"),  # the known organisation (organizations.txt), by its canonical name
    # negatives: nothing opens the sentence before; a person opens it
    (BACK + 'Rations were cut this month in the camps. In a statement, the agency warned of cuts "as early as August."',
     "as early", "UNHCR"),
    (BACK + "Mahamat Saleh said this month that the rations had been cut in the camps. In a statement, the agency warned "
     'of cuts "as early as August."', "as early", "UNHCR"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_body_opening_sentence_before(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected
