"""A person's name split for comparison: given name, middle initials, surname, suffix, title.

Finds the surname with its lower-case particles ("von der Leyen"), middle initials ("J."),
suffixes ("Jr.", "II") and leading titles ("Secretary of State"). Refuses a name with no
surname left ("Secretary"): None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from site_builder.index.identity_words import bare, lexicon, plain, spelling


@dataclass(frozen=True, slots=True)
class PersonName:
    given: str  # lower case; "" for a surname-only name
    middles: tuple[str, ...]  # initials of middle names ("j" for "J." or "John")
    surname: str  # lower case, particles included: "von der leyen"
    suffix: str  # "jr", "iii" … or ""
    titled: bool  # a title or honorific was dropped


def parse_person(name: str) -> PersonName | None:
    """A person's name split for comparison; None when no surname is left."""
    lex = lexicon()
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    titled = False
    while words and (bare(words[0]) in lex.titles or (titled and bare(words[0]) in ("of", "for", "the"))):
        words.pop(0)
        titled = True
    suffix = ""
    while len(words) > 1 and bare(words[-1]) in lex.suffixes:
        suffix = bare(words.pop())
    if not words or not any(c.isalpha() for c in words[-1]):
        return None
    start = len(words) - 1  # the surname: the last word and the lower-case particles before it
    while start > 0 and words[start - 1].lower() in lex.particles and words[start - 1][:1].islower():
        start -= 1
    surname = " ".join(plain(w) for w in words[start:])  # "Fernández" is "Fernandez"
    rest = words[:start]
    if not rest:
        return PersonName("", (), surname, suffix, titled)
    names = [spelling(w) for w in rest if not _INITIALS.fullmatch(w)]
    initials = tuple(c.lower() for w in rest if _INITIALS.fullmatch(w) for c in w if c.isalpha())
    if not names:  # "H.R. McMaster": the initials are the given name
        return PersonName("".join(initials), (), surname, suffix, titled)
    return PersonName(" ".join(names), initials, surname, suffix, titled)


@lru_cache(maxsize=65536)
def parsed_person(name: str) -> PersonName | None:
    """parse_person, cached: every article names the same people again."""
    return parse_person(name)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
