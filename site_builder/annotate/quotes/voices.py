"""Quotes shouted by an unnamed voice in a crowd.

Finds "a man's voice shouted, “Tell it, Angie!”" and "“Shut them all down!” came a shout from
the back": the quote's own sentence gives a voice or a shout (data/voice_nouns.txt) after "a",
"an", "one" or "another" (up to two words between: "a man's voice", "one angry shout") as its
only source, so no speaker is shown, not the previous speaker carried on nor the person the next
sentence opens with, nor the voice itself ("a man's voice") as a cue's subject. Refuses: a voice
that is someone's ("her voice"), the definite "the voice of the mayor", and a cue whose subject
is someone named ("Rios said in a quiet voice": the caller asks only for a quote with no cue, or
a cue whose subject is the voice).
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR
from site_builder.lexicon import data_lines


@lru_cache(maxsize=1)
def _voice_re() -> re.Pattern[str]:
    nouns = sorted({w for line in data_lines(DATA_DIR / "voice_nouns.txt") for w in line.split()}, key=len, reverse=True)
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(nouns) + r")\b")


def unnamed_voice(text: str, sent_lo: int, qstart: int, qend: int, sent_hi: int) -> bool:
    """The sentence [sent_lo, sent_hi) around the quote [qstart, qend) gives an unnamed voice as its source."""
    r = _voice_re()
    return r.search(text, sent_lo, qstart) is not None or r.search(text, qend, sent_hi) is not None


def voice_phrase(text: str, lo: int, hi: int) -> bool:
    """The cue's subject [lo, hi) is itself an unnamed voice ("a man's voice shouted, “…”")."""
    return _voice_re().search(text, lo, hi) is not None
