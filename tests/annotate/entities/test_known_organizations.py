"""A known organization or an archive acronym the model leaves out or mistypes (table-driven).

pipeline._organizations_left and _model_claim: a gazetteer organization is not outvoted by a
marginal score, and an acronym the model only doubts becomes an organization; a term or a
visa it rejects does not.
"""

from __future__ import annotations

import pytest

from site_builder.annotate.entities import find_entities
from site_builder.model.registry import EMPTY_REGISTRY

CASES = [
    ("The Federal Reserve released a statement on Tuesday.", "Federal Reserve", "organization"),
    ("The White House said it would respond.", "White House", "organization"),
    ("The Security Council put out a statement last week.", "Security Council", "organization"),
    ("Inspectors from the IAEA visited the site on Monday.", "IAEA", "organization"),
    # negatives: a time zone, a visa, a plain common word
    ("The call starts at 9 a.m. EDT on Monday.", "EDT", None),
    ("She applied for an SIV last year.", "SIV", None),
    ("The house was white and quiet.", "house", None),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES, ids=[c[0][:40] for c in CASES])
def test_known_organization(text: str, name: str, kind: str | None) -> None:
    mentions, _ = find_entities(text, EMPTY_REGISTRY)
    found = {m.text: m.type for m in mentions}
    assert found.get(name) == kind
