"""function_word_surnames.py: family names spelled like a function word ("Wilson Or", "James To").
Sentences are written for the test after the archive's Hong Kong election article; the names are
public figures' or invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,names", [
    # issue 8: the surname read as the conjunction
    ("In the Kowloon East constituency, pro-Beijing district councillor Wilson Or was elected with 51,516 votes.",
     ["Wilson Or"]),
    ("Other pan-democrats elected were Leung Yiu-chung of NWSC and James To of the Democratic Party. The rest lost.",
     ["Leung Yiu-chung of NWSC", "James To of the Democratic Party"]),
    ("The councillor Kenneth So said the vote was fair.", ["Kenneth So"]),
])
def test_function_word_surnames(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize("text,absent", [
    # title case: the next word has a capital, or is an article
    ("Either Wilson Or Mary Wins", "Wilson Or"),
    ("A Letter From Sam To the Nation", "Sam To"),
    # a sentence's first "Or", and "or" in lower case
    ("He asked Wilson. Or was it Mary?", "Wilson. Or"),
    ("Ask Wilson or Mary about it today.", "Wilson or"),
    # no given name before the word
    ("Secretary Blinken At a Press Availability", "Blinken At"),
    ("Mary Or not, he went home.", "Mary Or"),
])
def test_refused(text: str, absent: str) -> None:
    assert not any(absent in p for p in people(text))
