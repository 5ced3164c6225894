"""Places: the features that say a span names a place.

Finds (as model features): a place prefix first ("Fort Lee", "Lake Erie": never a person, nor
is "Lee" after it), a
place head word last ("Hudson River", "Heathrow Airport") or before "of" ("Gulf of Mexico",
"State of Israel"), and gazetteer hits (gazetteer.py: countries,
capitals, US states, large cities, regions) for the span or its last word. Refuses: to decide;
"Washington" the place and "Washington" the surname are told apart by the learned weights and
by linking.py (a one-word place that is the surname of a person named in full in the article).
Also: where ", <US state>" follows a name (`state_after`: "Sapulpa, Oklahoma", "Vinita, OK").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, KNOWN, Claim
from site_builder.annotate.entities.lexicon import Lexicon, data_lines, lexicon
from site_builder.annotate.entities.organizations import org_head_pairs
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.entities.streets import street_places


@lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern[str]:
    names = sorted({form for line in data_lines("us_states.txt") for form in line.split("|")}, key=len, reverse=True)
    return re.compile(r", (?:" + "|".join(re.escape(n) for n in names) + r")(?![\w.])")


def state_after(text: str, end: int) -> int | None:
    """End of a comma and a US state right at `end` (data/us_states.txt: name, AP abbreviation or
    postal code: ", Oklahoma", ", Okla.", ", OK"), if there is one."""
    m = _state_pattern().match(text, end)
    return m.end() if m else None


# what an institution does and a building does not: "Mercy Hospital said", "… officials said"
_ACTS = re.compile(r"(?:['’]s)?,? (?:said|says|announced|confirmed|declined|denied|officials|spokesman|spokeswoman|"
                   r"spokesperson|sued|hired|fired|agreed|settled|reported|released|issued|employs|laid off|"
                   r"is suing|has agreed|has said|will pay|paid)\b")


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    return frozenset(data_lines("institution_heads.txt"))


def acting_institutions(text: str, claims: list[Claim]) -> list[Claim]:
    """The org/place decision for "X Hospital", "X Medical Center": where the name is followed by
    what an institution does ("Mercy Hospital said", "Mercy Hospital officials") it is the
    organisation (that mention: "taken to Mercy Hospital" stays the building, GUM's convention).
    Refuses names whose last word is no institution head (data/institution_heads.txt). Also
    (_org_headed): a place claim whose last word heads only organisations is one, as is a school
    named "<name> State" (_state_school), and an organisation claim whose last word heads only
    places is one (_place_headed: "the Hudson Valley"); and then the
    dateline's town (dateline_places) and numbered roads and ordinal streets (streets.py)."""
    lex = lexicon()
    for c in claims:
        if c.type == "place" and c.id and c.words and c.words[-1].lower() in _institution_heads() \
                and _ACTS.match(text, c.end) or _org_headed(c, lex):
            c.type = "organization"
        elif _state_school(text, c):
            c.type, c.kind, c.id = "organization", FOUND, slugify(" ".join(c.words))
        elif _place_headed(c, lex):
            c.type = "place"
    return street_places(text, dateline_places(text, claims))


def _org_headed(c: Claim, lex: Lexicon) -> bool:
    """"Midwest Logistics Workers Union", "Marlow Rotary Club", "Kansas Geological Survey": a name
    the model read as a place (its first words are one) that ends in an organisation head no place
    ends in is the organisation. Not a known place ("Soviet Union") nor a registered one."""
    if c.type != "place" or c.kind == KNOWN or c.registered or len(c.words) < 2:
        return False
    if f"{c.words[-2].lower()} {c.words[-1].lower()}" in org_head_pairs():
        return True  # "Arroyo Vista Unified School District" (data/org_head_pairs.txt)
    last = c.words[-1].lower().rstrip(".")
    return last in lex.org_heads and last not in lex.place_heads and last not in _building_org_heads()


@lru_cache(maxsize=1)
def _building_org_heads() -> frozenset[str]:
    return frozenset(data_lines("building_org_heads.txt"))


# a dateline: "TERRE HAUTE, Ind. (AP) —", "BOWLING GREEN, Ky., Sept 22 (Business Wire Daily) -", "WASHINGTON —":
# a town in capitals at a line's start, perhaps its state or country, a date and a source, and a dash
_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]\.[A-Z]\.))?"
                       r"(,? [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([^)\n]{1,40}\))? ?[—–-] ", re.MULTILINE)


def dateline_places(text: str, claims: list[Claim]) -> list[Claim]:
    """The town of a story's dateline (in its first lines) is a place, with its state or country
    ("TERRE HAUTE, Ind.", GUM's one place): a claim inside it gives way. Refuses a month after the
    comma ("CHICAGO, Jan 27": the date, not a state), a town of one or two letters, and a line a
    claim of another kind holds beyond it."""
    lex = lexicon()
    out = claims
    for m in _DATELINE.finditer(text, 0, 1500):
        town = m.group(1)
        if len(town.replace(".", "")) < 3 or m.start() < max(text.find("\n"), 0):
            continue
        end = m.end(1)
        if m.group(2) and m.group(2)[2:].rstrip(".").lower() not in lex.calendar:
            end = m.end(2)
        if any(c.start < end and m.start() < c.end and (c.start < m.start() or c.end > end) for c in out):
            continue
        out = [c for c in out if not (c.start < end and m.start() < c.end)]
        out.append(Claim(m.start(), end, FOUND, "place", slugify(town.title()), words=tuple(text[m.start():end].split())))
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=1)
def _state_not_school() -> frozenset[str]:
    return frozenset(data_lines("state_not_school.txt"))


def _state_school(text: str, c: Claim) -> bool:
    """"St. Cloud State", "North Dakota State", "Wabash State": a place or untitled person claim of
    two or more words ending in "State" is the university where a school word stands near it
    (data/school_cues.txt: "graduated from", "trustees"). Not a registered or known place, a name
    after "of" or "in" ("Secretary of State", "in Rakhine State"), nor one the state itself goes by
    (data/state_not_school.txt)."""
    if c.type not in ("place", "person") or c.kind == KNOWN or c.registered or c.roles or c.label \
            or len(c.words) < 2 or c.words[-1] != "State":
        return False
    before = text[max(0, c.start - 7):c.start]
    if " ".join(c.words[:-1]) in _state_not_school() or before.endswith(("of ", "of the ", "in ")):
        return False
    near = text[max(0, c.start - 60):c.end + 60].lower()
    return any(re.search(r"\b" + re.escape(cue), near) for cue in _school_cues())


@lru_cache(maxsize=1)
def _school_cues() -> tuple[str, ...]:
    return tuple(data_lines("school_cues.txt"))


def _place_headed(c: Claim, lex: Lexicon) -> bool:
    """"the Hudson Valley", "Rainier Valley": an organisation claim the model found whose last word
    names land or water (data/landform_heads.txt, not a company's last word nor a pair of
    org_head_pairs.txt), with no organisation head among its words, is the place. Not a known or registered name, one
    word, nor a team ("Yakima Valley" playing: its id ends "-team")."""
    if c.type != "organization" or c.kind != FOUND or c.registered or len(c.words) < 2 or (c.id or "").endswith("-team"):
        return False
    last = c.words[-1].lower().rstrip(".")
    if f"{c.words[-2].lower()} {last}" in org_head_pairs():
        return False
    return last in _landform_heads() and last not in lex.company_suffixes \
        and not any(w.lower().rstrip(".") in lex.org_heads for w in c.words)  # "University of Houston-Clear Lake"


@lru_cache(maxsize=1)
def _landform_heads() -> frozenset[str]:
    return frozenset(data_lines("landform_heads.txt"))
