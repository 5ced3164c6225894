"""Transcript turns: paragraphs that open with a speaker label ("MR PRICE: …", "QUESTION: …").

Finds: one `TurnLabel` per paragraph of a briefing or interview that starts with a label and a
colon. The label is
  * a role from data/turn_labels.txt ("QUESTION", "Q", "MODERATOR", "Wikinews"),
  * an anonymous official ("SENIOR STATE DEPARTMENT OFFICIAL ONE"),
  * a person: upper-case words ("MR PRICE", "SECRETARY BLINKEN", "FOREIGN MINISTER HAYASHI"),
    or a title-case name of at most four words that opens two or more paragraphs of the
    article ("Hugh McGuire", "Rebecca").
Refuses: one-off title-case lead-ins ("Update:", "Side Events:"), labels of data fields
("VESSEL FLAG: Panama", "VESSEL GROSS TONNAGE: 8831" — an upper-case label with no title or
honorific none of whose turns reads as a sentence is not speech), labels over six words, and
anything not at the very start of a paragraph. A title word inside a label does not make it
anonymous ("HIGH REPRESENTATIVE BORRELL" is a person; "SENIOR STATE DEPARTMENT OFFICIAL ONE" is not).

`name_start`/`name_end` cover the person's name inside the label without honorific or
title ("PRICE" in "MR PRICE", "Hugh McGuire"); entity detection links that span, and the
quote stage makes the turn attributed speech. Pure; offsets index the article's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal
from unicodedata import combining

from site_builder.annotate.paragraphs import paragraph_spans
from site_builder.lexicon import data_lines

TurnRole = Literal["person", "question", "moderator", "anonymous"]

_DATA = Path(__file__).parent / "data" / "turn_labels.txt"
# Any letter opens a word here; _label_at keeps a label only if each word opens with a capital, so
# names beyond ASCII stay labels ("FOREIGN MINISTER ÇAVUŞOĞLU:", "Álvaro Uribe:"), accents written
# as combining marks (U+0300-U+036F, "RINKE\u0304VIC\u030cS") included.
_LABEL = re.compile(r"(?:\*\*)?([^\W\d_][\w\u0300-\u036f.’'-]*(?:[ ](?:[^\W\d_]|&)[\w\u0300-\u036f.’'-]*){0,5})(?:\*\*)?:(?:\*\*)? ")
_WORD_MARKS = frozenset(".’'-")
_ANONYMOUS = ("official", "spokesperson", "spokesman", "spokeswoman", "representative", "officer")
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame madam rev. hon.".split())
_ORDINALS = frozenset("one two three four five six 1 2 3 4 5 6".split())


@dataclass(frozen=True, slots=True)
class TurnLabel:
    """A paragraph-initial speaker label and the turn it opens (to the paragraph's end)."""

    label_start: int
    label_end: int  # before the colon
    name_start: int | None  # the person's name inside the label; None for roles and officials
    name_end: int | None
    role: TurnRole
    turn_start: int  # first character of the speech after "LABEL: "
    turn_end: int  # end of the paragraph

    def label(self, text: str) -> str:
        return text[self.label_start:self.label_end]


@lru_cache(maxsize=1)
def _role_words() -> dict[str, str]:
    roles: dict[str, str] = {}
    for line in data_lines(_DATA):
        *words, role = line.split()
        roles[" ".join(words)] = role
    return roles


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from site_builder.annotate.entities.lexicon import data_lines, lexicon

    words = set(lexicon().titles) | set(lexicon().title_modifiers)
    for line in data_lines("titles.txt"):
        words.update(line.split())
    return frozenset(words)


def _classify(words: list[str], upper: bool) -> tuple[TurnRole | None, int]:
    """The label's role and how many leading words are honorific or title (0 for roles)."""
    low = [w.lower() for w in words]
    role = _role_words().get(" ".join(low))
    if role is not None:
        return (None if role == "other" else role), 0  # type: ignore[return-value]
    core = low
    while len(core) > 1 and (core[-1] in _ORDINALS or core[-1] == "number"):
        core = core[:-1]
    if core[-1] in _ANONYMOUS or len(core) < len(low):
        return "anonymous", 0
    titles = _titles()
    lead = 0
    while lead < len(low) - 1 and (low[lead] in _HONORIFICS or low[lead] in titles):
        lead += 1
    if upper and lead == 0 and len(words) > 3:
        return None, 0  # "VESSEL GROSS REGISTERED TONNAGE": a field, not a speaker
    return "person", lead


_SENTENCE_END = re.compile(r"[.?!…][”\"’')]*\s*$")


def _reads_as_speech(turn: str) -> bool:
    """"Thank you." / "Good afternoon, everyone": words and a sentence's end, or a long stretch."""
    words = turn.split()
    return len(words) >= 8 or (len(words) >= 2 and _SENTENCE_END.search(turn) is not None)


def _labels_with_speech(text: str, found: list[tuple[int, int, re.Match[str], bool]]) -> set[str]:
    """Labels at least one of whose turns reads as a sentence."""
    return {m.group(1) for _, end, m, _ in found if _reads_as_speech(text[m.end():end])}


def _label_at(text: str, start: int, end: int) -> tuple[re.Match[str], bool] | None:
    """The speaker label opening the paragraph [start, end), and whether it is all upper case."""
    m = _LABEL.match(text, start, end)
    if m is None:
        return None
    words = m.group(1).split()
    if not all(w[0].isupper() or w[0] == "&" for w in words):
        return None
    return m, all(_is_upper_word(w) for w in words) and m.group(1) not in ("I", "A")


def _is_upper_word(word: str) -> bool:
    """"PRICE", "O'BRIEN", "ÇAVUŞOĞLU": capitals and the marks inside names, nothing else."""
    return word[0].isupper() and all(c.isupper() or c in _WORD_MARKS or combining(c) for c in word)


def upper_label_end(text: str, start: int, end: int) -> int | None:
    """Where the speech after an upper-case label opening the paragraph [start, end) begins
    ("MR PRICE: Thanks." → the offset of "Thanks"), else None. Sentence splitting uses it: the
    one recogniser of labels for turns and for sentences."""
    found = _label_at(text, start, end)
    return found[0].end() if found is not None and found[1] else None


_Found = tuple[tuple[int, int, re.Match[str], bool], ...]


@lru_cache(maxsize=2)
def _paragraph_labels(text: str) -> tuple[_Found, dict[str, int], frozenset[str]]:
    """Every paragraph-opening label (start, end, match, upper case), how many paragraphs each
    title-case label opens, and the labels with speech. Memoised: entity detection and the quote
    stage's turns both ask for the same article's labels, one after the other."""
    found: list[tuple[int, int, re.Match[str], bool]] = []
    for start, end in paragraph_spans(text):
        label = _label_at(text, start, end)
        if label is not None:
            found.append((start, end, *label))
    title_case_counts: dict[str, int] = {}
    for _, _, m, upper in found:
        if not upper:
            title_case_counts[m.group(1)] = title_case_counts.get(m.group(1), 0) + 1
    return tuple(found), title_case_counts, frozenset(_labels_with_speech(text, found))


def find_turn_labels(text: str, is_person: Callable[[int, int], bool] | None = None) -> tuple[TurnLabel, ...]:
    """Every transcript turn in `text`, in order. Empty for articles that are not transcripts.

    `is_person(start, end)`, when given, tells whether a person mention covers that stretch: a
    one-off title-case label that is a person's name ("Mary Jones: I said …") is then a turn."""
    found, title_case_counts, speech = _paragraph_labels(text)
    labels: list[TurnLabel] = []
    for _start, end, m, upper in found:
        words = m.group(1).split()
        role, lead = _classify(words, upper)
        if role is None:
            continue
        if role == "person" and upper and lead == 0 and m.group(1) not in speech:
            continue  # "VESSEL FLAG: Panama": a data field, never a sentence
        is_role_word = role in ("question", "moderator")
        named = is_person is not None and is_person(m.start(1), m.end(1))
        if not upper and not is_role_word and (title_case_counts[m.group(1)] < 2 and not named or len(words) > 4):
            continue
        name_start = name_end = None
        if role == "person":
            offsets = [mm.start() for mm in re.finditer(r"\S+", m.group(1))]
            name_start = m.start(1) + offsets[lead]
            name_end = m.end(1)
        labels.append(TurnLabel(m.start(1), m.end(1), name_start, name_end, role, m.end(), end))
    return tuple(labels)
