"""Newspaper quotes with no cue of their own (issue 9, round 8): made-up sentences through the
whole pipeline (real entity detection).

Classes: a quote paragraph after one whose last sentence reports speech with the cue verb as the
second verb of its subject ("she sat down … and talked about …", after fronted clauses) is that
subject's; a present-tense "texts" is a speech cue like "texted" ("Later, she texts a reporter:");
a following cue-less quote paragraph goes on with the same speaker; "“…” That was how Dolores
Kim put it" names the speaker next, like "That is how". Negatives: another clause with
its own subject before "and talked" ("the mayor arrived, and the crowd … talked") gives no
speaker; a noun "texts" is no cue; a paragraph with no speech in its last sentences gives none.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # the cue is the subject's second verb, after two fronted clauses
    ('Maria Ortiz has run the bakery since 1998. Late in the day, as the ovens cooled, she sat down for the first '
     'time and talked about what the shop meant to her.\n\n“When my husband died, I almost sold it.”\n\n'
     'The bakery closes in May.', 'When my husband', 'Maria Ortiz'),
    # ... and the cue-less paragraph after it goes on with her
    ('Maria Ortiz has run the bakery since 1998. Late in the day, as the ovens cooled, she sat down for the first '
     'time and talked about what the shop meant to her.\n\n“When my husband died, I almost sold it.”\n\n'
     '“This is not my shop. It is the block’s.”\n\nThe bakery closes in May.', 'This is not my shop', 'Maria Ortiz'),
    # a named subject with a coordinated cue
    ('The union met on Tuesday. Tom Becker stood at the back of the hall and told the crowd about the vote.\n\n'
     '“We are not going anywhere.”\n\nThe company did not comment.', 'We are not going', 'Tom Becker'),
    # a present-tense "texts" introduces the next paragraph
    ('Dana Kowal finishes her exercises at noon. Later that afternoon, she texts a reporter:\n\n'
     '"Made it home. Tell them we need this place."\n\nThe clinic closes in June.', 'Made it home', 'Dana Kowal'),
    # negative: another clause, with its own subject, before "and talked"
    ('Maria Ortiz has run the bakery since 1998. At noon the mayor arrived, and the crowd cheered and talked about '
     'the vote.\n\n“When my husband died, I almost sold it.”\n\nThe bakery closes in May.', 'When my husband', None),
    # negative: "texts" as a noun is no cue
    ('Dana Kowal finishes her exercises at noon. The texts arrived later that afternoon.\n\n'
     '"Made it home. Tell them we need this place."\n\nThe clinic closes in June.', 'Made it home', None),
    # negative: no speech in the paragraph before
    ('Maria Ortiz has run the bakery since 1998. Late in the day she sat down for the first time and ate a roll.\n\n'
     '“When my husband died, I almost sold it.”\n\nThe bakery closes in May.', 'When my husband', None),
    # the speaker named next, by a past-tense lead in the quote's own paragraph
    ('The council met late.\n\n“We were told there was no money.” That was how Dolores Kim, 71, a retired '
     'teacher, put it during her three minutes at the microphone.', 'We were told', 'Dolores Kim'),
    # negative: "That was when" names no speaker
    ('The council met late.\n\n“We were told there was no money.” That was when Dolores Kim, 71, a retired '
     'teacher, walked out.', 'We were told', None),
]


@pytest.mark.parametrize("text,first_words,expected", CASES)
def test_no_cue_round8(text: str, first_words: str, expected: str | None) -> None:
    assert speaker_of(text, first_words) == expected
