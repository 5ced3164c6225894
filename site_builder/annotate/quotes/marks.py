"""Quote-mark pairing: which stretches of text are enclosed in double quote marks.

Finds spans from an opening double mark (“ " or ``) to its closing mark (” or "),
paragraph by paragraph, including the news convention for multi-paragraph quotes:
a paragraph that opens a quote and does not close it continues in the next
paragraph when that paragraph opens with a quote mark; the span then runs from
the first opening mark to the final closing mark.

Single quotes (‘ ’ ') are quote boundaries only in an article with no double marks at all
(`singles`: ‘We will fight,’ Smith said.); two straight single marks close a quote opened with
two backquotes (``…''), and open one where they start a word (''…'').

Mends, with a warning: a wrong-way ” where a quote opens (”We won,” he said.) opens it; a curly
closing mark with no quote open is passed over, the paragraph's other quotes standing; a quote
left open at a paragraph's end that closes a sentence, with no re-opening mark next, runs to the
paragraph's end (a straight one only when every straight mark of the paragraph reads one way);
so does a quote running over paragraphs whose last re-opened paragraph ends a sentence unclosed.

Refuses: single quotes elsewhere - nested ones are part of the outer quote (quotes/nested.py
takes those another speaker says) and apostrophes (Trump's, Israel’s) are ignored; inch marks
after digits (a 12" pipe); and whole paragraphs whose marks do not balance otherwise
(straight stray closing mark, opening mark inside an open quote, quote left open with no
continuation): those produce a warning instead, and never swallow the rest of the
article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.annotate.paragraphs import paragraph_spans
from site_builder.annotate.quotes.singles import find_single_spans

_MARK_RE = re.compile(r"``|''|[“”\"]")
_OPEN_BEFORE = frozenset("([{—–-/‘'")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…’'")
_OPENERS = ("“", '"', "``")

OPEN, CLOSE, EITHER = 1, 2, 3
_SINGLE_CLOSER_RE = re.compile(r"[A-Za-z]'(?=\s)")  # a straight single mark after a word, a space after it


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark
    first_para: int  # 0-based paragraph index of the opening mark
    last_para: int  # 0-based paragraph index of the closing mark


def _direction(text: str, i: int, mark: str, lo: int, hi: int) -> int:
    prev = text[i - 1] if i > lo else ""
    j = i + len(mark)
    nxt = text[j] if j < hi else ""
    left_open = prev == "" or prev.isspace() or prev in _OPEN_BEFORE
    right_space = nxt == "" or nxt.isspace()
    open_ctx = left_open and not right_space
    close_ctx = not left_open and (right_space or nxt in _CLOSE_AFTER)
    if mark == "``":
        return OPEN
    if mark == "''":
        return OPEN if open_ctx else CLOSE  # ''…'' typed for straight double marks
    if mark == "“":
        return CLOSE if close_ctx and (nxt == "" or nxt.isspace() or nxt in ",.;:") else OPEN
    if mark == "”":
        return EITHER if open_ctx else CLOSE  # ”We won,” Smith said.: a wrong-way mark opening a quote
    if open_ctx:
        return OPEN
    if close_ctx:
        return CLOSE
    return EITHER


def _first_words(text: str, start: int, end: int, n: int = 6) -> str:
    words = text[start:end].split()
    s = " ".join(words[:n])
    return s + (" …" if len(words) > n else "")


def _closes_first(text: str, ps: int, pe: int) -> bool:
    """The paragraph's first quote mark reads as a closing one ("… early." After the match, …)."""
    m = _MARK_RE.search(text, ps, pe)
    if m is None:
        return False
    return _direction(text, m.start(), m.group(), ps, pe) == CLOSE and m.start() > ps and not text[m.start() - 1].isspace()


def _carries_on(text: str, paras: list[tuple[int, int]], pi: int) -> bool | None:
    """A quote left open at the end of paragraph `pi` goes on in the next one: True when that
    paragraph re-opens it with a mark, False when it goes on unmarked and closes it
    ("…said, "I think we have learned a lot.\n\nIt was an emotional day.""), None when neither."""
    if pi + 1 >= len(paras):
        return None
    if text.startswith(_OPENERS, paras[pi + 1][0]):
        return True
    return False if _closes_first(text, *paras[pi + 1]) else None


@dataclass(slots=True)
class _Pairing:
    """One paragraph's pairing: spans closed in it, the quote still open, what went wrong."""

    found: list[MarkedSpan]
    open_at: int | None
    open_para: int
    bad: str | None = None
    stray: bool = False  # a curly closing mark with no quote open was passed over


def _pair_paragraph(text: str, ps: int, pe: int, pi: int, carried: tuple[int, int] | None, skip_first: bool) -> _Pairing:
    """Pair the marks of paragraph `pi`. A second opening mark inside an open quote opens a
    nested quote (“He told me, “No,” and left,” she said.), closed by the next closing mark; a
    straight mark that reads as closing with no quote open opens one instead (Wilkins said," …");
    an opening mark starting a line inside an open quote re-opens it (paragraphs split by single
    line breaks follow the multi-paragraph convention too)."""
    r = _Pairing([], *(carried if carried is not None else (None, pi)))
    nested = False
    for m in _MARK_RE.finditer(text, ps, pe):
        i, mark = m.start(), m.group()
        if skip_first:
            skip_first = False
            continue
        if mark == '"' and i > ps and text[i - 1].isdigit() and r.open_at is None:
            continue  # inch mark
        d = _direction(text, i, mark, ps, pe)
        if d == EITHER or d == CLOSE and mark == '"' and r.open_at is None:
            d = CLOSE if r.open_at is not None else OPEN
        if d == OPEN and r.open_at is None:
            r.open_at, r.open_para = i, pi
        elif d == OPEN and text[i - 1] == "\n" and not nested:
            continue  # a line re-opening the open quote: paragraphs split by single line breaks
        elif d == OPEN:
            if nested:
                r.bad = "an opening quote mark inside an open quote"
                return r
            nested = True
        elif r.open_at is None and mark == "”":
            r.stray = True  # a curly closing mark whose quote lost its opening one: pass over it
        elif r.open_at is None:
            r.bad = "a closing quote mark with no opening mark"
            return r
        elif nested:
            nested = False
        else:
            r.found.append(MarkedSpan(r.open_at, m.end(), r.open_para, pi))
            r.open_at = None
    if nested:
        r.bad = "an opening quote mark inside an open quote"
    return r


def _salvage(text: str, r: _Pairing, ps: int, pe: int) -> bool:
    """A paragraph whose only fault is a quote left open at its end (“We did it,” Smith said.
    “Now the hard part starts.¶ with no re-opening mark next): its closed quotes stand, and the
    open one runs to the paragraph's end when that ends a sentence. A straight mark only when
    it reads as opening where it stands (a space or the paragraph's start before it, a word
    after it: "We lost the house.¶), no other straight mark of the paragraph had to be guessed,
    and no straight single mark after a word in the open quote could be its mistyped closer."""
    assert r.open_at is not None
    if r.bad != "a quote mark that is never closed" or text[r.open_at] not in "“\"":
        return False
    if text[r.open_at] == '"' and (not _straight_marks_read(text, ps, pe) or _SINGLE_CLOSER_RE.search(text, r.open_at, pe)):
        return False  # … "new readers' through your work?: a single mark typed for the closing one
    if text[pe - 1] not in ".!?…" or "“" in text[r.open_at + 1 : pe]:
        return False
    r.found.append(MarkedSpan(r.open_at, pe, r.open_para, r.open_para))
    return True


def _salvage_chain(text: str, r: _Pairing, ps: int, pe: int) -> bool:
    """A quote running over paragraphs whose last paragraph (re-opened with a mark) ends a
    sentence with no closing mark and no next paragraph re-opening it (“We lost the house.¶“We lost
    the truck.¶Jones said nothing.): the quote runs to that paragraph's end, the quotes closed
    before it standing; only when the paragraph holds no other mark and its marks are curly or
    read one way."""
    if r.bad != "a quote mark that is never closed" or r.open_at is None or r.found:
        return False
    if text[pe - 1] not in ".!?…" or _MARK_RE.search(text, ps + 1, pe) is not None:
        return False
    return text[r.open_at] == "“" or _straight_marks_read(text, ps, pe)


def _straight_marks_read(text: str, ps: int, pe: int) -> bool:
    """Every straight double mark of the paragraph reads one way where it stands: opening or
    closing, none left to a guess (inch marks aside)."""
    for m in _MARK_RE.finditer(text, ps, pe):
        if m.group() == '"' and not (m.start() > ps and text[m.start() - 1].isdigit()):
            if _direction(text, m.start(), '"', ps, pe) == EITHER:
                return False
    return True


def find_marked_spans(text: str) -> tuple[list[MarkedSpan], list[str], list[tuple[int, int]]]:
    """Return the balanced quote spans, warnings for abstained paragraphs, and the paragraphs."""
    paras = paragraph_spans(text)
    if _MARK_RE.search(text) is None:
        return [MarkedSpan(*t) for t in find_single_spans(text, paras)], [], paras
    spans: list[MarkedSpan] = []
    warnings: list[str] = []
    pending: tuple[int, int] | None = None  # (open offset, first paragraph) of a continued quote
    reopened = True  # the continued quote's paragraph opens with a mark of its own

    def warn(pi: int, why: str, done: str = "quotes skipped in") -> None:
        ps, pe = paras[pi]
        warnings.append(f"paragraph {pi + 1}: {why}; {done} “{_first_words(text, ps, pe)}”")

    for pi, (ps, pe) in enumerate(paras):
        continuing = pending is not None
        # a continued quote's paragraph opens with a mark (checked before carrying over): skip it
        r = _pair_paragraph(text, ps, pe, pi, pending, continuing and reopened)
        pending = None
        if r.bad is None and r.open_at is not None:
            carry = _carries_on(text, paras, pi)
            if carry is None:
                r.bad = "a quote mark that is never closed"
            else:
                pending, reopened = (r.open_at, r.open_para), carry
        if r.bad is not None and not continuing and r.open_at is not None and _salvage(text, r, ps, pe):
            warn(pi, r.bad, "the open quote runs to the paragraph's end in")
            spans.extend(r.found)
            continue
        if r.bad is not None and continuing and r.open_at is not None and _salvage_chain(text, r, ps, pe):
            warn(pi, "a continued quote that is never closed", "the quote runs to the paragraph's end in")
            spans.append(MarkedSpan(r.open_at, pe, r.open_para, pi))
            continue
        if r.bad is None and r.stray:
            warn(pi, "a closing quote mark with no opening mark", "the other quotes kept in")
        if r.bad is not None:
            if continuing:
                open_para = r.open_para
                warn(open_para if open_para < pi else pi, "a continued quote that is never closed")
                # drop spans already accepted from the earlier paragraphs of this chain
                spans = [s for s in spans if s.last_para < open_para or s.start < paras[open_para][0]]
            warn(pi, r.bad)
            pending = None
            continue
        spans.extend(r.found)
    return spans, warnings, paras
