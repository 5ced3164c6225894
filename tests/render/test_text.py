"""Derived titles and shortened summaries end at a sentence, clause or phrase boundary; quote excerpts
in lists lose the comma the article put inside the closing mark (table-driven, with negative cases)."""

from __future__ import annotations

import pytest

from site_builder.load.articles import derive_title
from site_builder.text import phrase_openers, shorten, tidy_quote

HEGSETH = ("US Secretary of Defense Pete Hegseth on Wednesday held an introductory call with Defense Minister "
           "Israel Katz of Israel to discuss the security situation across the entire Middle East region today.")


@pytest.mark.parametrize("text,width,expected", [
    ("Short enough.", 90, "Short enough."),
    ("  spaced   out\ntext ", 90, "spaced out text"),
    # a phrase opener ("with") is the last boundary: the cut falls before it, not inside "Defense Minister"
    (HEGSETH, 90, "US Secretary of Defense Pete Hegseth on Wednesday held an introductory call…"),
    # a sentence end wins over a later phrase boundary, and keeps its full stop
    ("The ministers met in Brussels on Monday. They discussed support for Ukraine and the budget for next year.", 60,
     "The ministers met in Brussels on Monday."),
    # a whole sentence a little shorter than half the width beats a later clause boundary
    ("The minister spoke with his counterpart today. They discussed the attack on the Mercer Street, a ship in the sea.", 100,
     "The minister spoke with his counterpart today."),
    # a clause boundary (comma) in the second half of the width
    ("After a long debate in the chamber, senators voted to approve the bill that funds the agency", 60,
     "After a long debate in the chamber…"),
    # "Mr." is not a sentence end
    ("Mr. Smith and Mrs. Jones went to the capital to meet the minister and her senior advisers there", 50,
     "Mr. Smith and Mrs. Jones went to the capital…"),
    # no boundary in reach: a word boundary, backed out of a name ("Korean Central News Agency")
    ("According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency reported today", 90,
     "According to Yonhap news agency, quoting North Korea's main news agency…"),
    # … and off a dangling article
    ("Worshippers may now formally practise the ancient Greek religion everywhere", 42, "Worshippers may now formally practise…"),
    # no boundary at all: a word boundary, never mid-word
    ("Supercalifragilistic expialidocious wordswithoutanyspaces morewordswithoutspaces", 40, "Supercalifragilistic expialidocious…"),
])
def test_shorten(text: str, width: int, expected: str) -> None:
    out = shorten(text, width)
    assert out == expected
    assert len(out) <= width


@pytest.mark.parametrize("text,width", [(HEGSETH, n) for n in range(40, 160, 9)])
def test_shorten_never_ends_on_a_phrase_opener_or_a_comma(text: str, width: int) -> None:
    out = shorten(text, width).rstrip("…")
    assert len(shorten(text, width)) <= width
    assert out.split()[-1].lower() not in phrase_openers()
    assert not out.endswith((",", ";", ":", " "))


@pytest.mark.parametrize("first_paragraph,expected", [
    ("The council met on Monday. It voted.", "The council met on Monday"),  # a full short sentence, without its full stop
    ("Is this the end? Nobody knows.", "Is this the end?"),
    (HEGSETH, "US Secretary of Defense Pete Hegseth on Wednesday held an introductory call…"),
    ("NATO allies met in Brussels, where the Secretary General, Mark Rutte, spoke at length about the alliance's plans for "
     "the coming decade and its budget.", "NATO allies met in Brussels, where the Secretary General, Mark Rutte…"),
])
def test_derived_titles(first_paragraph: str, expected: str) -> None:
    assert derive_title(first_paragraph + "\n\nSecond paragraph.") == expected


@pytest.mark.parametrize("quote,expected", [
    ("“We will defend the region,”", "“We will defend the region”"),
    ('"Numbers matter,"', '"Numbers matter"'),
    ("“It is over;”", "“It is over”"),
    ("“Is it over?”", "“Is it over?”"),  # a question mark is the speaker's: kept
    ("“We are done.”", "“We are done.”"),
    ("“one, two, three”", "“one, two, three”"),  # commas inside are kept
    ("“spread\n over lines,” ", "“spread over lines”"),
])
def test_tidy_quote(quote: str, expected: str) -> None:
    assert tidy_quote(quote) == expected
