"""Names in the family-name-first order with a hyphenated romanised given name: "Leung Che-cheung",
"Noh Kyu-duk", "Tsai Ing-wen".

The model has no evidence for the given name (the archive has rarely or never seen "Che-cheung"),
and it doubts a second name joined by "and" inside one run of capitals ("Ben Chan and Leung
Che-cheung": "X and Y" inside a run is mostly an organisation's name, "Procter and Gamble"). So it
finds nothing there, or only the family name that the article repeats elsewhere ("Leung"), or
only the given name after a title ("Foreign Minister Chung Eui-yong" -> "Eui-yong").
A romanised given name is two syllables of data/romanised_syllables.txt joined by a hyphen, the
second in lower case; the family name before it is one such syllable with a capital.
Finds: a person claim that ends with the family name widens over the given name; a person claim
of the given name alone widens over the family name; neither word claimed: a new person claim.
Refuses: a family name that is a stop word, a title or a word the archive writes in lower case
(only when nothing is claimed: "In Ho-ping"), a hyphenated word the archive writes in lower case,
any part that is no syllable ("Agriculture-led", "House-led", "Port-au-Prince", "Chan-o-cha"), and
words that a claim of another kind holds.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.entities.claims import PERSON, Claim, drop_held
from site_builder.annotate.entities.features import archive_lower
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.people import title_word

_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) ([A-Z][a-z]+-[a-z]+)(?![\w’'-])")


@cache
def romanised_syllables() -> frozenset[str]:
    """data/romanised_syllables.txt: "cheung", "kwok", "kyu", "ing", …"""
    return frozenset(data_lines("romanised_syllables.txt"))


def romanised_given(word: str) -> bool:
    """"Che-cheung", "Kyu-duk": two syllables joined by a hyphen, the second in lower case."""
    first, _, second = word.partition("-")
    syllables = romanised_syllables()
    return second.islower() and first[:1].isupper() and first.lower() in syllables and second in syllables \
        and not archive_lower(word.lower())


def _family_name(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in romanised_syllables() and low not in lex.stopwords and not title_word(low, lex)


def romanised_names(text: str, hits: list[Claim], lex: Lexicon) -> None:
    """Widen (in place) person claims over a romanised name's other word, and claim the names no
    claim holds."""
    if "-" not in text:
        return
    widened: list[Claim] = []
    for m in _NAME.finditer(text):
        if not romanised_given(m.group(2)) or not _family_name(m.group(1), lex):
            continue
        start, end = m.start(), m.end()
        inside = [h for h in hits if h.start < end and start < h.end]
        if not inside:
            if not archive_lower(m.group(1).lower()):
                hits.append(Claim(start, end, PERSON, "person", None, words=(m.group(1), m.group(2))))
            continue
        h = _widenable(inside, start, m.start(2), end)
        if h is not None:
            h.start, h.end, h.kind, h.id = min(h.start, start), end, PERSON, None
            h.words = tuple(text[h.start:h.end].split())
            widened.append(h)
    if widened:
        drop_held(hits, widened)
    hits.sort(key=lambda h: h.start)


def _widenable(inside: list[Claim], start: int, given: int, end: int) -> Claim | None:
    """The person claim to widen: the one that ends with the family name ("Leung") or else the
    one that holds the given name alone ("Eui-yong"); None when a claim of another kind, a
    registered name's or one across the words holds either word."""
    if any(h.type != "person" or h.registered or h.label for h in inside):
        return None
    family = [h for h in inside if h.end == given - 1]
    alone = [h for h in inside if h.start == given and h.end == end]
    if len(family) + len(alone) != len(inside):
        return None  # a claim across the name's words ("Unification Lee In-young and Republic of Korea")
    return (family or alone)[0]
