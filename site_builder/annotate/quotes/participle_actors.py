"""The actor of a speech-act participle: "the reports of the Russian ministry of foreign affairs
summoning your colleagues to, quote, “…”", "with its president warning those supporting Ukraine,
quote, “…”" — the noun phrase right before the participle said the marked quote's words.

Finds: a participle from data/speech_participles.txt right after a noun phrase (a determiner or
possessive, at most five words, a person or organization noun among them, "of" allowed: "the
Russian ministry of foreign affairs"), in the quote's sentence, no cue verb or sentence break
between it and the quote.
Refuses: a participle after a comma (the sentence's subject speaks: "Smith criticized the press,
calling it “…”", left to the cues), a phrase with no person or organization noun ("the reports
warning"), a cue between the participle and the quote.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.lexicon import data_lines

_WORD_RE = re.compile(r"[^\W_][\w’'.-]*")
_DETS = frozenset("the a an its his her their our this that".split())
_INSIDE = frozenset("of for".split())


@cache
def _participles() -> frozenset[str]:
    return frozenset(w.lower() for line in data_lines(DATA_DIR / "speech_participles.txt") for w in line.split())


def _actor_before(text: str, lo: int, end: int) -> Phrase | None:
    """"the Russian ministry of foreign affairs", "its president": a determiner, at most five
    words without punctuation, a person or organization noun among them, ending at `end`."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, max(lo, end - 80), end)]
    if not words or words[-1][1] != end:
        return None
    L = lexicon()
    for k in range(len(words) - 2, max(-1, len(words) - 8), -1):
        if text[words[k][1] : words[k + 1][0]] != " ":
            return None
        if words[k][2].lower() in _DETS:
            inside = words[k + 1 :]
            heads = [w for _, _, w in inside if L.noun_class(w) in ("person", "org")]
            if not heads or any(w.lower() in L.stop_words and w.lower() not in _INSIDE for _, _, w in inside):
                return None
            return Phrase(words[k][0], end, "nominal", heads[0].lower())
    return None


def participle_actor(text: str, sent_lo: int, qstart: int) -> Phrase | None:
    """The noun phrase whose speech-act participle opens the clause holding the quote; None when
    no such participle stands in the sentence before it."""
    found = None
    for m in re.finditer(r"(?<![\w’'-])([a-z]+ing)(?![\w’'-])", text[sent_lo:qstart]):
        if m.group(1) in _participles():
            found = m
    if found is None:
        return None
    at, end = sent_lo + found.start(), sent_lo + found.end()
    if text[at - 1 : at] != " " or text[at - 2 : at - 1] in ",;:—–-" or re.search(r"[.!?;:“”\"\n]", text[end:qstart]):
        return None
    if lexicon().cue_re.search(text, end, qstart) is not None:
        return None
    return _actor_before(text, sent_lo, at - 1)
