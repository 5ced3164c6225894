"""Direct quotations and their speakers."""

from __future__ import annotations

from site_builder.annotate.spans import EntityRef, Mention, Quote, QuoteFix
from site_builder.load.registry_model import Registry


def find_quotes(
    text: str,
    mentions: tuple[Mention, ...],
    entities: tuple[EntityRef, ...],
    registry: Registry,
    fixes: tuple[QuoteFix, ...] = (),
) -> tuple[tuple[Quote, ...], tuple[str, ...]]:
    """Return the quotes in `text` (sorted by start) and warnings about paragraphs abstained on."""
    return (), ()  # placeholder until the detector lands
