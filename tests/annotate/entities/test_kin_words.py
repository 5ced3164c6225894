"""data/role_nouns.txt: a kinship word a speaker uses as a name ("Dad", "Grandma") is nobody; a
full name that holds such a word is still a person. Sentences written for the test; names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    ("“Everybody told Dad to get bigger or get out,” says Brekke, 34.", ["Brekke"]),
    ("“Grandma says the farm doesn’t belong to us,” she said.", []),
    ("Maria Grandma spoke to the council.", ["Maria Grandma"]),
])
def test_kin_words(text: str, expected: list[str]) -> None:
    assert people(text) == expected
