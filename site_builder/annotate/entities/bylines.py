"""Bylines: the line "By <name> <publication> <staff word>" that opens newspaper copy.

Finds: a line of its own that opens with "By " and holds only capitalised words (and "and"),
such as "By Gabriel Nunes Globe Staff", "By SAMIRA EL-HADDAD Associated Press", "By Lucía
Andrade Ferrer", "By Nathan Greer and Alisha Wu"; the writers are people and the publication
after them an organization (without its staff words, data/byline_roles.txt). The writer's name
is the run of capitals ("SAMIRA EL-HADDAD"), else its first two words when staff words end the
line ("Caitlin Ferris | Globe Correspondent"), else the whole line. A comma after the name
("By Ann Lee, Courier staff writer") leaves the publication to organizations.press_names.
Refuses: a sentence ("By midday, a line stretched down the block": a lower-case word), a line of
more than eight words or with a stop word ("By The Numbers"), and a one-word writer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, PERSON, Claim
from site_builder.annotate.entities.lexicon import data_lines, lexicon
from site_builder.annotate.entities.slug import slugify

_BYLINE = re.compile(r"^By ([^\n]+?)[ \t]*$", re.MULTILINE)
_WORD = re.compile(r"[^\s,]+")
MAX_WORDS = 8


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(data_lines("byline_roles.txt"))


def bylines(text: str, claims: list[Claim]) -> list[Claim]:
    """`claims` with each byline's writers as people and its publication as an organization; the
    claims inside a writer's name give way to it."""
    out = claims
    stop = lexicon().stopwords - {"and"}
    for m in _BYLINE.finditer(text):
        head = m.group(1).split(",", 1)[0]
        words = [(w.start() + m.start(1), w.end() + m.start(1), w.group()) for w in _WORD.finditer(head)]
        if not words or len(words) > MAX_WORDS or not all(w[:1].isupper() or w == "and" for _, _, w in words) \
                or any(w.lower() in stop for _, _, w in words):
            continue
        out = _place(text, out, _parts(words))
    return out


Part = tuple[int, int, str]
Word = tuple[int, int, str]


def _parts(words: list[Word]) -> list[Part]:
    """(start, end, type) of the writers and the publication of one byline's words."""
    staff = words[-1][2].lower() in _roles()
    while words and words[-1][2].lower() in _roles():
        words = words[:-1]
    writers: list[list[Word]] = [[]]
    for w in words:
        if w[2] == "and":
            writers.append([])
        else:
            writers[-1].append(w)
    last = writers[-1]
    cut = _name_length(last, staff)
    out: list[Part] = [(name[0][0], name[-1][1], "person") for name in writers[:-1] + [last[:cut]] if len(name) > 1]
    if last[cut:]:
        out.append((last[cut][0], last[-1][1], "organization"))
    return out


def _name_length(words: list[Word], staff: bool) -> int:
    """How many of the last writer's words are the name: a run of capitals ("SAMIRA EL-HADDAD |
    Associated Press"), two words before a publication and its staff word ("Gabriel Nunes | Globe
    Staff"), else all of them (up to four: "Lucía Andrade Ferrer")."""
    caps = 0
    while caps < len(words) and words[caps][2].isupper() and len(words[caps][2]) > 1:
        caps += 1
    if caps >= 2:
        return caps
    if staff and len(words) > 2:
        return 2
    return len(words) if len(words) <= 4 else 2


def _place(text: str, claims: list[Claim], parts: list[Part]) -> list[Claim]:
    """The byline's parts replace the claims they overlap."""
    out = [c for c in claims if not any(c.start < b and a < c.end for a, b, _ in parts)]
    for a, b, kind in parts:
        name = text[a:b]
        if kind == "person":
            out.append(Claim(a, b, PERSON, "person", None, words=tuple(name.split())))
        else:
            out.append(Claim(a, b, FOUND, "organization", slugify(name), words=tuple(name.split())))
    return sorted(out, key=lambda c: c.start)
