"""linking.the_named: a person shape right after a capitalised "The" inside a sentence is a paper,
a work or an institution ("to edit The Dayton Ledger-Courier"), and its short form is no person
either; a lower-case "the" or a "The" opening a sentence leaves a name alone. Text written for the
test; names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


def _kinds(text: str, name: str) -> set[str]:
    return {k for t, k, _ in spans(text) if t == name}


def test_mid_sentence_the_names_no_person() -> None:
    text = ("She was the first woman to edit The Dayton Ledger-Courier, a sleepy afternoon paper. "
            "She joined the Ledger-Courier in 1959.")
    assert "person" not in _kinds(text, "Dayton Ledger-Courier")
    assert "person" not in _kinds(text, "Ledger-Courier")


@pytest.mark.parametrize("text,name", [
    ("The tax was changed by the Kessaro government last year.", "Kessaro"),
    ("Dana Lalwani said the bill would pass. The Dana Lalwani campaign agreed.", "Dana Lalwani"),
])
def test_other_the_leaves_people(text: str, name: str) -> None:
    assert "person" in _kinds(text, name)
