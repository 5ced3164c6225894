"""misread.py, _listed_region: a one-word name in a list of regions named by a plural after the
last one ("Taney, Stone and Barry counties") is no person, the last one too; a word before such a
plural with no list before it still may be. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    ("Some rural customers in Taney, Stone and Barry counties might wait until Feb. 6.", []),
    ("Barry counties the votes every night.", ["Barry"]),
])
def test_listed_regions(text: str, expected: list[str]) -> None:
    assert people(text) == expected
