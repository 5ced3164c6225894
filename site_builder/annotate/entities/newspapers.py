"""Newspapers: a paper's name where news copy writes it.

Finds: "the" and a capitalised name ending in a newspaper word (data/newspaper_heads.txt: "The
Inquirer", "the Courier", "the Dayton Ledger-Courier", "the Packet-Herald"), an organisation;
a hyphenated or longer one the article names so is the paper where it stands bare too
("Ledger-Courier reporters"); and a byline's paper with no comma before it ("By Ann Lee\nCourier
Editor" on the next line, "By Ann Lee Globe Staff"), cut off its staff words (data/byline_roles.txt).
A name claim that runs into the paper gives way to it ("Ann Lee Globe Staff" → "Ann Lee").
Refuses: the headline (first line), a name that goes on in capitals or "of" ("the Post Office",
"the Journal of Medicine", "VFW Post 4418"), an office ("the Medical Examiner's Office"), a paper word alone with no "the", and a name inside a
longer organisation or place another rule found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.standalone import standalone
from site_builder.lexicon import alternation


@lru_cache(maxsize=1)
def _heads() -> str:
    return alternation(data_lines("newspaper_heads.txt"))


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(data_lines("byline_roles.txt"))


@lru_cache(maxsize=1)
def _paper_pattern() -> re.Pattern[str]:
    heads = _heads()
    # not an office holder's office ("the Cook County Medical Examiner's Office": offices.py)
    offices = alternation(w.capitalize() for w in data_lines("office_nouns.txt"))
    return re.compile(r"[Tt](?<![\w’'-][Tt])he ((?:[A-Z][a-z]+ ){0,3}(?:[A-Z][a-z]+-)?(?:" + heads + r")(?:-(?:" + heads
                      + r"))?)(?![\w-])(?! [A-Z0-9]| of |\.[A-Za-z]|['’]s (?:" + offices + r")(?![\w-]))")


@lru_cache(maxsize=1)
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = _heads()
    next_line = re.compile(r"^By [A-Z][^\n,]{2,60}\n([A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,4})[ \t]*$", re.MULTILINE)
    same_line = re.compile(r"^By [A-Z][^\n,]{2,60}? ((?:[A-Z][a-z]+-)?(?:" + heads + r"))((?: [A-Z][a-z]+)+)[ \t]*$",
                           re.MULTILINE)
    return next_line, same_line


def _byline_papers(text: str) -> list[tuple[int, int]]:
    """Spans of the papers of bylines that give no comma before them."""
    next_line, same_line = _byline_patterns()
    found: list[tuple[int, int]] = []
    for m in next_line.finditer(text, 0, 1500):
        words = m.group(1).split()
        while words and words[-1].lower() in _roles():
            words.pop()
        if words and len(words) < len(m.group(1).split()) and words[0][:1].isupper():
            found.append((m.start(1), m.start(1) + len(" ".join(words))))
    for m in same_line.finditer(text, 0, 1500):
        if all(w.lower() in _roles() for w in m.group(2).split()):
            found.append(m.span(1))
    return found


def newspapers(text: str, claims: list[Claim]) -> list[Claim]:
    """The article's newspapers (module doc), as organisations; the same name's id for each."""
    first_line = max(text.find("\n"), 0)
    found = [(m.start(1), m.end(1)) for m in _paper_pattern().finditer(text) if m.start() >= first_line]
    found += _byline_papers(text)
    out = sorted(claims, key=lambda c: c.start)
    names: dict[str, str] = {}
    for a, b in sorted(found):
        name = text[a:b]
        out, ok = _paper_claim(text, out, a, b, names.get(name) or _longer_id(names, name) or slugify(name))
        if ok:
            names.setdefault(name, slugify(name) if name not in names else names[name])
    bare = {name.split()[-1]: ident for name, ident in names.items() if "-" in name.split()[-1]}
    for name, ident in {**bare, **names}.items():
        if "-" in name or " " in name:  # "Ledger-Courier reporters": a longer name stands bare too
            for a, b in standalone(text, name):
                if a >= first_line:
                    out, _ = _paper_claim(text, out, a, b, ident)
    return sorted(out, key=lambda c: c.start)


def _longer_id(names: dict[str, str], name: str) -> str | None:
    """"the Ledger-Courier" after "The Dayton Ledger-Courier": the one longer name it ends."""
    longer = {ident for n, ident in names.items() if n != name and n.endswith(" " + name)}
    return next(iter(longer)) if len(longer) == 1 else None


def _paper_claim(text: str, claims: list[Claim], a: int, b: int, ident: str) -> tuple[list[Claim], bool]:
    """Claims with the paper at a:b: claims inside it or running on past it from inside go; a
    person claim that runs into it is cut before it. Refuses where an organisation or place claim
    holds it from before."""
    out: list[Claim] = []
    for c in claims:
        if c.end <= a or c.start >= b:
            out.append(c)
        elif c.start < a and c.type != "person":
            return claims, False
        elif c.start < a:
            cut = text[c.start:a].rstrip(" ,\n")
            if cut:
                c.end, c.words = c.start + len(cut), tuple(cut.split())
                out.append(c)
    out.append(Claim(a, b, FOUND, "organization", ident, words=tuple(text[a:b].split())))
    return out, True
