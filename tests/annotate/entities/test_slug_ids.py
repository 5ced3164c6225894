"""Discovered people get one id across articles whatever honorific a mention carries."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities import find_entities
from site_builder.annotate.entities.slug import person_slug
from site_builder.model.registry import EMPTY_REGISTRY

HONORIFICS = frozenset({"honorable", "the", "dr"})


@pytest.mark.parametrize("words,expected", [
    (["Antony", "Blinken"], "antony-blinken"),
    (["Honorable", "Antony", "Blinken"], "antony-blinken"),
    (["Honorable", "Antony", "J.", "Blinken"], "antony-j-blinken"),
    (["George", "W.", "Bush"], "george-w-bush"),  # initials tell people apart: kept
    (["Ngũgĩ", "wa", "Thiong'o"], "ngugi-wa-thiongo"),  # a particle is kept
    (["Dr", "Smith"], "dr-smith"),  # never below two words
    (["J.", "Smith"], "j-smith"),  # a leading initial is kept: it may be all we know
])
def test_person_slug(words: list[str], expected: str) -> None:
    assert person_slug(words, HONORIFICS) == expected


@pytest.mark.parametrize("text", [
    "Secretary of State Antony Blinken spoke with Foreign Minister Dmytro Kuleba.",
    "Ministers welcomed Honorable Antony Blinken and Foreign Minister Dmytro Kuleba.",
])
def test_the_same_person_gets_the_same_id_in_every_article(text: str) -> None:
    mentions, _ = find_entities(text, EMPTY_REGISTRY)
    assert "antony-blinken" in {m.entity for m in mentions}
