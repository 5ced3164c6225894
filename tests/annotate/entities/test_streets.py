"""Numbered roads and ordinal streets as places (entities/streets.py). Sentences written for these
tests; each table has negatives."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.streets import _may_hold, _patterns
from tests.annotate.entities.helpers import spans

HEAD = "Local news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Signs went up along Route 9 this winter.", ("Route 9", "place")),
    ("They met at a steakhouse off Interstate 10 on Tuesday.", ("Interstate 10", "place")),
    ("Crews closed the neighborhoods west of Highway 126.", ("Highway 126", "place")),
    ("Her home on Farm-to-Market Road 1774 was destroyed.", ("Farm-to-Market Road 1774", "place")),
    ("The state will widen the Route 9 Connector next year.", ("Route 9 Connector", "place")),
    ("She has represented District 3 since 2019.", ("District 3", "place")),
    ("He owns a pho restaurant on 21st Street.", ("21st Street", "place")),
    ("The snow on Ninth Avenue N. sat for four days.", ("Ninth Avenue N.", "place")),
    ("The line ran onto West 19th Street.", ("West 19th Street", "place")),
    ("She has lived on Northwest 14th Street since 1994.", ("Northwest 14th Street", "place")),
])
def test_numbered_roads_and_ordinal_streets_are_places(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("She took First Place in the contest.", "First Place"),  # no street word
    ("He finished 21st in the race on Street day.", "21st"),  # no street after the ordinal
    ("They drove 9 miles on the route.", "route"),  # lower case
])
def test_no_street_without_its_words(text: str, absent: str) -> None:
    assert all(t != absent for t, _ in typed(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides are now turning to television in the Central Valley and the Inland Empire.", ("Central Valley", "place")),
    ("He shot a man in a Rainier Valley apartment parking lot.", ("Rainier Valley", "place")),
    ("The Southwest Kansas Groundwater Management District asked farmers to cut back.",
     ("Southwest Kansas Groundwater Management District", "organization")),
    # negative: an organisation head among the words keeps the organisation
    ("She teaches at the University of Houston-Clear Lake, she said.", ("University of Houston-Clear Lake", "organization")),
])
def test_a_name_headed_by_a_place_word_is_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Signs went up along Route 9.", True),
    ("Her home on Farm-to-Market Road 1774.", True),
    ("He owns a shop on 21st Street.", True),
    ("The snow on Ninth Avenue N. sat.", True),
    ("at W. 19th St. today", True),
    # negatives: a road word with no number, a street word with no ordinal before it
    ("They walked down the Road to Recovery.", False),
    ("Wall Street fell; Route closures go on.", False),
    ("The District said so.", False),
    ("", False),
])
def test_the_quick_test_before_the_street_pattern(text: str, expected: bool) -> None:
    assert _may_hold(text, 0) is expected
    assert _patterns().search(text) is None or expected  # never refuses a text the pattern matches
