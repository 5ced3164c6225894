"""The identity fold's rules for organizations: one organization, many names.

Finds "X Department" = "Department of X" = "U.S. Department of the X" (data/department_heads.txt),
names that differ by a leading "U.S." or "UN" or a British spelling ("World Food Programme"),
and an acronym the archive defines right after a name ("the Department of Agriculture (USDA)").
Refuses a one-word remainder, an acronym that does not fit the name ("OSCE" for "Europe"), and
an acronym defined as several names.
"""

from __future__ import annotations

import re
from collections import defaultdict

from site_builder.index.census import Census
from site_builder.index.folder import Entity, Folder
from site_builder.index.identity_words import lexicon


def organization_key(name: str) -> tuple[str, str] | None:
    """What two names of one organization share, and why: "State Department", "Department of
    State", "U.S. Department of State" -> ("department:state", "department"); "UN World Food
    Programme" -> ("world food program", "same name"). None for a one-word remainder."""
    lex = lexicon()
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


def fold_organizations(folder: Folder, organizations: list[Entity]) -> None:
    groups: dict[str, list[Entity]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for e in organizations:
        found = organization_key(e.name)
        if found:
            groups[found[0]].append(e)
            reasons[e.id] = found[1]
    for _, members in sorted(groups.items()):
        if len(members) > 1:
            folder.group(members, reasons)


def fold_acronyms(folder: Folder, census: Census) -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    for acronym, entity_id in census.acronyms:
        e = folder.entities.get(entity_id)
        if e and e.type == "organization" and acronym_fits(acronym, e.name):
            meanings[acronym].add(folder.root(entity_id))
    for e in sorted(folder.entities.values(), key=lambda x: x.id):
        if e.type != "organization" or e.registered or e.id in folder.folds:
            continue
        targets = meanings.get(e.name.replace(".", ""), set()) - {e.id}
        if len(targets) == 1:
            folder.fold(e.id, next(iter(targets)), "acronym")
        elif len(targets) > 1:
            folder.ambiguity(e, targets, "acronym defined as several names")
