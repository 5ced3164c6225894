"""word_before scans right to left; it must find exactly what the regex it replaced found."""

from __future__ import annotations

import random
import re

import pytest

from site_builder.annotate.entities.features import word_before

# the regex word_before replaced: the word ending at most three non-word characters before start
_REFERENCE = re.compile(r"([\w.'’-]+)\W{0,3}\Z")


def reference(text: str, start: int) -> str:
    m = _REFERENCE.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m else "^"


@pytest.mark.parametrize(("text", "expected"), [
    ("said Mr. Smith", "mr."),
    ("President Biden", "president"),
    ("Ó Sé, Niamh", "sé"),
    ("the U.S.-backed Ada", "u.s.-backed"),
    ("Smith’s Ada", "smith’s"),
    ("“ Ada", "^"),  # no word within the window
    ("x , — Ada", "^"),  # more than three non-word characters
    ("x ... — Ada", "..."),  # dots are word characters here
    ("A", "^"),
    ("an-extremely-long-hyphenated-compound-word Ada", "yphenated-compound-word"),  # 24 characters back, no further
])
def test_word_before(text: str, expected: str) -> None:
    start = text.rfind(text.split()[-1]) if " " in text else 0
    assert word_before(text, start) == expected == reference(text, start)


def test_word_before_matches_the_regex_on_random_text() -> None:
    rng = random.Random(7)
    alphabet = "ab Z_1.'’- ,;:\n\"(é٣—"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        assert word_before(text, start) == reference(text, start), (text, start)
