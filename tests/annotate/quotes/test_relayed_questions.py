"""A question an interpreter or moderator relays is the asker's (quotes/relayed_questions.py): the
person named last in the turns before, or the journalist the host called on. Negatives: no one
called on or named (unknown asker); a quote in a person's turn is no relay."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.relayed_questions import called_on, relays
from site_builder.model.spans import Turn
from tests.annotate.quotes.helpers import speaker_of

CALL = "MR PRICE: We’ll turn to Hikmet Yosef from PalSawa.\n\nQUESTION: (In Arabic.)\n\n"

CASES = [
    (CALL + "INTERPRETER: So his question was: “Is there a plan to deal with Hamas directly or indirectly?”",
     "Is there a plan", "Hikmet Yosef"),
    (CALL + "INTERPRETER: So his question was: “Is there a plan?”\n\nAnd he’s asking also: “Will the talks resume "
     "after the ceasefire?” Thank you.", "Will the talks", "Hikmet Yosef"),
    ("MR PRICE: Let’s go to the line of Jane Roe.\n\nMODERATOR: Her question is: “When will the embassy reopen "
     "for visa services?”", "When will", "Jane Roe"),
    ("MR PRICE: We’ll turn to Hikmet Yosef.\n\nMODERATOR: This one was submitted by Jane Roe. Her question is: "
     "“When will the embassy reopen?”", "When will", "Jane Roe"),
    # negatives: nobody called on; a person's own turn
    ("MR PRICE: Good afternoon.\n\nINTERPRETER: So his question was: “Is there a plan to deal with Hamas?”",
     "Is there a plan", None),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_relayed_question_is_the_askers(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected


def test_no_relay_in_a_person_turn() -> None:
    text = "So his question was: “Is it over?”"
    assert not relays(text, Turn(0, len(text), "Ned Price", None, 0, 0, "person"), text.index("“"))


@pytest.mark.parametrize(
    ("text", "name"),
    [("We’ll turn to Hikmet Yosef from PalSawa.", "Hikmet Yosef"), ("The next question is from Said Arikat.", "Said Arikat"),
     ("Let’s go to the next question.", None), ("We turn to Iran now.", None)],
)
def test_called_on(text: str, name: str | None) -> None:
    span = called_on(text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == name
