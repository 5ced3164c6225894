"""What the identity fold reads of each article, and its sum over the archive.

Finds, per article (pure, from its text and annotations): each entity's id, name, type and
mentions, the titles the article gives each person and the given names its text writes before
a one-word person name or after it (index/evidence.py), the acronyms its text
defines right after a name ("the Department of Agriculture (USDA)"), and the people named beside
each one-word person name, and the full names of one surname it names as two people. The Census adds and removes articles' summaries, so an edited archive
is counted again without reading every article. Refuses an acronym that is no acronym ("(Ebola)").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from site_builder.index.evidence import named_kin, named_together, names_around, person_titles
from site_builder.index.identity_words import lexicon, spelling
from site_builder.index.person_names import parsed_person
from site_builder.model.spans import Annotations


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity as one article names it."""

    id: str
    name: str
    type: str
    registered: bool
    mentions: int
    titles: tuple[str, ...] = ()  # titles the article gives a person ("president", "ms")
    given: tuple[str, ...] = ()  # for a one-word name: given names the text writes before it, outside mentions
    after: tuple[str, ...] = ()  # for a one-word name: capitalised words the text writes after it


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the fold reads of one article: its entities, the acronyms its text defines, and the
    people it names beside each one-word person name."""

    entities: tuple[EntitySummary, ...]
    acronyms: tuple[tuple[str, str], ...] = ()  # (acronym, id of the name it follows)
    together: tuple[tuple[str, str], ...] = ()  # (one-word person id, another person id)
    kin: tuple[tuple[str, str], ...] = ()  # two full names of one surname, two people in this article


_ACRONYM_AFTER = re.compile(r"\s?\(\s?([A-Z][A-Za-z&.\-]{1,11})\s?\)")


def _looks_like_acronym(word: str) -> bool:
    """"USDA", "DoD", "MoFA": two capitals at least, and at least half the letters capitals."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and 2 * upper >= len(letters)


def summarize(text: str, annotations: Annotations) -> ArticleSummary:
    """The fold's view of one article."""
    counts = Counter(m.entity for m in annotations.mentions)
    titles = person_titles(text, annotations, lexicon().titles)
    given, after = names_around(text, annotations, _one_word, _given_key)
    entities = tuple(sorted((EntitySummary(r.id, r.name, r.type, r.registered, counts.get(r.id, 0), titles.get(r.id, ()),
                                           given.get(r.id, ()), after.get(r.id, ()))
                             for r in annotations.entities), key=lambda e: e.id))
    acronyms = set()
    for m in annotations.mentions:
        if m.type == "person":
            continue
        found = _ACRONYM_AFTER.match(text, m.end)
        if found and _looks_like_acronym(found.group(1)) and found.group(1) != m.text:
            acronyms.add((found.group(1).replace(".", ""), m.entity))
    return ArticleSummary(entities, tuple(sorted(acronyms)), named_together(annotations, _one_word),
                          named_kin(annotations, _full_surname))


@lru_cache(maxsize=65536)
def _given_key(word: str) -> str:
    """The spelling key of a word that is a known given name and no title; "" for any other word."""
    lex = lexicon()
    key = spelling(word)
    return key if key in lex.any_given and word.lower() not in lex.titles else ""


def _full_surname(name: str) -> str:
    """The surname of a full name (a given name and a surname); "" for any other name."""
    parsed = parsed_person(name)
    return parsed.surname if parsed is not None and parsed.given else ""


def _one_word(name: str) -> bool:
    parsed = parsed_person(name)
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
        self.kin: Counter[tuple[str, str]] = Counter()  # (person id, person id) of one surname -> articles
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
        for pair in summary.kin:
            self.kin[pair] += step

    def remove(self, summary: ArticleSummary) -> None:
        self.add(summary, -1)
        self.entities = +self.entities
        self.mentions = +self.mentions
        self.acronyms = +self.acronyms
        self.titles = +self.titles
        self.together = +self.together
        self.kin = +self.kin

    def by_id(self, counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
        """{first: {second: n}} of a counter of pairs."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for (a, b), n in counts.items():
            out[a][b] = n
        return out
