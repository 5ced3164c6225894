"""The name table: registry names and aliases, known organisations, gazetteer places.

Finds: nothing by itself; maps the exact surface form of a name ("Pete Hegseth", "NATO", "U.S.")
to (type, id, registered). Registry entries win over our data; among registry entries the match
is exact and case-sensitive. Refuses: empty aliases; a leading "the" is dropped ("the Senate"
is indexed as "Senate") because the run finder never includes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from site_builder.annotate.entities.gazetteer import place_names
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.slug import normalise_name, slugify
from site_builder.model.registry import Registry
from site_builder.model.spans import EntityType


@dataclass(frozen=True, slots=True)
class Named:
    type: EntityType
    id: str
    registered: bool
    canonical: str


@dataclass(frozen=True)
class NameTable:
    names: dict[str, Named]
    first_words: frozenset[str]  # first word of every key, to reject most tokens in one lookup
    max_words: int
    surnames: dict[str, str]  # registered person's last name -> id (only when unambiguous)
    registered: dict[str, Named]  # registry id -> its entry


def name_key(surface: str) -> str:
    key = normalise_name(surface)
    if key[:4] in ("the ", "The "):
        key = key[4:]
    return key


@lru_cache(maxsize=1)
def _base_names() -> dict[str, Named]:
    names: dict[str, Named] = {}
    for surface, canonical in place_names().items():
        names[name_key(surface)] = Named("place", slugify(canonical), False, canonical)
    for line in data_lines("organizations.txt"):
        canonical, *aliases = line.split("|")
        named = Named("organization", slugify(canonical), False, canonical)
        for surface in (canonical, *aliases):
            names[name_key(surface)] = named
    return names


def _table_for(digest: str, registry: Registry) -> NameTable:
    names = dict(_base_names())
    surname_ids: dict[str, set[str]] = {}
    for entity in registry.entities.values():
        named = Named(entity.type, entity.id, True, entity.name)
        for surface in (entity.name, *entity.aliases):
            key = name_key(surface)
            if key:
                names[key] = named
        if entity.type == "person":
            last = name_key(entity.name).split()[-1]
            surname_ids.setdefault(last, set()).add(entity.id)
    surnames = {k: next(iter(v)) for k, v in surname_ids.items() if len(v) == 1}
    first = frozenset(k.split(" ", 1)[0] for k in names)
    max_words = max((k.count(" ") + 1 for k in names), default=1)
    registered = {n.id: n for n in names.values() if n.registered}
    return NameTable(names, first, max_words, surnames, registered)


_TABLES: dict[str, NameTable] = {}  # registry digest -> its table; a process sees few registries
_MAX_TABLES = 16


def name_table(registry: Registry) -> NameTable:
    """The names to look for with this registry, built once per registry content (its digest)."""
    if not registry.entities:
        return _empty_table()
    digest = registry.digest()
    table = _TABLES.get(digest)
    if table is None:
        if len(_TABLES) >= _MAX_TABLES:
            _TABLES.clear()
        table = _TABLES[digest] = _table_for(digest, registry)
    return table


@lru_cache(maxsize=1)
def _empty_table() -> NameTable:
    names = _base_names()
    first = frozenset(k.split(" ", 1)[0] for k in names)
    max_words = max((k.count(" ") + 1 for k in names), default=1)
    return NameTable(names, first, max_words, {}, {})
