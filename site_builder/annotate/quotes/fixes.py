"""Editor corrections of quote speakers (QuoteFix from the article's front matter).

Finds, for each fix, the quote it names: by 1-based number in reading order, or by
the quote's first words (case-, spacing- and quote-mark-insensitive prefix match).
The speaker is an entity id (from the registry or the article's entities) or free
text, which becomes a descriptor with no entity. speaker_start/end are None for a
fixed quote.

Refuses: fixes that match no quote (a warning string instead), and an empty speaker.
"""

from __future__ import annotations

from dataclasses import replace

from site_builder.annotate.quotes.ids import normalise
from site_builder.model.registry import Registry
from site_builder.model.spans import EntityRef, Quote, QuoteFix


def _target(quotes: list[Quote], match: int | str) -> int | None:
    if isinstance(match, int) or (isinstance(match, str) and match.strip().isdigit()):
        k = int(match) - 1
        return k if 0 <= k < len(quotes) else None
    want = normalise(match)
    if not want:
        return None
    for i, q in enumerate(quotes):
        if normalise(q.text).startswith(want):
            return i
    return None


def apply_fixes(
    quotes: list[Quote], fixes: tuple[QuoteFix, ...], entities: tuple[EntityRef, ...], registry: Registry
) -> tuple[list[Quote], list[str]]:
    warnings: list[str] = []
    by_id = {e.id: e for e in entities}
    out = list(quotes)
    for fix in fixes:
        speaker = (fix.speaker or "").strip()
        k = _target(out, fix.match)
        if k is None:
            warnings.append(f"quote fix {fix.match!r} → {fix.speaker!r} matches no quote")
            continue
        if not speaker:
            warnings.append(f"quote fix {fix.match!r} has no speaker")
            continue
        reg = registry.get(speaker)
        if reg is not None:
            name, ent = reg.name, reg.id
        elif speaker in by_id:
            name, ent = by_id[speaker].name, speaker
        else:
            name, ent = speaker, None
        out[k] = replace(out[k], speaker=name, speaker_entity=ent, speaker_start=None, speaker_end=None)
    return out, warnings
