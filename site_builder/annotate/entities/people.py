"""People: the features that say a span is a person's name, and its title before it.

Finds (as model features, never as decisions): a known given name first or last ("Pete
Hegseth", "Mary O'Neill"), initials ("George W. Bush", "K.C. Maurer"), name particles ("Ursula
von der Leyen"), a title phrase right before the span ("Defense Minister Israel Katz", "Mr."),
a generational suffix ("Jr."), a demonym first (data/demonyms.txt: "Israeli"), a speech verb next to a single word ("…, said Okonjo"), and
words that never stand inside a person's name (not_name_words.txt: "Affairs", "Embassy").
Refuses: to decide; the learned model weighs these against the organisation and place cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.tokens import Token

SPEECH = frozenset("said says told added wrote explained asked noted stated".split())
SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_INITIAL = re.compile(r"(?:[A-Z]\.)+\Z")
DEMONYM = "p:demonym"  # opens with "Israeli", "Palestinian-American": never a person (model.MASKS)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    return frozenset(data_lines("demonyms.txt"))


def is_demonym(low: str) -> bool:
    """"israeli", "palestinian-american", "turks": every part of the word a demonym (or its plural)."""
    found = _demonym_forms()
    return all(part in found for part in low.split("-")) if "-" in low else low in found


@lru_cache(maxsize=1)
def _demonym_forms() -> frozenset[str]:
    """Demonyms and their plurals ("israeli", "israelis", "turk", "turks")."""
    return demonyms() | frozenset(d + "s" for d in demonyms())


_NOT_TITLES = frozenset(("the", "his", "her"))  # honorifics.txt words that only lead into one


def is_title(low: str, lex: Lexicon) -> bool:
    return low in lex.titles or low + "." in lex.titles or (low in lex.honorifics and low not in _NOT_TITLES)


def title_word(low: str, lex: Lexicon) -> bool:
    """A title or a word that may stand in a title phrase before it ("minister", "deputy")."""
    return is_title(low, lex) or low in lex.title_modifiers


def plain_word(word: str, low: str, lex: Lexicon) -> bool:
    """A word that can be part of a person's name."""
    return (
        low not in lex.stopwords and low not in lex.calendar and low not in lex.org_heads
        and low not in lex.place_heads and not (len(word) > 1 and word.isupper() and "." not in word)
        and word[0].isalpha()
    )


def title_before(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> int:
    """Start of the title phrase that ends right before token i (i when there is none)."""
    k = i
    seen_title = False
    while k > 0:
        t = tokens[k - 1]
        if not t.connector and is_title(t.low, lex):
            seen_title = True
        elif not (t.connector or t.low in lex.title_modifiers):
            break
        k -= 1
    while k < i and (tokens[k].connector or not seen_title):
        k += 1
    return k if seen_title else i


def looks_like_person(words: list[Token], initial: bool, lex: Lexicon) -> bool:
    """Do these words read as one person's name with no title before them (the old rule's shape)?"""
    n = len(words)
    if n < 2 or n > 4 or not all(plain_word(t.text, t.low, lex) for t in words):
        return False
    if words[0].low in lex.given_names:
        return True
    if any(len(t.text) == 2 and t.text[1] == "." for t in words[1:-1]):
        return True  # George W. Bush
    if words[0].text.endswith(".") and len(words[0].text.replace(".", "")) <= 3:
        return True  # K.C. Maurer, J. Smith
    return not initial and n <= 3


def person_features(words: list[Token], lex: Lexicon, feats: list[str], initial: bool,
                    titled: bool, plain: bool, title_in: bool) -> None:
    first, last = words[0], words[-1]
    if is_demonym(first.low) or (len(words) > 1 and f"{first.low} {words[1].low}" in demonyms()):
        feats.append(DEMONYM)  # "German Iranian", "Palestinian-American Shireen Abu Akleh"
    if plain and titled:
        feats.append("p:titled")
    if plain and looks_like_person(words, initial, lex):
        feats.append("p:shape")
    if first.low in lex.given_names:
        feats.append("p:given1")
    if len(words) > 1 and last.low in lex.given_names:
        feats.append("p:givenL")
    if any("." in t.text and _INITIAL.match(t.text) for t in words):
        feats.append("p:initial")
    if last.low in SUFFIXES:
        feats.append("p:suffixL")
    if any(t.low in lex.not_name_words for t in words):
        feats.append("p:notname")
    if title_in:
        feats.append("p:titleIn")
    elif first.low in lex.title_modifiers and first.low not in lex.given_names:
        feats.append("p:modFirst")
    if not plain:
        feats.append("p:notplain")
    if "'" in last.text or "’" in last.text:
        feats.append("p:apos")
