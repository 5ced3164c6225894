"""bench/identity_eval.py --out-of-fold: the split it shares with bench/entities_cv.py, and its
annotation with given weights, which must be annotate_text's when the weights are the shipped ones."""

from __future__ import annotations

import pytest

from bench.entities_cv import fold_assignment
from bench.identity_eval import annotate_with
from site_builder.annotate import annotate_text
from site_builder.annotate.entities.model import default_weights
from site_builder.model.registry import EMPTY_REGISTRY


def test_folds_cover_every_document_once_and_do_not_depend_on_order() -> None:
    docs = [{"id": f"doc{k:02d}"} for k in range(23)]
    folds = fold_assignment(docs, 5, 7)
    assert set(folds) == {d["id"] for d in docs}
    assert sorted(set(folds.values())) == [0, 1, 2, 3, 4]
    assert max(list(folds.values()).count(f) for f in range(5)) - min(list(folds.values()).count(f) for f in range(5)) <= 1
    assert fold_assignment(list(reversed(docs)), 5, 7) == folds
    assert fold_assignment(docs, 5, 8) != folds


@pytest.mark.parametrize("text", [
    "Secretary Jane Smith met President Ann Lee in Paris. “We agree,” Smith said.",
    "MS. SMITH: Thanks, everyone.\n\nQUESTION: Is it true?\n\nMS. SMITH: “No,” she said.",
    "",
])
def test_annotate_with_the_shipped_weights_is_annotate_text(text: str) -> None:
    assert annotate_with(text, default_weights()) == annotate_text(text, EMPTY_REGISTRY)
