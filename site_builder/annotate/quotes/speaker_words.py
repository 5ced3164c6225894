"""Word lists and patterns the speaker readers share, built once from data/ files.

Finds: name suffixes ("Jr", "III"), title patterns (dotted, gendered and joint titles), a data
file's words, role words before a name, person-noun synonym groups, noun alternations, and the
descriptor form of a noun phrase ("A senior official" → "a senior official").
Refuses nothing: pure look-ups, no reading of an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.lexicon import data_lines

LOOKBACK = 3000
SENT_END_RE = re.compile(r"[.!?][”\"’')]*\s")
@lru_cache(maxsize=1)
def suffixes() -> frozenset[str]:
    """"Jr", "III": words closing a name that are not its surname (data/name_suffixes.txt)."""
    return frozenset(w for line in data_lines(DATA_DIR / "name_suffixes.txt") for w in line.split())


@dataclass(frozen=True, slots=True)
class _TitleRes:
    """Patterns built from the title lists in data/ (dotted_titles, gendered_titles, joint_titles)."""

    abbrev_end: re.Pattern[str]  # "… between Mr." : a text ending at a dotted title or an initial
    gendered: str  # "(Mr|Mrs|…|[Ss]pokeswoman)": a gendered title, group 1
    joint_gap: re.Pattern[str]  # ", and Mr. ": what may stand between joint speakers' names


@lru_cache(maxsize=1)
def title_res() -> _TitleRes:
    def words(name: str) -> list[str]:
        return [w for line in data_lines(DATA_DIR / name) for w in line.split()]

    dotted = "|".join(map(re.escape, words("dotted_titles.txt")))
    gendered = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if w[0].islower() else re.escape(w) for w in words("gendered_titles.txt"))
    joint = "|".join(map(re.escape, data_lines(DATA_DIR / "joint_titles.txt")))  # one title a line: "Prime Minister"
    return _TitleRes(
        re.compile(r"(?:^|\s)(?:" + dotted + r"|[A-Z])\.\Z"),
        "(" + gendered + ")",
        re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:" + joint + r")\.?\s+)?"),
    )


def paternal(words: list[str]) -> list[str]:
    """The paternal surname of a three-word Spanish-style name ("Antonio Benítez Lara" →
    "Benítez", as in "Mr. Benítez"): the middle word, when it is a capitalised word, not an initial."""
    if len(words) != 3 or not words[1][:1].isupper() or words[1].endswith(".") or len(words[1]) < 3:
        return []
    return [words[1]]


@cache
def word_list(name: str) -> frozenset[str]:
    """A data file's words, lower case (institution_words.txt, role_modifiers.txt), read once
    each (one cache slot for two files re-read them whenever the callers alternated)."""
    return frozenset(w.lower() for line in data_lines(DATA_DIR / name) for w in line.split())


def role_word(w: str) -> bool:
    """A lower-case word of a role before a name ("Board member Shirley Oakes", "former Gov. X")."""
    L = lexicon()
    lw = w.lower().strip(",")
    return lw in word_list("role_modifiers.txt") or lw in L.titles or L.noun_class(lw) == "person"


@cache
def name_genders() -> dict[str, str]:
    """Given name → "male"/"female" for the names nearly all of whose bearers are of one sex
    (data/name_genders.txt, from public birth records); read once."""
    pairs = (line.split() for line in data_lines(DATA_DIR / "name_genders.txt"))
    return {p[0]: p[1] for p in pairs}


def noun_gender(word: str) -> str | None:
    """The gender a person noun carries: the listed words ("mother", "Mr."), else a compound of
    "-man"/"-woman" that is a person noun ("councilman", "alderwoman", "fishermen"); None otherwise
    ("official", "human", "German": no person noun of that shape)."""
    L = lexicon()
    w = word.lower()
    listed = L.gender_words.get(w)
    if listed is not None or L.noun_class(w) != "person":
        return listed
    if w.endswith(("woman", "women")):
        return "female"
    if w.endswith(("man", "men")):
        return "male"
    return None


@cache
def person_synonyms(group: int | None) -> frozenset[str]:
    """The person nouns of one synonym group of data/person_nouns.txt ("spokesman", "spokeswoman", …);
    empty for None. Built once per group, not per phrase."""
    return frozenset(w for w, g in lexicon().person_nouns.items() if g == group)


@lru_cache(maxsize=256)
def noun_re(syn: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(syn, key=len, reverse=True))) + r")(?![\w-])", re.I)


def descriptor(np_text: str) -> str:
    words = np_text.split()
    if words and words[0].lower() in ("a", "an", "the", "this", "that", "another", "one", "some", "several"):
        words[0] = words[0].lower()
    return " ".join(words)


# a participle and its short prepositional phrase after a descriptor: "an FBI official involved in
# the investigation", "a letter signed by 87 teachers", "a person familiar with the negotiations",
# "a source close to the talks" (up to a comma, "and" or a speech verb)
_PARTICIPLE_RE = re.compile(
    r"\s+(([a-z]+ed|known|born|familiar|close)\s+(?:in|by|with|on|at|for|from|to|near|of)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'-]+)"
    r"(?=,|\s+and\b|\s+(?:said|says|told|tells|added|wrote|writes)\b)"
)


def described(text: str, start: int, end: int) -> str:
    """The descriptor of the noun phrase [start, end) with the participle that narrows it
    ("an FBI official involved in the investigation, who …, said"); the phrase alone without one."""
    m = _PARTICIPLE_RE.match(text, end)
    if m is None or m.group(2) in lexicon().cue_words:
        return descriptor(text[start:end])
    return descriptor(f"{text[start:end]} {m.group(1)}")
