"""The fixture archive renders exactly as the reviewed golden files. `make golden` regenerates them."""

from __future__ import annotations

import difflib
from pathlib import Path

from tests.golden_update import GOLDEN, build_fixture, golden_files


def test_fixture_matches_golden_html(tmp_path: Path) -> None:
    build_fixture(tmp_path / "site")
    built = golden_files(tmp_path / "site")
    expected = golden_files(GOLDEN)
    assert sorted(built) == sorted(expected), "pages added or removed: run `make golden` and review the diff"
    for rel in sorted(built):
        if built[rel] != expected[rel]:
            diff = "".join(difflib.unified_diff(
                expected[rel].decode().splitlines(True), built[rel].decode().splitlines(True), "golden/" + rel, "built/" + rel, n=2))
            raise AssertionError(f"{rel} differs from the golden file (run `make golden` if intended):\n{diff[:3000]}")
