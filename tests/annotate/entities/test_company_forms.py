"""Company legal forms (data/company_suffixes.txt, company_forms_first.txt) make organizations.
Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,name", [
    ("The Department is designating one Singapore-based entity, Everwin Ship Management Pte. Ltd., which "
     "has engaged in the transport of oil.", "Everwin Ship Management Pte"),
    ("Also designated is Radio Engineering JSC, a maker of radios.", "Radio Engineering JSC"),
    ("The firm Severgroup Limited is owned by Alexei Mordashov.", "Severgroup Limited"),
    ("This includes 17 members of the board of PJSC Sovcombank, a designated entity.", "PJSC Sovcombank"),
])
def test_company_forms_make_organizations(text: str, name: str) -> None:
    assert (name, "organization") in [(t, k) for t, k, _ in spans(text)]
