"""Newspaper quotes with no cue of their own (issue 9, round 8): made-up sentences through the
whole pipeline (real entity detection), one group per class, each with negatives.

Classes: a quote paragraph after one whose last sentence reports speech with the cue verb as the
second verb of its subject ("she sat down … and talked about …", after fronted clauses) is that
subject's, and a cue-less paragraph after it goes on with her; a present-tense "texts" is a speech
cue like "texted"; "“…” That was how Dolores Kim put it" names the speaker next, like "That is
how"; in a Q-and-A exchange a cue-less rejoinder telling "you" what they did ("But you didn't see
one.") goes back to the one who asked, and the cue-less paragraph after it is the answer again; a
whole-paragraph quote followed by "Olena Marchuk, 29, said this while …" is hers, not the
carried-over speaker of the paragraph before; an inverted cue in the sentence before a cue-less
quote ("Edna never raised her voice, said Carla Mendes, …") gives its named speaker, not the
reported clause's subject; a quote whose sentence gives only an unnamed voice or shout ("a man's
voice shouted", "came a shout from the back") has no speaker.

Negatives: another clause with its own subject before "and talked"; a noun "texts"; no speech in
the paragraph before; "That was when"; a generic "you" ("You just grab the kids"); a first speaker
who neither asked nor addressed a "you"; "said this week"; a role after the inverted cue ("said a
former reporter"); a named speaker "in a quiet voice".

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
    # Q-and-A: a cue-less rejoinder telling the witness what they did goes back to the one asking
    ('"Did you hear the alarm?" Ruiz asked.\n\n"I heard something like a bell," Okafor said.\n\n'
     '"But you didn\'t call anyone."\n\nThe hearing went on.', "But you didn't", 'Ruiz'),
    # ... and the cue-less paragraph after the rejoinder is the witness again
    ('"Did you hear the alarm?" Ruiz asked.\n\n"I heard something like a bell," Okafor said.\n\n'
     '"But you didn\'t call anyone."\n\n"No, sir."\n\nThe hearing went on.', 'No, sir', 'Okafor'),
    # the one asking may have reported speech in the paragraph before: still the senator's rejoinder
    ('“You were warned,” Sen. Ruiz said.\n\nOkafor said he had asked for more time and been refused.\n\n'
     '“And then you closed the clinic.”\n\nThe hearing went on.', 'And then you closed', 'Ruiz'),
    # negative: a generic "you" goes on with the one answering
    ('"Did you see the water rise?" Ruiz asked.\n\n"It came in fast," Okafor said.\n\n'
     '"You just grab the kids and run."\n\nThe hearing went on.', 'You just grab', 'Okafor'),
    # negative: no question or "you" from the first speaker: no exchange
    ('"The levee held," Ruiz said.\n\n"It came in fast," Okafor said.\n\n'
     '"You never saw anything like it."\n\nThe hearing went on.', 'You never saw', 'Okafor'),
    # the speaker named in the next paragraph as having "said this" beats the carried-over "residents"
    ('Many families have left the city, residents said.\n\n"The children do not cry anymore."\n\n'
     'Olena Marchuk, a 29-year-old teacher, said this while walking her sons home on Monday.',
     'The children do not', 'Olena Marchuk'),
    # negative: "said this week" points at no quote
    ('Many families have left the city, residents said.\n\n"The children do not cry anymore."\n\n'
     'Olena Marchuk, a 29-year-old teacher, said this week that she would stay.', 'The children do not', 'residents'),
    # an inverted cue in the sentence before: its speaker, not the reported clause's subject
    ('Edna Voss ran the paper for 30 years.\n\nEdna never raised her voice, said Carla Mendes, one of the '
     'reporters. “She would just ask you, very quietly, to check it again.”', 'She would just ask', 'Carla Mendes'),
    # negative: with no inverted cue the sentence's subject still speaks
    ('Edna Voss ran the paper for 30 years.\n\nCarla Mendes laughed. “She would just ask you, very quietly, to '
     'check it again.”', 'She would just ask', 'Carla Mendes'),
    ('Edna Voss ran the paper for 30 years.\n\nThe paper was small, said a former reporter. “She would just ask '
     'you, very quietly, to check it again.”', 'She would just ask', None),
    # an unnamed voice from the crowd: nobody shown, not the last speaker nor the next sentence's subject
    ('"I ran that jail," Rios said.\n\nThat drew applause, and from near the back a man\'s voice shouted, '
     '"Tell it, Angie!" Denning tapped his microphone and asked the audience to wait.', 'Tell it', None),
    ('“Why did it take a week?” asked Yolanda Ruiz, 58.\n\n“Shut them all down!” came a shout from the back of '
     'the hall, to applause.', 'Shut them all', None),
    # negatives: a named speaker "in a quiet voice" keeps her words
    ('"I ran that jail," Rios said.\n\n"We will win," Rios said in a quiet voice.', 'We will win', 'Rios'),
    ('In a quiet voice, Rios said: "We will win."', 'We will win', 'Rios'),
]


@pytest.mark.parametrize("text,first_words,expected", CASES)
def test_no_cue_round8(text: str, first_words: str, expected: str | None) -> None:
    assert speaker_of(text, first_words) == expected
