"""Single quote marks as an article's only quote marks (‘We will fight,’ Smith said.).

Finds spans from an opening single mark (‘ or ') to its closing mark (’ or '), paragraph by
paragraph, with the news convention for quotes running over several paragraphs (the next
paragraph re-opens with a mark; the span then runs on to the final closing mark). Used by
`marks` only when the article has no double quote marks at all.

Refuses: apostrophes between letters (don’t, Smith’s, O'Brien) and letters of transliterated
names after a capitalised word (Hani ‘Abd-al-Majid); a closing-looking mark with no
quote open (the dogs' owners, ’90s); a year cut to two digits ('86, '90s), straight marks too; a plural possessive inside an open quote when a later mark
can close it (‘The players’ union agreed,’ he said.); and a quote left open at a paragraph's end
that the next paragraph does not re-open (dropped silently: apostrophes make stray marks common).
"""

from __future__ import annotations

import re

_SINGLE_RE = re.compile(r"[‘’']")
_OPEN_BEFORE = frozenset("([{—–-/“\"")
_OPENERS = ("‘", "'")
_NAME_BEFORE_RE = re.compile(r"[a-z]\s[A-Z][a-z]+\s\Z")  # a capitalised word inside a sentence

_YEAR_RE = re.compile(r"\d\d(?:s\b|(?![\w’'-]))")  # '86, '90s: a quote opening with a bare two-digit number is rarer
NONE, OPEN, CLOSE = 0, 1, 2
_N = ("’n’", "'n'")


def _kind(text: str, i: int, lo: int, hi: int) -> int:
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isalnum() and nxt.isalnum() or text[i - 1 : i + 2] in _N or text[i - 2 : i + 1] in _N:
        return NONE  # don’t, Smith’s, rock ’n’ roll
    left_open = prev == "" or prev.isspace() or prev in _OPEN_BEFORE
    if left_open and nxt.isupper() and _NAME_BEFORE_RE.search(text, max(lo, i - 30), i):
        return NONE  # Hani ‘Abd-al-Majid: a letter of a transliterated name
    if left_open and _YEAR_RE.match(text, i + 1):
        return NONE  # in '86, the '90s: a year cut to two digits, straight or curly
    if left_open:
        return OPEN if nxt and not nxt.isspace() and (text[i] != "’" or not nxt.isdigit()) else NONE
    return CLOSE if nxt == "" or nxt.isspace() or not nxt.isalnum() else NONE


def _possessive(text: str, i: int, hi: int) -> bool:
    """"players’ union": an s-final word, a mark, a space and a lower-case word."""
    return text[i - 1 : i] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


def _paragraph(text: str, ps: int, pe: int, open_at: int | None) -> tuple[list[tuple[int, int]], int | None]:
    """The (start, end) spans closed in one paragraph and the quote still open at its end."""
    marks = [(m.start(), _kind(text, m.start(), ps, pe)) for m in _SINGLE_RE.finditer(text, ps, pe)]
    found: list[tuple[int, int]] = []
    for k, (i, kind) in enumerate(marks):
        if kind == OPEN and open_at is None:
            open_at = i
        elif kind == CLOSE and open_at is not None:
            if _possessive(text, i, pe) and any(c == CLOSE for _, c in marks[k + 1 :]):
                continue
            found.append((open_at, i + 1))
            open_at = None
    return found, open_at


def spans_between(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The single-marked spans closed inside [lo, hi) (a stretch of one quotation, for quotes
    nested in it); a mark left open is dropped."""
    return _paragraph(text, lo, hi, None)[0]


def find_single_spans(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, first paragraph, last paragraph) of each single-marked span."""
    spans: list[tuple[int, int, int, int]] = []
    pending: tuple[int, int] | None = None  # (open offset, paragraph) of a quote carried over
    for pi, (ps, pe) in enumerate(paras):
        carried = pending
        pending = None
        lo = ps + 1 if carried is not None else ps  # skip the re-opening mark
        found, open_at = _paragraph(text, lo, pe, carried[0] if carried is not None else None)
        for k, (s, e) in enumerate(found):
            first = carried[1] if k == 0 and carried is not None and s == carried[0] else pi
            spans.append((s, e, first, pi))
        if open_at is not None and pi + 1 < len(paras) and text.startswith(_OPENERS, paras[pi + 1][0]):
            pending = (open_at, carried[1] if carried is not None and open_at == carried[0] else pi)
    return spans
