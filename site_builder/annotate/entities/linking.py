"""Within-article linking: every mention of one person gets that person's id.

Finds: for each full name found in the article ("Pete Hegseth"), the later or earlier short
forms: a surname alone ("Hegseth", "Netanyahu’s office"), a title and surname ("Secretary
Hegseth", "Mr. Hegseth"), a bare role preceded by "the" ("the Prime Minister") when exactly one
person in the article was given that title; a one-word known place that is the surname of a
person in the article ("Washington" after "George Washington"). Ids: a registered entity's id,
else the slug of the person's longest full name, so the same name gets the same id in every article.
A single given name in mid-sentence that links to no one and that the article never writes in
lower case is a person known by that name alone ("a blue Delphine"); so is a single word right
after "said" ("…, said Okonjo, …") or right before it ("…, Monti said").
Refuses: to guess. A surname shared by two people links to the one named in full most often,
else to the nearest full name before it that is not named as a relative ("his father Mohamed
El-Hassan Mohamed": "Mohamed" alone is still the student Ahmed Mohamed), and is left alone if
none precedes it; a role held by two people is not linked; a single word that
matches no one is not a mention.
"""

from __future__ import annotations

import calendar as stdlib_calendar
import re
import unicodedata
from collections import Counter
from functools import cache

from site_builder.annotate.entities.claims import FOUND, KNOWN, PERSON, ROLE, SINGLE, Claim
from site_builder.annotate.entities.features import archive_surname
from site_builder.annotate.entities.lexicon import data_lines, lexicon
from site_builder.annotate.entities.names import NameTable
from site_builder.annotate.entities.patronymics import patronymic_particles
from site_builder.annotate.entities.people import SUFFIXES
from site_builder.annotate.entities.slug import normalise_name, person_slug, slugify
from site_builder.annotate.entities.teams import is_sports_report, playing_countries
from site_builder.annotate.standalone import NAME_LEFT, standalone
from site_builder.lexicon import alternation
from site_builder.model.spans import EntityRef, Mention
from site_builder.text import is_word_char
from site_builder.titlewords import no_office_words, title_key, title_run, titles_fit, words_before

_NUMBER_NEXT = re.compile(r" \d")


def _surname(word: str) -> str:
    return normalise_name(word)


def _family(words: tuple[str, ...]) -> str:
    """The family name of a full name: its last word before a generational suffix ("Hughes" of
    "Darnell Hughes Jr.", so a later bare "Hughes" is that person)."""
    k = len(words) - 1
    while k > 1 and words[k].lower().rstrip(".,") in SUFFIXES:
        k -= 1
    return _surname(words[k])


def trim_non_name_words(text: str, hits: list[Claim], not_name_words: frozenset[str]) -> None:
    """A discovered person's words never include "Affairs", "Embassy", "Ministers" … (data file
    not_name_words.txt): keep the name after the last such word when two or more words are left
    ("Affairs Daniel J. Kritenbrink" -> "Daniel J. Kritenbrink"), otherwise drop the hit
    ("Foreign Ministers", "Embassy Kabul"). Registered names are never touched."""
    keep = []
    for h in hits:
        if h.type == "person" and not h.registered and h.words:
            last_bad = max((i for i, w in enumerate(h.words) if w.strip(".,").lower() in not_name_words), default=-1)
            if last_bad >= 0:
                rest = h.words[last_bad + 1:]
                if len(rest) < 2:
                    continue
                start = text.find(rest[0], h.start, h.end)
                if start < 0:
                    continue
                h.words, h.start = tuple(rest), start
        keep.append(h)
    hits[:] = keep


# A name cut at an apostrophe inside a word ("al-Qa" of "al-Qa’ida", "Hay" of "Hay’at"): not the
# possessive "’s", which ends a word.
_CUT_AT_APOSTROPHE = re.compile(r"[’'](?!s\b)[a-z]")
# Heads of documents (data/document_heads.txt) that are also family names: a name ending in one
# is still a person's ("Jude Law", "Joe Bill").
_SURNAME_HEADS = frozenset({"law", "code", "bill", "order", "vision", "plan", "report", "summit", "statement"})


# Month and weekday names, full and short ("sunday", "sept"): a name may open with one ("Wednesday
# Martin", "April Ryan"), where a holiday word ("Eid", "Easter") makes the whole shape a holiday.
_MONTHS_AND_DAYS = frozenset(w.lower() for w in (*stdlib_calendar.month_name, *stdlib_calendar.month_abbr,
                                                 *stdlib_calendar.day_name, "sept") if w)


def drop_non_people(text: str, hits: list[Claim], calendar: frozenset[str], heads: frozenset[str],
                    given_names: frozenset[str]) -> None:
    """Drop person shapes the words show are no one: a name cut at an apostrophe inside a word
    ("Turkey-based al-Qa" of "al-Qa’ida"), a holiday ("Eid al-Adha": opens with a holiday word
    that is no given name, month or weekday, or comes right after one), a treaty or a document ("Geneva Conventions": ends with a document
    head, plural or not, that is no family name), a storm ("Hurricane Harvey": data/storm_words.txt),
    a law or an award wherever it stands ("a Pulitzer Prize": a law's or an eponym's head ends it),
    a lone calendar word that is no given name ("since February, said": the model's speaker shape).
    Registered and titled names are never touched."""
    keep = []
    for h in hits:
        if h.type == "person" and not h.registered and not h.roles and h.words:
            first, last = h.words[0].lower(), h.words[-1].lower().strip(".,")
            head = last[:-1] if last.endswith("s") and last[:-1] in heads else last
            if _CUT_AT_APOSTROPHE.match(text, h.end):
                continue
            if len(h.words) >= 2 and first in calendar and first not in _MONTHS_AND_DAYS and first not in given_names:
                continue  # "Eid al-Adha": a holiday; "Wednesday Martin" may be a name
            if len(h.words) == 1 and first.strip(".,") in calendar and first not in given_names:
                continue  # "since February, said …", "by Easter,” Whitt said": a date, no speaker
            if _after_holiday(text, h.start, calendar, given_names):
                continue  # "celebrating Eid al-Adha": the holiday's lone second word spread from it
            if len(h.words) >= 2 and head in heads and head not in _SURNAME_HEADS and head not in given_names:
                continue
            if _names_a_law(text, h.start, h.end) or _LOWER_AWARD_AFTER.match(text, h.end):
                continue  # "the Robert Levinson Act", "Gilman scholarships": named after someone
            if len(h.words) >= 2 and (first in _storm_words() or last in _law_heads() and last not in given_names):
                continue  # "Hurricane Harvey", "a Pulitzer Prize": a storm, an award
        keep.append(h)
    hits[:] = keep


# the capitalised word right before a name
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) \Z")


def _after_holiday(text: str, start: int, calendar: frozenset[str], given_names: frozenset[str]) -> bool:
    """A holiday word that is no month, weekday or given name stands right before the name: "Eid
    al-Adha" whose "al-Adha" alone was taken for a surname ("Eid al-Adha. Eid Mubarak" reads as a
    family name twice) is part of the holiday."""
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in calendar and low not in _MONTHS_AND_DAYS and low not in given_names


def landform_places(text: str, hits: list[Claim], given_names: frozenset[str]) -> None:
    """A person shape of two or more words that ends with a landform (data/landform_tails.txt: "Cedar
    Prairie", "Pine Hollow", "Kiowa Flats"), opens with no given name and has no title is a place
    (in place). Not "Tom Ridge" (a given name first), not "Mayor Ann Grove" (a title). So is a
    one-word person shape right before a region word ("Harris | County": data/region_words.txt),
    whose mention takes that word."""
    for h in hits:
        if h.type != "person" or h.registered or h.roles:
            continue
        if len(h.words) >= 2 and h.words[-1].lower() in _landform_tails() and h.words[0].lower() not in given_names:
            h.type, h.kind, h.id = "place", FOUND, slugify(text[h.start:h.end])
        elif len(h.words) == 1 and (m := _REGION_AFTER.match(text, h.end)) and m.group(1).lower() in _region_words():
            h.end = m.end()  # "Harris County": the county, not a person called Harris
            h.type, h.kind, h.id = "place", FOUND, slugify(text[h.start:h.end])


_REGION_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


@cache
def _region_words() -> frozenset[str]:
    return frozenset(data_lines("region_words.txt"))


# a capitalised "The" inside a sentence, right before a name: "edit The Dayton Ledger-Courier"
_MID_SENTENCE_THE = re.compile(r"[a-z,] The \Z")


def the_named(text: str, hits: list[Claim]) -> None:
    """A person shape of two or more words with no title, right after a capitalised "The" inside a
    sentence ("to edit The Dayton Ledger-Courier"), is the name of a paper, a work or an
    institution, no person: an organization (in place). Not "the" in lower case ("the Kessaro
    government" names its leader) and not a "The" that opens a sentence or a headline."""
    for h in hits:
        if h.type == "person" and not h.registered and not h.roles and len(h.words) >= 2 \
                and _MID_SENTENCE_THE.search(text, max(0, h.start - 8), h.start):
            h.type, h.kind, h.id = "organization", FOUND, slugify(text[h.start:h.end])


@cache
def _landform_tails() -> frozenset[str]:
    return frozenset(data_lines("landform_tails.txt"))


# Capitalised words (and "and") right after a name, on its line: "Hostage Recovery and Hostage-Taking Accountability Act".
_RUN_AFTER = re.compile(r"(?:[ \t]+(?:and|[A-Z][\w’'\-]*)){1,8}")


# "the" right before the name, or before capitalised words or a year that open the name of
# a law or an event ("The 2022 International Borlaug Dialogue", "the Global Magnitsky Act")
_THE_BEFORE = re.compile(r"\b[Tt]he(?:[ \t]+(?:\d{4}|[A-Z][\w’'-]*)){0,3}[ \t]+$")
# Heads of a law's or an event's name (data/eponym_heads.txt). Not a program's or a plan's
# ("the Andy Warhol Photographic Legacy Program", "the L'Enfant Plan"), where the name still
# names the person it honours.
_LAW_HEADS = frozenset({"act", "acts", "law", "laws", "amendment", "bill", "statute"})
# a law written in lower case right after the name: "the Bob Levinson legislation"
_LOWER_LAW_AFTER = re.compile(r"[ \t]+(?:legislation|law|act|bill|amendment|statute)\b")
# grants in lower case right after a name, "the" or not: "the Fulbright and Gilman scholarships"
_LOWER_AWARD_AFTER = re.compile(r"[ \t]+(?:scholarships?|fellowships?)\b")


def _names_a_law(text: str, start: int, end: int) -> bool:
    """Whether the name, after "the", opens a law's name: the capitalised words right after it
    (no "of", no stop between) end with a law's or an event's head ("the Robert Levinson Act", "the
    Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act", "the October Borlaug
    Dialogue"), or a law in lower case follows it ("the Bob Levinson legislation"). Not "Jane Roe of the Office
    of Policy", "Jane Roe, Act Now's founder", nor a title-case heading ("Jane Roe Signs Bill")."""
    if not _THE_BEFORE.search(text, max(0, start - 60), start):
        return False
    if _LOWER_LAW_AFTER.match(text, end):
        return True
    run = _RUN_AFTER.match(text, end)
    if not run:
        return False
    words = run.group(0).split()
    while words and words[-1] == "and":
        words.pop()
    return bool(words) and words[-1].lower() in _law_heads() and words[-1][:1].isupper()


@cache
def _storm_words() -> frozenset[str]:
    return frozenset(data_lines("storm_words.txt"))


def _numbered_anywhere(text: str, name: str) -> bool:
    """Whether the article writes the name right before a space and a digit anywhere (a str.find
    loop: no per-name pattern)."""
    i = text.find(name + " ")
    while i >= 0:
        if _NUMBER_NEXT.match(text, i + len(name)):
            return True
        i = text.find(name + " ", i + 1)
    return False


@cache
def _law_heads() -> frozenset[str]:
    return _LAW_HEADS | frozenset(data_lines("eponym_heads.txt"))


def prune(text: str, hits: list[Claim], given_names: frozenset[str]) -> None:
    """Drop or shorten untitled name shapes that the article shows are not a person's name.

    - A name that is followed by a number anywhere in the article is a product, an event or a
      model ("Harbor Navigator 7", "Games 2030"), never a person: all its hits go.
    - A two-word shape whose first word is the surname of a person named in full in the same
      article, and not a given name, is that person's name used as a modifier ("Korvik Polaroids"
      after "Anna Korvik"): only the surname stays, as a short form linking.py ties to the person.
      Not when the second word looks like a given name (hyphenated East Asian given names
      written family name first, "Leung Kwok-hin" beside "Raymond Leung", or a known given name).
    Titled names ("President Trump"), registered names and known names are never touched.
    """
    shapes = [h for h in hits if h.kind == PERSON and not h.roles and len(h.words) >= 2]
    if not shapes:
        return
    numbered = {(h.words[0], _surname(h.words[-1])) for h in shapes
                if _NUMBER_NEXT.match(text, h.end) or _numbered_anywhere(text, text[h.start:h.end])}
    full_surnames = {_surname(h.words[-1]) for h in hits
                     if h.type == "person" and h.kind in (PERSON, KNOWN) and len(h.words) >= 2}
    keep = []
    for h in hits:
        if h.kind == PERSON and not h.roles and len(h.words) >= 2:
            if (h.words[0], _surname(h.words[-1])) in numbered:
                continue
            first = h.words[0]
            second = h.words[1]
            if len(h.words) == 2 and first in full_surnames and first.lower() not in given_names \
                    and "-" not in second and second.lower() not in given_names:
                # a family name first ("Leung Kwok-hin") is still a name
                h.kind, h.words, h.end = SINGLE, (first,), h.start + len(first)
        keep.append(h)
    hits[:] = keep


# A full name right after a kinship word ("his father Mohamed El-Hassan Mohamed", "their
# daughters X and Y") names a relative of the article's subject, not the subject.
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|whose)\s+(?:late\s+)?(?:father|mother|son|sons|daughter|daughters|wife|"
                         r"husband|brother|brothers|sister|sisters|parents|children|uncle|aunt|cousin|nephew|niece)"
                         r"(?:\s*,)?\s+(?:and\s+)?$", re.IGNORECASE)


def _relatives(text: str, hits: list[Claim]) -> set[str]:
    """Ids whose every full name in the article follows a kinship word: a surname alone shared with
    them is the subject's ("Supporters tweeted to Mohamed": the student, not his father)."""
    kin: dict[str, bool] = {}
    for h in hits:
        if h.type == "person" and h.id is not None and len(h.words) >= 2:
            after_kin = _KIN_BEFORE.search(text, max(0, h.start - 40), h.start) is not None
            kin[h.id] = kin.get(h.id, True) and after_kin
    return {i for i, k in kin.items() if k}


class _People:
    """Who the article names in full: surnames, first names and titles -> ids."""

    def __init__(self, hits: list[Claim], table: NameTable, text: str) -> None:
        self.table = table
        self.relatives = _relatives(text, hits)
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.roles: dict[str, set[str]] = {}
        self.first_names: dict[str, set[str]] = {}
        self.openings: dict[str, list[tuple[int, str]]] = {}  # first word -> (start, id): "Park" of "Park Hyunyoung"
        self.given_surnames: set[str] = set()  # surnames of full names that open with a given name
        # the last part of a hyphenated surname: "MS ALLEN:" is Paloma Adams-Allen when no one
        # else in the article is an Allen
        self.hyphen_tails: dict[str, list[tuple[int, str]]] = {}
        given = lexicon().given_names
        suffixed = []
        for h in hits:
            if h.type != "person" or h.id is None:
                continue
            if len(h.words) >= 2 and _family(h.words) != _surname(h.words[-1]):
                suffixed.append(h)
            if len(h.words) >= 2:
                self.surnames.setdefault(_surname(h.words[-1]), []).append((h.start, h.id))
                if "-" in h.words[-1].strip("-"):
                    self.hyphen_tails.setdefault(_surname(h.words[-1].rsplit("-", 1)[1]), []).append((h.start, h.id))
                self.first_names.setdefault(h.words[0], set()).add(h.id)
                self.openings.setdefault(_surname(h.words[0]), []).append((h.start, h.id))
                if h.words[0].lower() in given:
                    self.given_surnames.add(_family(h.words))
            self.add_roles(h)
        self.first_name_style = self._first_name_style(hits, given)
        # "Darnell Hughes Jr." is "Hughes" too, unless the article also names a Hughes without
        # the suffix (a father and son: "Franklin Marsh" and "Franklin Marsh Jr.")
        for h in suffixed:
            if _family(h.words) not in self.surnames:
                self.surnames[_family(h.words)] = [(g.start, g.id) for g in suffixed  # type: ignore[misc]
                                                   if _family(g.words) == _family(h.words)]

    def _first_name_style(self, hits: list[Claim], given: frozenset[str]) -> frozenset[str]:
        """The given names the article writes alone for people it names in full and that end no
        full name ("they're Madeleine, they're Colin"): the article calls people by first name."""
        return frozenset(_surname(h.words[0]) for h in hits
                         if h.kind == SINGLE and h.type == "person" and len(h.words) == 1 and not h.roles
                         and h.words[0].lower() in given and _surname(h.words[0]) in self.first_names
                         and _surname(h.words[0]) not in self.surnames)

    def by_given_name(self, word: str) -> str | None:
        """A lone given name that is one person's first name and another's surname ("George" beside
        George Shultz and Suzy George) is the first person's where the article calls other people
        by first name too ("Madeleine, Colin, and George"); None otherwise."""
        key = _surname(word)
        ids = self.first_names.get(key)
        found = self.surnames.get(key)
        if not ids or len(ids) != 1 or not found or not self.first_name_style - {key}:
            return None
        ident = next(iter(ids))
        return None if any(i == ident for _, i in found) else ident

    def add_roles(self, h: Claim) -> None:
        for key in h.roles:
            self.roles.setdefault(key, set()).add(h.id)  # type: ignore[arg-type]

    def by_surname(self, word: str, position: int, roles: tuple[str, ...] = (), first: int | None = None) -> str | None:
        """`first`: where the article first writes this titled name (a label names one person
        throughout a transcript), else `position`."""
        key = _surname(word)
        found = self.surnames.get(key) or self.hyphen_tails.get(key)
        office = _office(roles)
        if office and (found or self.openings.get(key)):
            found = self.fitting(found or self.openings[key], position if first is None else first, office)
            if not found:
                return None
        if not found:
            ids = self.first_names.get(key)
            if ids and len(ids) == 1:
                return next(iter(ids))
            return self.table.surnames.get(key)
        named = Counter(i for _, i in found)
        if len(named) == 1:
            return next(iter(named))
        # a shared surname: the person the article names in full most often (its subject:
        # "Moreau" is Jeanne Moreau, not her father named once), else the nearest full name before
        counts = sorted((n, ident) for ident, n in named.items())
        if counts[-1][0] > counts[-2][0]:
            return counts[-1][1]
        before = [(p, i) for p, i in found if p < position]
        subjects = [(p, i) for p, i in before if i not in self.relatives]
        return max(subjects or before)[1] if before else None

    def fitting(self, found: list[tuple[int, str]], position: int, office: tuple[str, ...]) -> list[tuple[int, str]]:
        """The full names a titled surname ("FOREIGN MINISTER PARK") may be: those given that very
        title, in any spelling ("Senator Ellison" after "Sen. Mark Ellison"); else the one person of
        that surname named before it who has none (or several such, chosen as usual). Not namesakes
        all named only after the article first writes the titled name (the JoongAng Ilbo reporter Park
        Hyunyoung after "FOREIGN MINISTER PARK"; the Prime Minister and the Crown Prince named after
        the first "FOREIGN MINISTER AL-SABAH:" label, which names one person in every turn), nor any
        when one holds another office."""
        want = title_key(max(office, key=len))  # the label's keys are its title's tails: the longest is all of it
        held = {i: self.full_titles(i) for _, i in found}  # each id's titles, worked out once
        same = [(p, i) for p, i in found if any(_titles_fit(want, t) for t in held[i])]
        if same:
            return same
        if any(held.values()):
            return []  # a namesake holds another office
        if min(p for p, _ in found) >= position:
            return []  # named only later: the reporter Park Hyunyoung after "FOREIGN MINISTER PARK"
        return found  # untitled namesakes: the usual choice among them

    def full_titles(self, ident: str) -> set[str]:
        """The office titles the article gives this person, whole (role keys are also kept for
        each title's tails: "minister sheikh" of "prime minister sheikh" is no title of its own)."""
        # a key with no office title word in it ("affairs ms.") is a misread
        keys = [key for key, holders in self.roles.items() if ident in holders and _office_words() & set(key.split())]
        return {title_key(k) for k in keys if not any(o != k and o.endswith(" " + k) for o in keys)}

    def role(self, key: str | None) -> str | None:
        ids = self.roles.get(key) if key else None
        return next(iter(ids)) if ids and len(ids) == 1 else None


@cache
def _office_words() -> frozenset[str]:
    """The lexicon's title words that name an office."""
    return lexicon().titles - _no_office()


@cache  # asked for every titled surname and every pair of titles compared: built once
def _no_office() -> frozenset[str]:
    """Title words that name no office: "Mr. Park" may be anyone called Park (titlewords, with "the")."""
    return no_office_words() | {"the"}


def _titles_fit(a: str, b: str) -> bool:
    """Whether one title's words lie within the other's (titlewords.titles_fit)."""
    return titles_fit(a, b, _no_office())


def _office(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The role keys that name an office ("foreign minister"), not a courtesy ("mr.")."""
    return tuple(r for r in roles if set(r.split()) - _no_office())


# The text marks a shorter form of a longer full name as another person of the family: a
# generational suffix after it ("Christopher Kinahan, Jr.") or a kinship noun before it ("his son
# Ahmad Massoud" beside Ahmad Shah Massoud).
_SUFFIX_AFTER = re.compile(r",?\s*(?:Jr|Sr|II|III|IV)\b\.?")
_KIN_NOUN_BEFORE = re.compile(r"\b(?:father|mother|son|sons|daughter|daughters|brother|brothers|sister|sisters|"
                              r"uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother)"
                              r"\s*,?\s+$")


def _kin_form(text: str, h: Claim) -> tuple[str, ...]:
    """The name's words as another family member's when the text marks it so, else ()."""
    suffix = _SUFFIX_AFTER.match(text, h.end)
    if suffix is not None:
        return (*h.words, suffix.group().strip(" ,"))
    if _KIN_NOUN_BEFORE.search(text, max(0, h.start - 30), h.start) is not None:
        return h.words
    return ()


def _full_names(hits: list[Claim], text: str = "") -> None:
    """Full names grouped by (first word, family name); id = slug of the longest form. A shorter
    form the text marks as a relative (`_kin_form`) keeps its own id, and so does every other
    mention written with exactly its words."""
    full_by_key: dict[tuple[str, str, str], list[Claim]] = {}
    for h in hits:
        if h.type == "person" and h.kind in (PERSON, KNOWN) and len(h.words) >= 2 and not h.registered:
            # the last word too: "Franklin Marsh Jr." is not Franklin Marsh, nor Martin Luther King Jr.
            full_by_key.setdefault((h.words[0], _family(h.words), _surname(h.words[-1])), []).append(h)
    honorifics = lexicon().honorifics
    for group in full_by_key.values():
        longest = max(group, key=lambda h: (len(h.words), h.end - h.start))
        kin: dict[tuple[str, ...], tuple[str, ...]] = {}
        for h in group:
            if len(h.words) < len(longest.words) and h.words not in kin and (form := _kin_form(text, h)):
                kin[h.words] = form
        for h in group:
            words = kin.get(h.words, longest.words)
            h.id = person_slug(words, honorifics)
            h.canonical = " ".join(words)
    _given_prefixes(full_by_key)


def _unaccented(word: str) -> str:
    """"josé" -> "jose": the given-name list is written without accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _given_prefixes(full_by_key: dict[tuple[str, str, str], list[Claim]]) -> None:
    """"José Manuel" beside "José Manuel Albares": a full name made only of given names that
    opens exactly one longer full name of the article is that person (a compound given name
    used alone). Not when two longer names open with it."""
    given = lexicon().given_names
    for group in full_by_key.values():
        words = max(group, key=lambda h: len(h.words)).words
        if not all(_unaccented(w.lower()) in given for w in words):
            continue
        # not when the longer adds only a generational suffix: "Franklin Merle Jr." is his son
        longer = {h.id: h.canonical for g in full_by_key.values() for h in g
                  if len(h.words) > len(words) and h.words[:len(words)] == words
                  and _family(h.words) != _surname(words[-1])}
        if len(longer) == 1:
            ident, canonical = next(iter(longer.items()))
            for h in group:
                h.id, h.canonical = ident, canonical


def _title_before(text: str, start: int) -> tuple[str, ...]:
    """Role keys of the title written right before a one-word name on its line ("FOREIGN MINISTER
    PARK:" -> "foreign minister", "minister"); () when the word before is no title."""
    lex = lexicon()
    run = title_run(words_before(text, start, on_line=True), lambda w: w in lex.titles or w + "." in lex.titles,
                    kept=lex.title_modifiers)
    return (" ".join(run), run[-1]) if run else ()


def _short_forms(text: str, hits: list[Claim], people: _People, countries: frozenset[str]) -> None:
    titled = {id(h): _title_before(text, h.start) for h in hits if h.id is None and h.kind == SINGLE}
    first: dict[tuple[str, tuple[str, ...]], int] = {}  # (word, title) -> where the article first writes it
    companies: dict[str, bool] = {}  # _company of each word, asked once per word (a word comes back often)
    for h in hits:
        if id(h) in titled and titled[id(h)]:
            first.setdefault((_surname(h.words[0]), titled[id(h)]), h.start)
    for h in hits:
        if h.id is None and h.kind == PERSON:  # a title and one word ("President Trump") with no full name
            h.id = people.by_surname(h.words[-1], h.start, h.roles) or person_slug(h.words, lexicon().honorifics)
            people.add_roles(h)
        elif h.id is None and h.kind == SINGLE:
            # the model says a person: linked to a full name in the article, else named once
            title = titled[id(h)]
            if _kin_given(text, h, people):
                h.id = slugify(h.words[0])  # "your wife, Susan": not Susan Cleary of the same article
                continue
            h.id = None if title or h.roles else people.by_given_name(h.words[0])
            h.id = h.id or people.by_surname(h.words[0], h.start, title, first.get((_surname(h.words[0]), title)))
            if h.id is None and _company_once(text, h.words[0], companies):
                h.type = "organization"  # "Keysight" of "Keysight Technologies, Inc."
            elif h.id is None and not title and not h.roles and _orphan_single(text, h, hits):
                continue  # a place or an organization, or no mention (id None)
            h.id = h.id or slugify(h.words[0])
        elif h.kind == KNOWN and h.type == "place" and len(h.words) == 1 and not h.registered \
                and h.canonical not in countries and _person_word(people, h.words[0]) \
                and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, h.start - 12), h.start):
            other = people.by_given_name(h.words[0]) or people.by_surname(h.words[0], h.start)
            if other is not None:
                h.type, h.id = "person", other


# a kinship noun before a given name, or before a list of them: "your wife, Susan", "his
# children, Alexa, Joanna, and Dimitar"
_KIN_LIST_BEFORE = re.compile(r"\b(?:wife|husband|son|sons|daughter|daughters|children|father|mother|brother|brothers|"
                              r"sister|sisters|parents|grandson|granddaughter|grandchildren)\s*,?\s+"
                              r"(?:[A-Z][\w’'-]+,?\s+)*(?:and\s+)?$")


def _orphan_single(text: str, h: Claim, hits: list[Claim]) -> bool:
    """A one-word "person" with no title and no full name it shortens is an organization where the
    article writes an institution's cue after it ("a Halvorsen spokesperson", "Meridian pilots":
    data/orphan_org_cues.txt) or a lower-case "the" before it ("on the Ledger-Courier":
    data/orphan_org_cues_before.txt); else, when no speech verb stands beside it anywhere in the article,
    it is what the article's other evidence says the word is: an organization speaking of itself
    ("Corvane said it": data/orphan_org_weak_cues.txt), a place or an organization of the same word
    ("Marlow" after "Doris Keane of Marlow"), a place after a place cue ("east of Branson":
    data/orphan_place_cues.txt); and no mention at all when the word is part of a longer place's or
    organization's name ("Pine Hollow Elementary" … "at Pine Hollow": the id stays None). Without
    such evidence it stays a person named once (False)."""
    found = _orphan_evidence(text, h.words[0], hits)
    if found is None:
        return False
    kind, ident = found
    if kind != "none":
        h.type, h.kind, h.id = kind, FOUND, ident
    return True


def _orphan_evidence(text: str, word: str, hits: list[Claim]) -> tuple[str, str] | None:
    """(type, id) the article's evidence gives a lone word: see _orphan_single; "none" when the
    word only belongs to a longer name; None when a speech verb marks it a speaker, or no evidence."""
    cues = _orphan_cues()
    places: list[str] = []
    orgs: list[str] = []
    weak: list[str] = []
    spoken = False
    # "the" before a word the archive knows as a surname is a transcript's "the Blinken and …"
    the_cue = not archive_surname(word.lower()) and word.lower() not in lexicon().given_names
    for start, end in standalone(text, word, right=NAME_LEFT):  # no apostrophe or hyphen either side
        before = text[max(0, start - 30):start].lower()
        after = text[end:end + 30].lower()
        spoken = spoken or _spoken(before, after, cues.speech)
        if the_cue and text.endswith(cues.orgs_before_spaced, 0, start) \
                and not _NEXT_CAPITAL.match(text, end) and not _governed(after, cues.governing):
            orgs.append(word)  # "on the Ledger-Courier", "the Harmon's curator"; not "the Lonnie Marchand Quintet"
        if after.startswith(("'s", "’s")):
            continue
        if before.endswith(cues.places_spaced) or before in cues.places_opening:
            places.append(word)
        elif cues.orgs_after.match(after):
            orgs.append(word)
        elif cues.weak_after.match(after) and not _IT_WAS.match(after):
            weak.append(word)
    if orgs or weak and not spoken:
        return "organization", slugify(word)  # "a Halvorsen spokesperson": even where "Halvorsen said"
    if spoken:
        return None
    for g in hits:
        if g.type in ("place", "organization") and g.kind != SINGLE and g.id is not None \
                and word in text[g.start:g.end]:  # a quick test before splitting the name
            words = text[g.start:g.end].split()
            if words == [word]:
                return g.type, g.id
            if word in words:
                return "none", ""
    return ("place", slugify(word)) if places else None


_NEXT_CAPITAL = re.compile(r" [A-Z]")
# "Haskett said it was a mistake": a person judging, not a company speaking of itself
_IT_WAS = re.compile(r" sa(?:id|ys) it(?:'s|’s| was| is)\b")
_NEXT_LOWER = re.compile(r" ([a-z]+)")


def _governed(after: str, governing: frozenset[str]) -> bool:
    """"the Kessaro government": a leader's name before a governing noun (data/governing_nouns.txt)."""
    m = _NEXT_LOWER.match(after)
    return m is not None and m.group(1) in governing


_WORD_AFTER = re.compile(r" (\w+)( its?\b)?")


def _spoken(before: str, after: str, verbs: frozenset[str]) -> bool:
    """A speech verb right before the word ("said Okonjo") or right after it ("Okonjo said"), not
    a company speaking of itself ("Corvane said it")."""
    last = before.rstrip().rsplit(" ", 1)[-1] if before.endswith(" ") else ""
    if last in verbs:
        return True
    m = _WORD_AFTER.match(after)
    return m is not None and m.group(1) in verbs and m.group(2) is None


class _Cues:
    def __init__(self) -> None:
        self.orgs = tuple(data_lines("orphan_org_cues.txt"))
        self.weak_orgs = tuple(data_lines("orphan_org_weak_cues.txt"))
        self.orgs_before = tuple(data_lines("orphan_org_cues_before.txt"))
        self.governing = frozenset(data_lines("governing_nouns.txt"))
        self.places = tuple(data_lines("orphan_place_cues.txt"))
        # the cues as str.endswith tests them in one call: " the " before the word; " east of "
        # before it, or "east of " opening the 30 characters before it
        self.orgs_before_spaced = tuple(" " + c + " " for c in self.orgs_before)
        self.places_spaced = tuple(" " + c + " " for c in self.places)
        self.places_opening = frozenset(c + " " for c in self.places)
        self.speech = frozenset(data_lines("speech_verbs.txt"))
        # one pattern per list: " spokesperson", " said it" right after the word
        self.orgs_after = _after_any(self.orgs)
        self.weak_after = _after_any(self.weak_orgs)


def _after_any(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A space and any of the cues as whole words, matched at the start of the text after a name."""
    if not cues:
        return re.compile(r"(?!)")
    return re.compile(" (?:" + alternation(cues) + r")\b")


@cache
def _orphan_cues() -> _Cues:
    return _Cues()


def _kin_given(text: str, h: Claim, people: _People) -> bool:
    """A one-word given name named as someone's relative, that no full name of the article ends
    with: a relative known by a first name, not the person of the article who has it ("your wife,
    Susan" beside Susan Cleary), unless that person shares a family name with another of the
    article."""
    word = h.words[0]
    ids = people.first_names.get(word)
    if not ids or _surname(word) in people.surnames or _KIN_LIST_BEFORE.search(text, max(0, h.start - 60), h.start) is None:
        return False
    # the namesake shares a family name with another person of the article: the family named
    # in full ("her husband, Rubén" beside Graciela and Rubén Montoya), so it is that relative
    return not any(len({i for _, i in found}) > 1 for found in people.surnames.values() if any(i in ids for _, i in found))


def _company_once(text: str, word: str, seen: dict[str, bool]) -> bool:
    """_company, remembered in `seen` for the article."""
    if word not in seen:
        seen[word] = _company(text, word)
    return seen[word]


def _company(text: str, word: str) -> bool:
    """Whether the article writes the word right before a company suffix ("Keysight Technologies").
    A str.find loop over the word's occurrences (no per-name pattern): at each one that opens a word
    (the regex \\b), one compiled pattern reads the capitalized word after it; the search resumes
    after that word, or one character on where there is none, as \\b{word}… would have found it."""
    suffixes = lexicon().company_suffixes
    i = text.find(word)
    while i >= 0:
        m = _CAPITAL_WORD_AFTER.match(text, i + len(word)) if _boundary(text, i) else None
        if m is None:
            i = text.find(word, i + 1)
            continue
        if m.group(1).lower().rstrip(".") in suffixes:
            return True
        i = text.find(word, m.end())
    return False


_CAPITAL_WORD_AFTER = re.compile(r"\s+([A-Z][A-Za-z]*\.?)")


def _boundary(text: str, s: int) -> bool:
    """The regex \\b at text[s]: a word character on exactly one side."""
    before = s > 0 and is_word_char(text[s - 1])
    after = s < len(text) and is_word_char(text[s])
    return before != after


# a preposition of place right before the word keeps it the place: "officials in Washington"
# beside George Washington
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|from|at|near|outside|across|inside|around)\s+$")


def _person_word(people: _People, word: str) -> bool:
    """A known place's word is a person's in this article when it ends a full name that opens
    with a given name ("Washington" after "George Washington") or opens one ("Paris" after "Paris
    Hilton"); not after a span the model misread ("Progressive Mérida" leaves "Mérida" a place)."""
    return _surname(word) in people.given_surnames or word in people.first_names


def _teams(text: str, hits: list[Claim], countries: frozenset[str]) -> None:
    country_hits = [h for h in hits if h.type == "place" and h.id is not None and h.canonical in countries]
    if country_hits and is_sports_report(text):
        teams = playing_countries(text, [(h.start, h.end, h.id) for h in country_hits])  # type: ignore[misc]
        for h in country_hits:
            if h.id in teams:
                h.type, h.id, h.registered = "organization", f"{h.id}-national-team", False
                h.canonical = f"{h.canonical} national team"


def link(text: str, hits: list[Claim], table: NameTable, countries: frozenset[str]) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    hits.sort(key=lambda h: h.start)
    _full_names(hits, text)
    _patronymic_names(hits)
    people = _People(hits, table, text)
    _short_forms(text, hits, people, countries)
    _teams(text, hits, countries)
    for h in hits:
        if h.kind == ROLE and h.id is None and not _OFFICE_OF.search(text, max(0, h.start - 40), h.start):
            h.id = _named_before(people.role(h.roles[0] if h.roles else None), h, hits)
    return _mentions(text, hits, table)


def _patronymic_names(hits: list[Claim]) -> None:
    """A name that opens with a patronymic particle ("BIN ZAYED:", data/patronymic_particles.txt)
    is the one person of the article whose longer full name holds its words in order ("Mohammed
    bin Zayed Al Nahyan"), in any case; so is a name holding a particle that opens that longer name
    ("Sheikh Mohamed bin Zayed" after "Mohamed bin Zayed Al Nahyan"). Not when two such people fit,
    nor a registered name."""
    particles = patronymic_particles()
    for h in hits:
        if h.type != "person" or h.registered or len(h.words) < 2:
            continue
        seq = [w.lower() for w in h.words]
        opens = seq[0] in particles
        if not opens and not any(w in particles for w in seq[1:-1]):
            continue
        fits = {(g.id, g.canonical) for g in hits if g.type == "person" and g.id and len(g.words) > len(seq)
                and (_holds if opens else _opens)([w.lower() for w in g.words], seq)}
        if len(fits) == 1:
            h.id, h.canonical = next(iter(fits))


def _opens(words: list[str], seq: list[str]) -> bool:
    """Whether `seq` opens `words`."""
    return words[:len(seq)] == seq


def _holds(words: list[str], seq: list[str]) -> bool:
    """Whether `seq` stands in `words` in order, right after at least one word (a given name)."""
    n = len(seq)
    return any(words[k:k + n] == seq for k in range(1, len(words) - n + 1))


def _named_before(ident: str | None, role: Claim, hits: list[Claim]) -> str | None:
    """The one holder of a bare role ("the President’s approach") only if the article names that
    person before it: a title ahead of any name is the publisher's own office holder as often as
    the one named later ("the President" of a briefing, then "President Tshisekedi")."""
    if ident is None or any(h.id == ident and h.start < role.start for h in hits if h is not role):
        return ident
    return None


# A bare role inside another office ("Special Assistant to the President") names no one of the
# article. (Not a distance rule: a briefing's "the President" pages after "President Biden" is
# still Biden, and one after "President Tshisekedi" in another topic stays a known fault.)
_OFFICE_OF = re.compile(r"(?:Assistant|Adviser|Advisor|Counselor|Counsellor|Secretary|Office|Chief of Staff)\s+(?:to|of)\s+the\s+$")


def _mentions(text: str, hits: list[Claim], table: NameTable) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    mentions: list[Mention] = []
    names: dict[str, tuple[str, str, bool]] = {}  # id -> (name, type, registered)
    for h in hits:
        if h.id is None:
            continue
        mentions.append(Mention(h.start, h.end, text[h.start:h.end], h.type, h.id))  # type: ignore[arg-type]
        name = h.canonical or normalise_name(text[h.start:h.end])
        known = names.get(h.id)
        if known is None or (not known[2] and h.kind != ROLE and len(name) > len(known[0]) and known[1] == h.type):
            names[h.id] = (name, h.type, h.registered or (known[2] if known else False))
    refs = []
    for ident, (name, typ, _registered) in names.items():
        reg = table.registered.get(ident)
        if reg is not None:
            refs.append(EntityRef(ident, reg.canonical, reg.type, True))
        else:
            refs.append(EntityRef(ident, name, typ, False))  # type: ignore[arg-type]
    return tuple(mentions), tuple(refs)
