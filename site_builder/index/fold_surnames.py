"""The identity fold's rules for short names: a surname alone, or a given name alone.

Finds the one person of the archive a surname-only name ("Blinken", "von der Leyen") or a bare
given name ("Ned" in briefings) names: the only bearer, the one that overwhelms the others, or
the one the archive's titles or company point to (index/evidence.py). Refuses several
candidates with no such evidence (reported as ambiguous), a given name folded into a surname,
and a demonym or faith alone ("Islam"); a bare given name no one is tied to abstains in transcripts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from site_builder.index.folder import Entity, Folder
from site_builder.index.identity_words import full_forms, lexicon, plain, spelling
from site_builder.index.person_names import PersonName


def fold_surnames(folder: Folder, parsed: Mapping[str, PersonName], by_id: Mapping[str, Entity],
                   people_by_surname: Mapping[str, set[str]], persons: Mapping[tuple[str, str], str]) -> None:
    """3. Surname-only names: into the one person with that surname, never a bare given name (one
    in data/short_forms.txt, or a word that opens a full name of the archive and is a known given
    name ("Austin" beside "Austin Tice") or the surname of no one)."""
    lex = lexicon()
    firsts = {given.split()[0] for given, _ in persons}
    weight = _weights(folder)
    openers: dict[str, list[str]] | None = None  # read once, when a titled given name first asks
    by_given: dict[str, list[str]] | None = None  # read once, when a bare given name first asks
    for entity_id, n in sorted(parsed.items()):
        if n.given or entity_id in folder.folds or by_id[entity_id].registered:
            continue
        key = spelling(n.surname)
        candidates = people_by_surname.get(n.surname, set()) - {entity_id}
        if key in lex.given or (key in firsts and (key in lex.known_given or not candidates)):
            titled = None
            if folder.titles.get(entity_id):  # "Secretary Austin", "President Xi": a family name
                openers = _openers(folder, persons) if openers is None else openers
                folder.namesakes[entity_id] = candidates | {folder.root(t) for t in openers.get(n.surname, ())}
                titled = folder.supported(entity_id, folder.namesakes[entity_id], weight)
            if titled:
                folder.fold(entity_id, titled, "title")
            else:
                by_given = _by_given(persons) if by_given is None else by_given
                _fold_given_name(folder, entity_id, key, candidates, by_given, weight)
                if entity_id not in folder.folds and not n.suffix:  # "Abdullah II" is a king
                    folder.abstain.add(entity_id)  # "Tony", "Matt": a given name alone names no one in particular
            if titled or entity_id in folder.folds:
                # "Antonio" untitled elsewhere is another António; a child "Dimitar" is no Dimitar Kovachevski
                folder.guarded.add(entity_id)
            continue
        if key in lex.groups and not n.titled and not folder.titles.get(entity_id):
            continue  # "Islam’s holiest site" is not Mr. Islam
        _fold_surname(folder, by_id[entity_id], n, candidates, weight)


def _fold_surname(folder: Folder, entity: Entity, n: PersonName, candidates: set[str], weight: Mapping[str, int]) -> None:
    """A surname alone into the one candidate, the dominant one, or the one the articles support;
    titles that rule the candidate out, or a rank its articles never give it ("General"), leave it apart."""
    e, lex = entity.id, lexicon()
    key = spelling(n.surname)
    if len(candidates) > 1:
        folder.namesakes[e] = candidates
    best = _dominant(candidates, weight)
    if best and len(candidates) == 1 and folder.conflicts(e, best):
        folder.ambiguity(entity, candidates, "surname of someone with another title")
    elif best and folder.unattested(e, best) and folder.supported(e, candidates, weight) != best:
        folder.ambiguity(entity, candidates, "a rank the surname's one bearer never holds")
    elif best:
        reason = "surname" if len(candidates) == 1 else "surname, most mentioned"
        folder.fold(e, best, reason + (" and title" if n.titled else ""))
    elif len(candidates) > 1 and (best := folder.supported(e, candidates, weight)):
        folder.fold(e, best, "surname, title or same articles")
    elif len(candidates) > 1:
        folder.ambiguity(entity, candidates, "surname of several people")
    elif not candidates and not n.suffix and (key in lex.known_given or key in lex.not_names):
        folder.abstain.add(e)  # "Dana" in an interview: no one of the archive has the name


def _openers(folder: Folder, persons: Mapping[tuple[str, str], str]) -> dict[str, list[str]]:
    """The first word of each full name (lower case, no accents) -> the people whose name opens with
    that very word ("xi" -> Xi Jinping; "lee" is not "le"); their roots are taken when asked."""
    out: dict[str, list[str]] = defaultdict(list)
    for target in persons.values():
        out[plain(folder.entities[target].name.split()[0])].append(target)
    return out


# A name shared by several people of the archive joins the one that overwhelms the others (at
# least DOMINANT_RATIO times their mentions together, and DOMINANT_MIN mentions): "Blinken"
# beside a typo's "Secretar Blinken", "Putin" beside a stray "Hence Putin". "Sullivan" beside
# Jake Sullivan (38) and John Sullivan (2) stays apart: a 19-to-1 share is not enough, and
# rightly, since the archive's bare "Ambassador Sullivan" is John.
DOMINANT_RATIO = 25
DOMINANT_MIN = 50


def _weights(folder: Folder) -> Counter[str]:
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


def _by_given(persons: Mapping[tuple[str, str], str]) -> dict[str, list[str]]:
    """The first word of each full name's given names -> the people whose name opens so."""
    out: dict[str, list[str]] = defaultdict(list)
    for (given, _), target in persons.items():
        out[given.split()[0]].append(target)
    return out


def _fold_given_name(folder: Folder, entity_id: str, key: str, surnamed: set[str],
                     by_given: Mapping[str, list[str]], weight: Mapping[str, int]) -> None:
    """A bare given name ("Ned", "Thanks, Ned" in briefings) joins the one person of the archive
    with that given name only when that person overwhelms every other bearer of the word (as a
    given name, by a full form of it, or as a surname), and is named by that very word: "Ned"
    joins Ned Price, "Tony" no Antony. A word that is no known given name and opens one full name
    of the archive is a family name written first: "Xi" joins "Xi Jinping"."""
    forms = full_forms(key) | {key}
    bearers: dict[str, set[str]] = defaultdict(set)  # canonical id -> its given names
    for form in forms:  # bearers is read as sets only: the order of the forms does not matter
        for target in by_given.get(form, ()):
            bearers[folder.root(target)].add(form)
    for target in surnamed:
        bearers[folder.root(target)].add("")
    best = _dominant(set(bearers), weight)
    if not best or key not in bearers[best]:
        return
    lex = lexicon()
    if weight.get(best, 0) >= DOMINANT_MIN:
        folder.fold(entity_id, best, "given name, most mentioned")
    elif len(bearers) == 1 and key not in lex.any_given and key not in lex.not_names \
            and not folder.conflicts(entity_id, best):
        # no known given name: a family name written first ("Hayashi Yoshimasa") or a rare given name
        folder.fold(entity_id, best, "opens one full name")
