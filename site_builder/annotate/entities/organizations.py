"""Organisations by their words: head nouns, "X of Y" names and acronyms.

Finds: phrases ending in an organisation word ("Greek Orthodox Church", "Defense Department",
"Washington Post"), an organisation word followed by "of"/"for" and its complement ("Department
of Defense", "University of Texas Arlington", "Ministry for Foreign Affairs"), and unknown
acronyms of 2-6 capitals ("FIFA") — an acronym is read as an organisation only mid-sentence.
Refuses: a lone organisation word ("Department", "Party"), acronyms that are title or calendar
words, and words that are capitalised only because they begin a sentence.
"""

from __future__ import annotations

from site_builder.annotate.entities.lexicon import Lexicon

OF_CONNECTORS = frozenset(("of", "of the", "for", "for the", "on", "&", "and"))


def is_org_head(low: str, lex: Lexicon) -> bool:
    return low in lex.org_heads


def is_acronym(word: str, lex: Lexicon) -> bool:
    core = word.replace(".", "")
    if not (2 <= len(core) <= 6 and core.isupper() and core.isalpha()):
        return False
    low = core.lower()
    if low in lex.titles or low in lex.calendar:
        return False
    return len(core) >= 4 or low not in lex.stopwords  # "FIRST" may be a name, "IT" or "OR" is not
