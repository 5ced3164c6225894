"""The language data the extractors read: titles, organisation and place words, given names.

Finds: nothing in text; loads site_builder/annotate/entities/data/*.txt once per process into
immutable sets and maps. Refuses: blank lines and "#" comments. Words are kept lower case except
in the name tables (names.py), whose keys keep their capitals ("US" is not "us").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from site_builder.lexicon import data_lines as read_data_lines

DATA_DIR = Path(__file__).parent / "data"


def data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of data/<name>, stripped (site_builder/lexicon.py)."""
    return read_data_lines(DATA_DIR / name)


def data_sections(name: str) -> dict[str, list[str]]:
    """The lines of data/<name> by section: a line "[after]" opens the section "after"; lines before
    the first header are in section ""."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in data_lines(name):
        if line.startswith("["):
            current = line.strip("[]")
        else:
            sections.setdefault(current, []).append(line)
    return sections


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]  # single title words, lower case, abbreviations with their "."
    title_modifiers: frozenset[str]  # words that may stand in a title phrase before its title
    abbreviations: tuple[str, ...]  # capitalised words written with a full stop ("Sen.", "St.")
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    place_of_heads: frozenset[str]
    polity_heads: frozenset[str]  # "State of Israel" is Israel
    stopwords: frozenset[str]
    calendar: frozenset[str]
    given_names: frozenset[str]
    particles: frozenset[str]
    honorifics: frozenset[str]  # "Honorable": before a name, never part of its id
    not_name_words: frozenset[str]  # "Affairs", "Embassy", "Ministers": never inside a person's name
    company_suffixes: frozenset[str]  # "Inc", "Technologies", "Systems": end a company's name
    company_ends: frozenset[str]  # the suffixes and inner words ("Federal", "Solutions"): may close one
    compass_regions: frozenset[str]  # "West", "Midwest": after "the", a region


def _either_apostrophe(words: list[str]) -> frozenset[str]:
    """`words` as written ("i'll") and with the typographic apostrophe ("i’ll"): the archive uses both."""
    return frozenset(words) | frozenset(w.replace("'", "’") for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles: set[str] = set()
    modifiers = set(data_lines("title_modifiers.txt"))
    for line in data_lines("titles.txt"):
        *mods, head = line.split()
        titles.add(head)
        modifiers.update(mods)
    abbreviations = {w for w in titles if w.endswith(".")}
    abbreviations.update(w for w in data_lines("place_heads.txt") if w.endswith("."))
    abbreviations.update(w for w in data_lines("org_heads.txt") if w.endswith("."))
    abbreviations.update(w for w in data_lines("calendar.txt") if w.endswith("."))
    abbreviations.update({"jr.", "sr.", "ft."})
    company_suffixes = frozenset(w.rstrip(".") for w in data_lines("company_suffixes.txt"))
    return Lexicon(
        titles=frozenset(titles),
        title_modifiers=frozenset(modifiers),
        abbreviations=tuple(sorted((w[:1].upper() + w[1:-1] for w in abbreviations), key=len, reverse=True)),
        org_heads=frozenset(w.rstrip(".") for w in data_lines("org_heads.txt")),
        place_heads=frozenset(w.rstrip(".") for w in data_lines("place_heads.txt")),
        place_of_heads=frozenset(w.split()[0] for w in data_lines("place_of_heads.txt")),
        polity_heads=frozenset(w.split()[0] for w in data_lines("place_of_heads.txt") if w.endswith(" =")),
        stopwords=_either_apostrophe(data_lines("stopwords.txt")),
        calendar=frozenset(w.rstrip(".") for w in data_lines("calendar.txt")),
        given_names=frozenset(data_lines("given_names.txt") + data_lines("given_names_more.txt")),
        particles=frozenset(data_lines("particles.txt")),
        honorifics=frozenset(data_lines("honorifics.txt")),
        not_name_words=frozenset(data_lines("not_name_words.txt")),
        company_suffixes=company_suffixes,
        company_ends=company_suffixes | frozenset(w.rstrip(".") for w in data_lines("company_inner_words.txt")),
        compass_regions=frozenset(data_lines("compass_regions.txt")),
    )
