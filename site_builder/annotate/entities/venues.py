"""Venues: the line that names where a statement was given, right under its dateline.

Transcripts open with a dateline alone on a line ("Berlin, Germany") and, after a blank line, the
venue alone on its own ("Clärchens Ballhaus", "Casa Presidencial", "Dar Kika Salam"). A person
claim that holds the whole venue line is the building, not a person: it becomes a place.
Refuses: a line with a comma ("Ann Linde, Swedish Foreign Minister"), a titled or registered
claim ("German Chancellor Angela Merkel"), a transcript label, a claim that opens with a given
name (a bare name on that line is a person), and any line past the article's first lines.
"""

from __future__ import annotations

import re

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.slug import slugify

# a dateline alone on a line ("Berlin, Germany", "San Jose, Costa Rica"), a blank line, then a
# line of two to four capitalised words with no comma: the venue (group 1)
_VENUE = re.compile(r"^[A-Z][^\n,:]{1,40}, [A-Z][^\n,:]{1,40}\n[ \t]*\n([A-Z][^\s,:]+(?: [A-Z][^\s,:]+){1,3})[ \t]*$",
                    re.MULTILINE)
_FIRST_LINES = 800  # the dateline and venue stand at the article's top


def venue_places(text: str, claims: list[Claim], given_names: frozenset[str]) -> list[Claim]:
    """A person claim spanning the venue line under a dateline becomes that place."""
    for m in _VENUE.finditer(text, 0, _FIRST_LINES):
        start, end = m.span(1)
        for c in claims:
            if c.start == start and c.end == end and c.type == "person" and _untitled(c) \
                    and c.words and c.words[0].lower() not in given_names:
                c.type, c.kind, c.id = "place", FOUND, slugify(m.group(1))
    return claims


def _untitled(c: Claim) -> bool:
    return not (c.registered or c.roles or c.label)
