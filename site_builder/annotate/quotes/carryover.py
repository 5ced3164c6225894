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
cue at all: "“…” Mr. Lee has lived on the block for 40 years."), when that subject is a person,
and, for a quote that is its whole paragraph, the speaker the next paragraph opens with ("So says
Maria Ortiz", "Maria Ortiz, 52, remembers …").

And the speaker named only later: the sentence after the quote's own (or the next paragraph's
first) opens with a name that "delivered those words" / "wrote these words" ("… calling the scheme
“a betrayal.”\n\nU.S. District Judge Harold P. Vance delivered those words after a hearing …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from site_builder.annotate.quotes.attribution import Attribution, norm_cue
from site_builder.annotate.quotes.cues import context_attribution
from site_builder.annotate.quotes.cues_after import inverted_phrase
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_before
from site_builder.annotate.quotes.sentence_subjects import sentence_subject


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
        return coordinated_cue(text, lo, pe)
    return Attribution(attr.phrase, attr.cue, "context", False)


# the end of a sentence before a cue: its mark, a closing quote mark, then space
_SENT_END_RE = re.compile(r"[.!?][”\"’]?\s+")


def coordinated_cue(text: str, lo: int, hi: int) -> Attribution | None:
    """"She sat down for the first time all day and talked about what the place meant to her.":
    the last cue in [lo, hi) is the second verb of its sentence's subject ("… and talked"), so
    the subject opening that sentence (a name or he/she/they) is the speaker. None when the cue
    does not follow "and", or a comma, semicolon or colon parts the subject from it (another
    clause, with its own subject, may be in between)."""
    last = ([None] + list(lexicon().cue_re.finditer(text, lo, hi)))[-1]
    if last is None or not text[max(lo, last.start() - 5) : last.start()].endswith(" and "):
        return None
    s0 = lo
    for m in _SENT_END_RE.finditer(text, lo, last.start()):
        s0 = m.end()
    comma = text.rfind(", ", s0, last.start())
    subj = sentence_subject(text, s0, last.start())
    if subj is None and comma > 0:
        subj = sentence_subject(text, comma + 2, last.start())  # "Late that day, as the light faded, she …"
    if subj is None or subj.kind not in ("name", "pronoun") or any(c in text[subj.end : last.start()] for c in ",;:"):
        return None
    return Attribution(subj, norm_cue(last.group()), "context", False)


def next_sentence_person(text: str, qend: int, para_end: int, is_person: Callable[[int, int], bool]) -> Phrase | None:
    """“I never thought I would see this.” Mr. Lee has lived on the block for 40 years.: a quote
    that ends its sentence, followed in its paragraph by a sentence whose subject is a named
    person (`is_person` tells whether a span is a person mention). None otherwise."""
    if text[qend - 2 : qend - 1] not in ".!?…":
        return None
    lo = qend
    while lo < para_end and text[lo] in " \t":
        lo += 1
    return _person_subject(text, lo, para_end, is_person)


def _person_subject(text: str, lo: int, hi: int, is_person: Callable[[int, int], bool]) -> Phrase | None:
    """The named person opening the sentence at `lo` as its subject, else None."""
    if lo >= hi or not text[lo].isupper():
        return None
    subj = sentence_subject(text, lo, hi)
    if subj is None or subj.kind != "name" or not is_person(subj.start, subj.end):
        return None
    return subj


def next_paragraph_speaker(
    text: str, qend: int, para_end: int, next_para: tuple[int, int], is_person: Callable[[int, int], bool], lead_only: bool = False
) -> Phrase | None:
    """A quote that is its whole paragraph and ends its sentence, then a paragraph that names its
    speaker first: "“I was scared to death.”\n\nMaria Ortiz, 52, remembers the night …" (a named
    person as the subject) or "So says Maria Ortiz" / "That is how Maria Ortiz describes it" (a
    lead from next_sentence_leads.txt; with `lead_only`, only such a lead). None otherwise."""
    if text[qend - 2 : qend - 1] not in ".!?…" or text[qend:para_end].strip():
        return None
    lo, hi = next_para
    lead = lexicon().next_lead_re.match(text, lo, hi)
    if lead is not None:
        p = inverted_phrase(text, lead.end(), hi)
        return p if p is not None and p.kind != "pronoun" else None
    return None if lead_only else _person_subject(text, lo, hi, is_person)


# "Nell never raised her voice, said Gloria Roe, …": a reported clause, a comma, then the cue and its speaker
_INVERTED_RE = re.compile(r",[ \t]+(?:said|says|recalled|recalls|added|adds)[ \t]+")


def inverted_cue(text: str, lo: int, hi: int) -> Phrase | None:
    """The name after an inverted cue in the sentence [lo, hi) ("Nell never raised her voice, said
    Gloria Roe, one of the reporters."), which reports someone's speech: that name, not the
    reported clause's subject ("Nell"), speaks in the quote that opens the next sentence. None for
    no such cue or a pronoun or role after it."""
    m = _INVERTED_RE.search(text, lo, hi)
    if m is None:
        return None
    p = inverted_phrase(text, m.end(), hi)
    return p if p is not None and p.kind == "name" else None


# "Natalia Roe, 29, said this while …": a speech verb pointing back at the quote just before
_SAID_THIS_RE = re.compile(r"\b(?:said|says|wrote|writes|told \w+)[ \t]+(?:this|these words|as much)\b(?![ \t]+(?:week|month|year|morning|afternoon|evening)\b)")


def said_this_next(
    text: str, qend: int, para_end: int, next_para: tuple[int, int], is_person: Callable[[int, int], bool]
) -> Phrase | None:
    """A quote that is its whole paragraph, then a paragraph whose first sentence has a named
    person as its subject and "said this" / "wrote these words" as its verb ("“…”\n\nNatalia
    Roe, a 29-year-old teacher, said this while walking her sons home."): that person, who beats a
    speaker carried over from the paragraph before the quote. None otherwise ("said this week")."""
    if text[qend:para_end].strip():
        return None
    lo, hi = next_para
    m = _SAID_THIS_RE.search(text, lo, min(hi, lo + 200))
    if m is None or any(c in text[lo : m.start()] for c in ".;:“”\"\n"):
        return None
    return _person_subject(text, lo, m.end(), is_person)


# "Harold P. Vance delivered those words", "Avi Colonomos wrote these words": words pointed back to
_OWNED_RE = re.compile(r"[ \t]+(?:delivered|wrote|spoke|uttered|said|offered|penned)[ \t]+(?:those|these)[ \t]+(?:words|remarks|lines)\b")


def words_owner(text: str, start: int, hi: int) -> Phrase | None:
    """The name opening the sentence at `start` (up to `hi`) as the subject of "delivered those
    words": the speaker of the quote just before; None for a pronoun, a role ("The judge …": the
    cue's own subject stands) or an aside before the verb."""
    while start < hi and text[start].isspace():
        start += 1
    m = _OWNED_RE.search(text, start, min(hi, start + 120))
    if m is None or any(c in text[start : m.start()] for c in ",;:“”\"\n"):
        return None
    p = phrase_before(text, start, m.start())
    return p if p is not None and p.kind == "name" and p.end == m.start() else None
