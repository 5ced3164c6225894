"""One-word "people" that stand where a place stands (residences.py, data/residence_cues.txt):
"the hall in Marlow", "in nearby Franklin", "Tolliver, 29, of Kensington". Sentences written for these
tests; each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Local news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Better than 200 people crowded into the hall in Tarnow last Thursday to hear the candidates.",
     ("Tarnow", "place")),
    ("A supplier in nearby Dunmore, which makes seat frames, has laid off 240 workers.", ("Dunmore", "place")),
    ("Marcus Tolliver, 29, of Kensington, faces a mandatory sentence.", ("Kensington", "place")),
    ("Crews in the hills east of Branderton were still finding snapped poles.", ("Branderton", "place")),
])
def test_a_one_word_name_after_a_place_cue_is_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a possessive is someone's
    ("The answer lies in Haskett's plan, the mayor said.", ("Haskett", "place")),
    # a word of a person named in full stays the person
    ("Dale Haskett voted no. The doubt in Haskett was plain to everyone.", ("Haskett", "place")),
    # a person named with a title elsewhere stays the person
    ("President Putin invaded. Was it naive to trust in Putin to opt for diplomacy?", ("Putin", "place")),
    # a given name stays a person
    ("She found a friend in Maria when she moved.", ("Maria", "place")),
])
def test_no_place_for_people(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)
