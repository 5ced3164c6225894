"""A partial quote framed right before it by an unnamed one ("what one called", "what someone
described as"), inside someone's reported speech, is nobody named: no speaker rather than the one
reporting. Negatives: a named framer ("what Smith called"), a plural ("what critics called"), a
cue adjacent to the quote."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

LEAD = "Mr. Greaves said he would ask the court to certify the class by summer. "

CASES = [
    (LEAD + 'He said his clients had been offered nothing so far beyond what one called "a coupon for a water pitcher."',
     None),
    (LEAD + 'He said his clients had been offered nothing beyond what someone described as "a coupon for a water '
     'pitcher."', None),
    # negatives
    (LEAD + 'He said his clients had been offered nothing beyond what critics called "a coupon for a water pitcher."',
     "critics"),
    (LEAD + 'He called the offer "a coupon for a water pitcher."', "Greaves"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unnamed_framer(text: str, expected: str | None) -> None:
    assert speaker_of(text, "a coupon") == expected
