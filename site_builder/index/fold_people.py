"""The identity fold over the archive's people: full names first, then short names."""

from __future__ import annotations

from collections import defaultdict

from site_builder.index.fold_full_names import (
    fold_full_names,
    fold_initials,
    fold_joined_words,
    fold_long_surnames,
    fold_middle_names,
    fold_name_order,
    fold_second_surnames,
    fold_short_forms,
    without_stray_words,
)
from site_builder.index.fold_spellings import fold_final_vowels
from site_builder.index.fold_surnames import fold_surnames
from site_builder.index.folder import Entity, Folder
from site_builder.index.identity_words import lexicon
from site_builder.index.person_names import parse_person


def fold_people(folder: Folder, people: list[Entity]) -> None:
    parsed = {p.id: without_stray_words(n) for p in people if (n := parse_person(p.name)) is not None}
    by_id = {p.id: p for p in people}
    people_by_surname: dict[str, set[str]] = defaultdict(set)  # surname -> the people who have it
    persons = fold_full_names(folder, parsed, by_id, people_by_surname)
    fold_joined_words(folder, persons)
    fold_final_vowels(folder, parsed)
    fold_name_order(folder, persons)
    fold_short_forms(folder, persons, by_id)
    fold_initials(folder, persons)
    fold_long_surnames(folder, persons)
    fold_second_surnames(folder, persons)
    fold_middle_names(folder, parsed, persons)
    particles = lexicon().particles
    for (given, surname), target in persons.items():
        people_by_surname[surname].add(folder.root(target))
        last = given.split()[-1]
        if last in particles and " " in given:  # "Abdel Fattah Al Sisi" is who "al-Sisi" alone names
            people_by_surname[f"{last}-{surname}"].add(folder.root(target))
        head, _, rest = surname.partition("-")
        if head in particles and rest:  # "Bashar al-Assad" is a candidate for "Assad" alone (so is Omar Assad)
            people_by_surname[rest].add(folder.root(target))
    # "Secretary Blinken" first; then "Pope Francis", "King Abdullah" (a title and one name, that
    # joined no full name) and "Abdullah II" (a name and a regnal number) are candidates for the
    # bare "Francis" or "Abdullah" like full names
    titled = sorted(i for i, n in parsed.items() if not n.given and (n.titled or n.suffix))
    fold_surnames(folder, {i: parsed[i] for i in titled}, by_id, people_by_surname, persons)
    for entity_id in titled:
        if not by_id[entity_id].registered:
            people_by_surname[parsed[entity_id].surname].add(folder.root(entity_id))
    fold_surnames(folder, parsed, by_id, people_by_surname, persons)
