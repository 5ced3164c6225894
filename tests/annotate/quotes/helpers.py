"""Hand-built mentions for quote tests (the entity annotator is developed separately)."""

from __future__ import annotations

import re

from site_builder.annotate import annotate_text
from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY, Registry
from site_builder.model.spans import EntityRef, Mention, Quote, QuoteFix

# surface form -> (type, entity id); full names first so they win over surnames
PEOPLE = {
    "John Smith": ("person", "john-smith"),
    "Mary Jones": ("person", "mary-jones"),
    "Jane Doe": ("person", "jane-doe"),
    "Antony Blinken": ("person", "antony-blinken"),
    "Pete Hegseth": ("person", "pete-hegseth"),
    "Israel Katz": ("person", "israel-katz"),
    "John Ullyot": ("person", "john-ullyot"),
    "Benjamin Netanyahu": ("person", "benjamin-netanyahu"),
    "Donald Trump": ("person", "donald-trump"),
    "Department of Defense": ("organization", "department-of-defense"),
    "Foreign Ministry": ("organization", "foreign-ministry"),
    "Acme Corp.": ("organization", "acme-corp"),
    "White House": ("organization", "white-house"),
    "Senate": ("organization", "senate"),
    "Smith": ("person", "john-smith"),
    "Jones": ("person", "mary-jones"),
    "Doe": ("person", "jane-doe"),
    "Blinken": ("person", "antony-blinken"),
    "Hegseth": ("person", "pete-hegseth"),
    "Netanyahu": ("person", "benjamin-netanyahu"),
    "Trump": ("person", "donald-trump"),
    "Acme": ("organization", "acme-corp"),
}
FULL = {}
for _surface, (_type, _id) in PEOPLE.items():
    FULL.setdefault(_id, (_surface, _type))


def mentions_for(text: str, names: dict[str, tuple[str, str]] = PEOPLE) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    taken: set[int] = set()
    out = []
    for surface, (typ, eid) in names.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), surface, typ, eid))  # type: ignore[arg-type]
    out.sort(key=lambda m: m.start)
    ids = sorted({m.entity for m in out})
    full = dict(FULL)
    for surface, (typ, eid) in names.items():
        full.setdefault(eid, (surface, typ))
    ents = tuple(EntityRef(i, full[i][0], full[i][1], False) for i in ids)  # type: ignore[arg-type]
    return tuple(out), ents


def run(
    text: str, fixes: tuple[QuoteFix, ...] = (), registry: Registry = EMPTY_REGISTRY
) -> tuple[tuple[Quote, ...], tuple[str, ...]]:
    mentions, entities = mentions_for(text)
    return find_quotes(text, mentions, entities, registry, fixes)


def body(q: Quote) -> str:
    """The quote's words without the outer marks and edge punctuation."""
    return q.text.strip("“”\"`'‘’ \n").rstrip(",.?!").strip()


def speaker_text(text: str, q: Quote) -> str | None:
    return None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]


def speaker_of(text: str, first_words: str) -> str | None:
    """The speaker the full annotator (entities + quotes) gives the one quote opening with `first_words`."""
    quotes = annotate_text(text, EMPTY_REGISTRY).quotes
    found = [q.speaker for q in quotes if q.text.strip("“”\"' \n").startswith(first_words)]
    assert len(found) == 1, f"no single quote opening with {first_words!r}: {[(q.text, q.speaker) for q in quotes]}"
    return found[0]
