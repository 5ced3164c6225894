"""Claims: what one pass says a stretch of text is (a person, an organisation, a place, a role).

A `Claim` is made by the model (pipeline.py), the registry or a transcript label, and is then
trimmed, widened and given its id by linking.py and extents.py. `kind` says how it was found:
KNOWN (the registry or our name tables), PERSON (a name of two or more words, or a titled
name), SINGLE (one word that linking may tie to a full name), ROLE ("the Prime Minister"),
FOUND (an organisation or place not in our tables).
"""

from __future__ import annotations

from dataclasses import dataclass

KNOWN, PERSON, SINGLE, ROLE, FOUND = "known", "person", "single", "role", "found"


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    kind: str
    type: str
    id: str | None  # None until linking.py decides
    registered: bool = False
    words: tuple[str, ...] = ()  # the name's words (people), for linking
    roles: tuple[str, ...] = ()  # title keys said before a person / the key of a bare role
    canonical: str = ""
    initial: bool = False  # begins a sentence (a capital that may mean nothing)
    label: bool = False  # a transcript speaker label: always a person


def drop_held(hits: list[Claim], widened: list[Claim]) -> None:
    """Drop (in place) the claims that a widened claim now holds; the widened ones stay."""
    hits[:] = [h for h in hits if not any(w is not h and w.start <= h.start and h.end <= w.end for w in widened)]
