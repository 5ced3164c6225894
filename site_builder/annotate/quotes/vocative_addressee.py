"""A "you" the speaker calls by name: "Dear Tony, … On your first day in office, you said, “…”"
is Tony's (the convention: "you said" addressed to a named person is the addressee's).

Finds: a vocative opening a sentence of the paragraph before the "you" ("Dear Tony,", "Matt,")
whose word is a word of a person the article named before (a given name, a surname, or the
end of a given name it shortens: "Tony" for "Antony"); the nearest such vocative wins, and of
the people it may name, the one named most fully.
Refuses: a capitalised word that names nobody ("Well,", "Yes,", "Again,"), a vocative after the
"you", one in another paragraph, short words ("Al,") as the end of a longer given name.
"""

from __future__ import annotations

import re

from site_builder.model.spans import Mention

_VOCATIVE_RE = re.compile(r"(?m)(?:^|(?<=[.!?]\s))(?:(?:My\s+)?[Dd]ear\s+)?([A-Z][a-z]+),\s")


def _names(word: str, name: str) -> bool:
    words = [w for w in name.split() if w[:1].isupper()]
    if word in words:
        return True
    return bool(words) and len(word) >= 4 and words[0].lower().endswith(word.lower())


def vocative_person(text: str, lo: int, pos: int, people: list[tuple[Mention, str]]) -> tuple[int, int, Mention, str] | None:
    """The (start, end) of the nearest vocative in text[lo:pos] naming one of `people` (a mention
    and its fullest name), with that person; None when no vocative names anyone."""
    for m in reversed(list(_VOCATIVE_RE.finditer(text, lo, pos))):
        word = m.group(1)
        found = [(mention, name) for mention, name in people if _names(word, name)]
        if found:
            mention, name = max(found, key=lambda f: len(f[1].split()))  # "Antony Blinken" over a lone "Tony"
            return m.start(1), m.end(1), mention, name
    return None
