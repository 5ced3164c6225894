"""Titles of newspaper prose ("Principal", "Alderman", "Ald.", "Councilmember"; "Chief Executive": a
title, its modifier, then a given name, titles.py): the name after
one is a person, the title stays out of the mention, and a title alone names nobody new.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people


@pytest.mark.parametrize("text,expected", [
    ("In a letter sent home Friday, Principal Joan Whitaker wrote that the school would close.",
     ["Joan Whitaker"]),
    ('"We will rebuild," Chief Executive Margaret Lindahl said on a call.', ["Margaret Lindahl"]),
    ('"It is fine," said Ald. Marcus Feeney, who led the opposition.', ["Marcus Feeney"]),
    ("Alderman Tomas Ruiz voted no.", ["Tomas Ruiz"]),
    ("Alderwoman Nadia Kessler voted yes.", ["Nadia Kessler"]),
    ("The runoff is between City Councilmember Rosa Villarreal and businessman Clint Hargrove.",
     ["Rosa Villarreal", "Clint Hargrove"]),
])
def test_title_before_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "The principal said the school would close.",
    "The aldermen voted 30-20 to approve the budget.",
    "The chief executive declined to comment.",
    "The U.S. Executive Branch agreed to the plan.",  # a modifier after no title before no given name
])
def test_lower_case_role_is_nobody(text: str) -> None:
    assert people(text) == []
