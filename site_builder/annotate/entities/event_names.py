"""Events named after the body that holds them: "the NCAA Tournament's second round", "the SEC
Championship" name the NCAA and the SEC; the event is no person, organisation or place (GUM).

Finds: an organisation claim of two words, an acronym (span_cues.is_acronym) and an event head
(data/event_heads.txt). The claim keeps the acronym. Refuses: a longer name ("Big Ten Tournament",
"Masters Tournament": their first words need not be the body), registered and labelled claims.
"""

from __future__ import annotations

from functools import lru_cache

from site_builder.annotate.entities.claims import Claim
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.entities.span_cues import is_acronym


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(data_lines("event_heads.txt"))


def event_bodies(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims with each "<ACRONYM> <event head>" organisation cut to its acronym (in place)."""
    for c in claims:
        if c.type != "organization" or c.registered or c.label or len(c.words) != 2 \
                or c.words[1].lower().rstrip("’'s") not in _event_heads() or not is_acronym(c.words[0], lex):
            continue
        c.end = c.start + len(c.words[0])
        c.words = c.words[:1]
        if c.id:
            c.id = slugify(c.words[0])
    return claims
