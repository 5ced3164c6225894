"""Acronyms in running news prose: an organisation the model left out.

Finds: a word of three to eight capitals (perhaps with digits or one hyphen: "WKRX", "SAMHSA",
"POLITICO", "SEIU-USWW") standing unclaimed in a sentence written in lower case, where an
organisation stands: after "obtained by", "filed with", "according to", "told", or before
"said", "officials", "report", "data" (data/acronym_cues.txt). Each is an organisation; its other unclaimed uses in the article are
too. Refuses: terms and diseases (data/term_acronyms.txt), titles, calendar words, known places
and countries' acronyms ("PRC": data/place_acronyms.txt), Roman numerals, a word in a line of capitals (headings, datelines: "UP NEXT"), one
followed by a capitalised word (part of a longer name: "WARN Act"), and one the article defines in
brackets (pipeline.py names it after its words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.gazetteer import place_names
from site_builder.annotate.entities.lexicon import data_lines, data_sections, lexicon
from site_builder.annotate.entities.slug import slugify

_WORD = re.compile(r"([A-Z](?<![\w’'.&-][A-Z])[A-Z0-9]{2,7}(?:-[A-Z]{2,6})?)(?![\w&-]|\.[A-Za-z])")
_ROMAN = re.compile(r"[IVXLCDM]+\Z")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sections = data_sections("acronym_cues.txt")
    before = re.compile(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, sections["before"])) + r") \Z", re.IGNORECASE)
    after = re.compile(r" (?:" + "|".join(map(re.escape, sections["after"])) + r")\b")
    return before, after


@lru_cache(maxsize=1)
def _refused() -> frozenset[str]:
    lex = lexicon()
    return frozenset(data_lines("term_acronyms.txt")) | frozenset(data_lines("place_acronyms.txt")) \
        | lex.titles | lex.calendar | lex.stopwords


def _defined(text: str, word: str) -> bool:
    """The article names the acronym in brackets after a name ("... Agnostics (UAAR) has"), not as
    a dateline's source ("CHARLOTTE, N.C. (WKRX) —")."""
    return re.search(r"\(" + re.escape(word) + r"\)(?! ?[—–-])", text) is not None


def _usable(text: str, m: re.Match[str]) -> bool:
    word = m.group(1)
    if _defined(text, word):
        return False  # "... Agnostics (UAAR)": pipeline's defined acronyms give it its name
    if word.lower() in _refused() or word in place_names() or _ROMAN.match(word) or sum(ch.isalpha() for ch in word) < 3:
        return False
    if re.match(r" [A-Z]", text[m.end():m.end() + 2]) or text[m.start() - 1:m.start()] == "(":
        return False  # "WARN Act": part of a longer name; "(UAAR)": pipeline's defined acronyms
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return sum(ch.islower() for ch in line) > sum(ch.isupper() for ch in line)  # a sentence, not a heading


def loose_acronyms(text: str, claims: list[Claim]) -> list[Claim]:
    """Acronyms where an organisation stands (module doc) as organisations, every unclaimed use."""
    before, after = _cues()
    covered = _overlap_test(claims)
    found: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group(1)
        if word in found or not (before.search(text, max(0, m.start() - 16), m.start()) or after.match(text, m.end())):
            continue  # the cheap cue test first: _usable searches the whole text
        if not covered(m.start(), m.end()) and _usable(text, m):
            found.add(word)
    if not found:
        return claims
    out = list(claims)
    for m in _WORD.finditer(text):
        if m.group(1) in found and not covered(m.start(), m.end()) and _usable(text, m):
            out.append(Claim(m.start(1), m.end(1), FOUND, "organization", slugify(m.group(1)), words=(m.group(1),)))
    return sorted(out, key=lambda c: c.start)


def _overlap_test(claims: list[Claim]) -> Callable[[int, int], bool]:
    """Whether [a, b) overlaps a claim: the claims by start, with the furthest end so far (a
    bisection per word instead of a scan of every claim)."""
    spans = sorted((c.start, c.end) for c in claims)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)

    def covered(a: int, b: int) -> bool:
        i = bisect_left(starts, b)
        return i > 0 and reach[i - 1] > a

    return covered
