""""the union", "the company", "the agency" stand for the latest body whose name holds a word of
that kind (data/org_kind_words.txt): "Steelworkers", "Local", "Inc.", "Administration" — also a
name the entity layer left unmarked in the paragraph ("Workers are represented by United
Steelworkers Local 8127. The union posted …"). Negatives: no such name, the noun as
written, as before; a one-word capitalised run is no name."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CO = "Calder Motion Systems said it would close the plant in Springfield by March, cutting 240 jobs.\n\n"

CASES = [
    (CO + 'Workers are represented by United Steelworkers Local 8127. The union posted on Facebook that it was '
     '"blindsided" by the announcement.', "blindsided", "United Steelworkers Local 8127"),
    # negatives: nothing of the kind named, the noun as written stays; a single capitalised word is no name
    (CO + 'Workers at the plant met on Monday. The union posted on Facebook that it was "blindsided" by the '
     'announcement.', "blindsided", "the union"),
    (CO + 'Workers met at the Local on Monday. The union posted on Facebook that it was "blindsided" by the '
     'announcement.', "blindsided", "the union"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_body_of_the_noun_kind(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected
