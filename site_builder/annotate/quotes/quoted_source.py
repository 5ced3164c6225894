"""The source a speaker says they are quoting: "Let me quote the Secretary: “…”".

Finds: the object of the verb "quote" (or "cite") before a quotation, in the quote's own sentence
or in the sentence before when the quote's sentence only marks it ("I would like to quote a brief
excerpt from the State Department statement on your visit. I quote: “…”"): the person or
document quoted, past "an excerpt / a passage / a line … from".
Refuses: a "quote" with no object ("and I quote, “…”", "quote, unquote"), an object that is a
pronoun ("quote you"), a source followed by another sentence or another quote before this one.
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.phrases import Phrase, phrase_after

_QUOTE_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:quote|quoting|cite|citing)\s+(?:(?:a|an|the)\s+(?:(?:brief|short|few|key)\s+)?"
    r"(?:excerpt|passage|line|sentence|paragraph|words?)\s+)?(?:from\s+)?(?=[A-Za-z])"
)
# what may stand between the source and the quote: the rest of its sentence, then at most an
# interjection that only marks the quote ("I quote:", "Quote:")
_BETWEEN_RE = re.compile(
    r"[^“”\"\n.!?]{0,120}?(?:[.:,]?\s*(?:(?:and\s+)?I\s+quote|[Qq]uote)\s*)?[:,]?\s*"
)


def quoted_source(text: str, lo: int, qstart: int) -> Phrase | None:
    """The person or document the speaker says they are quoting right before `qstart`; None if none."""
    found = None
    for m in _QUOTE_VERB_RE.finditer(text, max(lo, qstart - 300), qstart):
        found = m
    if found is None:
        return None
    p = phrase_after(text, found.end(), qstart)
    if p is None or p.kind not in ("name", "nominal") or p.start != found.end():
        return None
    return p if _BETWEEN_RE.fullmatch(text, p.end, qstart) else None
