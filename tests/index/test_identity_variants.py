"""Round 4 of issue 8's identity classes: spellings of one person meet, namesakes stay apart.

A hyphen or a space inside a name ("Cho Hyun-dong" / "Cho Hyundong") and a "y" for an "i" in a
transliterated given name ("Svyatlana" / "Sviatlana") are one id, the rest of the full name being
the evidence; a titled bare surname ("General McKenzie") folds only into a holder whose articles
give that rank too. Table-driven, with the negative cases."""

from __future__ import annotations

import pytest

from site_builder.index.identity import spelling
from tests.index.fold_cases import article, folds, many


@pytest.mark.parametrize("a,b,same", [
    ("Svyatlana", "Sviatlana", True),
    ("Vyacheslav", "Viacheslav", True),
    ("Alyaksandr", "Aliaksandr", True),
    ("Sergey", "Sergei", True),
    # a short ending is a name of its own
    ("Bryan", "Brian", False),
    ("Maryam", "Mariam", False),
    ("Yulia", "Julia", False),
])
def test_spelling_keys_of_transliterations(a: str, b: str, same: bool) -> None:
    assert (spelling(a) == spelling(b)) is same


@pytest.mark.parametrize("articles,expected", [
    # a hyphen inside the name
    ([article(("Cho Hyun-dong", (), 3)), article(("Cho Hyundong", (), 2))], {"cho-hyundong": "cho-hyun-dong"}),
    # a space inside the given name
    ([article(("Ana Maria Lopez", (), 3)), article(("Anamaria Lopez", (), 1))], {"anamaria-lopez": "ana-maria-lopez"}),
    # a "y" for an "i" in the given name
    ([article(("Sviatlana Tsikhanouskaya", (), 3)), article(("Svyatlana Tsikhanouskaya", (), 2))],
     {"svyatlana-tsikhanouskaya": "sviatlana-tsikhanouskaya"}),
    # one letter more is another name: apart
    ([article(("Cho Hyun-dong", (), 3)), article(("Cho Hyun-woo", (), 2))], {}),
    ([article(("Brian Smith", (), 3)), article(("Bryan Smith", (), 2))], {}),
])
def test_spellings_of_one_full_name(articles: list, expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,expected", [
    # an athlete no article titles; the General of other articles is someone else
    ([article(("Tina McKenzie", (), 2)), *many(("McKenzie", ("general",), 1), 2)], {}),
    # the holder's articles give the rank: the titled surname is his
    ([article(("Kenneth McKenzie", ("general",), 2)), article(("McKenzie", ("general",), 1))],
     {"mckenzie": "kenneth-mckenzie"}),
    # an office that is no rank: the one bearer, titled or not (the full name often goes untitled)
    ([article(("Chris Coons", (), 2)), article(("Coons", ("senator",), 3))], {"coons": "chris-coons"}),
    ([article(("Antonio Guterres", (), 2)), article(("Guterres", ("secretary general",), 3))],
     {"guterres": "antonio-guterres"}),
    ([article(("Marcia Bernicat", (), 2)), article(("Bernicat", ("director general",), 1))],
     {"bernicat": "marcia-bernicat"}),
    # a rank after a service's name is a rank still
    ([article(("Tina McKenzie", (), 2)), article(("McKenzie", ("army general",), 1))], {}),
    # no office on either side ("Mr." is a courtesy): the one bearer of the surname, as before
    ([article(("Tom Devocht", (), 2)), article(("Devocht", ("mr.",), 1))], {"devocht": "tom-devocht"}),
    ([article(("Tom Devocht", (), 2)), article(("Devocht", (), 1))], {"devocht": "tom-devocht"}),
])
def test_a_surname_with_a_rank_folds_only_into_a_holder_of_the_rank(articles: list, expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,not_into", [
    # "Assad" alone may be Bashar al-Assad: Omar Assad is not its one bearer
    ([article(("Omar Assad", (), 3)), article(("Bashar al-Assad", ("president",), 2)),
      *many(("Assad", ("president",), 3), 3)], "omar-assad"),
])
def test_a_surname_after_a_particle_is_a_candidate_too(articles: list, not_into: str) -> None:
    assert folds(*articles).get("assad") != not_into


def test_the_only_bearer_of_a_surname_after_a_particle() -> None:
    assert folds(article(("Bashar al-Assad", ("president",), 2)), article(("Assad", ("president",), 3))) == \
        {"assad": "bashar-al-assad"}


@pytest.mark.parametrize("articles,expected", [
    # two bare spellings named in one article: one person
    ([*many(("Lukashenka", (), 3), 2), article(("Lukashenko", (), 2)),
      article(("Lukashenka", (), 1), ("Lukashenko", (), 1), together=(("lukashenka", "lukashenko"), ("lukashenko", "lukashenka")))],
     {"lukashenko": "lukashenka"}),
    # the same given name before both spellings
    ([article(("Alyaksandr Lukashenka", (), 3)), article(("Alyaksandr Lukashenko", (), 1))],
     {"alyaksandr-lukashenko": "alyaksandr-lukashenka"}),
    # no article names both bare spellings: apart
    ([*many(("Lukashenka", (), 3), 2), article(("Lukashenko", (), 2))], {}),
    # another given name: apart
    ([article(("Viktar Lukashenka", (), 3)), article(("Dzmitry Lukashenko", (), 1))], {}),
    # a final vowel added is no transliteration (a man and a woman); short names stay apart
    ([article(("Ivan Petrov", (), 3)), article(("Ivan Petrova", (), 1))], {}),
    ([article(("Marco Rossi", (), 3)), article(("Marco Rosso", (), 1))], {}),
])
def test_surnames_that_differ_in_the_final_vowel(articles: list, expected: dict[str, str]) -> None:
    assert folds(*articles) == expected
