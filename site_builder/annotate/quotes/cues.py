"""Attribution cues: the speech verb tying a quotation to a speaker phrase.

Finds, for one quotation, in this order of preference:

* after the quote, in the same sentence: “…,” the statement added / “…,” said
  Smith / “…,” Smith, a spokesman, told reporters / “…,” according to the ministry;
* before the quote, in the same sentence: Smith said the two “held …” / He said:
  “…” / According to Smith, “…” (the nearest cue before the quote wins, so in
  "Ullyot said … that Hegseth reaffirmed “…”" the speaker is Hegseth);
* inside a quoted fragment that begins with the verb: Hegseth “also reiterated …”;
* a colon after a speaker phrase with no verb (Smith: “…”), or after a clause whose
  subject is a name or pronoun (Smith didn’t mince words: “…”);
* a dash signature after the quote or opening the next paragraph (“…” – John Smith);
* an introduction closing the previous paragraph (Smith stated:\n\n“…”), used by
  `find_quotes`; and a cue in an earlier sentence of the paragraph (`context_attribution`);
* a coordinated verb borrows the sentence's first subject (Jones said …, and said “…”).

Refuses: cues inside other quotations, cues beyond a sentence boundary, cues with
no speaker phrase (a verb alone attributes nothing), the object of "told"/"asked"
as a speaker, and a cue that introduces the next quote rather than closing this one
(“Done.” She added, “…”).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, strip_skips, phrase_after, phrase_before
from site_builder.annotate.quotes.sentences import sentence_start_before

_WORDS_RE = re.compile(r"[^\W_][\w’'.-]*")
_SENT_BREAK_RE = re.compile(r"[.!?;](?:\s|$)")
_LEAD_RE = re.compile(r"[\s,—–-]*")
_INVERTED = frozenset(("according to",))
# cues whose following phrase can be the speaker ("said Smith"); not "told X", "saying the …"
_INVERTIBLE = frozenset("said says added adds wrote writes stated noted explained continued recalled".split()) | _INVERTED
_DETS = frozenset(("the", "The", "a", "A", "an", "An"))


def _has_break(s: str) -> bool:
    """A sentence break in `s` (abbreviations such as "Corp." or "U.S." are not breaks)."""
    abbrev = lexicon().abbreviations
    for m in _SENT_BREAK_RE.finditer(s):
        if s[m.start()] == ".":
            w = re.search(r"([\w.]+)$", s[: m.start()])
            if w and (w.group(1) in abbrev or "." in w.group(1) or len(w.group(1)) == 1):
                continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: Phrase
    cue: str
    where: str  # "after" | "before" | "inside" | "colon" | "context"
    adjacent: bool  # the cue is near the quote (at most a few words between)
    touching: bool = False  # nothing but "that" / punctuation between cue (or speaker) and quote


def _descriptor_only(s: str) -> bool:
    """What may stand before a name in "…,” the philosopher George Santayana wrote" or
    "…,” Acme spokeswoman Jane Doe said": a short descriptor with no punctuation, stop word,
    pronoun or cue."""
    L = lexicon()
    s = s.strip()
    if not s:
        return True
    words = s.split()
    if len(words) > 5 or any(c in s for c in ",;:()“”\""):
        return False
    return all(
        (w in _DETS and i == 0)
        or (w not in _DETS and w.lower() not in L.stop_words and w.lower() not in L.cue_words and w.lower() not in L.pronouns)
        for i, w in enumerate(words)
    )


def dash_signature(text: str, qend: int, hi: int) -> Attribution | None:
    """“…” – President Biden, June 11, 2021: a dash and a name right after the quote
    (or opening the next paragraph: pass that paragraph's start as `qend`)."""
    m = re.match(r"[ \t]*[—–-]+[ \t]*", text[qend : qend + 6])
    if not m:
        return None
    p = phrase_after(text, qend + m.end(), hi)
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, "—", "after", True, True)


def _norm_cue(s: str) -> str:
    return " ".join(s.split()).lower()


def after_quote(text: str, qend: int, hi: int) -> Attribution | None:
    """“…,” the official added  /  “…,” said Smith  /  “…,” according to X."""
    L = lexicon()
    hi = min(hi, qend + 200)
    m = L.cue_re.search(text, qend, hi)
    if not m:
        return None
    lead = _LEAD_RE.match(text, qend).end()
    between = text[lead : m.start()]
    if _has_break(between) or len(between.split()) > 12:
        return None
    cue = _norm_cue(m.group())
    if text[qend - 2 : qend - 1] in ".!?…" and hi > m.end() and text[hi : hi + 1] in "“\"`" and not _has_break(text[m.end() : hi]):
        return None  # “Done.” She added, “…”: the cue introduces the next quote
    words = [w.lower() for w in _WORDS_RE.findall(between)]
    if cue in _INVERTED or all(w in L.skip_words for w in words):
        p = phrase_after(text, m.end(), hi)
        if p is None:
            return None
    else:
        p = phrase_before(text, lead, m.start())
        if p is None or not (p.kind == "name" and _descriptor_only(text[lead : p.start]) or not text[lead : p.start].strip()):
            # the subject must be all that stands between the quote and the cue:
            # read it forwards instead ("a spokesperson for the agency said")
            f = phrase_after(text, lead, m.start())
            if f is None:
                return None
            if f.kind == "nominal" and "," not in between:
                p = Phrase(f.start, strip_skips(text, f.start, m.start()), "nominal", f.head)
            else:
                p = f
    return Attribution(p, cue, "after", True, True)


def before_quote(
    text: str,
    lo: int,
    qstart: int,
    mentioned: Callable[[int, int], bool] | None = None,
    sent_lo: int | None = None,
) -> Attribution | None:
    """Smith said the two “…”  /  He said: “…”  /  According to Smith, “…”."""
    L = lexicon()
    last = None
    for m in L.cue_re.finditer(text, lo, qstart):
        last = m
    head = text[lo:qstart].rstrip()
    colon = head.endswith(":")
    if last is None:
        if colon:
            p = phrase_before(text, lo, lo + len(head) - 1)
            if p is not None and text[lo : p.start].strip():
                p = None  # "Smith: “…”" only when the speaker phrase is all there is
            if p is not None and (p.kind != "nominal" or L.noun_class(p.head) is not None):
                return Attribution(p, ":", "colon", True, True)
            # "Smith didn’t mince words: “…”": the clause's subject introduces the quote
            s = phrase_after(text, lo, qstart)
            if s is not None and s.kind in ("name", "pronoun") and not _has_break(text[s.end : qstart]):
                if s.kind == "pronoun" or len(text[s.start : s.end].split()) > 1 or (mentioned and mentioned(s.start, s.end)):
                    return Attribution(s, ":", "colon", True, True)
        return None
    cue = _norm_cue(last.group())
    p = None
    if cue not in _INVERTED:
        p = phrase_before(text, lo, last.start())
    if p is None and cue in _INVERTIBLE:
        p = phrase_after(text, last.end(), qstart)  # "said Smith: “…”", "according to Smith, “…”"
    if p is None and sent_lo is not None and re.search(r"\b(?:and|but)\s*$", text[lo : last.start()]):
        # "Cooper said her party backed it “for months”, and said it was “damning …”": the
        # subject of the first verb of the sentence carries over to the coordinated one
        for m in L.cue_re.finditer(text, sent_lo, last.start()):
            p = phrase_before(text, sent_lo, m.start())
            if p is not None:
                break
    if p is None:
        return None
    gap = text[max(last.end(), p.end) : qstart]
    gap_words = [w.lower() for w in _WORDS_RE.findall(gap)]
    adjacent = colon or len(gap_words) <= 4 and not _has_break(gap)
    touching = colon or all(w in ("that", "as", "of") for w in gap_words)
    return Attribution(p, cue, "before", adjacent, touching)


def inside_quote(text: str, lo: int, qstart: int, qend: int) -> Attribution | None:
    """Hegseth “also reiterated that …”: a fragment that opens with the speech verb."""
    L = lexicon()
    if text[qstart:qstart + 1] not in "“\"`":
        return None
    body = qstart + (2 if text.startswith("``", qstart) else 1)
    words = list(_WORDS_RE.finditer(text, body, min(qend, body + 60)))[:3]
    verb = None
    for w in words:
        lw = w.group().lower()
        if lw in L.cue_words:
            verb = w
            break
        if lw not in L.skip_words:
            return None
    if verb is None:
        return None
    p = phrase_before(text, lo, qstart)
    if p is None:
        return None
    if text[p.end : qstart].strip():
        return None
    return Attribution(p, verb.group().lower(), "inside", True, True)


def find_attribution(
    text: str,
    qstart: int,
    qend: int,
    sent_starts: list[int],
    lo: int,
    hi: int,
    mentioned: Callable[[int, int], bool] | None = None,
) -> Attribution | None:
    """Best attribution for the quote [qstart, qend); `lo`/`hi` bound the free text around it
    (end of the previous quote / start of the next one in the same paragraph); `mentioned(a, b)`
    tells whether an entity mention overlaps [a, b)."""
    a = after_quote(text, qend, hi) or dash_signature(text, qend, hi)
    if a is not None:
        return a
    head_lo = max(lo, sentence_start_before(sent_starts, qstart))
    b = before_quote(text, head_lo, qstart, mentioned, sentence_start_before(sent_starts, qstart))
    if b is not None:
        return b
    return inside_quote(text, head_lo, qstart, qend)


def context_attribution(text: str, ps: int, sent_start: int, free: list[tuple[int, int]]) -> Attribution | None:
    """A cue in an earlier sentence of the same paragraph: Smith said the plan was dead. “We …”

    `free` are the stretches of the paragraph before the quote that lie outside quotations."""
    L = lexicon()
    for lo, hi in reversed(free):
        hi = min(hi, sent_start)
        if hi <= lo:
            continue
        last = None
        for m in L.cue_re.finditer(text, lo, hi):
            last = m
        if last is None:
            continue
        p = phrase_before(text, lo, last.start())
        if p is not None:
            return Attribution(p, _norm_cue(last.group()), "context", False)
        return None
    return None
