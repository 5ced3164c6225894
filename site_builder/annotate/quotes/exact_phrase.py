"""A quote marked as the exact wording: "The UK’s intelligence chief said today that they predict
Russia’s military is about to hit a wall – “run out of steam” was the exact phrase –": the words
are the sentence's subject's, over a nearer cue inside the reported clause ("they predict").

Finds: right after the quote "was/were the (exact|precise|actual) phrase/words/term …" (nouns in
data/exact_phrase_nouns.txt); the speaker is the subject opening the quote's sentence when it is a
name or a person or organization noun phrase.
Refuses: no such words after the quote; a pronoun or a thing opening the sentence ("The report
said … – “X” was the phrase –" leaves the cues to decide).
"""

from __future__ import annotations

import re
from functools import cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.lexicon import data_lines


@cache
def _after_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(w for line in data_lines(DATA_DIR / "exact_phrase_nouns.txt") for w in line.split()))
    return re.compile(
        r"[\s,]*(?:was|were|is|are)\s+(?:the|his|her|their|its)\s+(?:(?:exact|precise|actual|very)\s+)?(?:" + nouns + r")(?![\w’'-])"
    )


def exact_phrase_subject(text: str, sent_lo: int, qstart: int, qend: int) -> Phrase | None:
    """The subject opening the quote's sentence, when the words after the quote mark it as the
    exact wording; None otherwise."""
    if _after_re().match(text, qend) is None:
        return None
    subj = sentence_subject(text, sent_lo, qstart)
    if subj is None or subj.kind == "pronoun":
        return None
    if subj.kind == "nominal" and lexicon().noun_class(subj.head) not in ("person", "org"):
        return None
    return subj
