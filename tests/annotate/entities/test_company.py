"""linking._company finds a word before a company suffix exactly as the \\b regex it replaced did."""

from __future__ import annotations

import random
import re

import pytest

from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.linking import _company


def _company_suffixes() -> frozenset[str]:
    return lexicon().company_suffixes


def reference(text: str, word: str) -> bool:
    for m in re.finditer(rf"\b{re.escape(word)}\s+([A-Z][A-Za-z]*\.?)", text):
        if m.group(1).lower() in _company_suffixes() or m.group(1).lower().rstrip(".") in _company_suffixes():
            return True
    return False


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Keysight Technologies, Inc. said", "Keysight", True),
    ("Keysight said", "Keysight", False),
    ("NotKeysight Technologies", "Keysight", False),  # no word boundary
    ("xA A Inc.", "A", True),  # a rejected match overlaps the one that counts
    ("Acme Corp", "Acme", True),
])
def test_company(text: str, word: str, expected: bool) -> None:
    assert _company(text, word) is expected is reference(text, word)


def test_company_matches_the_regex_on_random_text() -> None:
    rng = random.Random(3)
    suffix = sorted(_company_suffixes())[:6]
    pieces = ["A", "Ab", "xA", "_A", " ", "  ", "\n", ".", "-", "é"] + [s.capitalize() for s in suffix]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for word in ("A", "Ab", ".A"):
            assert _company(text, word) == reference(text, word), (text, word)
