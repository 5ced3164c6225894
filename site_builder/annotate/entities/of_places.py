"""Institutions named "<Head> of <place>": "the University of Lima", "University of Toledo
students", "the Bank of Ireland" are organisations, their place inside them (GUM's outermost span).

Finds: a place claim right after a capitalised institution head (data/of_place_heads.txt), "of" and
perhaps "the", with the capitalised words before the head that belong to the name ("Federal Reserve
Bank of Boston"; not a sentence's opening "The", a stopword or a calendar word). Refuses: a head in
lower case ("the university of the region"), the headline (title case proves nothing) and words
before the place that another claim holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.slug import slugify
from site_builder.lexicon import alternation


@lru_cache(maxsize=1)
def _before_place() -> re.Pattern[str]:
    heads = alternation(w.capitalize() for w in data_lines("of_place_heads.txt"))
    return re.compile(r"(?<![\w’'.–-])((?:(?!The )[A-Z][\w.’'–-]* ){0,3}?(?:" + heads + r")) of (?:the )?\Z")


def of_place_institutions(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims with each place claim after "<Head> of" (module docstring) widened into the
    organisation that holds it."""
    first_line = text.find("\n")
    ordered = sorted(claims, key=lambda c: c.start)
    out: list[Claim] = []
    for c in ordered:
        m = _before_place().search(text, max(0, c.start - 80), c.start) if c.type == "place" \
            and _after_of(text, c.start) else None
        if m is None or m.start(1) < first_line or c.registered or c.label:
            out.append(c)
            continue
        a = _name_start(text, m.start(1), m.end(1), lex)
        if out and out[-1].end > a:  # the words before the place are another claim's
            out.append(c)
            continue
        name = text[a:c.end]
        out.append(Claim(a, c.end, FOUND, "organization", slugify(name), words=tuple(name.split())))
    return out


def _after_of(text: str, at: int) -> bool:
    """ " of " or " of the " ends right at `at` (what _before_place needs: a quick test first)."""
    return text.endswith(" of ", 0, at) or text.endswith(" of the ", 0, at)


def _name_start(text: str, a: int, b: int, lex: Lexicon) -> int:
    """Where the name opens: after the last stopword or calendar word before its head."""
    at = pos = a
    for word in text[a:b].split(" ")[:-1]:
        pos += len(word) + 1
        if word.lower() in lex.stopwords or word.lower() in lex.calendar:
            at = pos
    return at
