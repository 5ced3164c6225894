"""Every person or organization named near a quote, as a candidate speaker with where it stands.

Finds: the person and organization mentions outside quotations from the start of the paragraph
two before the quote's to the end of the sentence after the quote (or the first sentence of the
next paragraph), nearest first on each side, each described by features a reader would weigh:
the side it stands on, how many sentences and paragraphs away, its rank among the names on that
side, a speech verb touching it ("Smith said", "said Smith"), whether it opens its sentence, a
title before it, its type, how often the article names it, and, when the rules' cue rests on
"he"/"she", whether its gender agrees.
Also the noun phrases a reader would take for a speaker there: each sentence's subject and the
phrase right before each speech verb, when they are descriptors of a person, body or document
("a county planner who worked on it", "the public statement").
Refuses: mentions inside quotations, places, and anything beyond that window; it names no
speaker of its own (chooser.py weighs the candidates).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import phrase_before
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.annotate.quotes.sentences import sentence_starts
from site_builder.annotate.quotes.speaker_words import descriptor
from site_builder.annotate.quotes.speakers import Resolver, Speaker
from site_builder.model.spans import Mention

_SPEAKING = ("person", "organization")
_SENT_END_RE = re.compile(r"[.!?][”\"’']?\s+(?=[“\"A-Z])")
_TITLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Gen|Prof|Judge|Mayor|President|Secretary|Minister|Chief|Officer|Coach|Sheriff)\.?\s+\Z")
_GAP_RE = re.compile(r"[\s,]*(?:[\w’'-]+[\s,]+){0,2}?")  # up to two words between a name and its verb ("Smith also said")


@dataclass(frozen=True)
class Window:
    """Where to look around one quote (character offsets)."""

    lo: int  # start of the paragraph two before the quote's
    qstart: int
    qend: int
    hi: int  # end of the sentence after the quote, or of the next paragraph's first sentence
    para_lo: int


def window(r: Resolver, qstart: int, qend: int) -> Window:
    starts = r.para_starts
    k = max(0, bisect.bisect_right(starts, qstart) - 1)
    lo = starts[max(0, k - 2)] if starts else 0
    para_lo = starts[k] if starts else 0
    m = _SENT_END_RE.search(r.text, qend, min(len(r.text), qend + 400))
    hi = m.end() if m is not None else min(len(r.text), qend + 400)
    nxt = r.text.find("\n\n", qend, hi)
    if nxt >= 0:  # the quote closes its paragraph: the next paragraph's first sentence
        m2 = _SENT_END_RE.search(r.text, nxt + 2, min(len(r.text), nxt + 400))
        hi = m2.end() if m2 is not None else min(len(r.text), nxt + 300)
    return Window(lo, qstart, qend, hi, para_lo)


def _bucket(n: int, limits: tuple[int, ...]) -> str:
    for lim in limits:
        if n <= lim:
            return str(lim)
    return f">{limits[-1]}"


def _sentences_between(text: str, a: int, b: int) -> int:
    return len(_SENT_END_RE.findall(text, a, b)) + text.count("\n\n", a, b)


def _verb_touching(text: str, m: Mention) -> list[str]:
    """A speech verb right after the name (maybe past two words or an age) or right before it."""
    L = lexicon()
    out = []
    gap = _GAP_RE.match(text, m.end)
    after = L.cue_re.match(text, gap.end()) if gap is not None else None
    if after is None:
        after = L.cue_re.match(text, m.end + 1)
    if after is not None:
        out.append("verb_after_name")
    if L.cue_re.search(text[max(0, m.start - 12) : m.start].rstrip(" ,") + " ", 0) is not None:
        out.append("verb_before_name")
    return out


def _opens_sentence(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 40) : m.start]
    tail = re.split(r"[.!?]\s+|\n\n|[“”\"]", before)[-1]
    return len(tail.split()) <= 2 and "," not in tail


def nearby(r: Resolver, w: Window, pronoun: str | None) -> list[tuple[Speaker, int, list[str]]]:
    """(speaker, distance in characters, features) for each name near the quote, nearest first per side."""
    text = r.text
    ms = [m for m in r.mentions_in(w.lo, w.hi) if m.type in _SPEAKING and not r.in_quote(m.start)
          and not (w.qstart <= m.start < w.qend)]
    before = sorted((m for m in ms if m.end <= w.qstart), key=lambda m: -m.end)
    after = sorted((m for m in ms if m.start >= w.qend), key=lambda m: m.start)
    counts: dict[str, int] = {}
    for m in r.mentions_in(0, w.hi):
        counts[m.entity] = counts.get(m.entity, 0) + 1
    out = []
    for side, group in (("before", before), ("after", after)):
        for rank, m in enumerate(group, start=1):
            a, b = (m.end, w.qstart) if side == "before" else (w.qend, m.start)
            sents = _sentences_between(text, a, b)
            paras = text.count("\n\n", a, b)
            feats = [f"side={side}", f"side={side}|rank={min(rank, 4)}", f"side={side}|sents={_bucket(sents, (0, 1, 2))}",
                     f"side={side}|paras={min(paras, 2)}", f"mtype={m.type}", f"freq={_bucket(counts.get(m.entity, 1), (1, 3))}"]
            for v in _verb_touching(text, m):
                feats += [v, f"{v}|side={side}|sents={_bucket(sents, (0, 1))}"]
            if _opens_sentence(text, m):
                feats += ["opens_sent", f"opens_sent|side={side}|sents={_bucket(sents, (0, 1))}"]
            if _TITLE_BEFORE_RE.search(text[max(0, m.start - 14) : m.start]):
                feats.append("titled")
            if pronoun is not None and m.type == "person":
                g = r.gender(m)
                feats.append(f"gender={'unknown' if g is None else 'agree' if g == pronoun else 'clash'}")
            elif pronoun is not None:
                feats.append("gender=org")
            out.append((r.from_mention(m), abs(b - a), feats))
    return out


def _nominal(r: Resolver, lo: int, hi: int, qstart: int, qend: int) -> list[tuple[int, int, str]]:
    """(start, end, how) of the descriptor phrases in [lo, hi): sentence subjects and cue subjects."""
    L = lexicon()
    out = []
    for k, a in enumerate(starts := sentence_starts(r.text, lo, hi, r.quote_spans)):
        b = starts[k + 1] if k + 1 < len(starts) else hi
        if qstart <= a < qend:
            continue
        subj = sentence_subject(r.text, a, b)
        if subj is not None and subj.kind == "nominal" and not r.in_quote(subj.start):
            out.append((subj.start, subj.end, "np_subject"))
        for cue in L.cue_re.finditer(r.text, a, b):
            if r.in_quote(cue.start()):
                continue
            p = phrase_before(r.text, a, cue.start())
            if p is not None and p.kind == "nominal" and not r.in_quote(p.start):
                out.append((p.start, p.end, "np_cue"))
    return out


def described(r: Resolver, w: Window) -> list[tuple[Speaker, int, list[str]]]:
    """(speaker as written, distance, features) for each person, body or document noun phrase near the quote."""
    L = lexicon()
    out = []
    for start, end, how in _nominal(r, w.para_lo if w.para_lo > w.lo else w.lo, w.hi, w.qstart, w.qend):
        phrase = r.text[start:end]
        head = phrase.split()[-1] if phrase.split() else ""
        cls = L.noun_class(head.strip(".,;:’'")) or "other"
        side = "before" if end <= w.qstart else "after"
        a, b = (end, w.qstart) if side == "before" else (w.qend, start)
        sents = _sentences_between(r.text, a, b)
        feats = [how, f"{how}|side={side}|sents={_bucket(sents, (0, 1))}", f"np_class={cls}", f"np_class={cls}|{how}"]
        out.append((Speaker(descriptor(phrase), None, start, end), abs(b - a), feats))
    return out
