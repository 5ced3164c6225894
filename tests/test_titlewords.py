"""titlewords.words_before: the right-to-left reading equals the regex search it replaces."""

from __future__ import annotations

import random

import pytest

from site_builder.titlewords import _IN_TEXT, _ON_LINE, words_before


def _by_regex(text: str, start: int, on_line: bool) -> list[str]:
    pattern, window = (_ON_LINE, 60) if on_line else (_IN_TEXT, 80)
    found = pattern.search(text, max(0, start - window), start)
    return found.group(1).split() if found else []


@pytest.mark.parametrize(("text", "on_line", "expected"), [
    ("said Vice President Biden", False, ["said", "Vice", "President"]),
    ("one two three four five six seven eight Biden", False, ["three", "four", "five", "six", "seven", "eight"]),
    ("FOREIGN MINISTER PARK", True, ["FOREIGN", "MINISTER"]),
    ("Moscow.\nPresident Putin", False, ["Moscow.", "President"]),
    ("Moscow.\nPresident Putin", True, ["President"]),
    ("MR PRICE \nPutin", True, ["MR", "PRICE"]),  # "$" before the line break that ends the window
    ("in 2021, Putin", False, []),  # a comma ends the words
    ("x-ray.Sen. Putin", False, ["x-ray.Sen."]),
    ("x-ray.Sen. Putin", True, ["ray.Sen."]),  # no hyphen on a label line: a word opens at a letter
    ("-.Sen Putin", False, ["Sen"]),
    ("Putin", False, []),
    ("Mr.Putin", False, []),  # no space before the name
    ("two\u00a0words Putin", False, ["two", "words"]),  # any white space in running text
    ("two\u00a0words Putin", True, ["words"]),  # spaces and tabs only on a label's line
])
def test_words_before(text: str, on_line: bool, expected: list[str]) -> None:
    start = text.rindex("Putin") if "Putin" in text else text.rindex("Biden") if "Biden" in text else text.rindex("PARK")
    assert words_before(text, start, on_line) == expected
    assert _by_regex(text, start, on_line) == expected


def test_words_before_equals_the_regex_search() -> None:
    rng = random.Random(7)
    alphabet = "aZq.-. \t\n\u00a0\u2003\x1c,;9é"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 100)))
        start = rng.randint(0, len(text))
        for on_line in (False, True):
            assert words_before(text, start, on_line) == _by_regex(text, start, on_line), (text, start, on_line)
