"""Two slips of the layers below, read past by the quote finder.

A name the entity layer typed as a place or person but holding a word of an organization noun's
kind (data/org_kind_words.txt) is what "the hospital" / "the utility" stands for ("Mercy Ridge
Medical Center", "Kentucky Power"); negatives: a one-word name, a name with no such word.

Before a participle cue, a preposition's object is no speaker ("the student section poured onto
the track chanting “…”"): the clause's subject, also after a fronted clause; negatives: a
participle right after its subject, a phrase that is no preposition's object."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import mentions_for, speaker_of

NAMES = {
    "Mercy Ridge Medical Center": ("place", "mercy-ridge-medical-center"),
    "Kentucky Power": ("person", "kentucky-power"),
    "Mercy": ("place", "mercy"),
    "Grace Adebayo": ("person", "grace-adebayo"),
}

KINDS = [
    ("Grace Adebayo has worked nights at Mercy Ridge Medical Center since 1995.\n\n“We recognize there is more work to "
     "do,” the hospital said.", "Mercy Ridge Medical Center"),
    ("Kentucky Power said Tuesday that 2,100 customers were still without power. The utility called the damage "
     "“the most extensive in the history of this service territory.”", "Kentucky Power"),
    # negatives: one word; no word of the kind
    ("Grace Adebayo has worked nights at Mercy since 1995.\n\n“We recognize there is more work to do,” the hospital "
     "said.", "the hospital"),
    ("Grace Adebayo has worked nights since 1995.\n\n“We recognize there is more work to do,” the hospital said.",
     "the hospital"),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_kind_word_in_a_mistyped_name(text: str, expected: str) -> None:
    mentions, entities = mentions_for(text, NAMES)
    quotes, _ = find_quotes(text, mentions, entities, EMPTY_REGISTRY)
    assert [q.speaker for q in quotes] == [expected]


PARTICIPLES = [
    ("When the pass was confirmed, the visiting fans poured onto the field chanting “We’re going downtown!” until "
     "security herded them back.", "the visiting fans"),
    ("Jane Doe stood at the podium saying “We will not leave” to anyone who asked.", "Jane Doe"),
    # negatives: the participle right after its subject, which no preposition governs
    ("As the clock ran out, the visiting fans began chanting “We’re going downtown!” and would not stop.", "the visiting fans"),
    ("Jane Doe met the protesters saying “We will not leave” to anyone who asked.", "the protesters"),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participle_subject(text: str, expected: str) -> None:
    first = text.split("“")[1][:6]
    assert speaker_of(text, first) == expected
