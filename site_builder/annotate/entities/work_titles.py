"""A work's title is no one: "the special report, Exploring U.S. Public Diplomacy’s Domestic
Dimensions", "a documentary titled Facing Kharkiv".

Finds: a discovered person right after a work's noun and a comma or colon ("report, ", "study: ")
or right after "titled" / "entitled" (data/work_nouns.txt, title_introducers.txt), whose first
word the archive writes in lower case mid-sentence ("Exploring", word_caps "L"): the opening of a
title; it is dropped (in place). Refuses: a first word the archive capitalises or knows as a name ("the report, Smith said"
keeps Smith), a given name, registered names, speaker labels and bare roles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import ROLE, Claim
from site_builder.annotate.entities.features import word_caps
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.lexicon import alternation


@lru_cache(maxsize=1)
def _introduced() -> re.Pattern[str]:
    """A work's noun and a comma or colon, or "titled", then one space: right before a mention."""
    nouns = alternation(data_lines("work_nouns.txt"))
    introducers = alternation(data_lines("title_introducers.txt"))
    return re.compile(rf"(?<![\w-])(?:(?:{nouns})[,:]|{introducers}) \Z", re.IGNORECASE)


def drop_work_titles(text: str, hits: list[Claim], given_names: frozenset[str]) -> None:
    """Drop the people among `hits` that open a work's title (in place)."""
    hits[:] = [h for h in hits if not _title_opening(text, h, given_names)]


def _title_opening(text: str, h: Claim, given_names: frozenset[str]) -> bool:
    if h.type != "person" or h.registered or h.label or h.kind == ROLE or not h.words:
        return False
    first = h.words[0].lower()
    if first in given_names or word_caps().get(first) != "L":
        return False
    return _introduced().search(text, max(0, h.start - 40), h.start) is not None
