"""The writer of the document a pronoun's cue names: "there was this amazing letter that Bolívar
wrote to a Jamaican diplomat. And this has been recalled also by Professor John Lynch. And he said
in the letter, “…”" — "he" is the one who wrote the letter, not the last man named.

Finds: a he/she cue followed by "in the/that/his/her <document>" right before the quote; earlier in
the paragraph "<document> (that|which) <Name> wrote|sent|signed", "<Name> wrote|sent a <document>"
or "<Name>’s <document>", the same document noun: that name's mention.
Refuses: another document noun ("he said in the interview" after "the letter Bolívar wrote"), no
writer named, a name that is no person mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.model.spans import Mention

_IN_DOC_RE = re.compile(r"\s+in\s+(?:the|that|this|his|her)\s+([a-z]+)\s*[,:]?\s*\Z")
_WROTE = r"(?:wrote|sent|signed|penned|drafted|published|posted)"
_NAME = r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"


def document_writer(
    text: str, para_lo: int, cue_end: int, qstart: int, mentions_in: Callable[[int, int], list[Mention]]
) -> Mention | None:
    """The person mention that wrote the document named between the cue and the quote."""
    m = _IN_DOC_RE.match(text, cue_end, qstart) if cue_end < qstart else None
    if m is None or m.end() != qstart or lexicon().noun_class(m.group(1)) != "statement":
        return None
    noun = re.escape(m.group(1))
    patterns = (
        rf"\b{noun}\s+(?:that|which)\s+{_NAME}\s+{_WROTE}\b",
        rf"\b{_NAME}\s+{_WROTE}\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b",
        rf"\b{_NAME}(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b",
    )
    found: tuple[int, int] | None = None
    for pat in patterns:
        for w in re.finditer(pat, text[para_lo:cue_end]):
            if found is None or w.start(1) > found[0] - para_lo:
                found = (para_lo + w.start(1), para_lo + w.end(1))
    if found is None:
        return None
    people = [x for x in mentions_in(found[0], found[1]) if x.type == "person"]
    return people[-1] if people else None
