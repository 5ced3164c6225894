"""Streets and numbered roads: a place whose name is a number or an ordinal.

Finds: a numbered road ("Route 9", "Interstate 10", "Highway 126", "Farm-to-Market Road 1774",
"County Road 12", "Route 9 Connector") and a numbered district ("District 3"), and a street named by an ordinal ("21st
Street", "Eighth Avenue", "West 19th Street", "W. 19th St.", "Ninth Avenue N."): the words are in
data/street_words.txt. Each is a place; claims inside it give way ("Farm-to-Market Road" read as an
organisation). Refuses: a span a longer claim holds or crosses ("the Route 9 Coalition" another rule
found), and the headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_sections
from site_builder.annotate.entities.slug import slugify


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    """The words of data/street_words.txt by section."""
    return data_sections("street_words.txt")


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    sections = _sections()

    def alt(name: str) -> str:
        return "(?:" + "|".join(sorted(map(re.escape, sections[name]), key=len, reverse=True)) + ")"

    road = rf"(?:{alt('road prefix')} )?{alt('road')} \d{{1,4}}(?: {alt('road tail')})?"
    street = (rf"(?:{alt('compass')} )?(?:\d{{1,3}}(?:st|nd|rd|th)|{alt('ordinal')}) {alt('street')}"
              rf"(?: {alt('compass')}(?![\w]))?")
    return re.compile(rf"(?<![\w’'-])(?:{road}|{street})(?![\w-])")


def street_places(text: str, claims: list[Claim]) -> list[Claim]:
    """Numbered roads and ordinal streets (module doc) as places; claims inside them give way."""
    first_line = max(text.find("\n"), 0)
    out = claims
    if not _may_hold(text, first_line):
        return sorted(out, key=lambda c: c.start)
    for m in _patterns().finditer(text, first_line):
        a, b = m.span()
        held = [c for c in out if c.start < b and a < c.end]
        if any(c.start < a or c.end > b for c in held):
            continue
        out = [c for c in out if c not in held]
        name = m.group(0)
        out.append(Claim(a, b, FOUND, "place", slugify(name), words=tuple(name.split())))
    return sorted(out, key=lambda c: c.start)


class _Heads:
    """What every match of _patterns() holds: a road word before a space and a digit ("Route 9"),
    or a street word after an ordinal and a space ("21st Street", "Eighth Avenue")."""

    def __init__(self) -> None:
        sections = _sections()
        self.roads = frozenset(sections["road"])
        self.streets = frozenset(sections["street"])
        heads = sorted(self.roads | self.streets, key=len, reverse=True)
        # opens with a capital: the regex engine skips ahead to the heads' first letters
        self.pattern = re.compile("|".join(map(re.escape, heads)))
        self.ordinals = ("st ", "nd ", "rd ", "th ") + tuple(o + " " for o in sections["ordinal"])


@lru_cache(maxsize=1)
def _heads() -> _Heads:
    return _Heads()


_DIGIT_NEXT = re.compile(r" \d")


def _may_hold(text: str, start: int) -> bool:
    """Whether text[start:] holds a road word before " <digit>" or a street word after an ordinal
    and a space (_Heads): a quick test that lets the articles with neither (nearly all) skip the
    street pattern, which opens with a look-behind and so is tried at every character."""
    heads = _heads()
    for m in heads.pattern.finditer(text, start):
        word = m.group()
        if word in heads.roads and _DIGIT_NEXT.match(text, m.end()) \
                or word in heads.streets and text.endswith(heads.ordinals, start, m.start()):
            return True
    return False
