"""A group's branch named by place: "ISIS-Mozambique", "ISIS-K", "ISIS-West Africa".

Finds: a discovered person whose first word is a known organization's name (the name table), a
hyphen and a place: a known place, a compass word ("West") or a letter code of one to three
capitals ("K" for Khorasan, "GS" for Greater Sahara): the group's branch, an organization (in
place; its id the slug of its words). Refuses: registered names and speaker labels, a first part
the archive knows as a surname or a given name, a part after the hyphen that is no place
("Ford-Hale" is a double-barrelled name) or in lower case ("ISIS-linked").
"""

from __future__ import annotations

from site_builder.annotate.entities.claims import FOUND, ROLE, Claim
from site_builder.annotate.entities.features import archive_surname
from site_builder.annotate.entities.lexicon import Lexicon
from site_builder.annotate.entities.names import NameTable
from site_builder.annotate.entities.slug import slugify


def group_branches(text: str, hits: list[Claim], table: NameTable, lex: Lexicon) -> None:
    """Each group branch among `hits` becomes an organization (in place)."""
    for k, h in enumerate(hits):
        if h.type != "person" or h.registered or h.label or h.kind == ROLE or not h.words:
            continue
        group, _, branch = h.words[0].partition("-")
        if not _place_part(branch, table, lex) or group.lower() in lex.given_names or archive_surname(group.lower()):
            continue
        named = table.names.get(group)
        if named is not None and named.type == "organization":
            hits[k] = Claim(h.start, h.end, FOUND, "organization", slugify(text[h.start:h.end]), words=h.words)


def _place_part(branch: str, table: NameTable, lex: Lexicon) -> bool:
    if branch.isupper() and branch.isalpha() and len(branch) <= 3 or branch.lower() in lex.compass_regions:
        return True
    named = table.names.get(branch)
    return named is not None and named.type == "place"
