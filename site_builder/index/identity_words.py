"""The identity fold's word lists, and the spelling keys it compares given names by.

Finds: titles, suffixes and particles of people's names, department heads and prefixes of
organizations' names (data/), short forms of given names ("Tony": Antony, Anthony), and the
annotator's given names, demonyms and word capitalisations when they are there. A spelling key
makes transliterations of one name meet ("Sergei" / "Sergey"). Refuses nothing: a missing
optional list is empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from site_builder.lexicon import data_lines

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    return data_lines(DATA / name)


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    heads: frozenset[str]
    prefixes: tuple[str, ...]  # longest first
    spellings: Mapping[str, str]  # "programme" -> "program"
    full_forms: Mapping[str, frozenset[str]]  # short form -> its full forms (spelling keys)
    given: frozenset[str]  # every full and short form (spelling keys)
    known_given: frozenset[str]  # the detector's list of given names (spelling keys), if it has one
    any_given: frozenset[str]  # given | known_given: a given name by either list
    not_names: frozenset[str]  # spelling keys of words that are no family name: demonyms, common words
    groups: frozenset[str]  # demonyms and faiths ("Islam"): untitled alone, no one's surname
    ranks: frozenset[str]  # military ranks ("general"): a titled surname folds only into a holder of one


@cache
def lexicon() -> Lexicon:
    full_forms: dict[str, set[str]] = defaultdict(set)
    for line in _lines("short_forms.txt"):
        full, _, shorts = line.partition(":")
        for short in shorts.split(","):
            full_forms[spelling(short.strip())].add(spelling(full.strip()))
    given = set(full_forms) | {f for forms in full_forms.values() for f in forms}  # spelling keys
    known_given = frozenset(spelling(w) for w in _optional_lines(GIVEN_NAMES))
    return Lexicon(
        titles=frozenset(_lines("name_titles.txt")), suffixes=frozenset(_lines("name_suffixes.txt")),
        particles=frozenset(_lines("name_particles.txt")), heads=frozenset(_lines("department_heads.txt")),
        prefixes=tuple(sorted(_lines("organization_prefixes.txt"), key=len, reverse=True)),
        spellings=dict(line.split() for line in _lines("spelling_variants.txt")),
        full_forms={k: frozenset(v) for k, v in full_forms.items()}, given=frozenset(given),
        known_given=known_given, any_given=known_given | given,
        not_names=frozenset(spelling(w) for w in _optional_lines(DEMONYMS) + _common_words()),
        groups=frozenset(spelling(w) for w in _optional_lines(DEMONYMS) + _lines("faiths.txt")),
        ranks=frozenset(_lines("rank_titles.txt")))


def full_forms(key: str) -> frozenset[str]:
    """The full forms of a given name's spelling key ("tony": antony, anthony); empty for none."""
    return lexicon().full_forms.get(key, frozenset())


def same_given(a: str, b: str) -> bool:
    """Whether two given names (spelling keys) are one: the same, or one a full form of the other."""
    return a == b or b in full_forms(a) or a in full_forms(b)


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


# a final -ey/-ei/-iy/-ii/-y is -i; a "y" between a consonant and a vowel is an "i" ("Svyatlana" /
# "Sviatlana", "Vyacheslav" / "Viacheslav"; not in a short ending: "Bryan" is not "Brian"); a doubled letter is one
_SPELLING = ((re.compile(r"(?<=[a-z])(?:ey|ei|iy|ii|y)\b"), "i"),
             (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])y(?=[aeiou][a-z]{2})"), "i"), (re.compile(r"(.)\1"), r"\1"))


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A given name's spelling key: transliterations of one name meet ("Sergei" / "Sergey",
    "Aleksey" / "Alexei", "Oleksii" / "Oleksiy", "Anthony" / "Antony", "Svyatlana" / "Sviatlana")."""
    # "ph" -> "f", "th" -> "t", "x" -> "ks": literal, so str.replace, as re.sub would, left to right
    key = plain(word.strip(".")).replace("ph", "f").replace("th", "t").replace("x", "ks")
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return key


def plain(word: str) -> str:
    """Lower case without accents."""
    if word.isascii():  # nothing to decompose
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def bare(word: str) -> str:
    return word.lower().strip(".,")
