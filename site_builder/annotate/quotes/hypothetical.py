"""Hypothetical cues: a speech verb that reports no words actually said.

Finds: "simplistic to say", "mayors can say", "didn’t say", a bare "say"/"think" governed by an
infinitive or a modal, "when we say “…”" (the speaker's own term).
Refuses: "it goes on to say", "he went on to write" (words that were said), "when you say “…”"
(an echo of someone's words).
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.lexicon import lexicon

_BARE_CUES = frozenset("say think ask tell write".split())


_GOVERNORS = frozenset("to can could would might may should want wants".split())


_LEAD_WORD_RE = re.compile(r"([A-Za-z]+)\s+$")  # the word right before a cue


# the words that make a cue report nothing said, shared with nested.py (inner quotes): a negation
# ("not", "never", "didn’t") and a modal ("could say", "would tell")
NEGATED_RE = re.compile(r"(?<![\w’'-])(?:not|never)(?![\w’'-])|n[’']t(?![\w’'-])", re.I)
MODAL_RE = re.compile(r"(?<![\w’'-])(?:would|could|might|may|can|should|will|must)(?![\w’'-])", re.I)


_WENT_ON_RE = re.compile(r"\b(?:go(?:es)?\s+on|went\s+on|going\s+on|proceed(?:s|ed)?|continu(?:es|ed))\s+\Z")


def is_hypothetical(text: str, cue_start: int) -> bool:
    """"simplistic to say", "mayors can say", "didn’t say": the cue reports no words actually said."""
    m = _LEAD_WORD_RE.search(text, max(0, cue_start - 20), cue_start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word == "to" and _WENT_ON_RE.search(text, max(0, m.start(1) - 20), m.start(1)):
        return False  # "it goes on to say, “…”", "he went on to write": words that were said
    negated = NEGATED_RE.fullmatch(text, max(0, m.start(1) - (2 if word == "t" else 0)), m.end(1)) is not None  # didn’t
    return negated or word in lexicon().hypothetical_leads


def hypothetical_quote(text: str, lo: int, qstart: int) -> bool:
    """The cue right before the quote is hypothetical ("The tradition is to say, “…”"), or a
    bare "say"/"think" that an infinitive or a modal governs a few words back ("We want
    the investors to look at the United States and say, “…”"), or "when we say “…”" (a term of
    the speaker's own; "when you say “most,”" echoes someone's words and stays a quote)."""
    last = None
    for found in lexicon().cue_re.finditer(text, max(lo, qstart - 80), qstart):
        last = found
    if last is None or text[last.end() : qstart].strip(" ,:—–-\n"):
        return False
    if _WENT_ON_RE.search(text, max(0, last.start() - 24), last.start() - 3) and text[last.start() - 3 : last.start()] == "to ":
        return False  # "it goes on to say, “…”": words that were said
    if is_hypothetical(text, last.start()):
        return True
    if last.group() not in _BARE_CUES:
        return False
    clause = re.split(r"[.;:!?]", text[max(lo, last.start() - 80) : last.start()])[-1]
    words = [w.lower().strip(",–—-") for w in clause.split()[-10:]]
    if words[-1:] in (["i"], ["we"]) and any(w in ("when", "if") for w in words):
        return True  # "when we say “apply in person,”": the speaker's own term (but "when you say" echoes)
    return any(w in _GOVERNORS for w in words)
