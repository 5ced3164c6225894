"""Given names beyond the 1990 Census list (data/given_names_more.txt, bench/build_more_given_names.py):
a recent or foreign given name opens a person's name as a Census one does; words an English dictionary
or the shared corpus reads as something else are not in the list. Surnames are invented."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.lexicon import lexicon
from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,person", [
    ("TERRE HAUTE, Ind. (AP) — Jalen Okrasa scored 23 points, including a go-ahead jumper.", "Jalen Okrasa"),
    ("Jovan Ristanek, who owns the cafe on Main Street, said the smoke came fast.", "Jovan Ristanek"),
    ("As to his opponent in the duel, Alexandre Dumelin names an officer.", "Alexandre Dumelin"),
])
def test_new_given_name_opens_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("In a statement, Mercy Ridge says it has hired 160 nurses.", "Mercy Ridge"),  # a common word
    ("He played a jazz series at the Kennedy Center in 2006.", "Kennedy Center"),
    ("The festival fills this river town in the Hudson Valley every August.", "Hudson Valley"),
])
def test_other_names_stay_other(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize("word,given", [
    ("jalen", True), ("jovan", True), ("alexandre", True), ("thierry", True), ("orson", True),
    ("mercy", False),  # dictionary word
    ("fares", False), ("theres", False),  # a plural, a contraction without its apostrophe
    ("apollo", False), ("gunther", False),  # proper nouns the dictionary knows (a myth, a surname)
    ("carlisle", False), ("hudson", False),  # places
    ("georgian", False), ("south", False),  # corpus words
])
def test_list_membership(word: str, given: bool) -> None:
    assert (word in lexicon().given_names) is given
