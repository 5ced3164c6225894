"""Quotes in single marks where the article quotes in double marks: nested in a quote and
spoken by someone else, or typed with single marks and introduced by a cue.

Finds, inside a double-marked quotation, single-marked spans that a speech cue right before
introduces for another speaker: “She used to say, ‘They’re finally listening to the water,’”
Ms. Kessler said. / “He ran in yelling, ‘Get downstairs!’” she said. The conventions annotate
such an inner quote besides the outer one, with its own speaker.

An inner quote a partial-quote frame of another subject introduces counts too (“The board called
it ‘a disgrace,’” Smith said.), not a nickname or a title.

A question or exclamation of three words or more in single marks standing as a sentence of its own
inside the quotation is taken too, with no speaker (‘Miss Dot, when’s the gym opening back up?’).

Outside double-marked spans, a single-marked span counts when a cue and a comma or colon
introduce it: The e-mail said, 'Frank, I have never bothered you …' (inconsistent typing).

Refuses: the outer speaker quoting themselves ("I told him, ‘No way,’" – I, we, you: the
convention annotates the inner quote only for a different speaker); negated cues ("She didn’t
say, ‘…’": words not said), modal ones and indefinite speakers ("somebody would say, ‘…’":
habitual or imagined words of no one in particular), and habitual words ("every September she
says, ‘…’"); inner spans the cue does not touch (a term in single marks:
he called it ‘the pit’ …) or that do not end as speech does (with , . ! ? …); apostrophes
(don’t, the players’ union), as `singles` refuses them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from site_builder.annotate.quotes.attribution import Attribution
from site_builder.annotate.quotes.cues_before import before_quote, frame_subject
from site_builder.annotate.quotes.filters import given_name, sentence_of_its_own
from site_builder.annotate.quotes.frames import partial_frame
from site_builder.annotate.quotes.hypothetical import MODAL_RE, NEGATED_RE
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.marks import MarkedSpan
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.annotate.quotes.singles import spans_between

_SELF = frozenset("i we me us you".split())
_NOBODY = frozenset("somebody someone anybody anyone everybody everyone nobody people one".split())
_SENTENCE_END_RE = re.compile(r"[.!?…][’'”\")]*\s+")
_SPEECH_END = ",.!?…"
_HABITUAL_RE = re.compile(
    r"(?<![\w’'-])(?:[Ww]henever|(?:[Ee]very|[Ee]ach)\s+(?:time|day|week|month|year|morning|night|summer|winter|spring|fall|[A-Z][a-z]+))(?![\w’'-])"
)
_CUED_SINGLE_RE = re.compile(r"[,:][ \t]+[‘']")  # said, '…
_PARTICIPLE_RE = re.compile(r"([a-z]+ing)[,:]?\s*\Z")
_DET_NOUN_RE = re.compile(r"(?:The|A|An|His|Her|Their|My|Our)\s+([a-z]+)\s+(?=[a-z]+ed\b)")  # The speaker looked
_COORDINATED_RE = re.compile(r"(?<![\w’'-])and\s+([a-z]+)[,:]?\s*\Z")  # … looked me in the eye and said, ‘…’


def nested_quotes(text: str, outer: MarkedSpan, mentioned: Callable[[int, int], bool]) -> list[tuple[MarkedSpan, Attribution | None]]:
    """The inner quotes of `outer` spoken by someone else, each with the cue that introduces it
    (None for a question or exclamation standing alone: no cue)."""
    found: list[tuple[MarkedSpan, Attribution | None]] = []
    lo, hi = outer.start + 1, outer.end - 1
    if text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0:
        return found  # most quotes hold no single mark: skip the pairing
    first_para = outer.first_para
    for start, end in spans_between(text, lo, hi):
        para = first_para + text.count("\n\n", outer.start, start)
        attr = _introduced(text, lo, start, end, mentioned)
        if attr is not None or _asked_alone(text, lo, start, end):
            found.append((MarkedSpan(start, end, para, para), attr))
    return found


def _asked_alone(text: str, lo: int, start: int, end: int) -> bool:
    """"… these boys kept showing up. Knocking on the door. ‘Miss Dot, when’s the gym opening?’
    Every day.": a question or exclamation of several words standing as a sentence of its own
    inside the quote is someone else's words (who, the text does not say at the mark)."""
    if text[end - 2 : end - 1] not in ("?", "!") or len(text[start:end].split()) < 3:
        return False
    return start > lo and sentence_of_its_own(text, lo, start, end)  # not the outer quote’s first words


def cued_singles(
    text: str, paras: list[tuple[int, int]], spans: list[MarkedSpan], mentioned: Callable[[int, int], bool]
) -> list[tuple[MarkedSpan, Attribution]]:
    """Single-marked quotes outside the double-marked `spans` that a cue, then a comma or colon,
    introduces (The e-mail said, '…'), each with its cue."""
    found: list[tuple[MarkedSpan, Attribution]] = []
    if not any(lead in text for lead in (", '", ", ‘", ": '", ": ‘")):
        return found  # the usual case: no single mark right after a comma or colon
    starts = [ps for ps, _ in paras]
    for pi in sorted({bisect.bisect_right(starts, m.end() - 1) - 1 for m in _CUED_SINGLE_RE.finditer(text)}):
        ps, pe = paras[pi]
        for start, end in spans_between(text, ps, pe):
            if any(s.start < end and start < s.end for s in spans):
                continue
            attr = _introduced(text, ps, start, end, mentioned, others_only=False)
            if attr is not None:
                found.append((MarkedSpan(start, end, pi, pi), attr))
    return found


def _introduced(
    text: str, lo: int, start: int, end: int, mentioned: Callable[[int, int], bool], others_only: bool = True
) -> Attribution | None:
    """The cue right before the single-marked quote [start, end) in its sentence; with
    `others_only`, only another speaker's (not I, we, you)."""
    sent_lo = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, start):
        sent_lo = m.end()
    if others_only and (framed := _framed_inner(text, sent_lo, start, end)) is not None:
        return framed  # “They called it ‘a disgrace,’ and they were right,” Smith said.
    if text[end - 2 : end - 1] not in _SPEECH_END or not text[end - 2 : end - 1]:
        return None
    if text[max(lo, start - 3) : start].rstrip()[-1:] not in (",", ":"):
        return None  # speech is introduced with a comma or colon: he called it ‘the pit’ is a term
    attr = before_quote(text, sent_lo, start, mentioned) or _participle_cue(text, sent_lo, start)
    if attr is None or attr.where != "before" or not attr.adjacent:
        return None
    p = attr.phrase
    if others_only and p.kind == "pronoun" and text[p.start : p.end].lower() in _SELF:
        return None
    if NEGATED_RE.search(text, p.end, start) or MODAL_RE.search(text, p.end, start):
        return None  # "She didn’t say, ‘…’", "you could say, ‘…’": no words said
    if text[p.start : p.end].lower() in _NOBODY:
        return None  # "somebody would say, ‘…’": no one in particular
    if _HABITUAL_RE.search(text, sent_lo, start):
        return None  # "every September she says, ‘…’": habitual words, said again and again
    return attr


def _framed_inner(text: str, sent_lo: int, start: int, end: int) -> Attribution | None:
    """“The board called it ‘a disgrace,’” Smith said.: a partial-quote frame (quotes/frames.py)
    right before the inner quote whose own subject (a name, a third-person pronoun, a person or
    organization noun) is someone other than the outer speaker; not a name given (they called him
    ‘the Hammer’: the nickname of an article and capitalised words), not a title."""
    frame = partial_frame(text, sent_lo, start, end)
    attr = frame_subject(text, sent_lo, start, frame) if frame is not None else None
    if attr is None or attr.phrase.kind == "pronoun" and text[attr.phrase.start : attr.phrase.end].lower() in _SELF:
        return None
    words = text[start + 1 : end - 1].strip(" ,.!?…’'").split()
    if not words or given_name(words) or all(w[:1].isupper() for w in words):
        return None
    return attr


def _participle_cue(text: str, sent_lo: int, start: int) -> Attribution | None:
    """"He ran in yelling, ‘…’" / "The speaker looked me in the eye and said, ‘…’": a cue in -ing,
    or one joined by "and" to the sentence's first verb, right before the inner quote; its speaker
    is the subject of its sentence."""
    m = _PARTICIPLE_RE.search(text, max(sent_lo, start - 20), start) or _COORDINATED_RE.search(text, max(sent_lo, start - 20), start)
    if m is None or m.group(1) not in lexicon().cue_words:
        return None
    subj = sentence_subject(text, sent_lo, m.start())
    if subj is None and (np := _DET_NOUN_RE.match(text, sent_lo, m.start())) is not None:
        subj = Phrase(np.start(), np.end(1), "nominal", np.group(1))  # "The speaker looked …": a noun no list holds
    return Attribution(subj, m.group(1), "before", True, True) if subj is not None else None
