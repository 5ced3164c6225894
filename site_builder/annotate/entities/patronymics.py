"""Names built with a patronymic particle: "Abdullah bin Zayed", "Mohammed bin Zayed Al Nahyan".

The model often stops at the lower-case particle ("Abdullah" of "Abdullah bin Zayed") or, in a
pair ("Abdullah bin Zayed and Mohammed bin Zayed met"), finds neither name. The particles are
data/patronymic_particles.txt ("bin", "ibn", "bint", "binti").
Finds: a person claim right before "<particle> <Capitalised>" widens over the particle and the
name that follows it (its capitalised words, "Al Nahyan" and further particles included); a
capitalised given name (lexicon) that no claim holds, right before the same, opens a person claim
of that whole name. Claims inside the widened name (a lone "Zayed") are dropped.
Refuses: a name that an institution's head word ends ("Mohamed bin Mubarak Al Khalifa Academy"),
a particle written with a capital ("Osama Bin Laden" is left to the model), an
organisation's or a place's claim before the particle, a word before it that is no given name
when no claim holds it, and anything across a line break or a sentence's full stop.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.entities.claims import PERSON, Claim, drop_held
from site_builder.annotate.entities.lexicon import data_lines

_WORD = r"[A-Z][\w’'-]+"
# what follows the given name: a particle, then capitalised words and further particles (up to six)
_TAIL = r" (?:{particles}) {word}(?: (?:(?:{particles}|al|Al) )?{word}){{0,5}}"
# a capitalised word right before a particle: a given name no claim holds
_GIVEN_BEFORE = r"\b({word}) (?:{particles}) [A-Z]"


@cache
def patronymic_particles() -> frozenset[str]:
    """data/patronymic_particles.txt: "bin", "ibn", "bint", "binti"."""
    return frozenset(data_lines("patronymic_particles.txt"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    particles = "|".join(re.escape(p) for p in sorted(patronymic_particles(), key=len, reverse=True))
    return (re.compile(_TAIL.format(particles=particles, word=_WORD)),
            re.compile(_GIVEN_BEFORE.format(particles=particles, word=_WORD)))


def patronymic_names(text: str, hits: list[Claim], given_names: frozenset[str], org_heads: frozenset[str]) -> None:
    """Widen (in place) person claims over a patronymic tail, and claim unclaimed given names
    that open one."""
    if not any(f" {p} " in text for p in patronymic_particles()):
        return
    tail, given_before = _patterns()
    for m in given_before.finditer(text):
        start, end = m.span(1)
        if m.group(1).lower() in given_names and not any(h.start <= start < h.end for h in hits):
            hits.append(Claim(start, end, PERSON, "person", None, words=(m.group(1),)))
    widened = [h for h in hits if h.type == "person" and not h.registered and _widen(text, h, tail, org_heads)]
    if widened:
        drop_held(hits, widened)
        hits.sort(key=lambda h: h.start)


def _widen(text: str, h: Claim, tail: re.Pattern[str], org_heads: frozenset[str]) -> bool:
    """Widen the claim over the patronymic tail right after it; whether it did. Not into an
    institution's name ("Mohamed bin Mubarak Al Khalifa Academy": data/org_heads.txt)."""
    m = tail.match(text, h.end)
    if m is None or any(w.lower() in org_heads for w in m.group(0).split()):
        return False
    h.end, h.kind, h.id = m.end(), PERSON, None
    h.words = tuple(text[h.start:h.end].split())
    return True
