"""standalone / stands_alone: a literal word's spans with no regex word character (nor a listed
character) either side, as the look-behind pattern they replace finds them. Each table is checked
against re.finditer as well; the second table holds the negatives."""

from __future__ import annotations

import re

import pytest

from site_builder.annotate.standalone import NAME_LEFT, NAME_RIGHT, standalone, stands_alone


def _regex(text: str, word: str, left: str, right: str, unless: str = "") -> list[tuple[int, int]]:
    tail = f"(?!{unless})" if unless else ""
    pattern = r"(?<![\w" + left + r"])" + re.escape(word) + r"(?![\w" + right + r"])" + tail
    return [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(("text", "word", "left", "right", "expected"), [
    ("Corvane said. Corvane shares", "Corvane", NAME_LEFT, NAME_RIGHT, [(0, 7), (14, 21)]),
    ("(Corvane) and Corvane.", "Corvane", NAME_LEFT, NAME_RIGHT, [(1, 8), (14, 21)]),
    ("Corvane’s plan", "Corvane", NAME_LEFT, NAME_RIGHT, [(0, 7)]),  # an apostrophe after is allowed
    ("the corvane way", "corvane", "-", "-", [(4, 11)]),
    ("Ann Lee Ann Lee Ann", "Ann Lee Ann", NAME_LEFT, NAME_RIGHT, [(0, 11)]),  # no overlapping spans
    ("Kő Kő", "Kő", NAME_LEFT, NAME_RIGHT, [(0, 2), (3, 5)]),
])
def test_the_spans_where_the_word_stands_alone(text: str, word: str, left: str, right: str,
                                               expected: list[tuple[int, int]]) -> None:
    assert standalone(text, word, left, right) == expected == _regex(text, word, left, right)
    assert stands_alone(text, word, left, right)


@pytest.mark.parametrize(("text", "word", "left", "right"), [
    ("Corvanes and XCorvane", "Corvane", NAME_LEFT, NAME_RIGHT),  # letters either side
    ("Corvane-based, anti-Corvane", "Corvane", NAME_LEFT, NAME_RIGHT),  # hyphens
    ("O’Corvane, 'Corvane", "Corvane", NAME_LEFT, NAME_RIGHT),  # an apostrophe before
    ("Corvane’s", "Corvane", NAME_LEFT, "’"),  # an apostrophe after, when it is listed
    ("_Corvane Corvane2 éCorvane", "Corvane", NAME_LEFT, NAME_RIGHT),  # "_", a digit, a letter of any script
    ("", "Corvane", NAME_LEFT, NAME_RIGHT),
    ("Corvane", "", NAME_LEFT, NAME_RIGHT),  # an empty word has no spans
])
def test_no_span_where_the_word_joins_its_neighbours(text: str, word: str, left: str, right: str) -> None:
    assert standalone(text, word, left, right) == []
    assert not stands_alone(text, word, left, right)
    if word:
        assert _regex(text, word, left, right) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Harwood Labs and Harwood won", [(17, 24)]),
    ("Harwood Labs", []),
    ("Harwood", [(0, 7)]),
])
def test_unless_refuses_what_follows(text: str, expected: list[tuple[int, int]]) -> None:
    unless = " [A-Z]"
    assert standalone(text, "Harwood", unless=re.compile(unless)) == expected \
        == _regex(text, "Harwood", NAME_LEFT, NAME_RIGHT, unless)
