"""The one reader of language data files (every `data/*.txt` and `*.tsv` in the package).

The format: UTF-8 text, one entry per line, fields split by spaces or a tab. Finds the entries:
each line stripped. Refuses blank lines and comment lines, whose first non-blank character is
"#"; a "#" later in a line is data (no data file has one today, and none needs escaping).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path


def data_lines(path: Path) -> list[str]:
    """The entries of a data file: non-blank, non-comment lines, stripped."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def alternation(words: Iterable[str]) -> str:
    """A regular expression's alternatives for the words, escaped, longest first (so "city council"
    is tried before "city")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
