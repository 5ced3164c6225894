"""He/she after a quote whose speaker's name the entity layer did not link ("Principal Joan
Whitaker wrote that … “…”. “…,” she wrote"): that speaker goes on when the given name tells the
pronoun's gender (person_antecedents.unlinked_name_gender). Hand-built mentions (helpers.run)
leave "Joan Whitaker" unlinked; negatives: a pronoun of the other gender, a given name of the
other gender, a role with no name."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import run

LEAD = "In a letter sent home Friday, {who} wrote that the school would provide “take-home packets” for students kept at home. "

CASES = [
    (LEAD.format(who="Principal Joan Whitaker") + "John Smith, a parent, read it twice. “I know this is hard for many of you,” she wrote.",
     "Principal Joan Whitaker"),
    (LEAD.format(who="Joan Whitaker") + "John Smith, a parent, read it twice. “I know this is hard for many of you,” she wrote.",
     "Joan Whitaker"),
    # negatives: "he" is the parent; a male given name is no "she"; a role alone is no name
    (LEAD.format(who="Principal Joan Whitaker") + "John Smith, a parent, read it twice. “I know this is hard for many of you,” he said.",
     "John Smith"),
    (LEAD.format(who="Principal Joseph Whitaker") + "John Smith, a parent, read it twice. “I know this is hard for many of you,” she wrote.",
     None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unlinked_speaker_goes_on(text: str, expected: str | None) -> None:
    quotes, _ = run(text)
    assert [q.speaker for q in quotes if "I know" in q.text] == [expected]
