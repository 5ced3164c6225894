"""Title words in one spelling: "Sen." and "Senator" are one office, "Sgt." and "Sergeant" one rank.

Finds the full word an abbreviated title word stands for (`data/title_abbreviations.txt`), so a
name titled "Sen." in one place and "Senator" in another is read as holding the same title, both
when the annotator links a surname to a full name and when the index weighs titles across
articles. Refuses nothing: a word it does not know is returned as written (lower case, no stop).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from site_builder.lexicon import data_lines

_DATA = Path(__file__).parent / "data" / "title_abbreviations.txt"


@cache
def _table() -> dict[str, str]:
    return dict(line.split() for line in data_lines(_DATA))


def title_word(word: str) -> str:
    """"sen." -> "senator"; "Sergeant" -> "sergeant"."""
    w = word.lower().rstrip(".")
    return _table().get(w, w)


def title_key(title: str) -> str:
    """A whole title in one spelling: "Detective Sgt." -> "detective sergeant"."""
    return " ".join(title_word(w) for w in title.split())
