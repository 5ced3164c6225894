"""A quote marked as the exact wording is the sentence subject's (quotes/exact_phrase.py); a clip
an interviewer plays is the person the intro's text last named (quotes/clip_intros.py).

Each case: (text, the quote's first words, the speaker shown)."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.exact_phrase import exact_phrase_subject
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('QUESTION: The UK’s intelligence chief said today that they predict Russia’s military is about to hit a wall – '
     '“run out of steam” was the exact phrase – giving Ukraine a chance. Does the U.S. share it?', 'run out',
     'The UK’s intelligence chief'),
    ('QUESTION: Ukrainian President Zelenskyy called for the U.S. to impose sanctions now. He did that in Munich '
     'yesterday. I want you to take a listen:\n\n“(Via interpreter) What are you waiting for? We need help now.”\n\n'
     'SECRETARY BLINKEN: Well, we understand.', '(Via interpreter)', 'Zelenskyy'),
    # negatives: a document before "was the phrase" keeps its cue; a clip with no person named
    ('The report said the economy would “run out of steam” – that was the phrase.', 'run out', 'the report'),
    ('QUESTION: The ad ran all week. Take a listen:\n\n“This is a great country.”\n\nSECRETARY BLINKEN: Well.',
     'This is', None),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


EXACT = [
    ('The minister said they would – ', ' was the exact phrase.', 'The minister'),
    ('The minister said they would – ', ' were his words.', 'The minister'),
    ('He said they would – ', ' was the exact phrase.', None),  # a pronoun: the cues decide
    ('The report said they would – ', ' was the exact phrase.', None),  # no person or organization
    ('The minister said they would ', ' and more.', None),  # no such words after the quote
]


@pytest.mark.parametrize(("before", "after", "subject"), EXACT)
def test_exact_phrase_subject(before: str, after: str, subject: str | None) -> None:
    text = before + "“run out of steam”" + after
    p = exact_phrase_subject(text, 0, len(before), len(before) + len("“run out of steam”"))
    assert (text[p.start : p.end] if p is not None else None) == subject
