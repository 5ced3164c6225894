"""A list of one-word names right after a title: "Sens. Warren, Markey and Sanders", "Ald.
Feeney, Ruiz and Hall", "Commissioners Haskett, Verner and Brantley".

Finds: a title (a title word of data/titles.txt, its plural or its abbreviation: "Sen.", "Sens.",
"Commissioners") and two or more capitalised single words joined by commas and "and"; each is a
person, whatever the model or the gazetteer said ("Warren" is a town too), and one the model left
out is added. Refuses: a list whose last name runs on into another capitalised word ("Stone and
Barry Counties"), a list holding a stop word or a title word ("Ambassador Extraordinary and
Plenipotentiary"), a list with no title before it ("Taney, Stone and Barry counties"), and names of
more than one word (people.py and the model handle those).
"""

from __future__ import annotations

import re

from site_builder.annotate.entities.claims import SINGLE, Claim
from site_builder.annotate.entities.lexicon import Lexicon

_WORD = r"[A-Z][\w’'-]+"
_LIST = re.compile(rf"([A-Z](?<![\w.][A-Z])[a-z]+\.?) ({_WORD}(?:, {_WORD})*,? and {_WORD})(?![\w’'-]| [A-Z])")
_ITEM = re.compile(_WORD)


def _is_title(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    bare = low.rstrip(".")
    forms = {low, bare, bare + "."}
    if bare.endswith("s"):
        forms |= {bare[:-1], bare[:-1] + "."}
    return bool(forms & lex.titles)


def _not_a_name(low: str, lex: Lexicon) -> bool:
    return low in lex.stopwords or low in lex.titles or low in lex.title_modifiers


def titled_lists(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """`claims` with each titled list's names as people (a claim over one of them gives way)."""
    out = claims
    for m in _LIST.finditer(text):
        if not _is_title(m.group(1), lex):
            continue
        items = [(m.start(2) + i.start(), m.start(2) + i.end()) for i in _ITEM.finditer(m.group(2))]
        if any(_not_a_name(text[a:b].lower(), lex) for a, b in items):
            continue  # "Ambassador Extraordinary and Plenipotentiary": titles, not names
        kept = [c for c in out if not any(c.start < b and a < c.end for a, b in items)]
        out = sorted(kept + [Claim(a, b, SINGLE, "person", None, words=(text[a:b],)) for a, b in items],
                     key=lambda c: c.start)
    return out
