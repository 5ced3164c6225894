"""Entity mentions: people, organizations and places, each linked to one canonical id."""

from __future__ import annotations

from site_builder.annotate.spans import EntityRef, Mention
from site_builder.load.registry_model import Registry


def find_entities(text: str, registry: Registry) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """Return the mentions in `text` (sorted by start) and one EntityRef per entity mentioned."""
    return (), ()  # placeholder until the detector lands
