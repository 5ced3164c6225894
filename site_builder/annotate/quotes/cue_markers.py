"""Speakers marked without a speech verb: a possessor, a claim, "in X's words", a question's asker.

Finds: Hegseth “also reiterated …” (the verb inside the quote), "ODIHR’s determination that “…”",
"Her response: “…”", "the Cuban Government’s, quote, “…”", "in the President’s words", "Our next
question is from X: “…”", and where ", and I quote," ends before a quote.
Refuses: a pronoun as a claim's possessor, a question's asker that is no name in a short sentence.
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import WORDS_RE, Attribution, has_break, possessor_pronoun
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after, phrase_before

# "ODIHR’s professional determination that “…”": possessive, up to two modifiers, a claim noun
_CLAIM_RE = re.compile(r"((?:’s|'s|’))\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s*(?:that|of|as)?[\s,:]*\Z")


_OWN_CLAIM_RE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,1}?([a-z]+)\s*:\s*\Z")


# "It will, in the President’s words, “…”" / "in Smith's own words:"
_WORDS_OF_RE = re.compile(r"\b[Ii]n\s+((?:the\s+|[A-Z][\w.’'-]*\s+)*[A-Z]?[\w.’'-]+?)(?:’s|'s|’)\s+(?:own\s+)?words[\s,:]*\Z")


_HIS_WORDS_RE = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?words[\s,:]*\Z")


def inside_quote(text: str, lo: int, qstart: int, qend: int) -> Attribution | None:
    """Hegseth “also reiterated that …”: a fragment that opens with the speech verb."""
    L = lexicon()
    if text[qstart:qstart + 1] not in "“\"`":
        return None
    body = qstart + (2 if text.startswith("``", qstart) else 1)
    words = list(WORDS_RE.finditer(text, body, min(qend, body + 60)))[:3]
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


def claimed(text: str, lo: int, qstart: int) -> Attribution | None:
    """"ODIHR’s professional determination that “…”": the possessor of a claim noun right before
    the quote."""
    claim = _CLAIM_RE.search(text, max(lo, qstart - 80), qstart)
    if claim is None:
        own = _OWN_CLAIM_RE.search(text, max(lo, qstart - 40), qstart)  # "Her response: “…”"
        if own is None or own.group(2).lower() not in lexicon().claim_nouns:
            return None
        pron = possessor_pronoun(text, own.start(1), own.end(1))
        return Attribution(pron, own.group(2).lower(), "before", True, True) if pron is not None else None
    if claim.group(2).lower() not in lexicon().claim_nouns:
        return None
    p = phrase_before(text, lo, claim.start(1))
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, claim.group(2).lower(), "before", True, True)


def possessor(text: str, lo: int, cut: int, qstart: int) -> Attribution | None:
    """"the Cuban Government’s, quote, “call to combat”": the possessor right before the marker."""
    if cut == qstart:
        return None
    end = cut - 1 if text[cut - 1 : cut] == "," else cut
    m = re.search(r"(?:’s|'s|’)\s*$", text[max(lo, end - 4) : end])
    if m is None:
        return None
    p = phrase_before(text, lo, end - len(m.group()))
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, "quote", "before", True, True)


def words_of(text: str, lo: int, qstart: int) -> Attribution | None:
    """"It will, in the President’s words, “…”": the possessor of "words" is the speaker; "in his
    words" is the person "he" stands for."""
    m = _WORDS_OF_RE.search(text, max(lo, qstart - 80), qstart)
    if m is None:
        own = _HIS_WORDS_RE.search(text, max(lo, qstart - 40), qstart)
        pron = possessor_pronoun(text, own.start(1), own.end(1)) if own is not None else None
        return Attribution(pron, "in the words of", "before", True, True) if pron is not None else None
    words = m.group(1).split()
    head = words[-1].lower()
    if words[0].lower() == "the":
        p = Phrase(m.start(1), m.end(1), "nominal", head)  # "the President’s"
    elif all(w[:1].isupper() for w in words):
        p = Phrase(m.start(1), m.end(1), "name", head)  # "Smith’s"
    else:
        return None
    return Attribution(p, "in the words of", "before", True, True)


def question_intro(text: str, lo: int, head_lo: int, qstart: int) -> Attribution | None:
    """"Our next question is from Anthony Richter: “…”" / "… submitted by Jason Calderon from
    NTN 24. The question is: “…”": the asker named before a colon that introduces the quote."""
    head = text[head_lo:qstart].rstrip()
    if not head.strip(" (") and head_lo > lo:
        return _question_sentence(text, lo, head_lo, qstart)
    if not head.endswith(":"):
        return None
    m = None
    for found in lexicon().question_re.finditer(text, lo, qstart):
        m = found
    if m is None:
        return None
    if m.start() < head_lo and "question" not in head.lower():
        return None  # the colon sentence must be the intro or speak of the question
    p = phrase_after(text, m.end(), qstart)
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, ":", "colon", True, True)


def _question_sentence(text: str, lo: int, sent_lo: int, qstart: int) -> Attribution | None:
    """"Another question from Danny in the comments. “Do you …?”": a quote opening the sentence
    right after a short one that names its asker."""
    m = None
    for found in lexicon().question_re.finditer(text, max(lo, sent_lo - 120), sent_lo):
        m = found
    if m is None or has_break(text[m.end() : sent_lo].rstrip()[:-1]) or len(text[m.end() : sent_lo].split()) > 8:
        return None
    p = phrase_after(text, m.end(), sent_lo)
    if p is None or p.kind != "name":
        return None
    return Attribution(p, "question", "before", True, True)


def skip_interjection(text: str, lo: int, qstart: int) -> int:
    """Where the text before a quote ends once ", and I quote," is dropped: "Smith said, and I
    quote, “…”" reads as "Smith said, “…”" (a comma is kept after the cue)."""
    if qstart - lo < 5:
        return qstart
    w = max(lo, qstart - 40)
    m = lexicon().interjection_re.search(text, w, qstart)
    if m is None:
        return qstart
    return m.start() + 1 if text[m.start()] == "," else m.start()
