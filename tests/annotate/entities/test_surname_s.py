"""pipeline.py, _given_then_surname_s: a one-word person and, ending the run, a capitalised word
in "s" (read like a plural, so a name's end was refused) is the family name when the article also
writes the word alone, never after "the" ("Renée Castellanos" … "Castellanos said"). Not a group
("the Hong Kongers"), not a word the article writes only after the given name. Sentences are
written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    ("“They are scared,” said Renée Castellanos, the campaign manager. Castellanos said her side "
     "would spend most of its money on mail.", ["Renée Castellanos", "Castellanos"]),
    ("The mother is played with warmth by Yanelis Fuentes, who keeps the family fed. Fuentes, a "
     "veteran of radio, said so.", ["Yanelis Fuentes", "Fuentes"]),
])
def test_family_name_in_s(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text,refused", [
    ("Many Hong Kongers left. The Hong Kongers said no.", "Hong Kongers"),
])
def test_group_in_s_is_no_family_name(text: str, refused: str) -> None:
    assert refused not in people(text)
