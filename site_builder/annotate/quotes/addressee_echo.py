"""A question hands the addressee's words back: "what does it mean, “the world will not accept
…?”", "explain what you mean by “Russia has been attacked”", "you got a lot of attention by
saying “…”" — the quoted words are the addressee's (in a transcript: the turn answered, or the
briefer a question turn asks).

Finds: a lead from data/echo_questions.txt right before the quote (a comma may follow it); "by
saying" right before the quote when "you" is the subject earlier in its sentence.
And "quite a few of you ask, “…”": part of the audience, as written (data/audience_quantifiers.txt).
Refuses: the lead not touching the quote ("what does it mean for the talks? “…”"), "by saying"
with no "you" before it ("She got attention by saying “…”"), a "you" in another sentence.
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.quotes.lexicon import DATA_DIR
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.lexicon import data_lines

_YOU_SAYING_RE = re.compile(r"(?<![\w’'-])you\s[^.?!;\n]{0,120}?\bby\s+saying\s*,?\s*(?:“[^“”\n]{0,40}”\s+and\s+)?\Z", re.I)


@cache
def _lead_re() -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data_lines(DATA_DIR / "echo_questions.txt"))
    return re.compile(r"(?<![\w’'-])(?:" + alts + r")\s*,?\s*\Z", re.I)


def addressee_echo(text: str, sent_lo: int, qstart: int) -> Phrase | None:
    """A "you" phrase standing for the addressee whose words the quote hands back, placed at the
    lead (its turn decides who "you" is); None when no echo lead touches the quote."""
    lo = max(sent_lo, qstart - 160)
    m = _lead_re().search(text, lo, qstart) or _YOU_SAYING_RE.search(text, lo, qstart)
    if m is None:
        return None
    return Phrase(m.start(), m.start(), "pronoun", "you")


@cache
def _quantifier_re() -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data_lines(DATA_DIR / "audience_quantifiers.txt"))
    return re.compile(r"(?<![\w’'-])(?:quite\s+)?(?:" + alts + r")\s+of\s+\Z", re.I)


def audience_part(text: str, p: Phrase) -> Speaker | None:
    """"quite a few of you ask": the "you"/"us" phrase `p` after a quantifier and "of" is part of
    the audience, a speaker as written; None for a plain "you"."""
    if p.kind != "pronoun" or text[p.start : p.end].lower() not in ("you", "us"):
        return None
    m = _quantifier_re().search(text, max(0, p.start - 24), p.start)
    return Speaker(text[m.start() : p.end], None, m.start(), p.end) if m is not None else None
