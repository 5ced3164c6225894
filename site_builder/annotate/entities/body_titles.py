"""A person named right after a title "of the <body>": "Counselor of the Department Derek Chollet".

The model reads "Department Derek Chollet" as one organisation. When an organisation claim opens
with a body's head word (data/org_heads.txt: "Department", "Bureau"), "of the" and a title stand
right before it, and two words or more at its end open with a given name ("Department of State
Derek Chollet"), those words are the person
the title names: the claim becomes that person (with no role: "Counselor Chollet" later links to
the full name by its surname).
Refuses: a head word that is not the claim's first word, a name of one word, and a claim with no
title before "of the".
"""

from __future__ import annotations

import re

from site_builder.annotate.entities.claims import PERSON, Claim
from site_builder.annotate.entities.gazetteer import place_names
from site_builder.annotate.entities.lexicon import Lexicon

# a title word, then "of the", right before the claim: group 1 is the title word
_TITLE_OF_THE = re.compile(r"([A-Z][a-z]+) of the $")


def people_after_bodies(text: str, hits: list[Claim], lex: Lexicon) -> None:
    """Turn (in place) "Department <Given> <Surname>" after "<Title> of the " into the person."""
    for h in hits:
        if h.type != "organization" or h.registered or not 3 <= len(h.words) <= 7 or h.words[0].lower() not in lex.org_heads:
            continue
        k = _name_start(h.words, lex)
        if not k:
            continue
        head, name = " ".join(h.words[:k]), h.words[k:]
        m = _TITLE_OF_THE.search(text, max(0, h.start - 40), h.start)
        if m is None or m.group(1).lower() not in lex.titles:
            continue
        start = text.find(name[0], h.start + len(head))
        if start < 0:
            continue
        h.start, h.words, h.type, h.kind, h.id, h.canonical = start, name, "person", PERSON, None, ""


def _name_start(words: tuple[str, ...], lex: Lexicon) -> int:
    """Where the name starts: at the first given name that two words or more are left for, or
    right after it when it is a place ("Bureau for Asia Anjali Kaur": "Asia" is the bureau's);
    0 when there is none."""
    n = len(words)
    for k in range(1, n - 1):
        if words[k].lower() in lex.given_names:
            if words[k] not in place_names():
                return k
            if n - k - 1 >= 2:
                return k + 1
    return 0
