"""Annotate stage: pure functions from an article's plain text to standoff spans.

The annotators and their language data are imported on the first call, not with this package:
a build whose articles all come from the cache (or that changed nothing) never loads them."""

from __future__ import annotations

from site_builder.model.registry import Registry
from site_builder.model.spans import Annotations, QuoteFix


def annotate_text(
    text: str, registry: Registry, quote_fixes: tuple[QuoteFix, ...] = (),
    weights: dict[str, tuple[float, float, float]] | None = None,
) -> Annotations:
    """Find entity mentions, transcript turns, then quotations attributed to speakers (a turn's
    speaker answers "I" inside it). Pure: same input, same output. `weights`: the entity model's
    (cross-validation trains its own; None: the shipped model)."""
    from site_builder.annotate.entities import find_entities, find_entities_with
    from site_builder.annotate.quotes import find_quotes
    from site_builder.annotate.quotes.turns import find_turns

    mentions, entities = find_entities(text, registry) if weights is None else find_entities_with(text, registry, weights)
    turns = find_turns(text, mentions, entities)
    quotes, warnings = find_quotes(text, mentions, entities, registry, quote_fixes, turns=turns)
    return Annotations(mentions=mentions, quotes=quotes, entities=entities, warnings=warnings, turns=turns)


def warm_up() -> None:
    """Load every annotator's language data now rather than on the first article."""
    from site_builder.model.registry import EMPTY_REGISTRY

    annotate_text("Warm-up: “We agree,” said Secretary Jane Smith of the Department of State in Paris.", EMPTY_REGISTRY)
