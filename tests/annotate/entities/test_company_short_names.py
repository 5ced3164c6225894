"""Company short names peeled off a full name (organizations._peeled, data/company_inner_words.txt):
"Halvorsen Home Appliances Inc ... Halvorsen said" is the company. Sentences written for these tests;
each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Business news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Halvorsen Home Appliances Inc said it would close the plant. Shares of Halvorsen rose 4%. "
     "Halvorsen has cut 1,900 jobs since 2023.", ("Halvorsen", "organization")),
    ("Cascade agreed to buy Meridian Airways for $4 billion. Meridian shares rose 31%, and "
     "Meridian said the deal was fair.", ("Meridian", "organization")),
    ("The suit names Tri-Valley Water Co. as the defendant. Tri-Valley disputed the allegations.",
     ("Tri-Valley", "organization")),
    # the nearer company wins: "Ozark Plains" is the Energy company, not the Holdings parent
    ("Ozark Plains Energy said repairs would take weeks. Ozark Plains Holdings Inc fell 4%. "
     "About 390,000 Ozark Plains customers lost power.", ("Ozark Plains", "organization")),
])
def test_a_company_is_its_name_without_business_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a person's surname stays the person
    ("Tom Morgan founded Morgan Home Appliances Inc in 1990. Morgan said he would retire.", ("Morgan", "organization")),
    # a US state stays the place
    ("Texas Water Co. raised rates. Lawmakers in Texas said they would act.", ("Texas", "organization")),
    # a word the article writes in lower case is no short name
    ("Water Group Inc. said rates would rise. The water was clean. Water prices fell.", ("Water", "organization")),
])
def test_no_short_name_for_people_states_or_common_words(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)
