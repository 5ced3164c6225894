"""branches.py: a known group, a hyphen and a place ("ISIS-Mozambique") is an organization.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.branches import group_branches
from site_builder.annotate.entities.claims import SINGLE, Claim
from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.names import name_table
from site_builder.model.registry import EMPTY_REGISTRY


@pytest.mark.parametrize("text,kind", [
    ("the leader of ISIS-Mozambique, led", "organization"),
    ("attacks by ISIS-K in Kabul", "organization"),
    ("ISIS-West Africa claimed it", "organization"),
    # negatives: a double-barrelled name, a group's name with a lower-case tail, no known group
    ("Marta Ford-Hale spoke", "person"),
    ("an ISIS-linked cell", "person"),
    ("Anna Vey-Mozambique spoke", "person"),
])
def test_group_branch_by_place_is_an_organization(text: str, kind: str) -> None:
    words = text.split()
    name = next(w.rstrip(",") for w in words if "-" in w and w[0].isupper())
    start = text.index(name)
    end = start + len(name)
    if text[end:end + 2].strip()[:1].isupper():  # "ISIS-West Africa"
        end = text.index(" ", end + 1)
    hits = [Claim(start, end, SINGLE, "person", None, words=tuple(text[start:end].split()))]
    group_branches(text, hits, name_table(EMPTY_REGISTRY), lexicon())
    assert hits[0].type == kind
