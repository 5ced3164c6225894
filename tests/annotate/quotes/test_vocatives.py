"""A quote that calls someone by name is not that person's (quotes/vocatives.py): the word test on
the quote text, and the whole pipeline on made-up newspaper paragraphs, with negatives."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.vocatives import calls_by_name
from tests.annotate.quotes.helpers import speaker_of

WORDS = [
    ("“Bye, Miss Gloria!”", "Gloria Estefanía Baptiste", True),
    ("‘Miss Dot, when’s the gym opening back up?’", "Dot Hayes", True),
    ('"Good work, John,"', "John Smith", True),
    ("“Thank you, Dr. Reyes.”", "Ana Reyes", True),
    ("“Hey Marcus, over here!”", "Marcus Bell", True),
    ("“Hey, that was Marcus.”", "Marcus Bell", False),
    ("“Marcus! Over here!”", "Marcus Bell", True),
    # negatives: a name only mentioned, an apposition, a list, no name at all
    ("“I told Gloria I would.”", "Gloria Baptiste", False),
    ("“The chief, Smith, said no.”", "Bob Smith", False),
    ("“Smith, Jones and Brown agreed.”", "Bob Smith", False),
    ("“We lost, and that is on me.”", "Ana Reyes", False),
    ("“It was the best thing for Reyes.”", "Ana Reyes", False),
]


@pytest.mark.parametrize(("quote", "name", "expected"), WORDS)
def test_calls_by_name(quote: str, name: str, expected: bool) -> None:
    assert calls_by_name(quote, name) is expected


PIPELINE = [
    # a cue-less greeting to the person the article is about: said to her, nobody named says it
    ("Gloria Baptiste has worked the corner of 37th Avenue for 20 years. At 2:50 that afternoon she was back in "
     "the intersection. A girl of about 8 stopped on the far curb and turned around.\n\n“Bye, Miss Gloria!”\n\n"
     "Ms. Baptiste waved.", "Bye", None),
    # negative: the same paragraph, the quote names nobody: she goes on
    ("Gloria Baptiste has worked the corner of 37th Avenue for 20 years. At 2:50 that afternoon she was back in "
     "the intersection.\n\n“I never get tired of it,” she said.\n\nMs. Baptiste waved.", "I never get tired", "Gloria Baptiste"),
    # negative: a named cue is kept even when the quote mentions the name
    ("Gloria Baptiste has worked the corner for 20 years.\n\n“People say, take a day off, Gloria. I say no,” "
     "Ms. Baptiste said.", "People say", "Gloria Baptiste"),
]


@pytest.mark.parametrize(("text", "first", "expected"), PIPELINE)
def test_vocative_speaker(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected
