"""The identity fold's result: id -> canonical id (with the reason), the ambiguous names left
apart, the bare given names abstained on, the namesakes a title picks in an article, and the
folds of bare given names that hold only in an article that backs them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


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
    # bare given names folded into one person ("Antonio", "Dimitar", "Ned"): the fold holds only in
    # an article that gives the name a title or names that person too; elsewhere the name is its
    # own (in a transcript: no one's, like `abstain`)
    guarded: frozenset[str] = frozenset()

    def target(self, entity_id: str) -> str:
        fold = self.folds.get(entity_id)
        return fold.target if fold else entity_id

    def target_in(self, entity_id: str, title_words: frozenset[str]) -> str:
        """The canonical id in an article that gives the name these title words."""
        chosen = {t for w, t in self.by_title.get(entity_id, {}).items() if w in title_words}
        return chosen.pop() if len(chosen) == 1 else self.target(entity_id)


EMPTY_FOLD = FoldMap()
