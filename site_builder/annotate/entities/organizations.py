"""Organisations: the features that say a span names an organisation.

Finds (as model features): an organisation head word last ("Greek Orthodox Church", "Defense
Department") or before "of" ("Department of Defense", "University of Texas Arlington"), an
acronym of 2-6 capitals ("FIFA", "NATO"), and a known organisation (organizations.txt) or a
registry entry of that type. Refuses: to decide; a lone head word ("Party") or an acronym of a
disease, degree or term ("Ebola", "Ph.D.", "LGBTQ") is left to the learned weights.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.acronyms import loose_acronyms
from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.gazetteer import country_names, place_names
from site_builder.annotate.entities.lexicon import Lexicon, data_lines, data_sections
from site_builder.annotate.entities.newspapers import newspapers
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.standalone import standalone, stands_alone


@lru_cache(maxsize=1)
def org_head_pairs() -> frozenset[str]:
    """"school district", "water district": two last words that head an organisation
    (data/org_head_pairs.txt) although the last alone heads a place (places._org_headed)."""
    return frozenset(data_lines("org_head_pairs.txt"))


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern[str]:
    sections = data_sections("body_heads.txt")
    heads = "|".join(sorted(map(_capitalised, sections["head"]), key=len, reverse=True))
    mods = "|".join(map(_capitalised, sections["modifier"]))
    # "the" (_body_start: lower case, or opening a sentence), then a place's words perhaps ("the
    # Springfield City Council"), the body's modifiers and its head
    return re.compile(r"[Tt]he ((?:[A-Z][a-z]+ ){0,3}?(?:(?:" + mods + r") )*(?:" + heads + r"))(?![\w’'-])")


# what may stand before a capital "The" that opens a sentence: nothing, a line break, ". ", ".” "
_OPENS = re.compile(r"(?:\A|\n|[.!?] |[.!?][”\"] )\Z")


# "the Council of the EU", "the Council on American-Islamic Relations", "the Court of Appeals": the
# body's noun opens a longer proper name the pattern does not hold
_LONGER_NAME = re.compile(r"[ \t]+(?:of|on|for)[ \t]+(?:the[ \t]+)?[A-Z]")


def _body_start(text: str, at: int) -> bool:
    """A lower-case "the" as a word, or a capital "The" that opens a sentence or a line."""
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "’'-_"):
        return False
    return text[at] == "t" or _OPENS.search(text, max(0, at - 3), at) is not None


def _capitalised(phrase: str) -> str:
    words = [w if w in ("of", "the") else w[:1].upper() + w[1:] for w in phrase.split()]
    return re.escape(" ".join(words)).replace("'", "['’]")


def named_bodies(text: str, claims: list[Claim]) -> list[Claim]:
    """"the City Council approved", "The Legislature will", "the Springfield City Council met": a
    body a newspaper names by its capitalised common noun after "the" (data/body_heads.txt) is an
    organisation; place claims inside it give way to it (GUM's outermost span). The id joins the
    words ("city-council"). Refuses the headline (the first line: title case proves nothing) and a
    span that crosses or holds a person or organisation claim ("the Springfield Police Department"
    the model found stays the model's)."""
    first_line = text.find("\n")
    out = list(claims)
    for m in _body_pattern().finditer(text):
        a, b = m.start(1), m.end(1)
        if not _body_start(text, m.start()) or _LONGER_NAME.match(text, b):
            continue
        inside = [c for c in out if c.start < b and a < c.end]
        if a < first_line or any(c.type != "place" or c.start < a or c.end > b for c in inside):
            continue
        out = [c for c in out if not (c.start < b and a < c.end)]
        out.append(Claim(a, b, FOUND, "organization", slugify(m.group(1)), words=tuple(m.group(1).split())))
    return _bodies_linked(sorted(out, key=lambda c: c.start))


@lru_cache(maxsize=1)
def _unlinked_heads() -> frozenset[str]:
    """Body heads that no longer name ending in them stands for (data/body_heads.txt [unlinked])."""
    return frozenset(data_sections("body_heads.txt").get("unlinked", []))


def _bodies_linked(claims: list[Claim]) -> list[Claim]:
    """"the Springfield City Council … the City Council": a body named by its common noun is the
    article's one organisation whose longer name ends with those words (its id), so that pages
    do not gather every city's council under one "City Council"; two such names: left alone."""
    unlinked = _unlinked_heads()
    orgs = [x for x in claims if x.type == "organization"]  # no type changes below: one filter
    for c in orgs:
        if c.kind != FOUND or c.id != slugify(" ".join(c.words)) \
                or " ".join(c.words).lower() in unlinked:
            continue
        n = len(c.words)
        longer = {x.id: x for x in orgs if x.id and len(x.words) > n
                  and tuple(x.words[-n:]) == c.words}
        if len(longer) == 1:
            x = next(iter(longer.values()))
            c.id, c.kind, c.registered, c.canonical = x.id, x.kind, x.registered, x.canonical
    return claims


def company_short_names(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """"Ozark Plains Energy said … nearly 390,000 Ozark Plains customers", "Cascade Air … Cascade
    said": a company named in full with a business word last (data/company_suffixes.txt) is its
    name without that word elsewhere in the article: a place or one-word person claim of exactly
    those words, or those words unclaimed, become the company (its id). Refuses short names that
    are countries or US states ("Texas Capital … Texas"), that the article also writes in lower
    case ("Food Systems … food": a common word), a word of a person's full name in the article
    ("Tom Morgan … Morgan Capital … Morgan said" is the man), and a short name two companies share."""
    claims = [_widened_company(text, c, lex) for c in claims]
    short = _short_names(text, claims, lex)
    if not short:
        return claims
    out = [_as_company(c, short) for c in claims]
    spans = [(c.start, c.end) for c in out]
    for name, org in sorted(short.items(), key=lambda kv: -len(kv[0])):  # "Cascade Air" before "Cascade"
        for a, b in standalone(text, name):
            if not any(s < b and a < e for s, e in spans):
                spans.append((a, b))
                out.append(Claim(a, b, org.kind, "organization", org.id, org.registered,
                                 tuple(name.split()), canonical=org.canonical))
    return sorted(out, key=lambda c: c.start)


def _short_names(text: str, claims: list[Claim], lex: Lexicon) -> dict[str, Claim]:
    """Each short name of the article's companies (_peeled) and its company: the one it is the
    nearer short form of ("Ozark Plains" is "Ozark Plains Energy", not "Ozark Plains Holdings
    Inc"); two companies at the same distance leave it out, as do a person's words."""
    short: dict[str, tuple[int, Claim]] = {}
    for c in claims:
        if c.type == "organization" and c.id and len(c.words) >= 2:
            for depth, name in enumerate(_peeled(c.words, lex)):
                if not name[:1].isupper() or name in polities() or name in place_names() or written_lower(text, name):
                    continue
                held = short.get(name)
                if held is None or depth < held[0]:
                    short[name] = (depth, c)
                elif depth == held[0] and held[1].id != c.id:
                    short[name] = (depth, _AMBIGUOUS)
    names = person_words(claims)
    return {k: v for k, (_, v) in short.items() if v is not _AMBIGUOUS and k not in names}


_AMBIGUOUS = Claim(0, 0, FOUND, "organization", None)


def _peeled(words: tuple[str, ...], lex: Lexicon) -> list[str]:
    """"Halvorsen Home Appliances Inc" → "Halvorsen Home Appliances", "Halvorsen Home", "Halvorsen":
    the company's name with business words (data/company_suffixes.txt, company_inner_words.txt)
    taken off its end one by one, its first word always kept."""
    out = []
    n = len(words)
    while n > 1 and words[n - 1].lower().rstrip(".,") in lex.company_ends:
        n -= 1
        out.append(" ".join(words[:n]).rstrip(","))
    return out
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w-])")
# two or three capitalised words right after a claim: "Stonebridge| Federal Solutions"
_NEXT_WORDS = re.compile(r"(?: [A-Z][a-z]+){2,3}(?![\w-])")
# a capital right after a run: the run is not the whole name ("Minot Air Force| Base")
CAPITAL_AFTER = re.compile(r" [A-Z]")


def _widened_company(text: str, c: Claim, lex: Lexicon) -> Claim:
    """"Ozark Plains Energy": a place or person claim the model closed one business word short
    (data/company_suffixes.txt, capitalised, right after it) is the company; so is one that two
    or three capitalised words ending in a business word or a company's inner word
    (data/company_inner_words.txt) follow: "Stonebridge Federal Solutions" (the model's town
    "Stonebridge"). Not over a stopword or a calendar word."""
    if c.type == "organization" or c.label or c.registered or c.roles or not c.words:
        return c
    m = _NEXT_WORD.match(text, c.end)
    if m is None:
        return c
    if m.group(1).lower() in lex.company_suffixes:
        name = text[c.start:m.end()]
        return Claim(c.start, m.end(), FOUND, "organization", slugify(name), words=(*c.words, m.group(1)))
    run = _NEXT_WORDS.match(text, c.end)
    if run is None:
        return c
    words = run.group(0).split()
    # the business word closes the capitalised run ("South Asia Regional Energy Partnership" is no company)
    if words[-1].lower() not in lex.company_ends or CAPITAL_AFTER.match(text, run.end()) \
            or any(w.lower() in lex.stopwords or w.lower() in lex.calendar for w in words):
        return c
    end = run.end()
    return Claim(c.start, end, FOUND, "organization", slugify(text[c.start:end]), words=(*c.words, *words))


def person_words(claims: list[Claim]) -> frozenset[str]:
    """The words of the article's people named with more than one word or with a title."""
    return frozenset(w for c in claims if c.type == "person" and (len(c.words) > 1 or c.roles) for w in c.words)


def written_lower(text: str, name: str) -> bool:
    """The article writes `name` in lower case somewhere, standing alone: a word, not a name."""
    return stands_alone(text, name.lower(), "-", "-")


def _as_company(c: Claim, short: dict[str, Claim]) -> Claim:
    org = short.get(" ".join(c.words))
    if org is None or c.type == "organization" or c.label or c.registered or c.roles \
            or c.type == "person" and len(c.words) > 1:
        return c
    return Claim(c.start, c.end, org.kind, "organization", org.id, org.registered, c.words, canonical=org.canonical)


@lru_cache(maxsize=1)
def polities() -> frozenset[str]:
    states = {form for line in data_lines("us_states.txt") for form in line.split("|")}
    return frozenset(states) | country_names()


# a dateline's source in brackets: "GRANBY COUNTY, Colo. (KQNV) —", "CHARLOTTE, N.C. (WKRX) —", "SPRINGFIELD, Mo., Jan 27 (Business Wire Daily) -"
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:, (?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z][a-z]?\.))?(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})? "
                       r"\(([A-Z][\w&’' -]{1,40}?)\) ?[—–-]", re.MULTILINE)
# a byline's publication: "By Lyle Bettencourt, Courier staff writer", "By Kendra Vos, News 7 Digital"
_BYLINE = re.compile(r"^By [A-Z][^,\n]{2,40}, ((?:[A-Z0-9][\w’'-]*)(?: [A-Za-z0-9][\w’'-]*){0,4})[ \t]*$", re.MULTILINE)
# what only a publication or a station is told: "told POLITICO", "told the Globe"
_TOLD = re.compile(r"told (?:([A-Z]{3,}[\w-]*)|the ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))(?![\w’'-])")


@lru_cache(maxsize=1)
def _byline_roles() -> frozenset[str]:
    return frozenset(data_lines("byline_roles.txt"))


def press_names(text: str, claims: list[Claim]) -> list[Claim]:
    """Publications and stations where newspaper copy names them: a dateline's source in brackets
    ("SPRINGFIELD, Mo. (KQNV) —"), a byline's publication without its staff words ("By Ann Lee,
    Courier staff writer"), and what someone "told" in capitals or with "the" ("told POLITICO",
    "told the Globe"). Each is an organisation where no claim but a person's one-word claim holds it;
    the same name unclaimed elsewhere in the article is it too. Refuses a byline whose words are
    all staff words, and "told" before a person's name."""
    found: list[tuple[int, int]] = []
    for m in _DATELINE.finditer(text, 0, 1200):  # a dateline opens the story: its first lines only
        found.append(m.span(1))
    for m in _BYLINE.finditer(text):
        words = m.group(1).split()
        while words and words[-1].lower() in _byline_roles():
            words.pop()
        if words and words[0][:1].isupper():
            found.append((m.start(1), m.start(1) + len(" ".join(words))))
    for m in _TOLD.finditer(text):  # opens with the word, not \b (fast); the boundary checked here
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        found.append(m.span(1) if m.group(1) else m.span(2))
    out = list(claims)
    names: dict[str, str] = {}
    for a, b in found:
        out, ident = _press_claim(text, out, a, b, names)
        if ident:
            names.setdefault(text[a:b], ident)
    return loose_acronyms(text, newspapers(text, _press_repeats(text, out, names)))


def _press_claim(text: str, claims: list[Claim], a: int, b: int, names: dict[str, str]) -> tuple[list[Claim], str]:
    inside = [c for c in claims if c.start < b and a < c.end]
    if any(not (c.type == "person" and len(c.words) == 1 and c.start >= a and c.end <= b) for c in inside):
        return claims, ""
    name = text[a:b]
    ident = names.get(name) or slugify(name)
    kept = [c for c in claims if c not in inside]
    kept.append(Claim(a, b, FOUND, "organization", ident, words=tuple(name.split())))
    return kept, ident


def _press_repeats(text: str, claims: list[Claim], names: dict[str, str]) -> list[Claim]:
    out = sorted(claims, key=lambda c: c.start)
    for name in names:
        if written_lower(text, name):
            continue
        for a, b in standalone(text, name):
            out, _ = _press_claim(text, out, a, b, names)
    return sorted(out, key=lambda c: c.start)
