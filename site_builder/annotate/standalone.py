"""Where a literal word or name stands alone in a text, by a str.find loop.

`standalone(text, word, left, right)` gives the spans re.finditer gives for
r"(?<![\\w" + left + "])" + re.escape(word) + r"(?![\\w" + right + "])": the same spans, in order,
not overlapping; `unless`, a compiled pattern, adds a negative look-ahead after the word. A pattern
that opens with a look-behind is tried at every character of the text, and a per-name pattern is
compiled per name (the regex cache holds 512); str.find jumps from one occurrence to the next.
\\w is the regex module's: a letter or digit of any script, or "_" (str.isalnum, or "_").
"""

from __future__ import annotations

import re

from site_builder.text import is_word_char

NAME_LEFT = "’'-"  # the usual left context of a name: no letter, digit, "_", apostrophe or hyphen
NAME_RIGHT = "-"  # the usual right context: no letter, digit, "_" or hyphen


def standalone(text: str, word: str, left: str = NAME_LEFT, right: str = NAME_RIGHT,
               unless: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """The spans of `word` in `text` with no \\w or character of `left` right before it, no \\w or
    character of `right` right after it, and no match of `unless` right after it (module doc).
    An empty word has no spans."""
    out: list[tuple[int, int]] = []
    if not word:
        return out
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if _alone(text, i, j, left, right) and (unless is None or unless.match(text, j) is None):
            out.append((i, j))
            i = text.find(word, j)
        else:
            i = text.find(word, i + 1)
    return out


def stands_alone(text: str, word: str, left: str = NAME_LEFT, right: str = NAME_RIGHT) -> bool:
    """Whether `word` stands alone anywhere in `text` (standalone), without listing the spans."""
    if not word:
        return False
    i = text.find(word)
    while i >= 0:
        if _alone(text, i, i + len(word), left, right):
            return True
        i = text.find(word, i + 1)
    return False


def _alone(text: str, i: int, j: int, left: str, right: str) -> bool:
    """No \\w or character of `left` at text[i - 1], none of `right` at text[j]."""
    return (i == 0 or not joins(text[i - 1], left)) and (j == len(text) or not joins(text[j], right))


def joins(ch: str, extra: str) -> bool:
    """Whether the character is a regex \\w or one of `extra`."""
    return is_word_char(ch) or ch in extra
