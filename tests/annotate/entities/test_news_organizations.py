"""Organizations in US newspaper prose (issue 8, orgs brief): bodies named by a capitalised noun,
school and water districts, city-for-team in game stories, and the org/place decision for an
institution that acts. Sentences written for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Budget news\n\n"  # a headline line: named_bodies never reads the first line


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The City Council approved the plan on Tuesday.", ("City Council", "organization")),
    ("Lawmakers said the Legislature would take it up in March.", ("Legislature", "organization")),
    ("He said the Court ruled too late.", ("Court", "organization")),
    ("Officials said the County Board of Supervisors would vote.", ("County Board of Supervisors", "organization")),
    ("The vote came after the Springfield City Council met.", ("Springfield City Council", "organization")),
    ("The Arroyo Vista Unified School District will close two schools.",
     ("Arroyo Vista Unified School District", "organization")),
    ("Customers of the Metro Water District will pay more.", ("Metro Water District", "organization")),
])
def test_bodies_and_districts_are_organizations(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("the city council approved the plan.", "city council"),  # lower case: no name
    ("He moved to the State of Ohio.", "State"),  # "State" is no body head
    ("The board met on Monday.", "board"),  # a lower-case head
])
def test_no_body_without_a_capitalised_head(text: str, absent: str) -> None:
    found = typed(text)
    assert all(t != absent for t, _ in found)


def test_a_headline_is_not_read_for_bodies() -> None:
    text = "The City Council Votes Tonight\n\nResidents packed the hall."
    assert not any(t == "City Council" for t, _, _ in spans(text))


def test_a_district_of_land_stays_a_place() -> None:
    # negative: "district" after no org modifier (data/org_head_pairs.txt) keeps its place head
    assert ("Lake District", "place") in typed("They hiked in the Lake District all week.")


GAME = ("Denver led 54-50 at halftime before Jamal Murray scored 12 points in the fourth quarter "
        "and grabbed six rebounds. The Nuggets beat Phoenix 112-104 in overtime. ")


@pytest.mark.parametrize(("text", "expected"), [
    (GAME, ("Denver", "organization")),
    (GAME, ("Phoenix", "organization")),
    (GAME + "The next game in Denver is Friday.", ("Denver", "place")),  # the city itself stays
])
def test_a_city_that_plays_is_its_team(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


def test_a_city_in_a_report_that_is_no_game_story_stays_a_place() -> None:
    # negative: no sports words, "led" alone proves nothing
    found = typed("Denver led the nation in new housing permits last year, the report said.")
    assert ("Denver", "organization") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Mercy Hospital said it would review the case.", ("Mercy Hospital", "organization")),
    ("She was taken to Mercy Hospital, where she was listed in stable condition.", ("Mercy Hospital", "place")),
])
def test_a_hospital_that_acts_is_the_institution(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ozark Plains Energy said repairs would take weeks. Nearly 390,000 Ozark Plains customers lost power.",
     [("Ozark Plains Energy", "organization"), ("Ozark Plains", "organization")]),
    ("Cascade Air agreed to buy the carrier. Cascade said the deal would close in June.",
     [("Cascade Air", "organization"), ("Cascade", "organization")]),
    ("Rebecca Tso, who covers utilities for Hargrove Securities, estimated the cost.",
     [("Hargrove Securities", "organization"), ("Rebecca Tso", "person")]),
])
def test_a_company_and_its_short_name(text: str, expected: list[tuple[str, str]]) -> None:
    found = typed(text)
    for item in expected:
        assert item in found


def test_a_state_is_no_company_short_name() -> None:
    # negative: "Texas" stays the place though "Texas Capital" is a company
    found = typed("Texas Capital reported earnings. Lenders in Texas said rates would rise.")
    assert ("Texas", "place") in found


def test_a_common_word_is_no_company_short_name() -> None:
    # negative: "Food" of "Food Systems" is a word the article writes in lower case
    found = typed("The Food Systems group met. Food prices rose as food aid fell. Food is scarce.")
    assert ("Food", "organization") not in found


def test_a_body_named_by_its_noun_is_the_articles_longer_name() -> None:
    found = spans(HEAD + "The Springfield City Council met on Monday. Later the City Council voted 5-2.")
    ids = {t: i for t, _, i in found}
    assert ids["City Council"] == ids["Springfield City Council"]


def test_a_body_with_no_longer_name_keeps_its_own_id() -> None:
    # negative: nothing to join ("the Court" of an article that names no court in full)
    assert ("Court", "organization", "court") in spans(HEAD + "Lawyers said the Court ruled late.")


BASEBALL = ("For eight innings the Yakima Valley Orchardmen looked flat. The Rapids took a 1-0 lead in the "
            "fourth inning when the pitcher threw wild. In the stands behind the Orchardmen dugout, fans "
            "cheered. Hollings hit a home run, and the Orchardmen beat the Rapids 2-1 in 11 innings.")


@pytest.mark.parametrize(("text", "expected"), [
    (BASEBALL, ("Yakima Valley Orchardmen", "organization")),
    (BASEBALL, ("Rapids", "organization")),
    (BASEBALL, ("Orchardmen", "organization")),
])
def test_a_plural_name_after_the_in_a_game_story_is_a_team(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    # negatives: no game story; a word the article writes in lower case; a demonym
    ("The Rapids on the river drew kayakers all summer, the outfitter said.", "Rapids"),
    (BASEBALL + " The Finals start Friday; the finals are sold out.", "Finals"),
    (BASEBALL + " The Canadians in the crowd cheered.", "Canadians"),
])
def test_no_team_without_a_game_story_or_for_a_common_word(text: str, absent: str) -> None:
    assert (absent, "organization") not in typed(text)


PRESS = ("Measles outbreak grows\n\nBy Kendra Vos, News 7 Digital\n\nGRANBY COUNTY, Colo. (KQNV) — The outbreak "
         "grew. Hamlin told POLITICO on Monday. He told the Globe in 2011. She told Smith that.\n\n"
         "By Lyle Bettencourt, Courier staff writer\n")


@pytest.mark.parametrize("expected", [
    ("News 7 Digital", "organization"), ("KQNV", "organization"), ("POLITICO", "organization"),
    ("Globe", "organization"), ("Courier", "organization"), ("Kendra Vos", "person"), ("Smith", "person"),
])
def test_publications_in_bylines_datelines_and_after_told(expected: tuple[str, str]) -> None:
    assert expected in {(t, kind) for t, kind, _ in spans(PRESS)}


def test_staff_words_alone_are_no_publication() -> None:
    # negative: a byline with only staff words after the comma names no publication
    found = {t for t, _, _ in spans("Story\n\nBy Ann Lee, staff writer\n\nThe vote came late.")}
    assert "staff writer" not in found and "Staff" not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Workers voted to join the Midwest Logistics Workers Union on Friday.",
     ("Midwest Logistics Workers Union", "organization")),
    ("The forum was sponsored by the Marlow Rotary Club.", ("Marlow Rotary Club", "organization")),
    # negatives: a known place, and a name whose last word heads places
    ("The Soviet Union collapsed in 1991.", ("Soviet Union", "place")),
    ("They met at Union Square on Monday.", ("Union Square", "place")),
])
def test_org_head_last_decides_org_or_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


def test_a_house_stays_a_building() -> None:
    # negative: "House" heads bodies and buildings (data/building_org_heads.txt)
    found = typed("They met at Hyderabad House in New Delhi.")
    assert ("Hyderabad House", "organization") not in found


def test_a_surname_is_no_team_nor_company_short_name() -> None:
    # negatives: the article names the person in full
    game = BASEBALL + " Serena Adams threw out the first pitch, and the Adams family cheered. Adams smiled."
    assert ("Adams", "organization") not in typed(game)
    firm = "Tom Morgan founded Morgan Capital in 1990. Morgan said the fund would grow."
    assert ("Morgan", "person") in typed(firm)


@pytest.mark.parametrize("text", [
    "The French presidency of the Council of the EU is delighted to take part.",
    "The director of the Dallas chapter of the Council on American - Islamic Relations, Alia Salem, spoke.",
    "Lawyers said the Court of Appeals would hear the case.",
])
def test_a_body_noun_opening_a_longer_name_is_no_body_alone(text: str) -> None:
    # negative: "Council" / "Court" cut from the proper name it opens is no organization of its own
    assert not any(s[0] in ("Council", "Court") for s in spans(HEAD + text))
