"""A quote paragraph with no cue of its own, after a paragraph of reported speech.

Finds the news shape

    Maria Ortiz said she had not slept in days.

    “I keep thinking about my son.”

where the paragraph before the quote reports someone's words in its last two sentences (a cue
verb and its subject: "Ortiz said …", "He called the ruling unfair"): the quote is that
speaker's. Refuses: a quote that does not open its paragraph, a previous paragraph that ends
with a quotation (the previous quote's speaker carries on instead, in `find_quotes`), a cue
further back than the last two sentences, and a cue with no subject phrase.

Also finds the speaker named as the subject of the sentence right after a cue-less quote (no
cue at all: "“…” Mr. Lee has lived on the block for 40 years."), when that subject is a person.
"""

from __future__ import annotations

from collections.abc import Callable

from site_builder.annotate.quotes.cues import Attribution, context_attribution, sentence_subject
from site_builder.annotate.quotes.phrases import Phrase


def previous_paragraph_cue(
    text: str,
    para: tuple[int, int],
    quote_spans: list[tuple[int, int]],
    starts: list[int],
) -> Attribution | None:
    """The cue and subject in the last two sentences of the paragraph `para` (the one before the
    quote), after its last quotation; None when that paragraph ends with a quotation. `starts`
    are that paragraph's sentence starts (the caller has them cached)."""
    ps, pe = para
    inside = [(s, e) for s, e in quote_spans if ps <= s < pe]
    lo = max([e for _, e in inside] + [ps])
    if inside and not text[lo:pe].strip(" \t.,”\"’"):
        return None
    lo = max(lo, starts[-2] if len(starts) >= 2 else ps)
    attr = context_attribution(text, lo, pe, [(lo, pe)])
    if attr is None:
        return None
    return Attribution(attr.phrase, attr.cue, "context", False)


def next_sentence_person(text: str, qend: int, para_end: int, is_person: Callable[[int, int], bool]) -> Phrase | None:
    """“I never thought I would see this.” Mr. Lee has lived on the block for 40 years.: a quote
    that ends its sentence, followed in its paragraph by a sentence whose subject is a named
    person (`is_person` tells whether a span is a person mention). None otherwise."""
    if text[qend - 2 : qend - 1] not in ".!?…":
        return None
    lo = qend
    while lo < para_end and text[lo] in " \t":
        lo += 1
    if lo >= para_end or not text[lo].isupper():
        return None
    subj = sentence_subject(text, lo, para_end)
    if subj is None or subj.kind != "name" or not is_person(subj.start, subj.end):
        return None
    return subj
