"""Every person or organization named near a quote, as a candidate speaker with where it stands.

Finds: the person and organization mentions outside quotations from the start of the paragraph
two before the quote's to the end of the sentence after the quote (or the first sentence of the
next paragraph), nearest first on each side, each described by features a reader would weigh:
the side it stands on, how many sentences and paragraphs away, its rank among the names on that
side, a speech verb touching it ("Smith said", "said Smith"), whether it opens its sentence, a
title before it, its type, how often the article names it, and, when the rules' cue rests on
"he"/"she", whether its gender agrees.
Also the noun phrases a reader would take for a speaker in the quote's paragraph: the phrase right
before each speech verb, when it is a descriptor of a person, body or document
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
from site_builder.annotate.quotes.sentences import sentence_starts
from site_builder.annotate.quotes.speaker_words import descriptor
from site_builder.annotate.quotes.speakers import Resolver, Speaker
from site_builder.model.spans import Mention

_SPEAKING = ("person", "organization")
_PER_SIDE = 5  # the nearest entities on each side
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


@dataclass
class _Article:
    """What is worked out once per article: how often it names each entity, each mention's speaker."""

    counts: dict[str, int]
    speakers: dict[tuple[str, str], Speaker]
    nominals: dict[tuple[int, int], list[tuple[int, int, str]]]
    spelt: dict[str, str]


def _article(r: Resolver) -> _Article:
    """The article's _Article, built on first use and kept in the resolver's memo (no module state)."""
    found = r.memo.get("nearby")
    if isinstance(found, _Article):
        return found
    counts: dict[str, int] = {}
    for m in r.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    art = _Article(counts, {}, {}, {})
    r.memo["nearby"] = art
    return art


def spelt(r: Resolver, name: str) -> str:
    """r.spelt_out(name), once per article and name."""
    cache = _article(r).spelt
    if name not in cache:
        cache[name] = r.spelt_out(name)
    return cache[name]


def speaker_of(r: Resolver, m: Mention) -> Speaker:
    """The mention's speaker (its fullest name), worked out once per article."""
    cache = _article(r).speakers
    key = (m.entity, m.text)  # one name reads the same wherever it stands near a quote
    if key not in cache:
        cache[key] = r.from_mention(m)
    return cache[key]


def speaking_mentions(r: Resolver, lo: int, hi: int) -> list[Mention]:
    """The person and organization mentions in [lo, hi) that stand outside quotations."""
    return [m for m in r.mentions_in(lo, hi) if m.type in _SPEAKING and not r.in_quote(m.start)]


def nearby(r: Resolver, w: Window, pronoun: str | None) -> list[tuple[Speaker, int, list[str]]]:
    """(speaker, distance in characters, features) for each name near the quote, nearest first per side."""
    text = r.text
    ms = [m for m in speaking_mentions(r, w.lo, w.hi) if not (w.qstart <= m.start < w.qend)]
    before = sorted((m for m in ms if m.end <= w.qstart), key=lambda m: -m.end)
    after = sorted((m for m in ms if m.start >= w.qend), key=lambda m: m.start)
    counts = _article(r).counts
    out = []
    for side, group in (("before", before), ("after", after)):
        seen: list[str] = []
        for m in group:
            if m.entity in seen:
                continue  # the nearest mention of each entity on a side stands for it
            seen.append(m.entity)
            rank = len(seen)
            if rank > _PER_SIDE:
                break
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
            out.append((speaker_of(r, m), abs(b - a), feats))
    return out


def _nominal(r: Resolver, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, how) of the descriptor phrases right before a speech verb in [lo, hi) (the quote's
    own sentence's subject is chooser.py's "subject_as_written")."""
    L = lexicon()
    out = []
    for k, a in enumerate(starts := sentence_starts(r.text, lo, hi, r.quote_spans)):
        b = starts[k + 1] if k + 1 < len(starts) else hi
        if r.in_quote(a):
            continue
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
    para_hi = r.text.find("\n\n", w.qend)
    para_hi = len(r.text) if para_hi < 0 else para_hi
    cache = _article(r).nominals
    if (w.para_lo, para_hi) not in cache:  # the quote's paragraph, read once for all its quotes
        cache[(w.para_lo, para_hi)] = _nominal(r, w.para_lo, para_hi)
    for start, end, how in cache[(w.para_lo, para_hi)]:
        if start < w.qend and end > w.qstart:
            continue
        phrase = r.text[start:end]
        head = phrase.split()[-1] if phrase.split() else ""
        cls = L.noun_class(head.strip(".,;:’'")) or "other"
        side = "before" if end <= w.qstart else "after"
        a, b = (end, w.qstart) if side == "before" else (w.qend, start)
        sents = _sentences_between(r.text, a, b)
        feats = [how, f"{how}|side={side}|sents={_bucket(sents, (0, 1))}", f"np_class={cls}", f"np_class={cls}|{how}"]
        out.append((Speaker(descriptor(phrase), None, start, end), abs(b - a), feats))
    return out
