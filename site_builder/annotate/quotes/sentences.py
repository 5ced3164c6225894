"""Sentence starts inside one paragraph, aware of quotations.

Finds the offsets where sentences begin: after . ! ? (optionally followed by a
closing quote mark or bracket) and whitespace, before an upper-case letter, digit
or opening mark.

A paragraph-initial upper-case transcript label ("MR PRICE: ") ends where a sentence starts, and
so does an interview's "Q." / "A." (A. “Not really,” Jones said.).

Refuses: boundaries inside a quotation (a quoted passage of several sentences is
one unit of the surrounding sentence), after known abbreviations (Mr., U.S.,
Jan.) and after single-letter initials (J. Smith).
"""

from __future__ import annotations

import bisect
import re

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.transcript import upper_label_end

_END_RE = re.compile(r"[.!?…][”\"’')\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")
# "Q. Did you …" / "A. “Not really,” …": an interview label, not an initial (A. J. Smith)
_QA_RE = re.compile(r"[QA][.:]\s+(?=[“\"‘'`]|[A-Z][a-z’']*\s)")


def sentence_starts(text: str, ps: int, pe: int, quotes: list[tuple[int, int]]) -> list[int]:
    """Sorted sentence start offsets in paragraph [ps, pe); `quotes` are (start, end) spans."""
    abbrev = lexicon().abbreviations
    starts = [ps]
    speech = _speech_after_label(text, ps, pe)
    if speech is not None:
        starts.append(speech)  # "QUESTION: Assistant Secretary Chung …": the turn's speech opens a sentence
    qstarts = [q[0] for q in quotes]
    for m in _END_RE.finditer(text, ps, pe):
        b = m.end()
        k = bisect.bisect_right(qstarts, b - 1) - 1
        if k >= 0 and quotes[k][0] < b < quotes[k][1]:
            continue
        if text[m.start()] == ".":
            w = _WORD_BEFORE_RE.search(text, max(ps, m.start() - 12), m.start() + 1)
            if w:
                word = w.group(1)
                if word in abbrev or (len(word) == 1 and word.isupper()):
                    continue
        starts.append(b)
    return starts


def _speech_after_label(text: str, ps: int, pe: int) -> int | None:
    """Where the speech after a paragraph-initial transcript label (transcript.py's upper-case
    labels) or an interview's "Q." / "A." starts; None when the speech opens with a quote mark
    (MR PRICE: “…”: the label stays in the quote's sentence)."""
    at = upper_label_end(text, ps, pe)
    while at is not None and at < pe and text[at].isspace():
        at += 1
    if at is not None and at < pe and text[at] not in "“\"`":
        return at
    qa = _QA_RE.match(text, ps, pe)
    return qa.end() if qa is not None else None


def sentence_start_before(starts: list[int], pos: int) -> int:
    return starts[bisect.bisect_right(starts, pos) - 1]


def sentence_end_after(starts: list[int], pos: int, pe: int) -> int:
    k = bisect.bisect_right(starts, pos)
    return starts[k] if k < len(starts) else pe
