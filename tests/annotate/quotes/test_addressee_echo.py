"""A question hands the addressee's words back (quotes/addressee_echo.py), a briefer's "you"
answers the question turn ("the questioner"), and part of the audience speaks as written
("quite a few of you"), through the whole pipeline on transcript turns.

Each case: (text, the quote's first words, the speaker shown)."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.addressee_echo import addressee_echo, audience_part
from site_builder.annotate.quotes.phrases import Phrase
from tests.annotate.quotes.helpers import speaker_of

_PRICE = "MR PRICE: The world will not accept it.\n\n"

CASES = [
    (_PRICE + 'QUESTION: Ned, one on Afghanistan. What does it mean, “the world will not accept the imposition of a '
     'government by force?” And you say that.\n\nMR PRICE: The basic reality is this.', 'the world', 'Price'),
    (_PRICE + 'QUESTION: No, but you got a lot of attention by saying “imminence” and “we think that this is a” —\n\n'
     'MR PRICE: Well, this is something.', 'we think', 'Price'),
    (_PRICE + 'QUESTION: No, I said that Russia has been attacked by the West.\n\nMR PRICE: Russia – explain what you '
     'mean by “Russia has been attacked by the West.”', 'Russia has', 'the questioner'),
    ('MR PRICE: And now I’ve heard quite a few of you ask, “Well, so what?” Well, it is very important.', 'Well, so',
     'quite a few of you'),
    # negatives: no echo lead touching the quote, "by saying" with no "you" before it
    (_PRICE + 'QUESTION: What does it mean for the talks? “We will not accept it,” the Taliban said.\n\nMR PRICE: Well.',
     'We will not', 'Taliban'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][40:90] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


ECHOES = [
    ('what does it mean, ', True),
    ('Explain what you mean by ', True),
    ('you got attention by saying ', True),
    ('She got attention by saying ', False),
    ('What does it mean for the talks? ', False),
    ('You said that. She got attention by saying ', False),
]


@pytest.mark.parametrize(("before", "echo"), ECHOES)
def test_addressee_echo(before: str, echo: bool) -> None:
    text = before + "“We will see.”"
    assert (addressee_echo(text, 0, len(before)) is not None) is echo


AUDIENCE = [
    ('quite a few of you', 'quite a few of you'),
    ('some of you', 'some of you'),
    ('many of us', 'many of us'),
    ('thank you', None),
    ('I told you', None),
]


@pytest.mark.parametrize(("text", "name"), AUDIENCE)
def test_audience_part(text: str, name: str | None) -> None:
    k = text.rfind(" ") + 1
    sp = audience_part(text, Phrase(k, len(text), "pronoun", text[k:].lower()))
    assert (sp.name if sp is not None else None) == name
