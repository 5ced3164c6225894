"""A learned choice between candidate speakers of one quote.

The hand rules propose one speaker (or none). Around each quote this module also gathers the
other people, bodies and documents a reader would consider: the name closest before the quote in
its sentence, the first name after it, the sentence's subject (as resolved and as written), the
previous quote's speaker, the transcript turn's speaker and the turn before it, the paragraph's
first name, the last name of the paragraph before, a document named before the quote, the next
sentence's named subject, and every person or organization named from two paragraphs before to
the sentence after, and the descriptors before a speech verb in the quote's paragraph
(nearby_speakers.py). Candidates with the same name are merged (their sources are features), and
a linear model (bench/train_speakers.py, trained on the news dev parts and the corpus tune split;
weights and margin in data/speaker_weights.json) scores them with "no speaker" among them.

Decides: the best-scoring candidate replaces the rules' answer when it beats it by more than the
margin (chosen by cross-validation by article; never a person whose gender clashes with the
cue's "he"/"she"); an answer that is a pronoun or filler is shown as no speaker (can_speak).
Refuses: to fill the rules' abstentions (`KEEP_ABSTENTIONS`: "People kept saying", "it said in the
listing", a "he" with no man named before are deliberate); without the weights file the rules'
answer stands; it never invents a name that is not among the candidates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from site_builder.annotate.quotes.attribution import Attribution
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.marks import MarkedSpan
from site_builder.annotate.quotes.nearby_speakers import described, nearby, speaker_of, speaking_mentions, spelt, window
from site_builder.annotate.quotes.phrases import phrase_before
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.annotate.quotes.speaker_words import descriptor, noun_re
from site_builder.annotate.quotes.speakers import Resolver, Speaker
from site_builder.model.spans import Mention

WEIGHTS = Path(__file__).parent / "data" / "speaker_weights.json"


@dataclass(frozen=True)
class Candidate:
    speaker: Speaker | None
    feats: tuple[str, ...]


@dataclass(frozen=True)
class Where:
    """The quote and what surrounds it."""

    span: MarkedSpan
    sent_lo: int
    para_lo: int
    prev_para_lo: int | None
    attr: Attribution | None


# True: the model only fills in where the rules named nobody (off: it may override them, by the margin)
FILL_ONLY = False
# the rules' abstentions are deliberate ("People kept saying", "it said in the listing", a "he" with
# no man named before): the model never fills them, it only overrides a speaker the rules named
KEEP_ABSTENTIONS = True
# Whether the site consults the model. Cross-validated by article it equals the rules (0.909 both on
# 1,201 quotes) and so does it on news parts neither had seen (dev5 0.898, dev6 0.876): at its margin it
# overrides nothing, yet gathering candidates costs ~20% of annotation on quote-dense text. Turn on when a
# retrain beats the rules (bench/train_speakers.py prints both).
DECIDES = False
# set by bench/train_speakers.py: each quote's candidates are appended, the rules' answer kept
RECORD: list[tuple[int, int, list[Candidate]]] | None = None


@contextmanager
def recording() -> Iterator[list[tuple[int, int, list[Candidate]]]]:
    """Record each quote's (start, end, candidates) while the block runs (the rules' answers are kept)."""
    global RECORD
    saved, RECORD = RECORD, []
    try:
        yield RECORD
    finally:
        RECORD = saved


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float]:
    """The weights and the margin by which the model must beat the rules' answer to override it."""
    if not WEIGHTS.exists():
        return {}, 0.0
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.get("weights", {}).items()}, float(data.get("margin", 0.0))


def _bucket(chars: int) -> str:
    for limit, name in ((20, "adjacent"), (80, "near"), (250, "mid")):
        if chars <= limit:
            return name
    return "far"


def _mentioned(r: Resolver, lo: int, hi: int, last: bool) -> Mention | None:
    ms = speaking_mentions(r, lo, hi)
    if not ms:
        return None
    return ms[-1] if last else ms[0]


def _sources(r: Resolver, w: Where, rule: Speaker | None) -> list[tuple[str, Speaker | None, int]]:
    """(source, speaker, distance in characters) for every candidate source that has one."""
    text, s = r.text, w.span
    out: list[tuple[str, Speaker | None, int]] = [("rule", rule, 0), ("none", None, 0)]
    m = _mentioned(r, w.sent_lo, s.start, last=True)
    if m is not None:
        out.append(("before_sent", speaker_of(r, m), s.start - m.end))
    m = _mentioned(r, max(w.para_lo, w.sent_lo - 300), w.sent_lo, last=True)
    if m is not None:
        out.append(("prev_sent", speaker_of(r, m), s.start - m.end))
    stop = text.find(". ", s.end, s.end + 200)
    m = _mentioned(r, s.end, stop if stop > 0 else min(len(text), s.end + 120), last=False)
    if m is not None:
        out.append(("after_sent", speaker_of(r, m), m.start - s.end))
    subj = sentence_subject(text, w.sent_lo, s.start)
    if subj is not None and subj.kind != "pronoun":
        out.append(("subject", r.resolve(subj), s.start - subj.end))
    if r.last is not None:
        out.append(("last", r.last, s.start - r.last_quote_end))
    k = r.turn_at(s.start)
    if k is not None:
        t = r.turns[k]
        if t.speaker is not None and t.role in ("person", "anonymous"):
            out.append(("turn", Speaker(t.speaker, t.speaker_entity, None, None, "person"), s.start - t.start))
        prev = next((r.turns[j] for j in range(k - 1, max(-1, k - 4), -1) if r.turns[j].role == "person"), None)
        if prev is not None and prev.speaker is not None:
            out.append(("prev_turn", Speaker(prev.speaker, prev.speaker_entity, None, None, "person"), s.start - prev.end))
    doc = _document_before(r, w.sent_lo, s.start)
    if doc is not None:
        out.append(("document", doc, s.start - (doc.end or s.start)))
    if subj is not None and subj.kind == "nominal":
        out.append(("subject_as_written", Speaker(descriptor(text[subj.start : subj.end]), None, subj.start, subj.end), s.start - subj.end))
    nxt = _next_subject(r, s.end)
    if nxt is not None:
        out.append(("next_subject", nxt, (nxt.start or s.end) - s.end))
    m = _mentioned(r, w.para_lo, s.start, last=False)
    if m is not None:
        out.append(("para_first", speaker_of(r, m), s.start - m.end))
    if w.prev_para_lo is not None:
        m = _mentioned(r, w.prev_para_lo, w.para_lo, last=True)
        if m is not None:
            out.append(("prev_para_last", speaker_of(r, m), s.start - m.end))
    return out


def _document_before(r: Resolver, lo: int, qstart: int) -> Speaker | None:
    """The nearest document named before the quote in its sentence, as written ("the statement",
    "an edict", "the U.S.-Europe communique")."""
    hits = [h for h in noun_re(lexicon().statement_nouns).finditer(r.text, lo, qstart) if not r.in_quote(h.start())]
    if not hits:
        return None
    p = phrase_before(r.text, lo, hits[-1].end())
    if p is None or p.kind != "nominal":
        return None
    return Speaker(descriptor(r.text[p.start : p.end]), None, p.start, p.end)


def _next_subject(r: Resolver, qend: int) -> Speaker | None:
    """The named subject of the sentence right after a quote that ends its own ("“…” Mr. Lee, who …,
    said …")."""
    if r.text[qend - 2 : qend - 1] not in ".!?…":
        return None
    lo = qend
    while lo < len(r.text) and r.text[lo] in " \t":
        lo += 1
    subj = sentence_subject(r.text, lo, min(len(r.text), lo + 200))
    if subj is None or subj.kind != "name":
        return None
    return r.resolve(subj)


def _context(r: Resolver, w: Where) -> list[str]:
    text, s = r.text, w.span
    inner = text[s.start + 1 : s.start + 3].lstrip(" “\"‘'")
    kind = "partial" if inner[:1].islower() else "full"
    k = r.turn_at(s.start)
    role = r.turns[k].role if k is not None else "none"
    attr = w.attr
    return [
        f"kind={kind}",
        f"turn={role}",
        f"where={attr.where if attr is not None else 'nocue'}",
        f"phrase={attr.phrase.kind if attr is not None else 'nocue'}",
        f"adjacent={attr.adjacent if attr is not None else False}",
    ]


def _pronoun(w: Where) -> str | None:
    """"male"/"female" when the rules' cue rests on "he"/"she" (gender agreement is then a feature)."""
    if w.attr is None or w.attr.phrase.kind != "pronoun":
        return None
    kind = lexicon().pronouns.get(w.attr.phrase.head)
    return kind if kind in ("male", "female") else None


def _key(sp: Speaker | None) -> str:
    return "" if sp is None else " ".join(sp.name.lower().split())


def candidates(r: Resolver, w: Where, rule: Speaker | None) -> list[Candidate]:
    """The merged candidates, in a fixed order (the rules' first, then "no speaker")."""
    ctx = _context(r, w)
    ctx.append("rule=none" if rule is None else "rule=desc" if rule.name[:1].islower() else "rule=name")
    quote = r.text[w.span.start : w.span.end].lower()
    merged: dict[str, tuple[Speaker | None, list[str]]] = {}
    for src, found, dist in _sources(r, w, rule):
        sp = found if found is None else replace(found, name=spelt(r, found.name))
        key = _key(sp)
        if src != "none" and sp is None:
            continue
        feats = merged.setdefault(key, (sp, []))[1]
        feats += [f"src={src}", f"src={src}|dist={_bucket(max(dist, 0))}"] + [f"src={src}|{c}" for c in ctx]
    seen: set[str] = set()
    win = window(r, w.span.start, w.span.end)
    for found, _, near in sorted(nearby(r, win, _pronoun(w)) + described(r, win), key=lambda t: t[1]):
        sp = found  # a mention's full name is already spelt out when the article expands it (full_name)
        key = _key(sp)
        if key in seen:
            continue  # the nearest mention of a name speaks for it
        seen.add(key)
        merged.setdefault(key, (sp, []))[1].extend(["src=near", *near, *(f"{f}|{c}" for f in near[:4] for c in (ctx[2], ctx[-1]))])
    out = []
    for key, (sp, feats) in merged.items():
        n = sum(1 for f in feats if f.startswith("src=") and "|" not in f)
        extra = ["bias", f"nsrc={min(n, 3)}", f"type={sp.type if sp is not None else 'none'}"]
        if sp is not None and key.split() and key.split()[-1] in quote:
            extra.append("name_in_quote")
        if sp is not None and sp.name[:1].islower():
            extra.append("descriptor")
        out.append(Candidate(sp, tuple(sorted(set(feats + extra)))))
    return out


def score(feats: tuple[str, ...], w: dict[str, float]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def pick(feats: list[tuple[str, ...]], w: dict[str, float], margin: float) -> int:
    """The index of the best-scoring allowed candidate when it beats the rules' answer (index 0) by
    more than `margin` (never negative), else 0; ties go to the earlier. bench/train_speakers.py decides by it too."""
    base = score(feats[0], w)
    best, best_s = 0, base
    for i, f in enumerate(feats):
        s = score(f, w)
        if s > best_s and allowed(f):
            best, best_s = i, s
    return best if best_s - base > margin else 0


def choose(r: Resolver, where: Where, rule: Speaker | None, can_speak: Callable[[Speaker | None], Speaker | None]) -> Speaker | None:
    """The best-scoring candidate's speaker when it beats the rules' answer by more than the
    trained margin; the rules' answer when there is no model (or while recording)."""
    w, margin = model()
    if RECORD is None and (not w or FILL_ONLY and rule is not None or KEEP_ABSTENTIONS and rule is None):
        return rule
    cands = candidates(r, where, rule)
    if RECORD is not None:
        RECORD.append((where.span.start, where.span.end, cands))
        return rule
    best = pick([c.feats for c in cands], w, margin)
    return rule if best == 0 else can_speak(cands[best].speaker)


def allowed(feats: tuple[str, ...]) -> bool:
    """Never a person whose gender clashes with the cue's "he"/"she"."""
    return "gender=clash" not in feats
