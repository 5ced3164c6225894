"""The fold in a kept Builder: it appears, changes and disappears as articles are edited, and the
built pages follow (the pages' equality with a cold build is checked in test_incremental.py)."""

from __future__ import annotations

from pathlib import Path

from tests.index.test_incremental import FOLD_EDITS, make_builder

# After each of FOLD_EDITS: the folds of discovered ids the built archive must have.
EXPECTED: list[dict[str, str]] = [
    {},
    {"smith": "jennifer-smith"},
    {"smith": "jennifer-smith", "jenny-smith": "jennifer-smith"},
    {"jenny-smith": "jennifer-smith"},
    {"smith": "jennifer-smith", "jenny-smith": "jennifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith", "usda": "department-of-agriculture"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith"},
]


def test_folds_follow_the_edits(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    builder.build()
    for n, (edit, expected) in enumerate(zip(FOLD_EDITS(content / "articles"), EXPECTED, strict=True)):
        edit()
        builder.build()
        folds = {k: f.target for k, f in builder._fold.fold.folds.items() if "smith" in k or k == "usda"}
        assert folds == expected, f"after edit {n}"
    person = (tmp_path / "site" / "people" / "jenifer-smith.html").read_text()
    assert "smith-1" in person  # the article that says only "Ms. Smith" is listed on her page
    assert not (tmp_path / "site" / "people" / "smith.html").exists()
