"""Canonical ids for discovered names: the slug of the normalised full name.

Finds: nothing in text; turns "Israel Katz", "Netanyahu’s" or "Ngũgĩ wa Thiong'o" into a stable
id ("israel-katz", "netanyahu", "ngugi-wa-thiongo") so the same name gets the same id in every
article. Refuses: honorifics and possessives are dropped before slugging, never kept in an id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from site_builder.text import slugify as text_slugify

_POSSESSIVE = re.compile(r"['’]s?$")
# Latin letters that Unicode does not decompose into a plain letter and a mark ("Łódź" -> "Lodz")
_PLAIN = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss",
                        "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th"})


def plain_letters(name: str) -> str:
    """The name with the letters the shared slug would drop spelled plainly ("Łódź" -> "Lodź")."""
    return name.translate(_PLAIN)


def normalise_name(name: str) -> str:
    """Collapse spaces, straighten apostrophes, drop a trailing possessive."""
    name = " ".join(name.split())
    return _POSSESSIVE.sub("", name.replace("’", "'"))


def person_slug(words: Sequence[str], honorifics: frozenset[str]) -> str:
    """A discovered person's id: the slug of the name without leading honorifics, so "Honorable
    Antony Blinken" and "Antony Blinken" share one id. Middle initials stay: they tell
    George W. Bush from George Bush; the registry's aliases merge what the text cannot."""
    kept = list(words)
    while len(kept) > 2 and kept[0].rstrip(".").lower() in honorifics:
        kept.pop(0)
    return slugify(" ".join(kept))


def slugify(name: str) -> str:
    """The shared slug (site_builder.text) of the name without a possessive; never shortened."""
    return text_slugify(plain_letters(normalise_name(name)), max_length=10_000)
