"""Places named after someone whose name ends in "Jr." or "Sr.": "Martin Luther King Jr. Boulevard",
"Richard L. Jones, Jr. Airport". The model cuts such a run at the suffix and keeps a person ("Martin");
the capitalised words, the suffix and a place word (data/suffixed_eponym_heads.txt) are one place,
and the claims inside give way. Refuses: a match a longer claim holds or crosses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.slug import slugify

_WORD = r"(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = sorted(data_lines("suffixed_eponym_heads.txt"), key=len, reverse=True)
    head = "(?:" + "|".join(map(re.escape, heads)) + ")"
    return re.compile(rf"(?<![\w’'.-]){_WORD}(?: {_WORD}){{0,4}},? (?:Jr|Sr)\.,? {head}(?![\w-])")


def suffixed_eponyms(text: str, hits: list[Claim]) -> None:
    """Each match (module doc) becomes one place; the claims inside it are dropped (in place)."""
    if "Jr." not in text and "Sr." not in text:
        return
    for m in _pattern().finditer(text):
        a, b = m.span()
        held = [c for c in hits if c.start < b and a < c.end]
        if any(c.start < a or c.end > b for c in held):
            continue
        name = m.group(0)
        hits[:] = [c for c in hits if c not in held]
        hits.append(Claim(a, b, FOUND, "place", slugify(name), words=tuple(name.split())))
    hits.sort(key=lambda c: c.start)
