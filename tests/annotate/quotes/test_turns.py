"""Transcript turns as attributed speech: extents, speakers, and I/you inside them (text, expected)."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.turns import find_turns
from site_builder.model.spans import EntityRef, Mention
from tests.annotate.quotes.helpers import mentions_for, run

PEOPLE = {
    "Ned Price": ("person", "ned-price"),
    "Antony Blinken": ("person", "antony-blinken"),
    "Jane Doe": ("person", "jane-doe"),
}

# (text, [(speaker, entity, role, first words of the turn)])
TURNS = [
    # the label's surname resolves to the full name the article gives
    ("Ned Price briefed.\n\nMR PRICE: Good afternoon.\n\nQUESTION: Thanks.",
     [("Ned Price", "ned-price", "person", "Good afternoon."), (None, None, "question", "Thanks.")]),
    ("SECRETARY BLINKEN: Thank you all.\n\nAntony Blinken later left.",
     [("Antony Blinken", "antony-blinken", "person", "Thank you all.")]),
    # a full name in the text with no entity: the name, and its slug
    ("Spokesperson Jalina Porter opened.\n\nMS PORTER: Good afternoon.",
     [("Jalina Porter", "jalina-porter", "person", "Good afternoon.")]),
    # no full name anywhere: the label's name, title-cased, and no entity
    ("MS KURTZ-PHELAN: Hello there.\n\nQ: Why?", [("Kurtz-Phelan", None, "person", "Hello there."), (None, None, "question", "Why?")]),
    # anonymous labels keep the label as a descriptor
    ("SENIOR STATE DEPARTMENT OFFICIAL ONE: Sure.",
     [("Senior State Department Official One", None, "anonymous", "Sure.")]),
    # a title is not a given name
    ("Secretary Blinken spoke.\n\nSECRETARY BLINKEN: Thanks.", [("Blinken", None, "person", "Thanks.")]),
    # negatives: no labels, data fields
    ("The minister said: we agree.", []),
    ("VESSEL FLAG: Panama", []),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_turn_speakers(text: str, expected: list[tuple[str | None, str | None, str, str]]) -> None:
    mentions, entities = mentions_for(text, PEOPLE)
    got = [(t.speaker, t.speaker_entity, t.role, text[t.start:t.end].split("\n")[0]) for t in find_turns(text, mentions, entities)]
    assert got == expected


def test_turn_runs_over_unlabelled_paragraphs_but_not_a_stage_note() -> None:
    text = "MR PRICE: First part.\n\nSecond part.\n\n(The briefing was concluded at 3:04 p.m.)"
    mentions, entities = mentions_for(text, PEOPLE)
    (turn,) = find_turns(text, mentions, entities)
    assert text[turn.start:turn.end] == "First part.\n\nSecond part."
    assert text[turn.label_start:turn.label_end] == "MR PRICE"


# (text, [(speaker, entity)]) for the quotes, in order
PRONOUNS = [
    # "I" inside a person's turn is that person; "you" is the previous turn's speaker
    ("Jane Doe spoke.\n\nMS DOE: I said, “We will not give up on the talks.”\n\nQUESTION: You said, “We will not give up.” Why?",
     [("Jane Doe", "jane-doe"), ("Jane Doe", "jane-doe")]),
    # a questioner echoing the briefer's words: "you" in a question is the nearest person turn
    ("Ned Price spoke.\n\nMR PRICE: Most of them did.\n\nQUESTION: When you say “most,” what does that mean?",
     [("Ned Price", "ned-price")]),
    # "Let me say, “…”" in a turn: the turn's speaker's own words
    ("Jane Doe: Hello there, all of you.\n\nJane Doe: Let me say, “you must be willing to go down with the ship.”",
     [("Jane Doe", "jane-doe")]),
    # "I" in a question turn, "you" with no turn before: no speaker, never the pronoun
    ("QUESTION: Thanks.\n\nQUESTION: I said, “We will not comment on the report at all today.”", [(None, None)]),
    ("MS DOE: You said, “We will not comment on the report at all today.”\n\nMS DOE: Yes.", [(None, None)]),
    # outside transcripts: unresolved pronouns abstain
    ("We said, “The report is wrong in every single detail that matters.”", [(None, None)]),
    ("He said, “The report is wrong in every single detail that matters.”", [(None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronouns_in_turns(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == expected


def test_label_mention_named_only_by_the_label_takes_the_full_name() -> None:
    # the entity detector's person mention over "PRICE" (entity "price", name "PRICE")
    text = "Spokesperson Ned Price opened.\n\nMR PRICE: Good afternoon."
    start = text.index("PRICE")
    mentions = (Mention(start, start + 5, "PRICE", "person", "price"),)
    entities = (EntityRef("price", "PRICE", "person", False),)
    (turn,) = find_turns(text, mentions, entities)
    assert (turn.speaker, turn.speaker_entity) == ("Ned Price", "price")
