"""The identity fold's rules for full names: which full names of the archive are one person.

Finds names that differ by a title, a middle initial, a suffix or a spelling ("Antony J.
Blinken"), a common short form of the given name ("Tony Blinken"), the order of the two names
("Abe Shinzo"), an initial for the given name ("S. Jaishankar"), a second surname or a middle
name spelt out ("Laurentino Cortizo Cohen", "Bonnie Denise Jenkins"), a hyphen or a space inside
a name ("Cho Hyun-dong", "Cho Hyundong"), and stray words the detector left in front ("Climate John Kerry"). Refuses whenever the archive offers two
candidates, and middle initials or suffixes that differ ("George W." / "George H. W. Bush").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache, lru_cache

from site_builder.index.folder import Entity, Folder
from site_builder.index.identity_words import full_forms, lexicon, spelling
from site_builder.index.person_names import PersonName


def without_stray_words(n: PersonName) -> PersonName:
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


@lru_cache(maxsize=65536)
def _stray(word: str, last: bool) -> bool:
    """A common word in front of a given name, or a misspelt title; a common word that would leave
    the surname alone is taken for a given name the lists lack ("Dawn Porter", "Mark Stevenson")."""
    lex = lexicon()
    if word in lex.any_given:
        return False
    return (word in lex.not_names and not last) or (len(word) >= 5 and any(_misspelt(word, t) for t in _long_titles()))


@cache
def _long_titles() -> tuple[str, ...]:
    """The titles of six letters or more: the ones a stray word may misspell."""
    return tuple(t for t in lexicon().titles if len(t) >= 6)


def _misspelt(word: str, title: str) -> bool:
    """"Secretar" (cut) or "Mininster" (one letter off) for a title."""
    if title.startswith(word) or word == title:
        return True
    if abs(len(word) - len(title)) > 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(word, title, strict=False)) if a != b), min(len(word), len(title)))
    return word[i + 1:] == title[i + 1:] or word[i + 1:] == title[i:] or word[i:] == title[i + 1:]


def fold_initials(folder: Folder, persons: Mapping[tuple[str, str], str]) -> None:
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


def fold_name_order(folder: Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """"Abe Shinzo" and "Shinzo Abe": a family name written first or last is one person when the
    archive has both orders of the same two words."""
    for (given, surname), target in sorted(persons.items()):
        other = persons.get((spelling(surname), given))
        if " " in given or " " in surname or other is None or other == target or target in folder.folds:
            continue
        members = [folder.entities[folder.root(target)], folder.entities[folder.root(other)]]
        if members[0].id != members[1].id:
            folder.group(members, {m.id: "name order" for m in members})


def fold_full_names(folder: Folder, parsed: Mapping[str, PersonName], by_id: Mapping[str, Entity],
                     people_by_surname: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """1. Full names by (given, surname): middle initials, suffixes, titles and spellings differ only.
    Returns (given, surname) -> the canonical id of that person."""
    full: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity_id, n in parsed.items():
        if n.given:
            full[(n.given, n.surname)].append(by_id[entity_id])
    worse = _drop_leading_words(full) | {i for i, n in parsed.items() if n.titled}
    persons: dict[tuple[str, str], str] = {}
    for key, members in sorted(full.items()):
        if _conflicting([parsed[m.id] for m in members]) or _generations(members, parsed, folder.kin):
            people_by_surname[key[1]].update(m.id for m in members)  # each a candidate of its own
            for m in members:
                folder.ambiguity(m, [x.id for x in members if x.id != m.id], "middle names or suffixes differ")
            continue
        target = folder.group(members, {m.id: _variant_reason(parsed[m.id]) for m in members}, worse)
        if target:
            persons[key] = target
    return persons


def fold_joined_words(folder: Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """1b. "Cho Hyun-dong", "Cho Hyundong" and "Cho Hyun Dong": full names whose words differ only
    by a hyphen or a space between two parts of one name are one person; all their other letters
    are the evidence. Two names that differ in any letter stay apart ("Hyun-dong", "Hyun-woo")."""
    joined: dict[str, list[str]] = defaultdict(list)  # the letters of the name -> its people
    for (given, surname), target in sorted(persons.items()):
        joined[f"{given}{surname}".replace("-", "").replace(" ", "")].append(target)
    for targets in joined.values():
        roots = sorted({folder.root(t) for t in targets})
        if len(roots) > 1:
            folder.group([folder.entities[r] for r in roots], {r: "hyphen or space" for r in roots})


def fold_short_forms(folder: Folder, persons: Mapping[tuple[str, str], str], by_id: Mapping[str, Entity]) -> None:
    """2. Short forms of the given name: into the one full form with that surname."""
    givens_of: dict[str, set[str]] = defaultdict(set)
    for given, surname in persons:
        givens_of[surname].add(given)
    for (given, surname), target in sorted(persons.items()):
        forms = sorted(full_forms(given) & (givens_of[surname] - {given}))
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


def fold_long_surnames(folder: Folder, persons: Mapping[tuple[str, str], str]) -> None:
    """2b. A surname of several words alone ("Abu Akleh", "Hoop Scheffer", read as a given name and
    a surname) is the one person whose full name ends with it, unless its first word is a given name
    and the archive neither gives both one office nor reads the two words as two surnames:
    "President López Obrador" is President Andrés Manuel López Obrador ("López" is a given name
    too), "López Miera" is Álvaro López Miera (two surnames: no full name of the archive opens with
    "López" before another surname, and no title rules him out), "Maria Fernandez" no "Ana Maria
    Fernandez" when the archive has a "Maria Lopez" and no title ties them."""
    known = lexicon().any_given
    endings: dict[str, set[str]] = defaultdict(set)
    for (given, surname), target in persons.items():
        words = f"{given} {surname}".split()
        for i in range(1, len(words) - 1):
            endings[" ".join(words[i:])].add(target)
    openers = _given_openers(persons, endings)
    keys = {(given, spelling(surname)) for given, surname in persons}  # both words as spelling keys
    for (given, surname), target in sorted(persons.items()):
        if target in folder.folds or folder.entities[target].registered:
            continue
        candidates = {folder.root(t) for t in endings.get(f"{given} {surname}", ())} - {target}
        if len(candidates) != 1:
            continue
        best = next(iter(candidates))
        if given.split()[0] not in known or folder.agree(target, best) or \
                (_two_surnames(given, surname, openers, keys) and not folder.conflicts(target, best)):
            folder.fold(target, best, "surname")


def _given_openers(persons: Mapping[tuple[str, str], str], endings: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The first word of each full name of the archive -> the surnames it opens a name with, over
    the names that end no longer name (those may be two surnames: "López Obrador") and do not open
    with a particle (a particle is no given name: "Van Hollen" leaves "Van Schaack" a surname)."""
    particles = {spelling(p) for p in lexicon().particles}  # given names are spelling keys
    openers: dict[str, set[str]] = defaultdict(set)
    for given, surname in persons:
        first = given.split()[0]
        if f"{given} {surname}" not in endings and first not in particles:
            openers[first].add(surname)
    return openers


def _two_surnames(given: str, surname: str, openers: Mapping[str, set[str]], keys: set[tuple[str, str]]) -> bool:
    """Whether a name of two words reads as two surnames ("López Miera", "Gil Castillo"): its first
    word opens no full name of the archive before another surname ("Maria Lopez" makes "Maria
    Fernandez" a given name and a surname), and it is no East Asian name written family name first:
    a hyphenated given name ("Leung Kwok-hung") or the same two words in the other order in the
    archive ("Abe Shinzo" beside "Shinzo Abe"; `keys`: each full name's (given, surname) as spelling keys)."""
    if " " in given or " " in surname or "-" in surname or (spelling(surname), given) in keys:
        return False
    return not openers.get(given, set()) - {surname}


def fold_second_surnames(folder: Folder, persons: Mapping[tuple[str, str], str]) -> None:
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


def fold_middle_names(folder: Folder, parsed: Mapping[str, PersonName], persons: Mapping[tuple[str, str], str]) -> None:
    """2d. A full name is the one longer full name of the archive with the same first word and
    surname and more given names ("Bonnie D. Jenkins", "Bonnie Denise Jenkins"), when the archive
    ties them: the short name's middle initials are the long name's added names, or both hold one
    office and the added names are no given names (a family name in the middle: "Tedros
    Ghebreyesus", "Tedros Adhanom Ghebreyesus"), or the added name is a patronymic ("Yevgeniy
    Viktorovich Prigozhin"). "John Adams" and "John Quincy Adams", two
    Presidents (a second given name marks a son), stay apart; so do two longer names, a
    middle initial the long name lacks ("John Q. Adams", "John Paul Adams"), another suffix, and
    a name with a particle added ("Abdulaziz Al Saud", "Abdulaziz bin Salman Al Saud")."""
    particles = lexicon().particles
    known = lexicon().any_given
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
        if mids or all(_PATRONYMIC.search(w) for w in added) or (not added & known and folder.agree(target, best)):
            folder.group([folder.entities[target], folder.entities[best]], {target: "middle name spelt out", best: "middle name spelt out"})


# A patronymic ("Viktorovich", "Olehivna"): the father's name, which a short form drops and which
# tells no namesake apart ("Yevgeniy Prigozhin", "Yevgeniy Viktorovich Prigozhin").
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$")


def _subsequence_of(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _drop_leading_words(full: dict[tuple[str, str], list[Entity]]) -> set[str]:
    """"Climate John Kerry" is "John Kerry" when that name is in the archive and "Climate" is no
    known given name (words of a title the detector left in: "United Nations Linda
    Thomas-Greenfield" too). Returns the ids moved."""
    moved: set[str] = set()
    known = lexicon().any_given
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


def _generations(members: list[Entity], parsed: Mapping[str, PersonName], kin: frozenset[tuple[str, str]]) -> bool:
    """A name with a suffix and one without that an article names as two people: a father and his
    son ("Christopher Kinahan" and "Christopher Kinahan, Jr."). Elsewhere the suffix is only
    dropped ("Lloyd J. Austin III", "Lloyd Austin"). `kin` holds each pair in order (Folder.kin)."""
    with_suffix = [m.id for m in members if parsed[m.id].suffix]
    without = [m.id for m in members if not parsed[m.id].suffix]
    return any((min(a, b), max(a, b)) in kin for a in with_suffix for b in without)


def _variant_reason(n: PersonName) -> str:
    if n.middles:
        return "middle name"
    if n.suffix:
        return "suffix"
    if n.titled:
        return "title"
    return "same name"
