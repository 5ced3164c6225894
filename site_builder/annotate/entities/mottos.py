"""A quoted list of single capitalised words is a motto, not people: "In the spirit of “Liberté,
Égalité, and Fraternité,” …", "“Faith, Family, Freedom”".

Finds: a quotation that is only a list of two or more single capitalised words (commas, "and",
"&", "or"); a discovered one-word person that is one of its items is dropped (in place) when most
items are no person and the article gives no other evidence of that person: no longer person name
holding the word, no title before it. Refuses: given names ("“John, Paul and Ringo”"), registered
names, speaker labels, a list whose items the model mostly took for people, and words the article
names a person by elsewhere.
"""

from __future__ import annotations

import re

from site_builder.annotate.entities.claims import ROLE, Claim

_WORD = r"[^\W\d_][\w’'-]*"
_QUOTED_LIST = re.compile(r"[“\"](" + _WORD + r"(?:(?:, |,? (?:and|or|&) )" + _WORD + r")+),?[”\"]")
_ITEM = re.compile(_WORD)
_JOINERS = frozenset(("and", "or"))


def drop_motto_words(text: str, hits: list[Claim], given_names: frozenset[str]) -> None:
    """Drop the one-word people that are items of a quoted motto (in place)."""
    if "“" not in text and '"' not in text:
        return
    items = _motto_items(text)
    if not items:
        return
    by_start = {h.start: h for h in hits if _single_person(h)}
    named = {w for h in hits if h.type == "person" and len(h.words) > 1 for w in h.words}
    drop: set[int] = set()
    for motto in items:
        people = [by_start[a] for a, b in motto if a in by_start and by_start[a].end == b]
        if 2 * len(people) >= len(motto):
            continue  # the model took most items for people: a list of names, maybe
        drop.update(id(h) for h in people
                    if h.words[0].lower() not in given_names and h.words[0] not in named and not h.roles)
    hits[:] = [h for h in hits if id(h) not in drop]


def _single_person(h: Claim) -> bool:
    return h.type == "person" and len(h.words) == 1 and not h.registered and not h.label and h.kind != ROLE


def _motto_items(text: str) -> list[list[tuple[int, int]]]:
    """Each quoted list's items as (start, end), when every item is capitalised."""
    out = []
    for m in _QUOTED_LIST.finditer(text):
        motto = [(m.start(1) + i.start(), m.start(1) + i.end()) for i in _ITEM.finditer(m.group(1))
                 if i.group() not in _JOINERS]
        if all(text[a].isupper() for a, _ in motto):
            out.append(motto)
    return out
