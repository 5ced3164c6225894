"""What the entity tests read of `find_entities`: each mention as (text, type, id)."""

from __future__ import annotations

from site_builder.annotate.entities import find_entities
from site_builder.model.registry import EMPTY_REGISTRY, Registry


def spans(text: str, registry: Registry = EMPTY_REGISTRY) -> list[tuple[str, str, str]]:
    """(text, type, id) of every mention, each checked to be the text it spans."""
    mentions, _ = find_entities(text, registry)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.type, m.entity) for m in mentions]


def people(text: str) -> list[str]:
    """The texts of the person mentions, in order."""
    return [t for t, kind, _ in spans(text) if kind == "person"]
