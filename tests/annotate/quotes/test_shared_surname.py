"""A given name coordinated with a full name shares its surname ("Joan and Phil Kessler"): the
one-word person is shown in full ("Joan Kessler"). Negatives: a one-word mention of a person the
article names in full elsewhere ("Abe" of "Shinzo Abe" in "Abe and Barack Obama"); a list going on
with another capitalised word."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import mentions_for

NAMES = {
    "Shinzo Abe": ("person", "shinzo-abe"),
    "Barack Obama": ("person", "barack-obama"),
    "Phil Kessler": ("person", "phil-kessler"),
    "Joan": ("person", "joan"),
    "Abe": ("person", "shinzo-abe"),
}

CASES = [
    ("Joan and Phil Kessler, retired teachers from Albany, have come every year since 1991.\n\n"
     "“We met here, more or less,” Joan said.", "Joan Kessler"),
    # negatives
    ("Shinzo Abe met reporters in Hiroshima. Abe and Barack Obama laid wreaths.\n\n“We are determined,” Abe said.",
     "Shinzo Abe"),
    ("Joan and Phil Kessler Jr. came every year since 1991.\n\n“We met here, more or less,” Joan said.", "Joan"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shared_surname(text: str, expected: str) -> None:
    mentions, entities = mentions_for(text, NAMES)
    quotes, _ = find_quotes(text, mentions, entities, EMPTY_REGISTRY)
    assert [q.speaker for q in quotes] == [expected]
