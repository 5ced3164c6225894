"""Cross-article identity: which discovered ids of the archive name the same person or organization.

A pure function from per-article entity summaries (ids, names, types, mention counts, acronyms
the text defines) to a fold map (id -> canonical id, with the reason), applied in the index stage
so that pages, data files, search data and `annotate` over many documents all use folded ids.
Per-article annotation stays pure: it never looks at other articles.

Finds, for people: names that differ only by a leading title or honorific ("Secretary Blinken"),
a middle initial or middle name ("Antony J. Blinken"), a suffix ("Joseph R. Biden Jr."), or a
common short form of the given name (data/short_forms.txt: "Tony Blinken", "Bill Burns"); and
surname-only names ("Blinken", "von der Leyen") when the archive has exactly one full-name
person with that surname, or when several have it and the archive's evidence (index/evidence.py)
points to one: the title the short name consistently carries ("President Biden" is Joseph R.
Biden, not Jill or Hunter Biden; "Secretary Austin" is Lloyd Austin, not Austin Tice; "President
Xi"), or the people the same articles name ("MS PORTER:" where "Jalina" is thanked). Also: a
family name written first or last ("Abe Shinzo" / "Shinzo Abe", both in the archive), an initial
for the one given name that starts so ("S. Jaishankar"), common words or misspelt titles the
detector left in front ("Industry Hagiuda Koichi", "Secretar Blinken"). Where one id is several
people, the title an article gives it picks one in that article ("Advisor Sullivan" is Jake,
"Ambassador Sullivan" John). For organizations: "X Department" = "Department of X" = "U.S.
Department of the X" (data/department_heads.txt), names that differ by a leading "U.S." or "UN"
or by British spelling ("World Food Programme"), and an acronym the text defines right after
a name ("the Department of Agriculture (USDA)") is that name's id everywhere.

Refuses: to fold when the archive offers two candidates (two "Smith"s with different given names,
"Tony Smith" beside "Antony Smith" and "Anthony Smith", "George W. Bush" beside "George H. W.
Bush", a "Jr." beside a "Sr.", "President Bush" beside two Presidents Bush, one id that is
"Ambassador Sullivan" here and "Advisor Sullivan" there); these are reported as ambiguous. A
bare given name ("Ned") is never folded into a surname. A bare given name (or a common word) the
archive ties to no one person abstains in a transcript where it has no title ("Go ahead, Matt":
a reporter, no person of the archive): its mentions there lose their id, the text stays. A
registered id is never folded into anything, nor abstained on (the registry wins); a discovered
id may fold into a registered one. People never fold into organizations or back.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from site_builder.index.evidence import by_title_word, named_together, person_titles, supported, titles_agree, titles_conflict
from site_builder.lexicon import data_lines
from site_builder.model.spans import Annotations, EntityRef, Mention
from site_builder.text import slugify

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity as one article names it."""

    id: str
    name: str
    type: str
    registered: bool
    mentions: int
    titles: tuple[str, ...] = ()  # titles the article gives a person ("president", "ms")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the fold reads of one article: its entities, the acronyms its text defines, and the
    people it names beside each one-word person name."""

    entities: tuple[EntitySummary, ...]
    acronyms: tuple[tuple[str, str], ...] = ()  # (acronym, id of the name it follows)
    together: tuple[tuple[str, str], ...] = ()  # (one-word person id, another person id)


@dataclass(frozen=True, slots=True)
class Fold:
    target: str  # the canonical id
    reason: str  # "title", "middle name", "suffix", "short form", "surname", "department", "acronym"


@dataclass(frozen=True, slots=True)
class Ambiguity:
    id: str
    name: str
    candidates: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Canonical:
    name: str
    type: str
    registered: bool


@dataclass(frozen=True)
class FoldMap:
    folds: Mapping[str, Fold] = field(default_factory=dict)
    canonical: Mapping[str, Canonical] = field(default_factory=dict)  # target id -> its name and type
    ambiguous: tuple[Ambiguity, ...] = ()
    # bare given names no article or the archive ties to one person ("Matt", "Simon" in briefings):
    # in a transcript their mentions are no person's (the text stays, unlinked)
    abstain: frozenset[str] = frozenset()
    # a short name shared by several people, where an article's title for it picks one: id ->
    # {title word: canonical id} ("Biden" under "Lady" is Jill Biden, "Sullivan" under "Advisor" Jake)
    by_title: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def target(self, entity_id: str) -> str:
        fold = self.folds.get(entity_id)
        return fold.target if fold else entity_id

    def target_in(self, entity_id: str, title_words: frozenset[str]) -> str:
        """The canonical id in an article that gives the name these title words."""
        chosen = {t for w, t in self.by_title.get(entity_id, {}).items() if w in title_words}
        return chosen.pop() if len(chosen) == 1 else self.target(entity_id)


EMPTY_FOLD = FoldMap()


# --- language data ----------------------------------------------------------------------
def _lines(name: str) -> list[str]:
    return data_lines(DATA / name)


@dataclass(frozen=True)
class _Lexicon:
    titles: frozenset[str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    heads: frozenset[str]
    prefixes: tuple[str, ...]  # longest first
    spellings: Mapping[str, str]  # "programme" -> "program"
    full_forms: Mapping[str, frozenset[str]]  # short form -> its full forms (spelling keys)
    given: frozenset[str]  # every full and short form (spelling keys)
    known_given: frozenset[str]  # the detector's list of given names (spelling keys), if it has one
    not_names: frozenset[str]  # spelling keys of words that are no family name: demonyms, common words
    groups: frozenset[str]  # demonyms and faiths ("Islam"): untitled alone, no one's surname


@cache
def _lexicon() -> _Lexicon:
    full_forms: dict[str, set[str]] = defaultdict(set)
    for line in _lines("short_forms.txt"):
        full, _, shorts = line.partition(":")
        for short in shorts.split(","):
            full_forms[spelling(short.strip())].add(spelling(full.strip()))
    given = set(full_forms) | {f for forms in full_forms.values() for f in forms}  # spelling keys
    return _Lexicon(
        titles=frozenset(_lines("name_titles.txt")), suffixes=frozenset(_lines("name_suffixes.txt")),
        particles=frozenset(_lines("name_particles.txt")), heads=frozenset(_lines("department_heads.txt")),
        prefixes=tuple(sorted(_lines("organization_prefixes.txt"), key=len, reverse=True)),
        spellings=dict(line.split() for line in _lines("spelling_variants.txt")),
        full_forms={k: frozenset(v) for k, v in full_forms.items()}, given=frozenset(given),
        known_given=frozenset(spelling(w) for w in _optional_lines(GIVEN_NAMES)),
        not_names=frozenset(spelling(w) for w in _optional_lines(DEMONYMS) + _common_words()),
        groups=frozenset(spelling(w) for w in _optional_lines(DEMONYMS) + _lines("faiths.txt")))


# The annotator's lists of given names (U.S. Census) and demonyms, and how the archive writes each
# word (L lower case, M mixed …); read if they are there, not required.
GIVEN_NAMES = Path(__file__).parents[1] / "annotate" / "entities" / "data" / "given_names.txt"
DEMONYMS = GIVEN_NAMES.with_name("demonyms.txt")
WORD_CAPS = GIVEN_NAMES.with_name("word_caps.tsv")


def _common_words() -> list[str]:
    """Words the archive mostly writes in lower case or either way ("charge", "god")."""
    return [w for line in _optional_lines(WORD_CAPS) for w, _, caps in [line.partition("\t")] if caps[:1] in ("L", "M")]


def _optional_lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return data_lines(path)


# --- summaries (per article, pure) ---------------------------------------------------------
_ACRONYM_AFTER = re.compile(r"\s?\(\s?([A-Z][A-Za-z&.\-]{1,11})\s?\)")


def _looks_like_acronym(word: str) -> bool:
    """"USDA", "DoD", "MoFA": two capitals at least, and at least half the letters capitals."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and 2 * upper >= len(letters)


def summarize(text: str, annotations: Annotations) -> ArticleSummary:
    """The fold's view of one article."""
    counts = Counter(m.entity for m in annotations.mentions)
    titles = person_titles(text, annotations, _lexicon().titles)
    entities = tuple(sorted((EntitySummary(r.id, r.name, r.type, r.registered, counts.get(r.id, 0), titles.get(r.id, ()))
                             for r in annotations.entities), key=lambda e: e.id))
    acronyms = set()
    for m in annotations.mentions:
        if m.type == "person":
            continue
        found = _ACRONYM_AFTER.match(text, m.end)
        if found and _looks_like_acronym(found.group(1)) and found.group(1) != m.text:
            acronyms.add((found.group(1).replace(".", ""), m.entity))
    return ArticleSummary(entities, tuple(sorted(acronyms)), named_together(annotations, _one_word))


@lru_cache(maxsize=65536)
def _one_word(name: str) -> bool:
    parsed = parse_person(name)
    return parsed is not None and not parsed.given


# --- the census: what the whole archive says, kept incrementally ---------------------------
class Census:
    """Counts over article summaries; `add` and `remove` keep it in step with an edited archive."""

    def __init__(self, summaries: Iterable[ArticleSummary] = ()) -> None:
        self.entities: Counter[tuple[str, str, str, bool]] = Counter()  # (id, name, type, registered) -> articles
        self.mentions: Counter[str] = Counter()  # id -> mentions
        self.acronyms: Counter[tuple[str, str]] = Counter()  # (acronym, id) -> articles
        self.titles: Counter[tuple[str, str]] = Counter()  # (person id, title) -> articles
        self.together: Counter[tuple[str, str]] = Counter()  # (one-word person id, person id) -> articles
        for summary in summaries:
            self.add(summary)

    def add(self, summary: ArticleSummary, step: int = 1) -> None:
        for e in summary.entities:
            self.entities[(e.id, e.name, e.type, e.registered)] += step
            self.mentions[e.id] += step * e.mentions
            for title in e.titles:
                self.titles[(e.id, title)] += step
        for pair in summary.acronyms:
            self.acronyms[pair] += step
        for pair in summary.together:
            self.together[pair] += step

    def remove(self, summary: ArticleSummary) -> None:
        self.add(summary, -1)
        self.entities = +self.entities
        self.mentions = +self.mentions
        self.acronyms = +self.acronyms
        self.titles = +self.titles
        self.together = +self.together

    def by_id(self, counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
        """{first: {second: n}} of a counter of pairs."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for (a, b), n in counts.items():
            out[a][b] = n
        return out


# --- names ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonName:
    given: str  # lower case; "" for a surname-only name
    middles: tuple[str, ...]  # initials of middle names ("j" for "J." or "John")
    surname: str  # lower case, particles included: "von der leyen"
    suffix: str  # "jr", "iii" … or ""
    titled: bool  # a title or honorific was dropped


def parse_person(name: str) -> PersonName | None:
    """A person's name split for comparison; None when no surname is left."""
    lex = _lexicon()
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    titled = False
    while words and (_bare(words[0]) in lex.titles or (titled and _bare(words[0]) in ("of", "for", "the"))):
        words.pop(0)
        titled = True
    suffix = ""
    while len(words) > 1 and _bare(words[-1]) in lex.suffixes:
        suffix = _bare(words.pop())
    if not words or not any(c.isalpha() for c in words[-1]):
        return None
    start = len(words) - 1  # the surname: the last word and the lower-case particles before it
    while start > 0 and words[start - 1].lower() in lex.particles and words[start - 1][:1].islower():
        start -= 1
    surname = " ".join(_plain(w) for w in words[start:])  # "Fernández" is "Fernandez"
    rest = words[:start]
    if not rest:
        return PersonName("", (), surname, suffix, titled)
    names = [spelling(w) for w in rest if not _INITIALS.fullmatch(w)]
    initials = tuple(c.lower() for w in rest if _INITIALS.fullmatch(w) for c in w if c.isalpha())
    if not names:  # "H.R. McMaster": the initials are the given name
        return PersonName("".join(initials), (), surname, suffix, titled)
    return PersonName(" ".join(names), initials, surname, suffix, titled)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")
_SPELLING = ((re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"x"), "ks"),
             (re.compile(r"(?<=[a-z])(?:ey|ei|iy|ii|y)\b"), "i"), (re.compile(r"(.)\1"), r"\1"))


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A given name's spelling key: transliterations of one name meet ("Sergei" / "Sergey",
    "Aleksey" / "Alexei", "Oleksii" / "Oleksiy", "Anthony" / "Antony")."""
    key = _plain(word.strip("."))
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return key


def _plain(word: str) -> str:
    """Lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _bare(word: str) -> str:
    return word.lower().strip(".,")


def organization_key(name: str) -> tuple[str, str] | None:
    """What two names of one organization share, and why: "State Department", "Department of
    State", "U.S. Department of State" -> ("department:state", "department"); "UN World Food
    Programme" -> ("world food program", "same name"). None for a one-word remainder."""
    lex = _lexicon()
    text = " ".join(lex.spellings.get(w, w) for w in name.lower().split())
    changed = True
    while changed:
        changed = False
        for prefix in lex.prefixes:
            if text.startswith(prefix + " "):
                text, changed = text[len(prefix) + 1:], True
    words = text.split()
    if len(words) >= 3 and words[0] in lex.heads and words[1] == "of":
        rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
        return f"{words[0]}:{' '.join(rest)}", "department"
    if len(words) >= 2 and words[-1] in lex.heads and words[0] not in lex.heads and "of" not in words:
        return f"{words[-1]}:{' '.join(words[:-1])}", "department"
    return (text, "same name") if len(words) >= 2 else None


def acronym_fits(acronym: str, name: str) -> bool:
    """"USDA" fits "Department of Agriculture", "OFAC" fits "Office of Foreign Assets Control";
    "OSCE" does not fit "Europe" (the detector's span of a longer name), nor "RI" "Brown University"."""
    letters = acronym.lower().replace(".", "")
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return False
    initials = "".join(w[0].lower() for w in words if w[0].isupper())
    flat = "".join(words).lower()
    for a in {letters, letters.removeprefix("us"), letters.removeprefix("un"), letters.removeprefix("u")} - {""}:
        if _subsequence(a, initials) or (a[0] == initials[:1] and _subsequence(a, flat)):
            return True
    return False


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


# --- the fold ---------------------------------------------------------------------------------
@dataclass
class _Entity:
    id: str
    name: str  # the most frequent name
    type: str
    registered: bool
    mentions: int


def _entities(census: Census) -> dict[str, _Entity]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    registered: set[str] = set()
    for (entity_id, name, kind, reg), n in census.entities.items():
        names[entity_id][name] += n
        types[entity_id][kind] += n
        if reg:
            registered.add(entity_id)
    found = {}
    for entity_id in sorted(names):
        # the name the id was made from first ("James Baker", not a bare "Secretary of State" some article gave it)
        name = _best_name(entity_id, names[entity_id])
        kind = min(types[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        found[entity_id] = _Entity(entity_id, name, kind, entity_id in registered, census.mentions.get(entity_id, 0))
    return found


def _best_name(entity_id: str, names: Counter[str]) -> str:
    """The name the id was made from first, then the most frequent, then the longest."""
    if len(names) == 1:
        return next(iter(names))
    return min(names.items(), key=lambda kv: (slugify(kv[0]) != entity_id, -kv[1], -len(kv[0]), kv[0]))[0]


def _rank(e: _Entity) -> tuple[bool, int, int, str]:
    """Canonical first: registered, then most mentioned, then the longest name, then by id."""
    return (not e.registered, -e.mentions, -len(e.name), e.id)


class _Folder:
    def __init__(self, entities: dict[str, _Entity], census: Census | None = None) -> None:
        self.entities = entities
        self.folds: dict[str, Fold] = {}
        self.ambiguous: list[Ambiguity] = []
        self.abstain: set[str] = set()
        self.namesakes: dict[str, set[str]] = {}  # short name -> the people it may be
        census = census or Census()
        self.titles = census.by_id(census.titles)  # person id -> {title: articles}
        self.together = census.by_id(census.together)  # one-word person id -> {person id: articles}

    def supported(self, entity_id: str, candidates: Iterable[str], weight: Mapping[str, int]) -> str | None:
        """The one candidate the articles tie `entity_id` to by title or by naming both, if any."""
        return supported(entity_id, candidates, self.titles, self.together, self.root, weight)

    def conflicts(self, source: str, target: str) -> bool:
        """Whether the titles the archive gives `source` rule out `target` (and all it folded)."""
        if not self.titles.get(source):
            return False
        return titles_conflict(self.titles.get(source, {}), self.titles_of(target, but=source))

    def agree(self, one: str, other: str) -> bool:
        """Whether two people (each with all it folded) hold one office by the archive's titles."""
        return titles_agree(self.titles_of(self.root(one)), self.titles_of(self.root(other)))

    def titles_of(self, target: str, but: str = "") -> Counter[str]:
        """The titles of every id folded into `target` (itself included), but `but`."""
        theirs: Counter[str] = Counter()
        for entity_id, titles in self.titles.items():
            if entity_id != but and self.root(entity_id) == target:
                theirs.update(titles)
        return theirs

    def group(self, members: list[_Entity], reason_of: Mapping[str, str], worse: set[str] | None = None) -> str | None:
        """Fold a group into its best member (not one of `worse` if it can); a group with two
        registered ids stays apart."""
        if len([m for m in members if m.registered]) > 1:
            return None
        best = min(members, key=lambda m: (not m.registered, m.id in (worse or ()), _rank(m)))
        for m in members:
            if m.id != best.id:
                self.fold(m.id, best.id, reason_of.get(m.id, "same name"))
        return best.id

    def fold(self, source: str, target: str, reason: str) -> None:
        """Fold source into target, unless that closes a cycle (target's chain passes through
        source): the fold map stays a forest, so root() ends on every id."""
        if not self.leads_to(target, source):
            self.folds[source] = Fold(target, reason)

    def leads_to(self, entity_id: str, other: str) -> bool:
        """Whether other is entity_id or on its chain of folds (a forest: the walk ends)."""
        while entity_id != other:
            fold = self.folds.get(entity_id)
            if fold is None:
                return False
            entity_id = fold.target
        return True

    def root(self, entity_id: str) -> str:
        while entity_id in self.folds:
            entity_id = self.folds[entity_id].target
        return entity_id

    def ambiguity(self, e: _Entity, candidates: Iterable[str], reason: str) -> None:
        self.ambiguous.append(Ambiguity(e.id, e.name, tuple(sorted(candidates)), reason))

    def title_choices(self) -> dict[str, dict[str, str]]:
        """Per short name shared by several people: title word -> the one it means under that title,
        for the names where one such word means someone other than the name's fold."""
        choices: dict[str, dict[str, str]] = {}
        for source, candidates in sorted(self.namesakes.items()):
            roots = {self.root(c) for c in candidates} - {source}
            words = {w: self.root(t) for w, t in by_title_word(source, roots, self.titles, self.root).items()
                     if not self.conflicts(source, self.root(t))}  # "Prime Minister Najla" is no Foreign Minister
            if any(t != self.root(source) for t in words.values()):
                # every word with an opinion, so that an article giving two titles that disagree
                # ("President and First Lady Biden") keeps the name's fold
                choices[source] = words
        return choices

    def result(self) -> FoldMap:
        # chains end on their root (acronym -> department); fold() keeps them free of cycles
        folds = {source: Fold(self.root(source), fold.reason) for source, fold in self.folds.items()}
        by_title = self.title_choices()
        targets = {f.target for f in folds.values()} | {t for words in by_title.values() for t in words.values()}
        canonical = {t: Canonical(self.entities[t].name, self.entities[t].type, self.entities[t].registered) for t in targets}
        return FoldMap(dict(sorted(folds.items())), dict(sorted(canonical.items())),
                       tuple(sorted(self.ambiguous, key=lambda a: a.id)), frozenset(self.abstain - set(folds) - set(canonical)),
                       by_title)


def fold_identities(census: Census) -> FoldMap:
    """The fold map of an archive. Pure: the same census gives the same map."""
    entities = _entities(census)
    folder = _Folder(entities, census)
    _fold_people(folder, [e for e in entities.values() if e.type == "person"])
    _fold_organizations(folder, [e for e in entities.values() if e.type == "organization"])
    _fold_acronyms(folder, census)
    return folder.result()


def fold_summaries(summaries: Iterable[ArticleSummary]) -> FoldMap:
    return fold_identities(Census(summaries))


def _fold_people(folder: _Folder, people: list[_Entity]) -> None:
    parsed = {p.id: _without_stray_words(n) for p in people if (n := parse_person(p.name)) is not None}
    by_id = {p.id: p for p in people}
    people_by_surname: dict[str, set[str]] = defaultdict(set)  # surname -> the people who have it
    persons = _fold_full_names(folder, parsed, by_id, people_by_surname)
    _fold_name_order(folder, persons)
    _fold_short_forms(folder, persons, by_id)
    _fold_initials(folder, persons)
    _fold_long_surnames(folder, persons)
    _fold_second_surnames(folder, persons)
    _fold_middle_names(folder, parsed, persons)
    particles = _lexicon().particles
    for (given, surname), target in persons.items():
        people_by_surname[surname].add(folder.root(target))
        last = given.split()[-1]
        if last in particles and " " in given:  # "Abdel Fattah Al Sisi" is who "al-Sisi" alone names
            people_by_surname[f"{last}-{surname}"].add(folder.root(target))
    # "Secretary Blinken" first; then "Pope Francis", "King Abdullah" (a title and one name, that
    # joined no full name) and "Abdullah II" (a name and a regnal number) are candidates for the
    # bare "Francis" or "Abdullah" like full names
    titled = sorted(i for i, n in parsed.items() if not n.given and (n.titled or n.suffix))
    _fold_surnames(folder, {i: parsed[i] for i in titled}, by_id, people_by_surname, persons)
    for entity_id in titled:
        if not by_id[entity_id].registered:
            people_by_surname[parsed[entity_id].surname].add(folder.root(entity_id))
    _fold_surnames(folder, parsed, by_id, people_by_surname, persons)


def _without_stray_words(n: PersonName) -> PersonName:
    """The name without leading words that are no given name but a common word or a cut title the
    detector left in front ("Industry Hagiuda Koichi", "Migration Julieta Valls Noyes",
    "Secretar Blinken"); what is left of it is titled."""
    words = n.given.split()
    k = 0
    while k < len(words) and _stray(words[k], last=k == len(words) - 1):
        k += 1
    if not k:
        return n
    return PersonName(" ".join(words[k:]), n.middles if k < len(words) else (), n.surname, n.suffix, True)


def _stray(word: str, last: bool) -> bool:
    """A common word in front of a given name, or a misspelt title; a common word that would leave
    the surname alone is taken for a given name the lists lack ("Dawn Porter", "Mark Stevenson")."""
    lex = _lexicon()
    if word in lex.given or word in lex.known_given:
        return False
    return (word in lex.not_names and not last) or (len(word) >= 5 and any(_misspelt(word, t) for t in lex.titles if len(t) >= 6))


def _misspelt(word: str, title: str) -> bool:
    """"Secretar" (cut) or "Mininster" (one letter off) for a title."""
    if title.startswith(word) or word == title:
        return True
    if abs(len(word) - len(title)) > 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(word, title, strict=False)) if a != b), min(len(word), len(title)))
    return word[i + 1:] == title[i + 1:] or word[i + 1:] == title[i:] or word[i:] == title[i + 1:]


def _fold_initials(folder: _Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """"S. Jaishankar" is "Subrahmanyam Jaishankar" when that is the archive's one person with
    that surname whose given name starts so; two of them ("S. Smith" beside Sam and Sue Smith): apart."""
    spelled: dict[tuple[str, str], list[str]] = defaultdict(list)  # (surname, initial) -> given names spelt out
    for (g, s), t in persons.items():
        if len(g) > 1:
            spelled[(s, g[0])].append(t)
    for (given, surname), target in sorted(persons.items()):
        if len(given) != 1 or target in folder.folds or folder.entities[target].registered:
            continue
        fits = {folder.root(t) for t in spelled.get((surname, given), ())}
        if len(fits) == 1:
            folder.fold(target, next(iter(fits)), "initial")


def _fold_name_order(folder: _Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """"Abe Shinzo" and "Shinzo Abe": a family name written first or last is one person when the
    archive has both orders of the same two words."""
    for (given, surname), target in sorted(persons.items()):
        other = persons.get((spelling(surname), given))
        if " " in given or " " in surname or other is None or other == target or target in folder.folds:
            continue
        members = [folder.entities[folder.root(target)], folder.entities[folder.root(other)]]
        if members[0].id != members[1].id:
            folder.group(members, {m.id: "name order" for m in members})


def _fold_full_names(folder: _Folder, parsed: Mapping[str, PersonName], by_id: Mapping[str, _Entity],
                     people_by_surname: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """1. Full names by (given, surname): middle initials, suffixes, titles and spellings differ only.
    Returns (given, surname) -> the canonical id of that person."""
    full: dict[tuple[str, str], list[_Entity]] = defaultdict(list)
    for entity_id, n in parsed.items():
        if n.given:
            full[(n.given, n.surname)].append(by_id[entity_id])
    worse = _drop_leading_words(full) | {i for i, n in parsed.items() if n.titled}
    persons: dict[tuple[str, str], str] = {}
    for key, members in sorted(full.items()):
        if _conflicting([parsed[m.id] for m in members]):
            people_by_surname[key[1]].update(m.id for m in members)  # each a candidate of its own
            for m in members:
                folder.ambiguity(m, [x.id for x in members if x.id != m.id], "middle names or suffixes differ")
            continue
        target = folder.group(members, {m.id: _variant_reason(parsed[m.id]) for m in members}, worse)
        if target:
            persons[key] = target
    return persons


def _fold_short_forms(folder: _Folder, persons: Mapping[tuple[str, str], str], by_id: Mapping[str, _Entity]) -> None:
    """2. Short forms of the given name: into the one full form with that surname."""
    lex = _lexicon()
    givens_of: dict[str, set[str]] = defaultdict(set)
    for given, surname in persons:
        givens_of[surname].add(given)
    for (given, surname), target in sorted(persons.items()):
        forms = sorted(lex.full_forms.get(given, frozenset()) & givens_of[surname] - {given})
        if len(forms) > 1:
            folder.ambiguity(by_id[target], [persons[(f, surname)] for f in forms], "short form of two given names")
        if len(forms) != 1:
            continue
        full_form = persons[(forms[0], surname)]
        if by_id[target].registered and by_id[full_form].registered:
            continue
        if by_id[target].registered:  # the registry wins: the full form folds into the short one
            folder.fold(full_form, target, "short form")
        else:
            folder.fold(target, full_form, "short form")


def _fold_long_surnames(folder: _Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """2b. A surname of several words alone ("Abu Akleh", "Hoop Scheffer", read as a given name and
    a surname) is the one person whose full name ends with it, unless its first word is a given name."""
    lex = _lexicon()
    known = lex.given | lex.known_given
    endings: dict[str, set[str]] = defaultdict(set)
    for (given, surname), target in persons.items():
        words = f"{given} {surname}".split()
        for i in range(1, len(words) - 1):
            endings[" ".join(words[i:])].add(target)
    for (given, surname), target in sorted(persons.items()):
        if given.split()[0] in known or target in folder.folds or folder.entities[target].registered:
            continue
        candidates = {folder.root(t) for t in endings.get(f"{given} {surname}", ())} - {target}
        if len(candidates) == 1:
            folder.fold(target, next(iter(candidates)), "surname")


def _fold_second_surnames(folder: _Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """2c. A full name is the one longer full name of the archive that adds a second surname
    ("Laurentino Cortizo", "Laurentino Cortizo Cohen"); two such longer names keep it apart. Not a
    middle name added: "John Adams" is not "John Quincy Adams"."""
    longer: dict[str, set[str]] = defaultdict(set)  # the first words of a name -> the longer names
    for (given, surname), target in persons.items():
        words = f"{given} {surname}".split()
        for cut in range(2, len(words)):
            longer[" ".join(words[:cut])].add(target)
    for (given, surname), target in sorted(persons.items()):
        if " " in given or target in folder.folds or folder.entities[target].registered:
            continue
        fits = {folder.root(t) for t in longer.get(f"{given} {surname}", ())} - {folder.root(target)}
        if len(fits) == 1:
            best = folder.entities[next(iter(fits))]
            folder.group([folder.entities[target], best], {target: "second surname", best.id: "second surname"})


def _fold_middle_names(folder: _Folder, parsed: Mapping[str, PersonName], persons: Mapping[tuple[str, str], str]) -> None:
    """2d. A full name is the one longer full name of the archive with the same first word and
    surname and more given names ("Bonnie D. Jenkins", "Bonnie Denise Jenkins"), when the archive
    ties them: the short name's middle initials are the long name's added names, or both hold one
    office and the added names are no given names (a family name in the middle: "Tedros
    Ghebreyesus", "Tedros Adhanom Ghebreyesus"). "John Adams" and "John Quincy Adams", two
    Presidents (a second given name marks a son), stay apart; so do two longer names, a
    middle initial the long name lacks ("John Q. Adams", "John Paul Adams"), another suffix, and
    a patronymic ("Abdulaziz Al Saud", "Abdulaziz bin Salman Al Saud")."""
    particles = _lexicon().particles
    known = _lexicon().given | _lexicon().known_given
    initials: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n in parsed.values():
        if n.given:
            initials[(n.given, n.surname)].update(n.middles)
    longer: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (first word, surname) -> longer names
    for given, surname in persons:
        if " " in given:
            longer[(given.split()[0], surname)].append((given, surname))
    for (given, surname), target in sorted(persons.items()):
        if target in folder.folds or folder.entities[target].registered:
            continue
        words = given.split()
        fits = {k: k[0].split()[1:] for k in longer.get((words[0], surname), ())
                if len(k[0].split()) > len(words) and _subsequence_of(words[1:], k[0].split()[1:])}
        roots = {folder.root(persons[k]) for k in fits} - {folder.root(target)}
        if len(roots) != 1:
            continue
        best = next(iter(roots))
        added = {w for k, rest in fits.items() for w in rest if w not in words}
        if added & particles or parsed[best].suffix != parsed[target].suffix:
            continue
        mids = initials[(given, surname)]
        if mids - {w[0] for w in added}:
            continue  # "John Q. Adams" is not "John Paul Adams"
        if mids or (not added & known and folder.agree(target, best)):
            folder.group([folder.entities[target], folder.entities[best]], {target: "middle name spelt out", best: "middle name spelt out"})


def _subsequence_of(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _fold_surnames(folder: _Folder, parsed: Mapping[str, PersonName], by_id: Mapping[str, _Entity],
                   people_by_surname: Mapping[str, set[str]], persons: Mapping[tuple[str, str], str]) -> None:
    """3. Surname-only names: into the one person with that surname, never a bare given name (one
    in data/short_forms.txt, or a word that opens a full name of the archive and is a known given
    name ("Austin" beside "Austin Tice") or the surname of no one)."""
    lex = _lexicon()
    firsts = {given.split()[0] for given, _ in persons}
    weight = _weights(folder)
    openers: dict[str, list[str]] | None = None  # read once, when a titled given name first asks
    for entity_id, n in sorted(parsed.items()):
        if n.given or entity_id in folder.folds or by_id[entity_id].registered:
            continue
        key = spelling(n.surname)
        candidates = people_by_surname.get(n.surname, set()) - {entity_id}
        if key in lex.given or (key in firsts and (key in lex.known_given or not candidates)):
            if folder.titles.get(entity_id):  # "Secretary Austin", "President Xi": a family name
                openers = _openers(folder, persons) if openers is None else openers
                folder.namesakes[entity_id] = candidates | {folder.root(t) for t in openers.get(n.surname, ())}
                best = folder.supported(entity_id, folder.namesakes[entity_id], weight)
                if best:
                    folder.fold(entity_id, best, "title")
                    continue
            _fold_given_name(folder, entity_id, key, candidates, persons, weight)
            if entity_id not in folder.folds and not n.suffix:  # "Abdullah II" is a king
                folder.abstain.add(entity_id)  # "Tony", "Matt": a given name alone names no one in particular
            continue
        if key in lex.groups and not n.titled and not folder.titles.get(entity_id):
            continue  # "Islam’s holiest site" is not Mr. Islam
        if len(candidates) > 1:
            folder.namesakes[entity_id] = candidates
        best = _dominant(candidates, weight)
        if best and len(candidates) == 1 and folder.conflicts(entity_id, best):
            folder.ambiguity(by_id[entity_id], candidates, "surname of someone with another title")
        elif best:
            reason = "surname" if len(candidates) == 1 else "surname, most mentioned"
            folder.fold(entity_id, best, reason + (" and title" if n.titled else ""))
        elif len(candidates) > 1 and (best := folder.supported(entity_id, candidates, weight)):
            folder.fold(entity_id, best, "surname, title or same articles")
        elif len(candidates) > 1:
            folder.ambiguity(by_id[entity_id], candidates, "surname of several people")
        elif not candidates and not n.suffix and (key in lex.known_given or key in lex.not_names):
            folder.abstain.add(entity_id)  # "Dana" in an interview: no one of the archive has the name


def _openers(folder: _Folder, persons: Mapping[tuple[str, str], str]) -> dict[str, list[str]]:
    """The first word of each full name (lower case, no accents) -> the people whose name opens with
    that very word ("xi" -> Xi Jinping; "lee" is not "le"); their roots are taken when asked."""
    out: dict[str, list[str]] = defaultdict(list)
    for target in persons.values():
        out[_plain(folder.entities[target].name.split()[0])].append(target)
    return out


# A name shared by several people of the archive joins the one that overwhelms the others (at
# least DOMINANT_RATIO times their mentions together, and DOMINANT_MIN mentions): "Blinken"
# beside a typo's "Secretar Blinken", "Putin" beside a stray "Hence Putin". "Sullivan" beside
# Jake Sullivan (38) and John Sullivan (2) stays apart: a 19-to-1 share is not enough, and
# rightly, since the archive's bare "Ambassador Sullivan" is John.
DOMINANT_RATIO = 25
DOMINANT_MIN = 50


def _weights(folder: _Folder) -> Counter[str]:
    """Mentions of each canonical id so far, its folded ids included."""
    weight: Counter[str] = Counter()
    for e in folder.entities.values():
        weight[folder.root(e.id)] += e.mentions
    return weight


def _dominant(candidates: set[str], weight: Mapping[str, int]) -> str | None:
    """The one candidate, or the one that overwhelms the others; None if there is none."""
    if len(candidates) == 1:
        return next(iter(candidates))
    if not candidates:
        return None
    best = max(sorted(candidates), key=lambda c: weight.get(c, 0))
    rest = sum(weight.get(c, 0) for c in candidates if c != best)
    top = weight.get(best, 0)
    return best if top >= DOMINANT_MIN and top >= DOMINANT_RATIO * max(rest, 1) else None


def _fold_given_name(folder: _Folder, entity_id: str, key: str, surnamed: set[str],
                     persons: Mapping[tuple[str, str], str], weight: Mapping[str, int]) -> None:
    """A bare given name ("Ned", "Thanks, Ned" in briefings) joins the one person of the archive
    with that given name only when that person overwhelms every other bearer of the word (as a
    given name, by a full form of it, or as a surname), and is named by that very word: "Ned"
    joins Ned Price, "Tony" no Antony. A word that is no known given name and opens one full name
    of the archive is a family name written first: "Xi" joins "Xi Jinping"."""
    forms = _lexicon().full_forms.get(key, frozenset()) | {key}
    bearers: dict[str, set[str]] = defaultdict(set)  # canonical id -> its given names
    for (given, _), target in persons.items():
        if given.split()[0] in forms:
            bearers[folder.root(target)].add(given.split()[0])
    for target in surnamed:
        bearers[folder.root(target)].add("")
    best = _dominant(set(bearers), weight)
    if not best or key not in bearers[best]:
        return
    lex = _lexicon()
    if weight.get(best, 0) >= DOMINANT_MIN:
        folder.fold(entity_id, best, "given name, most mentioned")
    elif len(bearers) == 1 and key not in lex.known_given and key not in lex.given and key not in lex.not_names \
            and not folder.conflicts(entity_id, best):
        # no known given name: a family name written first ("Hayashi Yoshimasa") or a rare given name
        folder.fold(entity_id, best, "opens one full name")


def _drop_leading_words(full: dict[tuple[str, str], list[_Entity]]) -> set[str]:
    """"Climate John Kerry" is "John Kerry" when that name is in the archive and "Climate" is no
    known given name (words of a title the detector left in: "United Nations Linda
    Thomas-Greenfield" too). Returns the ids moved."""
    lex = _lexicon()
    moved: set[str] = set()
    known = lex.given | lex.known_given
    for given, surname in sorted(full, key=lambda k: (-len(k[0]), k)):
        words = given.split()
        for k in range(1, len(words)):  # "United Nations Linda Thomas-Greenfield": two words dropped
            if words[k - 1] in known:
                break
            rest = " ".join(words[k:])
            if words[k] in known and (rest, surname) in full:
                moved.update(m.id for m in full[(given, surname)])
                full[(rest, surname)] += full.pop((given, surname))
                break
    return moved


def _conflicting(names: list[PersonName]) -> bool:
    """Two variants that name different people: different middle initials, or different suffixes."""
    middles = {n.middles for n in names if n.middles}
    suffixes = {n.suffix for n in names if n.suffix}
    return len(suffixes) > 1 or any(a != b and a[:len(b)] != b and b[:len(a)] != a for a in middles for b in middles)


def _variant_reason(n: PersonName) -> str:
    if n.middles:
        return "middle name"
    if n.suffix:
        return "suffix"
    if n.titled:
        return "title"
    return "same name"


def _fold_organizations(folder: _Folder, organizations: list[_Entity]) -> None:
    groups: dict[str, list[_Entity]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for e in organizations:
        found = organization_key(e.name)
        if found:
            groups[found[0]].append(e)
            reasons[e.id] = found[1]
    for _, members in sorted(groups.items()):
        if len(members) > 1:
            folder.group(members, reasons)


def _fold_acronyms(folder: _Folder, census: Census) -> None:
    def root(entity_id: str) -> str:
        fold = folder.folds.get(entity_id)
        return fold.target if fold else entity_id

    meanings: dict[str, set[str]] = defaultdict(set)
    for acronym, entity_id in census.acronyms:
        e = folder.entities.get(entity_id)
        if e and e.type == "organization" and acronym_fits(acronym, e.name):
            meanings[acronym].add(root(entity_id))
    for e in sorted(folder.entities.values(), key=lambda x: x.id):
        if e.type != "organization" or e.registered or e.id in folder.folds:
            continue
        targets = meanings.get(e.name.replace(".", ""), set()) - {e.id}
        if len(targets) == 1:
            folder.fold(e.id, next(iter(targets)), "acronym")
        elif len(targets) > 1:
            folder.ambiguity(e, targets, "acronym defined as several names")


# --- applying it --------------------------------------------------------------------------------
ArticleTitles = Mapping[str, frozenset[str]]  # person id -> the title words one article gives it


def article_titles(summary: ArticleSummary) -> dict[str, frozenset[str]]:
    """The people an article gives a title, with its words ("President Michel": no bare given name
    there; "First Lady Biden": the First Lady)."""
    return {e.id: frozenset(w for t in e.titles for w in t.split()) for e in summary.entities if e.titles}


def _targets(annotations: Annotations, fold: FoldMap, titles: ArticleTitles) -> dict[str, str]:
    """id -> its canonical id in this article, for the ids that change."""
    out = {}
    for ref in annotations.entities:
        target = fold.target_in(ref.id, titles.get(ref.id, frozenset()))
        if target != ref.id:
            out[ref.id] = target
    return out


def relevant(annotations: Annotations, fold: FoldMap, titles: ArticleTitles | None = None,
             ) -> tuple[tuple[str, str, str, str], ...]:
    """The fold entries an article's annotations use: (id, target, target name, target type);
    `titles`: the title words the article gives each person (article_titles)."""
    titles = titles or {}
    out = []
    targets = _targets(annotations, fold, titles)
    for ref in annotations.entities:
        target = targets.get(ref.id)
        if target:
            c = fold.canonical[target]
            out.append((ref.id, target, c.name, c.type))
        elif _abstains(ref.id, annotations, fold, titles):
            out.append((ref.id, "", "", ""))
    return tuple(out)


def _abstains(entity_id: str, annotations: Annotations, fold: FoldMap, titles: ArticleTitles) -> bool:
    """A bare given name in a transcript, with no title there ("Go ahead, Matt"): a reporter,
    no person of the archive."""
    return bool(annotations.turns) and entity_id in fold.abstain and entity_id not in titles


def digest(entries: tuple[tuple[str, str, str, str], ...]) -> str:
    return hashlib.blake2b(repr(entries).encode(), digest_size=8).hexdigest()


def apply_fold(annotations: Annotations, fold: FoldMap, titles: ArticleTitles | None = None) -> Annotations:
    """The annotations with every folded id replaced by its canonical id (in this article: a title
    may choose it), and none for a bare given name the fold abstains on (the same object if
    nothing changes)."""
    titles = titles or {}
    dropped = {ref.id for ref in annotations.entities if _abstains(ref.id, annotations, fold, titles)}
    targets = _targets(annotations, fold, titles)
    if not dropped and not targets:
        return annotations
    if dropped:
        annotations = _without(annotations, dropped)
    own = {ref.id for ref in annotations.entities}
    refs: dict[str, EntityRef] = {}
    for ref in annotations.entities:
        target = targets.get(ref.id, ref.id)
        if target == ref.id:
            refs[target] = ref
        elif target not in own and target not in refs:
            c = fold.canonical[target]
            refs[target] = EntityRef(target, c.name, c.type, c.registered)  # type: ignore[arg-type]
    mentions = tuple(m if m.entity not in targets else _moved(m, targets[m.entity]) for m in annotations.mentions)
    quotes = tuple(q if q.speaker_entity not in targets else replace(q, speaker_entity=targets[q.speaker_entity])
                   for q in annotations.quotes)
    turns = tuple(t if t.speaker_entity not in targets else replace(t, speaker_entity=targets[t.speaker_entity])
                  for t in annotations.turns)
    return replace(annotations, mentions=mentions, quotes=quotes, entities=tuple(refs.values()), turns=turns)


def _without(annotations: Annotations, dropped: set[str]) -> Annotations:
    """The annotations with no identity for the dropped ids: their mentions go (the text stays,
    unlinked), quotes and turns keep the speaker's words but no id."""
    return replace(
        annotations,
        mentions=tuple(m for m in annotations.mentions if m.entity not in dropped),
        entities=tuple(r for r in annotations.entities if r.id not in dropped),
        quotes=tuple(replace(q, speaker_entity=None) if q.speaker_entity in dropped else q for q in annotations.quotes),
        turns=tuple(replace(t, speaker_entity=None) if t.speaker_entity in dropped else t for t in annotations.turns))


def _moved(m: Mention, target: str) -> Mention:
    return replace(m, entity=target)
