"""The attribution record and the small text readers every cue module shares.

Finds: the `Attribution` of a quote (speaker phrase, cue, where the cue stands, how close), a
sentence break that is not an abbreviation's period, a possessive pronoun read as the subject it
stands for ("his" → "he"), a passive auxiliary right before a cue.
Refuses: nothing on its own; the cue readers decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase

WORDS_RE = re.compile(r"[^\W_][\w’'.-]*")


_SENT_BREAK_RE = re.compile(r"[.!?;](?:\s|$)")


_LEAD_RE = re.compile(r"[\s,—–-]*")


def lead_end(text: str, pos: int) -> int:
    """Past the spaces, commas and dashes at `pos` (the pattern always matches, maybe empty)."""
    m = _LEAD_RE.match(text, pos)
    return m.end() if m is not None else pos


DETS = frozenset(("the", "The", "a", "A", "an", "An"))


# a passive auxiliary right before a cue ("was quoted", "have been widely described"): the cue's
# subject did not speak (its agent may, after "by")
PASSIVE_RE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|again\s+|also\s+|not\s+)?\Z")


# "his"/"her"/"their" as possessor: the pronoun it stands for
_POSSESSOR_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def possessor_pronoun(text: str, start: int, end: int) -> Phrase | None:
    """"In his view", "Her response:", "in their words": the possessive at [start, end) as the
    subject pronoun it stands for; None for any other word."""
    pron = _POSSESSOR_PRONOUNS.get(text[start:end].lower())
    return Phrase(start, end, "pronoun", pron) if pron is not None else None


def has_break(s: str) -> bool:
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


def norm_cue(s: str) -> str:
    return " ".join(s.split()).lower()
