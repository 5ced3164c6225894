"""A quote paragraph with no cue of its own, after a paragraph of reported speech.

Finds the news shape

    Maria Ortiz said she had not slept in days.

    “I keep thinking about my son.”

where the paragraph before the quote reports someone's words in its last two sentences (a cue
verb and its subject: "Ortiz said …", "He called the ruling unfair"): the quote is that
speaker's. Refuses: a quote that does not open its paragraph, a previous paragraph that ends
with a quotation (the previous quote's speaker carries on instead, in `find_quotes`), a cue
further back than the last two sentences, and a cue with no subject phrase.
"""

from __future__ import annotations

from site_builder.annotate.quotes.cues import Attribution, context_attribution
from site_builder.annotate.quotes.sentences import sentence_starts


def previous_paragraph_cue(
    text: str,
    para: tuple[int, int],
    quote_spans: list[tuple[int, int]],
) -> Attribution | None:
    """The cue and subject in the last two sentences of the paragraph `para` (the one before the
    quote), after its last quotation; None when that paragraph ends with a quotation."""
    ps, pe = para
    inside = [(s, e) for s, e in quote_spans if ps <= s < pe]
    lo = max([e for _, e in inside] + [ps])
    if inside and not text[lo:pe].strip(" \t.,”\"’"):
        return None
    starts = sentence_starts(text, ps, pe, quote_spans)
    lo = max(lo, starts[-2] if len(starts) >= 2 else ps)
    attr = context_attribution(text, lo, pe, [(lo, pe)])
    if attr is None:
        return None
    return Attribution(attr.phrase, attr.cue, "context", False)
