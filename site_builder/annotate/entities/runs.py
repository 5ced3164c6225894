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
    """The run pattern (guarded: see `run_pattern`) and the pattern of one piece of a run."""
    return run_pattern(True), re.compile(rf"{_token(False)}|[a-z&]+")


@lru_cache(maxsize=2)
def run_pattern(guarded: bool) -> re.Pattern[str]:
    """A run of tokens joined by spaces and connectors. `guarded` is for speed only, with the same
    matches: a run is looked for at every character of the text, so first a cheap test of the
    character a token can start with, and the fifty abbreviations are tried only where a word
    ending in a full stop starts (tests/annotate/entities/test_runs.py compares the two)."""
    token = _token(guarded)
    connector = "|".join(re.escape(c) for c in CONNECTORS)
    firsts = "".join(sorted({re.escape(a[0]) for a in lexicon().abbreviations}))
    guard = rf"(?=[{UPPER}ae{firsts}])" if guarded else ""
    # no run starts inside a word ("O'|Neill"), but one may after an opening quote ("says, 'Frank, …")
    return re.compile(rf"{guard}(?<![\w.-])(?<![\w.-]['’]){token}(?:(?: | (?:{connector}) ){token})*")


def _token(guarded: bool) -> str:
    abbreviations = "|".join(re.escape(a) for a in lexicon().abbreviations)
    if guarded and all(re.fullmatch(r"\w[\w.]*", a) for a in lexicon().abbreviations):
        abbreviations = rf"(?=\w[\w.]*\.)(?:{abbreviations})"
    # "O'Neill", "Ruiz-O'Brien", "Al-Assad": an apostrophe before a capital stays inside the word
    word = rf"(?:[ae]l-)?[{UPPER}][\w]*(?:['’][{UPPER}]\w*)?(?:-\w+(?:['’][{UPPER}]\w*)?)*"
    return rf"(?:(?:{abbreviations})\.|(?:[A-Z]\.){{2,}}|[A-Z]\.(?= [{UPPER}])|{word})"


def find_runs(text: str) -> Iterator[tuple[list[tuple[str, int, int, bool]], bool]]:
    """Yield (tokens, sentence_initial) for each run; tokens are (text, start, end, is_connector)."""
    for match in patterns()[0].finditer(text):
        start, end = match.span()
        if end <= start:
            continue
        value = match.group()
        tokens = [(value, start, end, False)] if " " not in value else split_run(value, start)
        yield tokens, starts_sentence(text, start)


def starts_sentence(text: str, start: int) -> bool:
    """Whether a run at `start` begins a sentence: only spaces between it and the text's start, a
    line break or a mark of SENTENCE_BEFORE."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in SENTENCE_BEFORE or text[k] == "\n"


def split_run(run_text: str, start: int) -> list[tuple[str, int, int, bool]]:
    """The tokens of a run of two or more pieces found at `start` (a one-piece run is one word, never
    a connector). A run is tokens and connector words joined by single spaces, none of which holds a
    space, so splitting at the spaces gives what the piece pattern of `patterns` finds, without a
    second regex pass (tests/annotate/entities/test_runs.py checks the two agree)."""
    tokens = []
    for value in run_text.split(" "):
        end = start + len(value)
        tokens.append((value, start, end, value[0].islower() and "-" not in value))
        start = end + 1
    return tokens
