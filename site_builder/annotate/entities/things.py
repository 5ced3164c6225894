"""Person shapes that name a thing or sit inside a longer name: dropped before linking.

- A product or a religion (data/thing_names.txt: "Chrome", "Mozilla Firefox", "Islam") is no one:
  a one-word shape unless the article writes the word as the last word of a longer person's name
  ("Tariqul Islam ... Islam said": his surname), a longer one only when all of it is listed.
- A one-word shape the article also writes as a web address ("Blender" beside "Blender.io") is the
  site or the company that runs it, unless it is the surname of a person named in full (an
  interviewee's own site: "Jane Kettering ... Kettering.com ... Kettering said").
- A shape that a programme's, fellowship's or company's last word ends (data/eponym_org_tails.txt:
  "Aspen Pharma", "Davis Brody Bond Architects"), or that capitalised words ending in one follow
  ("Charles B. Rangel International Affairs Program", "B.L. Harbert International"), is part of
  that name, not the person it may honour.
- A one-word person or place that opens a list whose last member a programme's word follows
  ("the Pickering, Rangel, and Payne fellowship programs", "Pickering, Rangel and Payne Fellows")
  names that programme too: no mention (the gazetteer's town "Rangel" is no place there).
Titled, registered and labelled shapes are never touched.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_lines, data_sections
from site_builder.annotate.entities.slug import slugify

# a web address right after the word: "Blender.io", "Acme.com"
_WEB_ADDRESS = re.compile(r"\.(?:io|com|org|net|co|ai|app)\b")
# capitalised words (no break, no "of", no full stop) right after a name, up to four
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'&-]*){1,4}")
_NEXT_WORD = re.compile(r"[ \t]+[A-Z][\w’'&-]*")
# the rest of a list after its first members: ", Rangel, and Payne fellowship" (group 1: the word
# after the last member)
_LIST_REST = re.compile(r"(?:, [A-Z][\w’'-]+)*,? (?:and|&) [A-Z][\w’'-]+ ([A-Za-z]+)")


@cache
def _thing_names() -> frozenset[str]:
    return frozenset(data_lines("thing_names.txt"))


@cache
def _tails() -> dict[str, str]:
    """Each tail word -> "drop" (a programme) or "organization" (a company, an institution)."""
    return {word: section for section, words in data_sections("eponym_org_tails.txt").items() for word in words}


def drop_things(text: str, hits: list[Claim]) -> None:
    """Drop (in place) the person shapes that name a thing or belong to a longer name."""
    candidates = [h for h in hits if h.type == "person" and h.words and not (h.registered or h.roles or h.label)]
    surnames = {h.words[-1].lower() for h in hits if h.type == "person" and len(h.words) >= 2}
    dropped = {id(h) for h in candidates if _a_thing(text, h, surnames) or _in_longer_name(text, h)}
    dropped |= {id(h) for h in hits if h.type in ("person", "place") and len(h.words) == 1
                and not (h.registered or h.roles or h.label) and _listed_programme(text, h)}
    if dropped:
        hits[:] = [h for h in hits if id(h) not in dropped]


def _a_thing(text: str, h: Claim, surnames: set[str]) -> bool:
    """A product, a religion or a web site: "Chrome", "Mozilla Firefox", "Islam", "Blender"."""
    last = h.words[-1].lower().strip(".,")
    if len(h.words) == 1:
        # the surname of a person the article names in full stays that person, whatever the word:
        # an interviewee's own site ("Kettering.com") does not make "Kettering" a web site
        return last not in surnames and (last in _thing_names() or _web_address_of(text, h.words[0]))
    # the whole name ("Mozilla Firefox"), not its last word: "Tariqul Islam" is a person's name
    return " ".join(h.words).lower() in _thing_names()


def _in_longer_name(text: str, h: Claim) -> bool:
    """Whether the shape belongs to a programme's name (see the module). One that a company's or an
    institution's word ends or follows becomes that organisation in place, and is kept (False)."""
    last = h.words[-1].lower()
    if len(h.words) >= 2 and last in _tails():
        return _become(text, h, h.end, _tails()[last])
    m = _CAPITALISED_AFTER.match(text, h.end)
    after = m.group(0).split() if m else []
    # the last one: "Charles B. Rangel International Affairs Program" is a programme
    k = max((k for k, w in enumerate(after) if w.lower() in _tails()), default=-1)
    if k < 0:
        return False
    return _become(text, h, _word_end(text, h.end, k + 1), _tails()[after[k].lower()])


def _listed_programme(text: str, h: Claim) -> bool:
    """Whether the one-word claim opens a list of names that a programme's word follows
    ("Pickering, Rangel, and Payne fellowship programs")."""
    m = _LIST_REST.match(text, h.end)
    return m is not None and _tails().get(m.group(1).lower()) == "drop"


def _become(text: str, h: Claim, end: int, kind: str) -> bool:
    """Drop the claim (True) or make it the organisation up to `end` (False)."""
    if kind == "drop":
        return True
    h.end, h.type, h.kind = end, "organization", FOUND
    h.words = tuple(text[h.start:end].split())
    h.id = slugify(" ".join(h.words))
    return False


def _word_end(text: str, start: int, count: int) -> int:
    """Where the `count`-th word after `start` ends."""
    pos = start
    for _ in range(count):
        pos = _NEXT_WORD.match(text, pos).end()  # type: ignore[union-attr]
    return pos


def _web_address_of(text: str, word: str) -> bool:
    """Whether the article writes the word right before a web address's ending ("Blender.io")."""
    i = text.find(word + ".")
    while i >= 0:
        if _WEB_ADDRESS.match(text, i + len(word)) and (i == 0 or not text[i - 1].isalnum()):
            return True
        i = text.find(word + ".", i + 1)
    return False
