"""Roles and bodies of diplomatic and world news (data/person_nouns.txt, data/org_nouns.txt) and
an organization noun with a proper modifier ("the Chinese government", nominals._proper_modifiers):
a cue resting on one finds its speaker, as written, not the latest organization named.
Negatives: a plain "the agency" still stands for the body named before it; a surname that is
also a word ("King") is no role noun; a title word after a partial quote is no speaker."""

from __future__ import annotations

import pytest

from site_builder.annotate import annotate_text
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import speaker_of

DEPT = "The State Department issued guidance on Monday. "

CASES = [
    ("“It is baseless and we reject it entirely,” said the deputy.", "It is baseless", "the deputy"),
    ("“It is baseless and we reject it entirely,” said the special rapporteur.", "It is baseless", "the special rapporteur"),
    ("“We will not accept this outcome,” said the delegation.", "We will not", "the delegation"),
    ("“The session is closed for today,” the parliament said in a statement.", "The session", "the parliament"),
    (DEPT + "Separately, the Chinese government said the visit was “a grave provocation and we oppose it.”",
     "a grave provocation", "the Chinese government"),
    (DEPT + "Separately, the Hungarian parliament said the law would “protect children from harmful content.”",
     "protect children", "the Hungarian parliament"),
    (DEPT + "The Biden administration said it would “review the findings carefully.”", "review the findings",
     "the Biden administration"),
    # negatives: a plain organization noun keeps its antecedent; the proper modifier's own body wins
    ("The World Food Program warned of shortages. In a statement, the agency said that stocks were “running out fast.”",
     "running out fast", "World Food Programme"),
    ("The Hungarian Parliament met on Monday. Later the Hungarian parliament said the law would “protect children "
     "from harmful content.”", "protect children", "Hungarian Parliament"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_world_roles_and_bodies(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected


def test_a_surname_king_is_no_role() -> None:
    text = "We remember the “inescapable network of mutuality” that Dr. Martin Luther King talked about."
    speakers = [q.speaker for q in annotate_text(text, EMPTY_REGISTRY).quotes]
    assert "that Dr. Martin Luther King" not in speakers
