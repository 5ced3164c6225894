"""Person claims whose own words show they are something else, and what they are instead.

The model reads a run of capitalised words as a person when its words look like a name; some
such runs carry a word no person's name has. Finds, in a person claim the model made:
- a country, capital or US state of two or more words ("Sierra Leone": both words are given
  names, the gazetteer's place wins);
- a known place glued before a name that opens with a given name ("… North Africa, and North
  America James Cleverly"): the place, then the person (not when the place is itself a given
  name: "Chad Michael Murray");
- a title the model never learned glued before a name ("Majority Leader Chuck Schumer",
  data/leading_titles.txt): the name without it;
- a title's modifier glued after a name, before the title it qualifies ("President Bukele
  Foreign Minister Hill"): the name without it;
- a building or institution named after someone: three or more words ending in a place's or
  an organisation's head ("Dean Acheson Auditorium", "Ronald Reagan Building"): the place or
  organisation; and a full name right before a place's head ("the Benjamin Franklin Room"):
  the place, head included; and a room's name with a place after it ("Benjamin Franklin Room
  Washington, D.C."): the room, then the place;
- a common noun: one untitled word that the archive writes in lower case too, or a document's
  head, and no surname the archive knows ("This Guide will …", "Teams from Morocco"), unless a
  speech verb stands next to it ("…, said Index.");
- a name opening with a plural article ("Los Huistas", "Les Amants") or with a Romance "saint"
  before a word that is no given name ("Santo Spirito", a school): no one;
- a one-word name in a list that ends in a plural region's head ("Carchi, Sucumbíos, and
  Esmeraldas provinces"): no one;
- a group: a word such as "Women" or "People" (data/group_nouns.txt: "Annual International
  Women of Courage") is no one;
- a known organization glued after a name ("Sheikh Mukhtar Robowas al-Shabaab’s spokesman"):
  the name, then the organization;
- a company: a name ending in a company suffix ("East Ocean Rashin Shipping Co. Ltd."), and a
  company suffix alone ("Ltd.") is no one;
- a product after its maker: a word with a digit ("Moderna COVID-19"): the words before it, a
  person when they are a full name, an archive surname or a given name ("Biden COVID-19 plan"),
  otherwise the maker, an organisation.
- a firm: names joined by "&" ("Ben & Jerry’s"; not authors cited with a year), and an
  institution or armed group whose head comes first in its language (data/head_first_orgs.txt:
  "Ahrar al-Sharqiya", "Aktion Sühnezeichen");
- no one: a demonym or a participle ending the name ("Anglo American", "Government-issued"), and
  an event's name opening with a place or a compass region ("The Midwest Magic Jubilee");
- a thing named after a person: a full name, then a word the archive writes only in lower case
  ("the Jeff McBride Experience"): the person, without the word.
Also an organization the model found that ends in a title's modifier before the title ("Senate
Majority | Leader Chuck Schumer": "Senate").
Refuses: registered names, speaker labels and bare roles (never touched); two-word names
ending in a head ("Stuart Hall", "Ellen Church"), which are people as often as not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, KNOWN, PERSON, ROLE, SINGLE, Claim
from site_builder.annotate.entities.extents import regions
from site_builder.annotate.entities.features import Context, archive_surname, document_heads, word_caps
from site_builder.annotate.entities.gazetteer import capital_names
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.people import SPEECH, is_demonym, is_title
from site_builder.annotate.entities.slug import slugify

MAX_PLACE_WORDS = 3
# the rest of a list of one-word names that ends in a plural region's head: "Carchi, | Sucumbíos,
# and the northern part of Esmeraldas provinces": every name of it is a region
_LISTED_REGIONS = re.compile(r"(?:, [A-Z][\w’'-]*)*,? (?:and|or) (?:the [a-z]+ (?:[a-z]+ )?of )?[A-Z][\w’'-]* "
                             r"(?:provinces|regions|districts|counties|departments|municipalities|governorates)\b")
# the last of a list of regions: "in Taney, Stone and Barry counties"
_LAST_LISTED_REGION = re.compile(r" (?:provinces|regions|districts|counties|parishes|townships|departments|"
                                 r"municipalities|governorates)\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*,? (?:and|or) \Z")


def _listed_region(text: str, c: Claim) -> bool:
    """A word in a list of regions named by a plural after the last ("in Carchi, Sucumbíos, and
    … Esmeraldas provinces", "in Taney, Stone and Barry counties"): a region, no person."""
    return _LISTED_REGIONS.match(text, c.end) is not None or (
        _LAST_LISTED_REGION.match(text, c.end) is not None and _LIST_BEFORE.search(text[max(0, c.start - 40):c.start]) is not None)


# a capitalised plural article opens the name of a group, a work or a place, never a person's
# ("Los Huistas", "Les Amants", "Les Saintes"); a known place of that shape is the gazetteer's
_PLURAL_ARTICLES = frozenset({"Los", "Las", "Les"})
# "saint" in Romance languages: what it opens is named after a saint ("Santo Spirito", "San
# Lorenzo", "São Bento"), a church, a school or a town, not a person; a given name after it may
# be the saint ("San Francesco"); "Santa" is a given name too ("Santa Claus")
_SAINTS = frozenset({"San", "Santo", "Santi", "São", "Sao", "Sant", "Sainte"})
_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w’'-])")


@lru_cache(maxsize=1)
def _polities() -> frozenset[str]:
    return regions() | capital_names()


def misread_people(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """The claims with every misread person replaced by what its words say it is."""
    out: list[Claim] = []
    taken = sorted((c.start, c.end) for c in claims)
    for c in claims:
        if c.type == "organization" and c.kind == FOUND and len(c.words) > 1:
            out += [x for x in _org_before_title(ctx, c)
                    if x.type != "person" or not any(a < x.end and x.start < b for a, b in taken)]
        elif c.type != "person" or c.registered or c.label or c.kind == ROLE or not c.words:
            out.append(c)
        else:
            shape = _shape_says(ctx, c)
            out += shape if shape is not None else _reread(ctx, c)
    return out


def _reread(ctx: Context, c: Claim) -> list[Claim]:
    low = [w.lower().rstrip(".") for w in c.words]
    lex = ctx.lex
    if len(low) > 2 and low[0] in _group_nouns() and not any(w in _group_nouns() for w in low[1:]):
        return _reread(ctx, _cut(ctx, c, 1, len(low)))  # "Children Jérôme Richard", "Fugitives Ahmed and Saleh"
    if not c.roles and (len(low) == 1 and low[0] in lex.company_suffixes or any(w in _group_nouns() for w in low)):
        return []
    if len(low) == 1 and not c.roles and c.kind == SINGLE and _common_noun(ctx, low[0]) and not _speaks(ctx, c):
        return []
    if len(low) == 1 and not c.roles and _listed_region(ctx.text, c):
        return []  # "in Carchi, Sucumbíos, and the northern part of Esmeraldas provinces"
    if len(low) > 1:
        named = ctx.table.names.get(ctx.text[c.start:c.end])
        if named is not None and named.type == "place" and named.canonical in _polities() and not c.roles:
            return [Claim(c.start, c.end, KNOWN, "place", named.id, False, c.words, canonical=named.canonical)]
        if named is None and not c.roles and c.words[0] in _PLURAL_ARTICLES:
            return []  # a group, a work or a place; its kind is not in its words
        if named is None and not c.roles and c.words[0] in _SAINTS and low[1] not in lex.given_names:
            return []  # "Santo Spirito": a church, a school or a town named after a saint
    digit = next((k for k, w in enumerate(c.words) if any(ch.isdigit() for ch in w)), None)
    if digit is not None:
        return _before_product(ctx, c, digit)
    company = len(low) > 1 and (low[-1] in lex.company_suffixes or low[0] in _company_forms_first())
    if company or len(low) > 2 and _institution_head(ctx, low[-1]):
        kind = "organization" if company or low[-1] in lex.org_heads else "place"
        return [Claim(c.start, c.end, FOUND, kind, slugify(ctx.text[c.start:c.end]), words=c.words)]
    if len(low) > 1 and low[0] in _leading_titles():
        return _reread(ctx, _cut(ctx, c, 1, len(low)))
    inner = next((k for k in range(2, len(low) - 1) if low[k] in _facility_heads()), None)
    if inner is not None and not c.roles:
        return _facility_then(ctx, c, inner)
    head = _head_after(ctx, c.end) if len(low) > 1 and not c.roles else None
    if head is not None:
        return [Claim(c.start, head, FOUND, "place", slugify(ctx.text[c.start:head]), words=c.words)]
    if len(low) > 1 and low[-1] in lex.title_modifiers and low[-1] not in lex.given_names \
            and _title_next(ctx, c.end):
        return [_cut(ctx, c, 0, len(low) - 1)]
    return _named_after(ctx, c, low) or _before_organization(ctx, c) or _after_place(ctx, c)


def _named_after(ctx: Context, c: Claim, low: list[str]) -> list[Claim]:
    """"the Jeff McBride Experience": a full name that opens with a given name, then a word the
    archive writes in lower case and never as a surname ("experience", "show"): the person the
    thing is named after, without the word."""
    given = ctx.lex.given_names
    if len(low) > 2 and low[0] in given and word_caps().get(low[-1]) == "L" and low[-1] not in given:
        return [_cut(ctx, c, 0, len(low) - 1)]
    return []


# a year right after names joined by "&": a citation of authors ("Kramer & Gratton, 2008"), not a firm
_YEAR_AFTER = re.compile(r",? \(?\d{4}")
# a participle joined to the last word: "U.S. Government-issued", "Iranian-backed" (an adjective)
_PARTICIPLE_TAIL = re.compile(r"-[a-z]+ed\Z")


def _shape_says(ctx: Context, c: Claim) -> list[Claim] | None:
    """What the claim's own shape says it is, or None: words joined by "&" are a firm ("Ben &
    Jerry’s"; not authors cited with a year: "Kramer & Gratton, 2008"); a last word that is a demonym after no given name ("Anglo American", "Central
    American") or ends in a participle ("Government-issued") is no one; a first word that heads
    an institution in its own language ("Ahrar al-Sharqiya", "Aktion Sühnezeichen", "Instituto
    Gonzaga") makes an organisation. Titled claims are left alone."""
    text = ctx.text[c.start:c.end]
    if c.roles or any(ch.isdigit() for ch in text):
        return None  # a maker before its product ("Johnson & Johnson COVID-19") is _reread's
    if "&" in text and not _YEAR_AFTER.match(ctx.text, c.end):
        return [Claim(c.start, c.end, FOUND, "organization", slugify(text), words=c.words)]
    if _PARTICIPLE_TAIL.search(c.words[-1]):
        return []
    low = [w.lower().rstrip(".") for w in c.words]
    if len(low) < 2 or low[0] in ctx.lex.given_names:
        return None
    if is_demonym(low[-1]):
        return []
    if low[0] in _head_first_orgs() and not archive_surname(low[0]):
        return [Claim(c.start, c.end, FOUND, "organization", slugify(text), words=c.words)]
    return None


@lru_cache(maxsize=1)
def _head_first_orgs() -> frozenset[str]:
    return frozenset(data_lines("head_first_orgs.txt"))


@lru_cache(maxsize=1)
def _leading_titles() -> frozenset[str]:
    return frozenset(data_lines("leading_titles.txt"))


@lru_cache(maxsize=1)
def _company_forms_first() -> frozenset[str]:
    return frozenset(data_lines("company_forms_first.txt"))


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return frozenset(data_lines("group_nouns.txt"))


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    return frozenset(data_lines("facility_heads.txt"))


def _common_noun(ctx: Context, low: str) -> bool:
    """"the IIJ Practitioner’s Guide … This Guide will assist …", "Teams from Morocco": a word the
    archive writes in lower case at least now and then (word_caps "L" or "M") or a document's head,
    and that is no given name nor the end of a full name the archive writes ("Price", "Rice")."""
    if low in ctx.lex.given_names:
        return False
    caps = word_caps().get(low, "")
    return not caps.endswith("s") and (caps[:1] in ("L", "M") or low in document_heads())


# a speech verb right before or after a word: "…, said Index.", "Index said"
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH)) + r"),? \Z")
_SAID_AFTER = re.compile(r",? (?:" + "|".join(sorted(SPEECH)) + r")\b")


def _speaks(ctx: Context, c: Claim) -> bool:
    """The word is a speaker: a speech verb right before or after it ("…, said Index.")."""
    return _SAID_BEFORE.search(ctx.text, max(0, c.start - 12), c.start) is not None \
        or _SAID_AFTER.match(ctx.text, c.end) is not None


def _facility_then(ctx: Context, c: Claim, k: int) -> list[Claim]:
    """"Benjamin Franklin Room Washington, D.C." (a dateline): the room, then a known place."""
    spans = _offsets(ctx, c)
    if not spans:  # pragma: no cover
        return []
    end = spans[k][1]
    out = [Claim(c.start, end, FOUND, "place", slugify(ctx.text[c.start:end]), words=c.words[:k + 1])]
    rest = ctx.text[spans[k + 1][0]:c.end]
    named = ctx.table.names.get(rest)
    if named is not None and named.type == "place":
        out.append(Claim(spans[k + 1][0], c.end, KNOWN, "place", named.id, False, c.words[k + 1:],
                         canonical=named.canonical))
    return out


def _institution_head(ctx: Context, low: str) -> bool:
    lex = ctx.lex
    return (low in lex.place_heads or low in lex.org_heads or low in _facility_heads()) and low not in lex.given_names


def _head_after(ctx: Context, end: int) -> int | None:
    """The end of a place's head right after a full name ("Benjamin Franklin | Room"), if any."""
    m = _HEAD_AFTER.match(ctx.text, end)
    if m is None:
        return None
    low = m.group(1).lower()
    heads = ctx.lex.place_heads | _facility_heads()
    return m.end() if low in heads and low not in ctx.lex.given_names else None


def _title_next(ctx: Context, end: int) -> bool:
    """The next word, after one space, is a title ("… Foreign | Minister Hill", "Senate Majority |
    Leader")."""
    text = ctx.text
    if not text.startswith(" ", end):
        return False
    stop = end + 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] == "."):
        stop += 1
    word = text[end + 1:stop]
    low = word.lower().rstrip(".")
    return word[:1].isupper() and (is_title(low, ctx.lex) or low in _leading_titles())


def _leading_title_next(ctx: Context, end: int) -> bool:
    m = _TITLE_AND_NAME.match(ctx.text, end)
    return m is not None and m.group(1).lower() in _leading_titles()


def _org_before_title(ctx: Context, c: Claim) -> list[Claim]:
    """"Senate Majority Leader Chuck Schumer": an organization the model found that ends in a
    title's modifier right before a leading title is the organization without it ("Senate"; not
    "Ministry of Foreign Affairs | Spokesperson"); one that
    runs over a title the model never learned (data/leading_titles.txt) into a name is the
    organization before the title, then the person after it."""
    low = [w.lower().rstrip(".") for w in c.words]
    lex = ctx.lex
    k = next((k for k in range(1, len(low)) if low[k] in _leading_titles()), None)
    if k is None:
        cut = len(low) - 1 if low[-1] in lex.title_modifiers and _leading_title_next(ctx, c.end) else len(low)
        name = len(low)
    else:
        cut = k
        name = k + 1
    if cut == len(low):
        return [c]
    while cut > 1 and low[cut - 1] in lex.title_modifiers:
        cut -= 1
    spans = _offsets(ctx, c)
    if not spans:  # pragma: no cover
        return [c]
    end = spans[cut - 1][1]
    out = [Claim(c.start, end, FOUND, "organization", slugify(ctx.text[c.start:end]), words=c.words[:cut])]
    if name < len(low):
        words = c.words[name:]
        out.append(Claim(spans[name][0], c.end, PERSON if len(words) > 1 else SINGLE, "person", None, words=words))
    else:
        out += _name_after_title(ctx, c.end)
    return out


# a title word and the capitalised words after it: " Leader Mitch McConnell"
_TITLE_AND_NAME = re.compile(r" ([A-Z][a-z]+)((?: [A-Z][\w’'.-]*\w)+)")


def _name_after_title(ctx: Context, end: int) -> list[Claim]:
    """The full name right after a title the model never learned ("… Minority | Leader Mitch
    McConnell"): two or three capitalised words that open with a given name."""
    m = _TITLE_AND_NAME.match(ctx.text, end)
    if m is None or m.group(1).lower() not in _leading_titles():
        return []
    words = tuple(m.group(2).split())
    if not 2 <= len(words) <= 3 or words[0].lower() not in ctx.lex.given_names:
        return []
    return [Claim(m.start(2) + 1, m.end(2), PERSON, "person", None, words=words)]


def _offsets(ctx: Context, c: Claim) -> list[tuple[int, int]]:
    """Where each of the claim's words stands in the text."""
    out = []
    pos = c.start
    for w in c.words:
        a = ctx.text.find(w, pos, c.end)
        if a < 0:  # pragma: no cover - a claim's words are its text's
            return []
        out.append((a, a + len(w)))
        pos = a + len(w)
    return out


def _cut(ctx: Context, c: Claim, i: int, j: int) -> Claim:
    """The person claim cut to its words [i, j)."""
    spans = _offsets(ctx, c)
    if not spans:  # pragma: no cover
        return c
    words = c.words[i:j]
    kind = PERSON if len(words) > 1 or c.roles else SINGLE
    return Claim(spans[i][0], spans[j - 1][1], kind, "person", None, words=words,
                 roles=c.roles if i == 0 else (), initial=c.initial and i == 0)


def _before_product(ctx: Context, c: Claim, k: int) -> list[Claim]:
    """"Moderna COVID-19": the words before the one with a digit."""
    if k == 0:
        return []
    first = c.words[0].lower()
    if k > 1 or c.roles or first in ctx.lex.given_names or archive_surname(first):
        return [_cut(ctx, c, 0, k)]
    spans = _offsets(ctx, c)
    if not spans:  # pragma: no cover
        return []
    a, b = spans[0]
    named = ctx.table.names.get(c.words[0])
    if named is not None and named.type != "person":
        return [Claim(a, b, KNOWN, named.type, named.id, False, c.words[:1], canonical=named.canonical)]
    return [Claim(a, b, FOUND, "organization", slugify(c.words[0]), words=c.words[:1])]


def _before_organization(ctx: Context, c: Claim) -> list[Claim]:
    """"Sheikh Mukhtar Robowas al-Shabaab’s top spokesman": a known organization of one to three
    words glued after a name (not opening with a given name or an archive surname): the name,
    then the organization."""
    n = len(c.words)
    for k in range(max(1, n - MAX_PLACE_WORDS), n):
        first = c.words[k].lower()
        if first in ctx.lex.given_names or archive_surname(first):
            continue
        spans = _offsets(ctx, c)
        if not spans:  # pragma: no cover
            return []
        named = ctx.table.names.get(ctx.text[spans[k][0]:spans[-1][1]])
        if named is None or named.type != "organization":
            continue
        org = Claim(spans[k][0], spans[-1][1], KNOWN, "organization", named.id, False, c.words[k:],
                    canonical=named.canonical)
        return [_cut(ctx, c, 0, k), org]
    return []


def _after_place(ctx: Context, c: Claim) -> list[Claim]:
    """"North America James Cleverly": a known place of one to three words, then a name of two
    or more words that opens with a given name."""
    n = len(c.words)
    if c.words[0].lower() in ctx.lex.given_names:
        return [c]  # "Chad Michael Murray": a given name first is the person's
    for k in range(min(MAX_PLACE_WORDS, n - 2), 0, -1):
        if c.words[k].lower() not in ctx.lex.given_names:
            continue
        spans = _offsets(ctx, c)
        if not spans:  # pragma: no cover
            return [c]
        named = ctx.table.names.get(ctx.text[spans[0][0]:spans[k - 1][1]])
        if named is None or named.type != "place":
            continue
        place = Claim(spans[0][0], spans[k - 1][1], KNOWN, "place", named.id, False, c.words[:k],
                      canonical=named.canonical)
        person = _cut(ctx, c, k, n)
        return [place, person]
    return [] if _place_led(ctx, c) else [c]


def _place_led(ctx: Context, c: Claim) -> bool:
    """"The Midwest Magic Jubilee": three or more words opening with a known place or a compass
    region, with no given
    name and no title, and no surname the archive knows at the end: an event's or a venue's name."""
    if len(c.words) < 3 or c.roles or any(w.lower() in ctx.lex.given_names for w in c.words):
        return False
    named = ctx.table.names.get(c.words[0])
    place = named is not None and named.type == "place" or c.words[0].lower() in ctx.lex.compass_regions
    return place and not archive_surname(c.words[-1].lower())


# a place's preposition, then two capitalised words joined by a possessive: "in Cox’s Bazar"
_POSSESSIVE_PLACE = re.compile(r"\b(?:in|to|at|from|near|around|across|outside|inside|into|within) "
                               r"([A-Z][a-z]+)['’]s ([A-Z][a-z]+)(?![\w’'-])")
# what every match of _POSSESSIVE_PLACE ends with: a quick test (it opens with the apostrophe, which
# the regex engine skips ahead to) before the pattern, which opens with \b (tried at every character)
_POSSESSIVE_TAIL = re.compile(r"['’]s [A-Z][a-z]+(?![\w’'-])")


def possessive_places(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """"flee to safety in Cox’s Bazar": after a place's preposition, two capitalised words joined
    by a possessive, one a lone person claim and the other that or unclaimed, are one place's
    name (a person's possessive is followed by what they own, and what they own is not a lone
    name). Refuses registered, titled and labelled claims, a given name or a word the archive
    writes in lower case after the possessive ("to Maria’s John", "at Smith’s Restaurant"), and
    anything claimed as a place or an organization ("in Putin’s Russia")."""
    if _POSSESSIVE_TAIL.search(ctx.text) is None:
        return claims
    at = {c.start: c for c in claims}
    gone: set[int] = set()
    places: list[Claim] = []
    for m in _POSSESSIVE_PLACE.finditer(ctx.text):
        pair = [at.get(m.start(1)), at.get(m.start(2))]
        if any(c is not None and not _lone_person(c) for c in pair) or all(c is None for c in pair) \
                or any(c.start < m.end() and m.start(1) < c.end for c in claims if c not in pair):
            continue
        low = m.group(2).lower()
        if low in ctx.lex.given_names or word_caps().get(low, "")[:1] in ("L", "M"):
            continue
        gone |= {id(c) for c in pair if c is not None}
        places.append(Claim(m.start(1), m.end(2), FOUND, "place", slugify(m.group(1) + " " + m.group(2)),
                            words=(m.group(1) + ctx.text[m.end(1):m.start(2) - 1], m.group(2))))
    if not places:
        return claims
    return [c for c in claims if id(c) not in gone] + places


def _lone_person(c: Claim) -> bool:
    return c.type == "person" and len(c.words) == 1 and not c.registered and not c.label and not c.roles \
        and c.kind != ROLE
