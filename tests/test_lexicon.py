"""site_builder/lexicon.py: one data-file format and one comment rule for every language list."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.lexicon import data_lines

ROOT = Path(__file__).resolve().parents[1] / "site_builder"


@pytest.mark.parametrize("text,expected", [
    ("senator\nminister\n", ["senator", "minister"]),
    ("  senator  \n\n\t\n", ["senator"]),
    ("# a comment\nsenator\n", ["senator"]),
    ("   # an indented comment\nsenator\n", ["senator"]),
    ("c# sharp\n", ["c# sharp"]),  # a "#" after the first character is data
    ("word\tCap\n", ["word\tCap"]),  # fields stay for the caller to split
    ("", []),
    ("#\n#\n", []),
])
def test_data_lines(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "words.txt"
    path.write_text(text, encoding="utf-8")
    assert data_lines(path) == expected


def test_no_shipped_data_file_has_a_hash_inside_a_line() -> None:
    """So the one rule reads every file as its old loader did."""
    inside = [f"{p.relative_to(ROOT)}:{n}" for p in sorted(ROOT.rglob("data/*")) if p.suffix in (".txt", ".tsv")
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if "#" in line and not line.strip().startswith("#")]
    assert inside == []
