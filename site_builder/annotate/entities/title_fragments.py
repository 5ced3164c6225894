"""Titles that are no one: a title's fragment ("the Chief Executive" -> "Executive") and a named
chair ("Ford Professor", "the Henry A. Kissinger Distinguished Professor of Global Affairs").

Finds: a discovered one-word person that is a title word, a title's modifier or a chair word
(data/titles.txt, title_modifiers.txt, named_chairs.txt) right after another capitalised word:
what is left of a title ("Chief Executive") or a chair ("Ford Professor"); and a discovered
person of two or more words with a chair word after its first word, last or before "of", "in" or
"for": a chair named after someone, whose namesake is no one here either. Both are dropped (in
place). Refuses: registered names, speaker labels, bare roles ("the Prime Minister" is linking's),
a title word the archive knows as a surname or a given name ("Judge", "King"), a chair word first (a
title before a name: "Professor Lina Hart", "Chair Mallory") or before a name ("Laureate Professor
Muhammad Yunus").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import ROLE, Claim
from site_builder.annotate.entities.features import archive_surname
from site_builder.annotate.entities.lexicon import Lexicon, data_lines

# a capitalised word and one space right before a mention: "Chief |Executive", "Ford |Professor"
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]* \Z")
_AFTER_CHAIR = frozenset(("of", "in", "for"))


@lru_cache(maxsize=1)
def _chairs() -> frozenset[str]:
    return frozenset(data_lines("named_chairs.txt"))


def drop_title_fragments(text: str, hits: list[Claim], lex: Lexicon) -> None:
    """Drop the title fragments and named chairs among `hits` (in place)."""
    hits[:] = [h for h in hits if not _candidate(h) or not (_fragment(text, h, lex) or _named_chair(h))]


def _candidate(h: Claim) -> bool:
    return h.type == "person" and not h.registered and not h.label and h.kind != ROLE and bool(h.words)


def _fragment(text: str, h: Claim, lex: Lexicon) -> bool:
    if len(h.words) != 1:
        return False
    low = h.words[0].lower().rstrip(".")
    chair = low in _chairs()  # never a name, whatever word_caps says ("Fellowship" is "Ms" there)
    if not chair and (low not in lex.titles and low not in lex.title_modifiers or archive_surname(low)
                      or low in lex.given_names):
        return False
    return _CAPITALISED_BEFORE.search(text, max(0, h.start - 30), h.start) is not None


def _named_chair(h: Claim) -> bool:
    low = [w.lower().rstrip(".,") for w in h.words]
    return any(low[k] in _chairs() and (k == len(low) - 1 or low[k + 1] in _AFTER_CHAIR) for k in range(1, len(low)))
