"""linking.py, _orphan_single: a one-word "person" with no title, no full name it shortens and no
speech verb beside it anywhere in the article takes the type the article's other evidence gives
the word — a place or organization mention of the same word, a place cue before it
(data/orphan_place_cues.txt), an institution's cue after it (data/orphan_org_cues.txt) — and is
no mention when the word only belongs to a longer name. Without evidence, with a title, a full
name or a speech verb, it stays a person. Sentences are written for the test; names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


def _typed(text: str, word: str) -> set[str]:
    return {kind for t, kind, _ in spans(text) if t == word}


NOT_PEOPLE = [
    # the article's own place mention of the word
    ("Doris Keane of Marlow, who voted twice, left early. Marlow has 900 voters.", "Marlow", {"place"}),
    # a place cue before the word somewhere in the article
    ("Crews east of Branson were still finding snapped poles. Branson expects power by Friday.",
     "Branson", {"place"}),
    # an institution's cue after the word
    ("A Halvorsen spokesperson declined to comment. Halvorsen said layoffs would begin in April.",
     "Halvorsen", {"organization"}),
    ("Corvane said it expected revenue to grow. Corvane cut 2,100 jobs last fall.", "Corvane", set()),
    # a lower-case "the" before the word alone
    ("She took a job on the Ledger-Courier in 1959. Ledger-Courier reporters were barred.", "Ledger-Courier", set()),
]


@pytest.mark.parametrize("text,word,kinds", NOT_PEOPLE)
def test_orphan_single_is_no_person(text: str, word: str, kinds: set[str]) -> None:
    found = _typed(text, word)
    assert "person" not in found, spans(text)
    assert kinds <= found or not kinds, spans(text)


PEOPLE = [
    # a speech verb beside the word: a speaker, whatever the place cue says
    ("Crews worked east of Okafor all night. “We are close,” Okafor said.", "Okafor"),
    # "said it" is weak evidence: a speech verb elsewhere outweighs it
    ("“We'll be fine,” Okafor said. Okafor said it would pass.", "Okafor"),
    # "the" opens a longer name, not the word alone
    ("In his 50s he formed the Lonnie Quintet. If Lonnie looked at you, you were next.", "Lonnie"),
    # a full name the word shortens
    ("Tom Branson spoke first. Crews east of Branson Street worked late. Branson thanked them.", "Branson"),
    # a title before it
    ("Workers in Halvorsen Park cheered. Sheriff Halvorsen thanked them.", "Halvorsen"),
    # no evidence at all: a person named once
    ("Odom, whose district includes the farm, voted no.", "Odom"),
]


@pytest.mark.parametrize("text,word", PEOPLE)
def test_supported_single_stays_person(text: str, word: str) -> None:
    assert "person" in _typed(text, word), spans(text)
