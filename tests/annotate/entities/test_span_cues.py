"""entities/span_cues.py: the organisation and place cues of a candidate span, and the acronym
test (compiled with the features that call them). Table-driven; negatives: a title or calendar
word in capitals, a short stopword, mixed case, a span with no head or prefix."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.span_cues import is_acronym, org_features, place_features
from site_builder.annotate.entities.tokens import runs_of


@pytest.mark.parametrize(("word", "expected"), [
    ("NATO", True),
    ("FBI", True),
    ("U.S.", True),
    ("UNICEF", True),
    ("FIRST", True),       # four letters or more: may be a name even if a stopword
    ("IT", False),         # a short stopword in capitals
    ("OR", False),
    ("MAY", False),        # a calendar word
    ("Nato", False),       # not all capitals
    ("A", False),          # too short
    ("ABCDEFG", False),    # too long
    ("G7", False),         # not all letters
])
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word, lexicon()) is expected


def _features(text: str, fn: str) -> list[str]:
    tokens = runs_of(text)[0].tokens
    feats: list[str] = []
    (org_features if fn == "org" else place_features)(tokens, 0, len(tokens), lexicon(), feats)
    return feats


@pytest.mark.parametrize(("text", "fn", "expected"), [
    ("Bank of Ireland", "org", ["o:headOf"]),
    ("Harlow City Council", "org", ["o:headL"]),
    ("NATO", "org", ["o:acronym"]),
    ("Linda Park", "org", []),
    ("Fort Lee", "place", ["l:prefix"]),
    ("Mississippi River", "place", ["l:headL"]),
    ("Linda Park Smith", "place", []),
])
def test_span_features(text: str, fn: str, expected: list[str]) -> None:
    assert _features(text, fn) == expected
