"""Family names spelled like a function word: "district councillor Wilson Or was elected", "Leung
Yiu-chung of NWSC and James To of the Democratic Party".

"Or" and "To" are stop words (data/stopwords.txt): the model never ends a span with one, so it
keeps the given name alone ("Wilson") or, when a lone given name is refused, nothing ("James").
The words are data/function_word_surnames.txt.
Finds: a given name (lexicon) written with a capital, then one of the words written with a capital,
then a word in lower case that is no article ("was", "of", "said"): a person claim of the given
name widens over the word; no claim on either word: a new person claim of both.
Refuses: a title-case line, where the next word has a capital too ("Either Wilson Or Mary Wins"),
or is an article ("A Letter From Sam To the Nation") or "not"; a sentence's first "Or" (no given name
right before it); a claim of another kind, or one longer than the given name, on the given name.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.entities.claims import PERSON, Claim
from site_builder.annotate.entities.lexicon import data_lines

_ARTICLES = frozenset(("a", "an", "the", "not"))  # and "not": "Mary Or not"


@cache
def function_word_surnames() -> frozenset[str]:
    """data/function_word_surnames.txt: "or", "to", "so"."""
    return frozenset(data_lines("function_word_surnames.txt"))


@cache
def _pattern() -> re.Pattern[str]:
    words = "|".join(w.capitalize() for w in sorted(function_word_surnames()))
    return re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) (?:" + words + r")(?= ([a-z]+)\b)")


def function_word_surnames_named(text: str, hits: list[Claim], given_names: frozenset[str]) -> None:
    """Widen (in place) a given name's person claim over the family name after it, or claim both."""
    if not any(f" {w.capitalize()} " in text for w in function_word_surnames()):
        return
    for m in _pattern().finditer(text):
        if m.group(1).lower() not in given_names or m.group(2) in _ARTICLES:
            continue
        start, end = m.start(), m.end()
        inside = [h for h in hits if h.start < end and start < h.end]
        if not inside:
            hits.append(Claim(start, end, PERSON, "person", None, words=tuple(m.group(0).split())))
        elif len(inside) == 1 and _given_alone(inside[0], start, m.end(1)):
            h = inside[0]
            h.end, h.kind, h.id, h.words = end, PERSON, None, tuple(m.group(0).split())
    hits.sort(key=lambda h: h.start)


def _given_alone(h: Claim, start: int, end: int) -> bool:
    return h.type == "person" and not h.registered and not h.label and h.start == start and h.end == end
