"""Places where people live or things are, where the model read a one-word person: "crowded into the
hall in Marlow", "a supplier in nearby Franklin", "Tolliver, 29, of Kensington" are places
(data/residence_cues.txt), and so is the same untitled one-word "person" elsewhere in the article
("Marlow commissioners OK …"). Refuses: a name with a title or a possessive ("in Smith's view"), a word of a person named in full or with a title in the article ("Anders
Brekke … in Brekke", "President Putin … trust in Putin"), and a given name ("a call in Maria").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, SINGLE, Claim
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.organizations import person_words
from site_builder.annotate.entities.slug import slugify


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = "|".join(sorted(data_lines("residence_cues.txt"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + cues + r") \Z")


def residence_places(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """See the module docstring."""
    out = claims
    full = person_words(out)
    names = {c.words[0] for c in out if _lone(c) and c.words[0] not in full
             and c.words[0].lower() not in lex.given_names and not text.startswith(("’s", "'s"), c.end)
             and _cue().search(text, max(0, c.start - 24), c.start)}
    if not names:
        return out
    return [Claim(c.start, c.end, FOUND, "place", slugify(c.words[0]), words=c.words)
            if _lone(c) and c.words[0] in names else c for c in out]


def _lone(c: Claim) -> bool:
    return c.type == "person" and c.kind == SINGLE and len(c.words) == 1 and not c.roles \
        and not c.registered and not c.label
