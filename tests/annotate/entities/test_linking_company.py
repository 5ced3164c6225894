"""linking._company: whether the article writes a word right before a company suffix
(data/company_suffixes.txt), as a whole word at its left ("Keysight Technologies", not
"AKeysight Technologies"). Sentences written for these tests; the second table holds negatives."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.linking import _company


@pytest.mark.parametrize(("text", "word"), [
    ("Shares of Keysight Technologies rose.", "Keysight"),
    ("Keysight Technologies said so.", "Keysight"),
    ("It sued Halvorsen Inc. last year.", "Halvorsen"),
    ("It sued Halvorsen\nCorp over the deal.", "Halvorsen"),
    ("The firm, Dunmore  Holdings, grew.", "Dunmore"),
    # a first occurrence without a suffix, a later one with it
    ("Ms. Dunmore spoke. Later Dunmore Holdings replied.", "Dunmore"),
    # an occurrence inside a longer word first, then a whole one
    ("ADunmore Holdings and Dunmore Holdings.", "Dunmore"),
    ("(Corvane Airlines) flew on.", "Corvane"),
])
def test_a_word_before_a_company_suffix(text: str, word: str) -> None:
    assert _company(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Keysight said so.", "Keysight"),
    # the suffix must be capitalized
    ("Keysight technologies are new.", "Keysight"),
    # inside a longer word on the left
    ("AKeysight Technologies rose.", "Keysight"),
    ("Ma_Keysight Technologies rose.", "Keysight"),
    # a capitalized word that is not a suffix
    ("Dunmore Hospital opened.", "Dunmore"),
    # the suffix before the word, not after it
    ("Holdings Dunmore opened.", "Dunmore"),
    # no space between
    ("Dunmore-Holdings opened.", "Dunmore"),
    ("", "Dunmore"),
    ("Dunmore", "Dunmore"),
])
def test_no_company_suffix_after_the_word(text: str, word: str) -> None:
    assert not _company(text, word)
