"""A whole run ending in a company's last word ("Calder Motion Systems") that the model only doubts
as an organization is one (pipeline._headed_organization). Names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,name,kind", [
    ("Calder Motion Systems told employees on Tuesday that the plant would close.", "Calder Motion Systems",
     "organization"),
    ("Brightwater Holdings said on Monday that it would sell the mill.", "Brightwater Holdings", "organization"),
])
def test_company_run(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(t, k) for t, k, _ in spans(text)]


@pytest.mark.parametrize("text,absent", [
    ("Senator Systems said nothing.", "Senator Systems"),  # a title opens the run
    ("The plant made systems for cars.", "systems"),
])
def test_not_a_company_run(text: str, absent: str) -> None:
    assert absent not in [t for t, _, _ in spans(text)]
