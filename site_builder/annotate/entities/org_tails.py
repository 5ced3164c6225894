"""An organisation's name the model closed short: "Keane Capital | Markets", "the Seattle Police |
Officers Guild", "VFW Post | 4418", "United Auto Workers | Local 3307".

Finds: an organisation claim followed, with a space only, by one or two capitalised words the last
of which heads an organisation (lexicon org_heads: "Markets", "Guild"), or by a branch's number
("Post 4418", "Local 84-711": data/branch_words.txt), or an "<Head> of <subject>" name by more
subjects closed by "and" whose words the corpus writes in lower case ("of Public Health and
Environment", "of Democracy, Human Rights, and Labor": not "of Justice and Congress", nor "of
State and Homeland Security" where the article links "Homeland Security" to a known name). The claim takes those words (GUM's span is the
whole name). Refuses: the headline (title case proves nothing), words another claim holds, a
stopword or calendar word among them ("Meridian Monday Times"), a known organisation's name (its
id would take a name it does not have: "UN | Food Systems Summit").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, KNOWN, SINGLE, Claim
from site_builder.annotate.entities.features import word_caps
from site_builder.annotate.entities.gazetteer import place_names
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.organizations import CAPITAL_AFTER, person_words, polities, written_lower
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.standalone import standalone
from site_builder.lexicon import alternation

_WORDS = re.compile(r"((?: [A-Z][a-z]+){1,2})(?![\w’'-])")
# "Department of Agriculture| , Trade and Consumer Protection", "of Public Health| and Environment":
# more subjects, a series closed by "and", of at most three words each, no capital after it
_SERIES = re.compile(r"(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})*,? and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![\w’'-])(?! [A-Z])")


def _common(word: str) -> bool:
    """A word the shared corpus writes in lower case or mixed (a subject, not a name: "Environment",
    "Labor"; not "Congress" nor "NASA")."""
    return word_caps().get(word.lower(), "")[:1] in ("L", "M")


@lru_cache(maxsize=1)
def _branch() -> re.Pattern[str]:
    words = alternation(w.capitalize() for w in data_lines("branch_words.txt"))
    return re.compile(r"(?: (?:" + words + r"))? \d[\d-]*\d(?![\w’'-])|(?: (?:" + words + r"))? \d(?![\w’'-])")


@lru_cache(maxsize=1)
def _branch_words() -> frozenset[str]:
    return frozenset(data_lines("branch_words.txt"))


def widened_organizations(text: str, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims with each organisation claim closed short (module docstring) taking its tail;
    claims inside a series' tail ("Environment") give way to it."""
    first_line = text.find("\n")
    out = sorted(claims, key=lambda c: c.start)
    dropped: set[int] = set()  # ids of the claims a tail took (`c not in out` without comparing every claim)
    for c in list(out):
        if c.type != "organization" or c.kind != FOUND or c.registered or c.label or c.start < first_line \
                or not c.words or id(c) in dropped:
            continue
        end = _tail_end(text, c, lex)
        inside = [x for x in out if c.end <= x.start < (end or 0)]
        if end is None or any(x.end > end or x.type == "person" or x.kind != FOUND or x.registered for x in inside) \
                or inside and not _series(c):
            continue
        if inside:
            dropped.update(id(x) for x in out if x in inside)
            out = [x for x in out if id(x) not in dropped]
        c.end = end
        c.words = tuple(text[c.start:end].split())
        if c.id:
            c.id = slugify(text[c.start:end])
    return out


def _series(c: Claim) -> bool:
    """An "<Head> of <subject>" name, whose subjects may run on in a series."""
    return any(w in ("of", "for") for w in c.words[1:-1])


def _tail_end(text: str, c: Claim, lex: Lexicon) -> int | None:
    """Where the name goes on to, or None."""
    number = _branch().match(text, c.end)
    if number is not None and (c.words[-1].lower() in _branch_words() or " " in number.group(0).strip()):
        return number.end()
    m = _SERIES.match(text, c.end) if _series(c) else None
    if m is not None and all(_common(w) for w in m.group(0).replace(",", " ").split() if w != "and"):
        return m.end()
    m = _WORDS.match(text, c.end)
    if m is None:
        return None
    words = [w.lower() for w in m.group(1).split()]
    if words[-1] not in lex.org_heads or any(w in lex.stopwords or w in lex.calendar for w in words):
        return None
    return m.end()


# a company's name the article writes whole: the word, then one to three capitalised words (group 1)
_COMPANY_RUN = re.compile(r"(?: [A-Z][\w&’'.-]*){1,3}")


def companies_opened(text: str, claims: list[Claim], lex: Lexicon) -> None:
    """A one-word place or untitled one-word person claim ("Stonebridge, which was bought …, said")
    whose word the article first writes opening a company's name ("Stonebridge Federal Solutions":
    capitalised words ending in a business word, data/company_suffixes.txt or
    company_inner_words.txt) is that company: it takes the full name's id and name, and that first
    writing, unclaimed, becomes the company's claim too. Refuses (in place) a country or US state,
    a gazetteer place of note, a given name, a word of a person named in full, a word the article
    writes in lower case, and a writing inside another claim."""
    singles = [c for c in claims if len(c.words) == 1 and c.kind != KNOWN and not (c.registered or c.roles or c.label)
               and (c.type == "place" or c.type == "person" and c.kind == SINGLE)]
    if not singles:
        return
    refused = person_words(claims) | polities()
    found: dict[str, tuple[int, int] | None] = {}
    for c in singles:
        word = c.words[0]
        if word not in found:
            found[word] = None if word in refused or word in place_names() or word.lower() in lex.given_names \
                or written_lower(text, word) else _company_run(text, word, lex)
        span = found[word]
        if span is None or span[0] == c.start:
            continue
        name = text[span[0]:span[1]]
        c.type, c.kind, c.id, c.canonical = "organization", FOUND, slugify(name), name
    for word, span in found.items():
        if span is not None and any(c.words == (word,) and c.type == "organization" for c in claims) \
                and not any(c.start < span[1] and span[0] < c.end for c in claims if c.words != (word,)):
            claims[:] = [c for c in claims if not (c.start == span[0] and c.words == (word,))]
            name = text[span[0]:span[1]]
            claims.append(Claim(span[0], span[1], FOUND, "organization", slugify(name), words=tuple(name.split()),
                                canonical=name))
            claims.sort(key=lambda c: c.start)


def _company_run(text: str, word: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where the article first writes the word opening a company's name, or None."""
    for a, b in standalone(text, word):
        m = _COMPANY_RUN.match(text, b)
        # the company's word closes the capitalised run: "Minot Air Force Bases" is no company
        if m is not None and m.group(0).split()[-1].lower() in lex.company_ends and not CAPITAL_AFTER.match(text, m.end()):
            return a, m.end()
    return None
