"""Organisations: the features that say a span names an organisation.

Finds (as model features): an organisation head word last ("Greek Orthodox Church", "Defense
Department") or before "of" ("Department of Defense", "University of Texas Arlington"), an
acronym of 2-6 capitals ("FIFA", "NATO"), and a known organisation (organizations.txt) or a
registry entry of that type. Refuses: to decide; a lone head word ("Party") or an acronym of a
disease, degree or term ("Ebola", "Ph.D.", "LGBTQ") is left to the learned weights.
"""

from __future__ import annotations

from site_builder.annotate.entities.lexicon import Lexicon
from site_builder.annotate.entities.tokens import Token


def is_acronym(word: str, lex: Lexicon) -> bool:
    core = word.replace(".", "")
    if not (2 <= len(core) <= 6 and core.isupper() and core.isalpha()):
        return False
    low = core.lower()
    if low in lex.titles or low in lex.calendar:
        return False
    return len(core) >= 4 or low not in lex.stopwords  # "FIRST" may be a name, "IT" or "OR" is not


def org_features(tokens: tuple[Token, ...], i: int, j: int, lex: Lexicon, feats: list[str]) -> None:
    last = tokens[j - 1]
    if last.low in lex.org_heads:
        feats.append("o:headL")
    for k in range(i, j):
        t = tokens[k]
        if t.connector and k > i and tokens[k - 1].low in lex.org_heads:
            feats.append("o:headOf")
            break
    if j - i == 1 and is_acronym(last.text, lex):
        feats.append("o:acronym")
