"""Runs of capitalised words: the only places a name can be.

Finds: maximal sequences of capitalised words ("US Secretary of Defense Pete Hegseth"), with
acronyms ("NATO", "U.S."), initials ("George W. Bush"), abbreviations from the title and place
lists ("Sen.", "St."), hyphens and inner apostrophes ("O'Brien", "Al-Assad"), joined by single
spaces or by lower-case connectors ("of", "of the", "for", "and", "&", name particles such as
"bin" or "von der"). Refuses: a trailing possessive ("Netanyahu’s" yields "Netanyahu"), lower-
case words other than connectors, digits, and line breaks (a run never crosses a paragraph).
Each run is returned as tokens (text, start, end, is_connector) plus whether it begins a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from site_builder.annotate.entities.lexicon import lexicon

UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
CONNECTORS = (
    "of the", "of", "for the", "for", "on", "and the", "and", "&", "de la", "de los", "de", "del",
    "della", "da", "di", "du", "dos", "das", "van der", "van den", "van", "von der", "von", "der",
    "den", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "upon",
)
SENTENCE_BEFORE = frozenset(".!?:;\"“”‘'(—–[")


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    abbreviations = "|".join(re.escape(a) for a in lexicon().abbreviations)
    # "O'Neill", "Ruiz-O'Brien", "Al-Assad": an apostrophe before a capital stays inside the word
    word = rf"(?:[ae]l-)?[{UPPER}][\w]*(?:['’][{UPPER}]\w*)?(?:-\w+(?:['’][{UPPER}]\w*)?)*"
    token = rf"(?:(?:{abbreviations})\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [{UPPER}])|{word})"
    connector = "|".join(re.escape(c) for c in CONNECTORS)
    run = re.compile(rf"(?<![\w.'’-]){token}(?:(?: | (?:{connector}) ){token})*")
    piece = re.compile(rf"{token}|[a-z&]+")
    return run, piece


def find_runs(text: str) -> Iterator[tuple[list[tuple[str, int, int, bool]], bool]]:
    """Yield (tokens, sentence_initial) for each run; tokens are (text, start, end, is_connector)."""
    run_re, piece_re = patterns()
    for match in run_re.finditer(text):
        start = match.start()
        k = start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        initial = k < 0 or text[k] in SENTENCE_BEFORE or text[k] == "\n"
        if match.end() - start <= 0:
            continue
        run_text = match.group()
        if " " not in run_text:
            yield [(run_text, start, match.end(), False)], initial
            continue
        tokens = []
        for piece in piece_re.finditer(run_text):
            value = piece.group()
            tokens.append((value, start + piece.start(), start + piece.end(), value[0].islower() and "-" not in value))
        yield tokens, initial
