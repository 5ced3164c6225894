"""A school or town standing for its team in a game story (teams.school_teams) and "X State" as a
university (places.acting_institutions). Sentences written for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.teams import is_sports_report
from tests.annotate.entities.helpers import spans

HEAD = "Sports\n\n"
GAME = ("Cedar Prairie rallies past Dunmore in the playoff.\n\nThe quarterback threw a touchdown in the fourth "
        "quarter, and the Cougars beat Dunmore 28-27 in overtime Friday night in Dunmore. Dunmore (9-3) had taken "
        "a 27-21 lead. Dunmore coach Chuck Pettersen said little. Cedar Prairie (10-2) will play Elk Ridge next.")


def typed(text: str) -> list[tuple[str, str]]:
    return [(t, kind) for t, kind, _ in spans(HEAD + text)]


@pytest.mark.parametrize(("name", "count"), [("Dunmore", 4), ("Cedar Prairie", 2)])
def test_a_school_that_plays_is_its_team_at_every_mention(name: str, count: int) -> None:
    assert typed(GAME).count((name, "organization")) == count


def test_a_town_after_in_stays_the_place() -> None:
    assert ("Dunmore", "organization") in typed(GAME)
    assert ("Dunmore", "person") not in typed(GAME)
    assert typed(GAME).count(("Dunmore", "organization")) == 4  # "night in Dunmore" is not the team


@pytest.mark.parametrize(("text", "absent"), [
    # no game story: a town with a record-like bracket is no team
    ("Dunmore (9-3) voted on the budget. The council met.", ("Dunmore", "organization")),
    # a person named in full keeps his surname
    (GAME + " Pitcher Sam Winsett threw well, and Winsett (5-2) won.", ("Winsett", "organization")),
])
def test_no_team_outside_game_stories_or_for_people(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("He graduated from St. Cloud State and taught civics.", ("St. Cloud State", "organization")),
    ("Okonkwo has committed to North Dakota State, his coach said.", ("North Dakota State", "organization")),
])
def test_a_state_school_is_an_organization(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Lawmakers in Washington State passed the bill.", ("Washington State", "organization")),
    ("The Secretary of State flew to Paris.", ("State", "organization")),
])
def test_a_state_itself_is_no_school(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The striker scored in stoppage time.", True),
    ("Ann Lee, a Striker, scored. Then Halftime came.", True),  # a capitalised form counts
    ("The quarterback threw a touchdown. The pitcher watched.", True),
    # negatives: two cues only, cues inside words, a cue in capitals (no form of it)
    ("The striker scored twice.", False),
    ("Obstriker goalscored", False),
    ("THE STRIKER SCORED IN STOPPAGE TIME.", False),
    ("", False),
])
def test_a_sports_report_has_three_sports_words(text: str, expected: bool) -> None:
    assert is_sports_report(text) is expected
