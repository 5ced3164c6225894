"""The identity fold's rule for transliterations of one surname that differ in the final vowel.

Finds "Lukashenka" / "Lukashenko" (Belarusian and Russian spellings of one name): two surnames of
six letters or more, the same but for a final vowel, are one person when the archive gives
evidence: the same given name before both ("Alyaksandr Lukashenka", "Alyaksandr Lukashenko"), or,
for surnames alone, one article that names both. Refuses the rest: a final vowel added or dropped
("Ivanov" / "Ivanova" is a man and a woman), a consonant that differs, short names ("Rossi" /
"Rosso"), and two bare surnames no article names together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from site_builder.index.folder import Folder
from site_builder.index.person_names import PersonName

VOWELS = frozenset("aeiouy")
MIN_LENGTH = 6


def _stem(surname: str) -> str | None:
    """The surname without its final vowel, when it is long enough to compare so."""
    if len(surname) < MIN_LENGTH or surname[-1] not in VOWELS or " " in surname:
        return None
    return surname[:-1]


def fold_final_vowels(folder: Folder, parsed: Mapping[str, PersonName]) -> None:
    """Fold names whose surnames differ only in the final vowel, with the evidence above."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)  # (given, stem) -> ids
    for entity_id, n in sorted(parsed.items()):
        stem = _stem(n.surname)
        if stem is not None and not folder.entities[entity_id].registered:
            groups[(n.given, stem)].append(entity_id)
    for (given, _), ids in sorted(groups.items()):
        spellings = {parsed[i].surname for i in ids}
        if len(spellings) < 2:
            continue  # one spelling: the other rules' business
        roots = sorted({folder.root(i) for i in ids})
        if given:  # the same given name before both spellings
            folder.group([folder.entities[r] for r in roots], {r: "final vowel, same given name" for r in roots})
        else:
            _fold_named_together(folder, ids, parsed)


def _fold_named_together(folder: Folder, ids: list[str], parsed: Mapping[str, PersonName]) -> None:
    """Bare surnames in two spellings: one folds into the other when an article names both."""
    for a in ids:
        for b in ids:
            if parsed[a].surname == parsed[b].surname or folder.root(a) == folder.root(b):
                continue
            if b in folder.together.get(a, {}):
                members = [folder.entities[folder.root(a)], folder.entities[folder.root(b)]]
                folder.group(members, {m.id: "final vowel, one article" for m in members})
