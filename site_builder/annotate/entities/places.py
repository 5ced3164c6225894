"""Places by their words: head nouns of geography and facilities, "X of Y" place names.

Finds: phrases ending in a place word ("Hudson River", "Constitution Hall", "Kings County",
"Heathrow Airport"), a place word heading an "of" complement ("Gulf of Mexico", "State of
Israel": when the complement is a known place, the phrase links to that place's id), and the
gazetteer names that names.py looks up. Refuses: a lone place word ("River", "City"), and place
words that end an organisation's name ("Dallas Cowboys Stadium" is a place, "City Council" is not:
organisation words are checked first).
"""

from __future__ import annotations

from site_builder.annotate.entities.lexicon import Lexicon


def is_place_head(low: str, lex: Lexicon) -> bool:
    return low in lex.place_heads


def is_place_of_head(low: str, lex: Lexicon) -> bool:
    return low in lex.place_of_heads
