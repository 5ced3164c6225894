"""entities/services.py ("a retired Army general", "a Marine veteran": the service is an
organisation) and entities/event_names.py ("the NCAA Tournament's second round": the NCAA, not the
event). Sentences written for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Hearing news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Howard L. Baptiste, a retired three-star Army general who oversaw the move, spoke.", "Army"),
    ("Mr. Mendes, a Marine veteran of the Iraq war, sat in the second row.", "Marine"),
    ("She served as a Navy nurse for a decade.", "Navy"),
    ("Harwood escaped with a 1-0 win in the NCAA Tournament's second round.", "NCAA"),
])
def test_a_service_or_an_event_body_is_an_organization(text: str, expected: str) -> None:
    assert (expected, "organization") in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The former Army General Mark Milley spoke.", "Army"),  # a title before a name
    ("He said the navy nurse was late.", "navy"),  # lower case
    ("Harwood escaped with a win in the NCAA Tournament's second round.", "NCAA Tournament"),
])
def test_no_service_or_event_where_the_rule_does_not_hold(text: str, absent: str) -> None:
    assert all(t != absent for t, _ in typed(text))
