"""A sentence opening with a fronted subordinate clause (data/subordinators.txt: "When the
forewoman read the verdict, a woman … stood and shouted, “…”"): the subject of coordinated verbs
before the cue is the main clause's, not the one of the clause's own verb ("read"). Negatives: no
fronted clause, the sentence's subject stays; a clause with no comma is left alone."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

LEAD = "The jury deliberated for nine hours.\n\n"

CASES = [
    (LEAD + "When the forewoman read the verdict, a woman in the second row of the gallery stood and shouted, "
     "“He didn’t do it!” Court officers escorted her out.", "a woman"),
    (LEAD + "After the judge read the verdict, Jane Doe turned to the jurors and said, “You got it wrong.”", "Jane Doe"),
    # negatives
    (LEAD + "The forewoman read the verdict and said, “We find the defendant guilty.”", "the forewoman"),
    (LEAD + "Jane Doe stood and said, “He didn’t do it.”", "Jane Doe"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fronted_clause_subject(text: str, expected: str) -> None:
    first = text.split("“")[1][:8]
    assert speaker_of(text, first) == expected
