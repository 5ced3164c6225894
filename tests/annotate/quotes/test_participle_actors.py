"""The actor of a speech-act participle speaks a marked quote (quotes/participle_actors.py).

Each case: (text, the quote's first words, the speaker shown)."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.participle_actors import participle_actor
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('I’m sure you all have seen the reports of the Russian ministry of foreign affairs summoning your colleagues to, '
     'quote, “explain to them the consequences of their hostile line.” Let’s be clear.', 'explain',
     'the Russian ministry of foreign affairs'),
    ('We read about the mayor urging residents to, quote, “stay home and stay safe.”', 'stay home', 'the mayor'),
    # "its" names its owner when the "it" resolves, else stays as written
    ('Russia launched a full-scale invasion of Ukraine. And it has engaged in nuclear saber-rattling, with its '
     'president warning, quote, “risk consequences such as you have never seen,” end quote.', 'risk consequences',
     'Russia’s president'),
    ('The talks collapsed on Friday. It was a hard week, with its organizers warning, quote, “we cannot go on like '
     'this,” end quote.', 'we cannot', 'its organizers'),
    # a participle after a comma in a clause that names words and their source: that source's
    ('QUESTION: On North Korea, do you have any response to the comment from Kim Jong-un’s sister about the '
     'exercise, calling Seoul “perfidious” yesterday?', 'perfidious', 'Kim Jong-un’s sister'),
    ('QUESTION: Do you have a response to the statement from Lavrov’s spokeswoman, describing the sanctions as '
     '“economic warfare”?', 'economic warfare', 'Lavrov’s spokeswoman'),
    # negatives: a participle after a comma is the subject's; no person or organization noun
    ('Smith criticized the press, calling it, quote, “the enemy of the people.”', 'the enemy', 'Smith'),
    ('The reports warning of, quote, “imminent collapse” were wrong.', 'imminent', None),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


FINDS = [
    ('the Russian ministry of foreign affairs summoning your colleagues to, quote, ', 'the Russian ministry of foreign affairs'),
    ('with its president warning those supporting Ukraine, quote, ', 'its president'),
    ('the press, calling it, quote, ', None),  # after a comma
    ('the reports warning of, quote, ', None),  # no person or organization noun
    ('the minister urging calm. He said ', None),  # a sentence break between
    ('the minister urging calm after Smith said ', None),  # a cue between
]


@pytest.mark.parametrize(("before", "actor"), FINDS)
def test_participle_actor(before: str, actor: str | None) -> None:
    p = participle_actor(before + "“We will see.”", 0, len(before))
    assert (before[p.start : p.end] if p is not None else None) == actor
