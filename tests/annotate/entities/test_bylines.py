"""bylines.py: a byline line's writers are people and its publication an organization
("By Gabriel Nunes Globe Staff"); a sentence that opens with "By" is no byline. Names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("line,expected", [
    ("By Gabriel Nunes Globe Staff", [("Gabriel Nunes", "person"), ("Globe", "organization")]),
    ("By Caitlin Ferris Globe Correspondent", [("Caitlin Ferris", "person"), ("Globe", "organization")]),
    ("By SAMIRA EL-HADDAD Associated Press", [("SAMIRA EL-HADDAD", "person"), ("Associated Press", "organization")]),
    ("By Lucía Andrade Ferrer", [("Lucía Andrade Ferrer", "person")]),
    ("By Nathan Greer and Alisha Wu", [("Nathan Greer", "person"), ("Alisha Wu", "person")]),
])
def test_byline(line: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, kind) for t, kind, _ in spans(f"A headline\n\n{line}\n\nThe story begins here.")]
    assert found == expected


@pytest.mark.parametrize("line", [
    "By midday, a line stretched down the block.",
    "By 6:10 the fog had started to lift.",
    "By The Numbers",
    "By Design",
])
def test_no_byline(line: str) -> None:
    assert [kind for _, kind, _ in spans(f"A headline\n\n{line}\n\nThe story begins here.")] == []
