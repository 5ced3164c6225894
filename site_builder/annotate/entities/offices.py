"""Offices named by their holder's possessive: "the Sheriff's Office", "the Harris County Clerk's
Office", "the King County Prosecuting Attorney's Office" are organisations.

Finds: a capitalised office holder (data/office_holders.txt) with "'s" and a capitalised office noun
(data/office_nouns.txt), with the capitalised words before the holder that belong to the name (not
a sentence's opening "The"). The claims inside (the model's "Sheriff" person, "Harris County"
place) give way to it (GUM's outermost span). Refuses: a lower-case office ("the sheriff's office":
no name), a holder that is not an office ("Smith's Office") and a claim that crosses the phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.slug import slugify
from site_builder.lexicon import alternation


def _office() -> str:
    """The holder, "'s" and the office noun: "Sheriff's Office"."""
    holders = alternation(w.capitalize() for w in data_lines("office_holders.txt"))
    nouns = alternation(w.capitalize() for w in data_lines("office_nouns.txt"))
    return r"(?:" + holders + r")['’]s (?:" + nouns + r")"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # the name's capitalised words (none of them "The"), the holder, "'s", the office noun
    return re.compile(r"(?<![\w’'.-])((?:(?!The )[A-Z][\w.-]* ){0,4}?" + _office() + r")(?![\w’'-])")


@lru_cache(maxsize=1)
def _quick() -> re.Pattern[str]:
    """The office alone (it opens with a capital: a quick scan): no match, no possessive office."""
    return re.compile(_office() + r"(?![\w’'-])")


def possessive_offices(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims with each possessive office (module docstring) an organisation in place of the
    claims inside it; one that a claim crosses is left alone."""
    if _quick().search(text) is None:
        return claims
    found = [_name_start(text, m.start(1), m.end(1), lex) for m in _pattern().finditer(text)]
    if not found:
        return claims
    out = list(claims)
    for a, b in found:
        inside = [c for c in out if c.start < b and a < c.end]
        if any(c.start < a or c.end > b or c.registered or c.label for c in inside):
            continue
        name = text[a:b]
        out = [c for c in out if c not in inside]
        out.append(Claim(a, b, FOUND, "organization", slugify(name), words=tuple(name.split())))
    return sorted(out, key=lambda c: c.start)


def _name_start(text: str, a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """The phrase without the capitalised words before its name ("On Tuesday Marlow County
    Sheriff's Office" → "Marlow County Sheriff's Office"): the last stopword or calendar word."""
    at = a
    pos = a
    for word in text[a:b].split(" ")[:-2]:
        pos += len(word) + 1
        low = word.lower()
        if low in lex.stopwords or low in lex.calendar:
            at = pos
    return at, b
