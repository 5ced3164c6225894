"""A he/she cue naming a document ("he said in the letter") is the document's writer
(quotes/document_writers.py).

Each case: (text, the quote's first words, the speaker shown)."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('Years after, there was this amazing letter that Bolívar wrote to a Jamaican diplomat. And this has been recalled '
     'by Professor John Lynch. And he said in the letter, “During my stay I tasted liberal democracy.”', 'During my',
     'Bolívar'),
    ('Mary Jones wrote a letter to the board. Then John Smith spoke. She said in the letter, “I resign.”', 'I resign',
     'Mary Jones'),
    ('John Smith spoke after Jane Doe’s memo reached the board. She said in the memo, “We are out of money.”', 'We are',
     'Jane Doe'),
    # negatives: another document noun, no writer named
    ('Mary Jones wrote a letter to the board. Then John Smith spoke. He said in the interview, “I resign.”', 'I resign',
     'John Smith'),
    ('The letter reached the board. Then John Smith spoke. He said in the letter, “I resign.”', 'I resign', 'John Smith'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker
