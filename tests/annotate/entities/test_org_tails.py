"""entities/org_tails.py: an organisation's name the model closed short takes its capitalised tail
("Keane Capital | Markets", "the Seattle Police | Officers Guild") or its branch number ("VFW Post |
4418"). Sentences written for these tests; negatives: a weekday, a lower-case word, no branch word."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HEAD = "Business news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ('"The quarter was weak," said Dana Whitcombe, an analyst at Keane Capital Markets who covers the sector.',
     "Keane Capital Markets"),
    ("The Seattle Police Officers Guild, which represents Brandt, said in a statement it disagreed.",
     "Seattle Police Officers Guild"),
    ("Better than 200 people crowded into the VFW Post 4418 hall in Marlow.", "VFW Post 4418"),
    ("Workers are represented by the International Union of Electrical Workers-CWA Local 84-711, whose "
     "contract runs out.", "International Union of Electrical Workers-CWA Local 84-711"),
    ("Herds fell, according to the state Department of Agriculture, Trade and Consumer Protection.",
     "Department of Agriculture, Trade and Consumer Protection"),
    ("The Colorado Department of Public Health and Environment said in a statement that it agreed.",
     "Colorado Department of Public Health and Environment"),
    ("The Bureau of Democracy, Human Rights, and Labor said so.", "Bureau of Democracy, Human Rights, and Labor"),
])
def test_a_name_closed_short_takes_its_tail(text: str, expected: str) -> None:
    assert (expected, "organization") in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("An analyst at Keane Capital Monday Markets said so.", "Keane Capital Monday Markets"),  # a weekday
    ("An analyst at Keane Capital said markets fell.", "Keane Capital said markets"),
    ("Analysts said Keane Capital 2024 results were weak.", "Keane Capital 2024"),  # no branch word
    ("The Department of Justice and Congress agreed.", "Department of Justice and Congress"),  # a name
])
def test_no_tail_without_an_organisation_head(text: str, absent: str) -> None:
    assert all(t != absent for t, _ in typed(text))
