"""The entity registry as typed, immutable classes (loading and validation live in registry.py)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cached_property

from site_builder.model.spans import EntityType


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str | None = None  # an entity id or a plain name
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Links:
    wikidata: str | None = None
    wikipedia: str | None = None
    website: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    description: str = ""
    links: Links = Links()
    source: str = ""  # "path:line" where the entry is defined, for messages


@dataclass(frozen=True)
class Registry:
    """Canonical entities by id. An empty registry is valid: annotators then discover names."""

    entities: dict[str, Entity] = field(default_factory=dict)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def __len__(self) -> int:
        return len(self.entities)

    def digest(self) -> str:
        """A stable hash of the registry's content, part of every per-article cache key."""
        return self._digest

    @cached_property
    def _digest(self) -> str:  # once per registry (it is frozen), and pickled with it to worker processes
        payload = json.dumps(
            [asdict(self.entities[k]) for k in sorted(self.entities)], default=str, sort_keys=True
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


EMPTY_REGISTRY = Registry()
