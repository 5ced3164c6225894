"""entities/ensembles.py: a band or ensemble named after its leader ("the Lonnie Marchand Quintet",
"the Count Basie Orchestra") is an organisation. Sentences written for these tests; negatives: the
leader alone, a hall named for an orchestra."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Music news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("He was a musician first, and in his 50s he formed the Lonnie Marchand Quintet, which recorded "
     "five albums.", ("Lonnie Marchand Quintet", "organization")),
    ("Marchand played with the Count Basie Orchestra for a year.", ("Count Basie Orchestra", "organization")),
    ("Lonnie Marchand played the trumpet for decades.", ("Lonnie Marchand", "person")),  # the man himself
    ("They met at Orchestra Hall in Chicago.", ("Orchestra Hall", "place")),  # no ensemble noun last
])
def test_an_ensemble_is_an_organization(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)
