"""What one article says against an archive-wide fold: a bare given name folds only where the
article backs it, a surname the text gives another given name stays itself, a father and a son
named in one article stay two people; and a surname of two words whose first is a given name
folds when both names hold one office. Table-driven, with the negative cases."""

from __future__ import annotations

import pytest

from site_builder.index.identity import (
    ArticleSummary,
    EntitySummary,
    apply_fold,
    article_titles,
    fold_summaries,
    parse_person,
    summarize,
)
from site_builder.model.spans import Annotations, Mention
from site_builder.text import slugify
from tests.index.fold_cases import annotated, article, folds, many


def _ids_after_fold(text: str, names: list[str], archive: list[ArticleSummary], turns: bool = False) -> list[str]:
    annotations = annotated(text, names, turns)
    summary = summarize(text, annotations)
    fold = fold_summaries([*archive, summary])
    return [m.entity for m in apply_fold(annotations, fold, article_titles(summary)).mentions]


KOVACHEVSKI = many(("Dimitar Kovachevski", ("prime minister",), 3), 3)


@pytest.mark.parametrize("text,names,turns,expected", [
    # a child in a list: the article names no Kovachevski and gives "Dimitar" no title
    ("We designate his children, Alexa, Joanna, and Dimitar.", ["Dimitar"], False, ["dimitar"]),
    # the article names the Prime Minister too: "Dimitar" there is him
    ("Prime Minister Dimitar Kovachevski arrived. Thank you, Dimitar.", ["Dimitar Kovachevski", "Dimitar"], False,
     ["dimitar-kovachevski", "dimitar-kovachevski"]),
    # titled in the article
    ("Prime Minister Dimitar spoke.", ["Dimitar"], False, ["dimitar-kovachevski"]),
    # written in full, whatever id the detector gave the full name
    ("Dimitar Kovachevski of Skopje. Dimitar said so.", ["Dimitar"], False, ["dimitar-kovachevski"]),
    # a transcript that does not back the fold: an addressee, no one's id (the text stays)
    ("QUESTION: Thanks, Dimitar. One more.", ["Dimitar"], True, []),
])
def test_a_bare_given_name_folds_only_where_the_article_backs_it(text: str, names: list[str], turns: bool,
                                                                  expected: list[str]) -> None:
    assert _ids_after_fold(text, names, KOVACHEVSKI, turns) == expected


NICU = many(("Nicu Popescu", ("foreign minister",), 3), 3)


@pytest.mark.parametrize("text,expected", [
    # the detector missed "Virgil Popescu": the bare surname there is Virgil's, not Nicu's
    ("Romanian Minister of Energy Virgil Popescu met us. Minister Popescu said.", "popescu"),
    # no other given name in the text: the archive's one Popescu
    ("Foreign Minister Popescu said.", "nicu-popescu"),
    # the target's own given name (a missed full name) in the text
    ("Foreign Minister Nicu Popescu arrived. Popescu said.", "nicu-popescu"),
    # a title is no given name
    ("Moldovan Minister Popescu said.", "nicu-popescu"),
])
def test_a_surname_the_text_gives_another_given_name_stays_itself(text: str, expected: str) -> None:
    assert _ids_after_fold(text, ["Popescu"], NICU) == [expected]


def test_a_given_name_inside_another_mention_is_not_the_short_names() -> None:
    text = "The Government of Virgil Popescu Minister Popescu said."
    annotations = annotated(text, ["Popescu"])
    start = text.index("Virgil")
    other = Mention(start, start + 6, "Virgil", "organization", "virgil")
    annotations = Annotations((other, *annotations.mentions), entities=annotations.entities)
    assert summarize(text, annotations).entities[0].given == ()


@pytest.mark.parametrize("articles,expected", [
    # two articles each name one of them: a suffix alone is dropped as often as not ("Lloyd J. Austin III")
    ([article(("Christopher Kinahan", (), 2)), article(("Christopher Kinahan Jr.", (), 1))],
     {"christopher-kinahan-jr": "christopher-kinahan"}),
    # one article names both as two people: a father and his son, apart everywhere
    ([article(("Christopher Kinahan", (), 2), ("Christopher Kinahan Jr.", (), 1),
               kin=(("christopher-kinahan", "christopher-kinahan-jr"),)),
      article(("Christopher Kinahan Jr.", (), 1))], {}),
    # "Jr." beside "Sr.": apart with no article needed
    ([article(("John Smith Jr.", (), 2)), article(("John Smith Sr.", (), 2))], {}),
])
def test_a_father_and_his_son(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


def test_summarize_finds_two_full_names_of_one_surname() -> None:
    text = "Christopher Vincent Kinahan and his son Daniel Joseph Kinahan, and Popescu."
    annotations = annotated(text, ["Christopher Vincent Kinahan", "Daniel Joseph Kinahan", "Popescu"])
    assert summarize(text, annotations).kin == (("christopher-vincent-kinahan", "daniel-joseph-kinahan"),)


@pytest.mark.parametrize("articles,expected", [
    # "López" is a given name too; one office for both names ties them
    ([article(("Andrés Manuel López Obrador", ("president",), 2)), article(("López Obrador", ("president",), 5)),
      article(("Lopez Obrador", ("president",), 2))],
     {"lopez-obrador": "andres-manuel-lopez-obrador"}),
    # no title that ties them, and "Maria" opens another full name: "Maria Fernandez" may be anyone
    ([article(("Ana Maria Fernandez", (), 2)), article(("Maria Fernandez", (), 5)), article(("Maria Lopez", (), 1))], {}),
    # two offices: two people
    ([article(("Ana Maria Fernandez", ("ambassador", "minister"), 2)),
      article(("Maria Fernandez", ("president",), 5))], {}),
    # a first word that is no given name needs no title ("Abu Akleh")
    ([article(("Shireen Abu Akleh", (), 2)), article(("Abu Akleh", (), 5))], {"abu-akleh": "shireen-abu-akleh"}),
])
def test_a_surname_of_two_words(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,expected", [
    # two surnames with no given name: the one longer name that ends so, untitled
    ([article(("Álvaro López Miera", (), 2)), article(("López Miera", (), 2))], {"lopez-miera": "alvaro-lopez-miera"}),
    ([article(("Luis Alberto Gil Castillo", (), 2)), article(("Gil Castillo", (), 5))],
     {"gil-castillo": "luis-alberto-gil-castillo"}),
    # "López Obrador" ends a longer name: "López" is used there as a surname, not a given name
    ([article(("Álvaro López Miera", (), 2)), article(("López Miera", (), 2)),
      article(("Andrés Manuel López Obrador", (), 2)), article(("López Obrador", (), 5))],
     {"lopez-miera": "alvaro-lopez-miera", "lopez-obrador": "andres-manuel-lopez-obrador"}),
    # a particle opens no given name: "Van Hollen" leaves "Van Schaack" Beth's
    ([article(("Beth Van Schaack", (), 6)), article(("Van Schaack", ("ambassador",), 1)), article(("Van Hollen", (), 2))],
     {"van-schaack": "beth-van-schaack"}),
    # the first word is a given name elsewhere, with another surname: no two surnames
    ([article(("Luis Alberto Gil Castillo", (), 2)), article(("Gil Castillo", (), 5)), article(("Gil Kerlikowske", (), 1))], {}),
    # two longer names end with the two words
    ([article(("Álvaro López Miera", (), 2)), article(("Juan Carlos López Miera", (), 2)), article(("López Miera", (), 2))], {}),
    # titles that rule the longer name out
    ([article(("Ana Maria Fernandez", ("minister",), 2)), article(("Maria Fernandez", ("president",), 5))], {}),
    # East Asian names, the family name first: a hyphenated given name, or both orders in the archive
    ([article(("John Lee Ka-chiu", (), 2)), article(("Lee Ka-chiu", (), 5))], {}),
    ([article(("David Lee Min", (), 1)), article(("Lee Min", (), 5)), article(("Min Lee", (), 2))], {"min-lee": "lee-min"}),
])
def test_two_surnames_alone(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


def test_a_registered_name_of_two_surnames_stays_itself() -> None:
    long = ArticleSummary((EntitySummary("alvaro-lopez-miera", "Álvaro López Miera", "person", False, 2),))
    short = ArticleSummary((EntitySummary("lopez-miera", "López Miera", "person", True, 2),))
    assert folds(long, short) == {}


@pytest.mark.parametrize("one,other", [
    ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"),
    ("Téte António", "Tete Antonio"),
    ("Simón Bolívar", "Simon Bolivar"),
])
def test_accented_and_plain_spellings_are_one_name(one: str, other: str) -> None:
    assert slugify(one) == slugify(other)
    assert parse_person(one) == parse_person(other)
