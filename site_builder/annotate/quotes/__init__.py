"""Direct quotations and their speakers.

`find_quotes` runs small single-purpose steps, each in its own module:

* `marks`      – pairs double quote marks into spans, per paragraph, with the
                 news convention for multi-paragraph quotes; abstains (warning) on
                 unbalanced paragraphs;
* `sentences`  – sentence starts, ignoring boundaries inside quotations;
* `cues`       – the speech cue and speaker phrase of each quote (after, before,
                 inside a fragment, colon, or an earlier sentence of the paragraph);
* `phrases`    – speaker noun phrases by word shape (pronoun, name, nominal);
* `filters`    – quotation or scare quote / title / nickname / quoted term;
* `speakers`   – phrase → display name, entity id and the span it rests on;
* `ids`        – stable ids from the quote's own text;
* `fixes`      – editor corrections from front matter.

Language data (cue verbs, speaker nouns, pronouns, names …) lives in `data/`.
"""

from __future__ import annotations

import bisect

from site_builder.annotate.quotes.cues import (
    Attribution,
    has_break,
    before_quote,
    context_attribution,
    dash_signature,
    find_attribution,
)
from site_builder.annotate.quotes.filters import is_quotation
from site_builder.annotate.quotes.fixes import apply_fixes
from site_builder.annotate.quotes.ids import quote_ids
from site_builder.annotate.quotes.marks import MarkedSpan, find_marked_spans
from site_builder.annotate.quotes.sentences import sentence_start_before, sentence_starts
from site_builder.annotate.quotes.speakers import Resolver, Speaker
from site_builder.annotate.spans import EntityRef, Mention, Quote, QuoteFix
from site_builder.load.registry_model import Registry

__all__ = ["find_quotes"]


def _sentence_initial(text: str, lo: int, qstart: int) -> bool:
    head = text[lo:qstart].strip(" \t\n(—–-")
    return head == "" or head.endswith((":", ")")) or head.startswith("(") and head.endswith(")")


def find_quotes(
    text: str,
    mentions: tuple[Mention, ...],
    entities: tuple[EntityRef, ...],
    registry: Registry,
    fixes: tuple[QuoteFix, ...] = (),
) -> tuple[tuple[Quote, ...], tuple[str, ...]]:
    """Return the quotes in `text` (sorted by start) and warnings about paragraphs abstained on."""
    spans, warnings, paras = find_marked_spans(text)
    if not spans:
        if fixes:
            _, fw = apply_fixes([], fixes, entities, registry)
            warnings = warnings + fw
        return (), tuple(warnings)
    qspans = [(s.start, s.end) for s in spans]
    para_starts = [p[0] for p in paras]
    resolver = Resolver(text, tuple(mentions), {e.id: e for e in entities}, qspans, para_starts)

    # group spans by the paragraph that holds their opening mark
    by_para: dict[int, list[int]] = {}
    rank: list[int] = []  # position of each span among those opening in its paragraph
    for i, s in enumerate(spans):
        group = by_para.setdefault(s.first_para, [])
        rank.append(len(group))
        group.append(i)

    accepted: list[tuple[MarkedSpan, Speaker | None, str | None]] = []
    prev: tuple[MarkedSpan, Speaker | None] | None = None
    prev_attr: Attribution | None = None
    sent_cache: dict[int, list[int]] = {}

    def starts_for(pi: int) -> list[int]:
        if pi not in sent_cache:
            ps, pe = paras[pi]
            sent_cache[pi] = sentence_starts(text, ps, pe, qspans)
        return sent_cache[pi]

    for i, s in enumerate(spans):
        ps, pe = paras[s.first_para]
        siblings = by_para[s.first_para]
        k = rank[i]
        lo = spans[siblings[k - 1]].end if k > 0 else ps
        end_para = paras[s.last_para]
        # spans are in reading order: the next one, if it lies in this span's last paragraph
        hi = spans[i + 1].start if i + 1 < len(spans) and spans[i + 1].start < end_para[1] else end_para[1]
        sstarts = starts_for(s.first_para)
        attr: Attribution | None = find_attribution(text, s.start, s.end, sstarts, lo, hi, resolver.mentioned)
        sent_lo = sentence_start_before(sstarts, s.start)
        initial = _sentence_initial(text, max(lo, sent_lo), s.start)
        if attr is None and initial and sent_lo > ps:
            free = []
            cur = ps
            for j in siblings[max(0, k - 20) : k]:
                free.append((cur, spans[j].start))
                cur = spans[j].end
            free.append((cur, s.start))
            attr = context_attribution(text, ps, sent_lo, free)
            if attr is not None and not _sentence_has_no_quote(spans, siblings[max(0, k - 20) : k], sstarts, sent_lo):
                attr = None
        if attr is None and s.start == ps and s.first_para > 0:
            attr = _intro_paragraph(text, s, paras, spans, by_para, starts_for, resolver)
        if attr is None and s.end == end_para[1] and s.last_para + 1 < len(paras):
            attr = dash_signature(text, paras[s.last_para + 1][0], paras[s.last_para + 1][1])
        if attr is None and prev_attr is not None and prev is not None and prev_attr.where in ("before", "inside", "colon"):
            attr = _same_sentence_fragment(text, prev[0], s, sstarts, prev_attr)
        # right after a quote with a speaker: in the same paragraph, or a paragraph that is only a quote
        continues = (
            initial
            and prev is not None
            and prev[1] is not None
            and (
                prev[0].last_para == s.first_para
                or (prev[0].last_para == s.first_para - 1 and s.start == ps and s.end == end_para[1])
            )
        )
        if not is_quotation(text, s.start, s.end, attr, initial, continues):
            continue
        speaker: Speaker | None = None
        cue: str | None = None
        if attr is not None:
            speaker = resolver.resolve(attr.phrase)
            cue = attr.cue
        elif prev is not None and prev[1] is not None and initial:
            # the previous quote's speaker goes on: in the same paragraph, or from the
            # previous paragraph into one that opens with this quote
            pspan = prev[0]
            if pspan.last_para == s.first_para or (pspan.last_para == s.first_para - 1 and s.start == ps):
                speaker = prev[1]
        accepted.append((s, speaker, cue))
        prev = (s, speaker)
        prev_attr = attr
        if speaker is not None:
            resolver.last = speaker
            resolver.last_quote_end = s.end

    texts = [text[s.start : s.end] for s, _, _ in accepted]
    ids = quote_ids(texts)
    quotes = [
        Quote(
            start=s.start,
            end=s.end,
            text=t,
            id=qid,
            speaker=sp.name if sp else None,
            speaker_entity=sp.entity if sp else None,
            speaker_start=sp.start if sp else None,
            speaker_end=sp.end if sp else None,
            cue=cue,
        )
        for (s, sp, cue), t, qid in zip(accepted, texts, ids)
    ]
    if fixes:
        quotes, fw = apply_fixes(quotes, fixes, entities, registry)
        warnings = warnings + fw
    return tuple(quotes), tuple(warnings)


def _intro_paragraph(text, s, paras, spans, by_para, starts_for, resolver) -> Attribution | None:
    """Smith stated,\n\n“…”: the previous paragraph ends with an introduction (":" or ",")."""
    pps, ppe = paras[s.first_para - 1]
    if text[ppe - 1] not in ":,":
        return None
    inside = by_para.get(s.first_para - 1, [])
    lo = max([spans[j].end for j in inside if spans[j].end <= ppe] + [sentence_start_before(starts_for(s.first_para - 1), ppe - 1)])
    return before_quote(text, lo, ppe, resolver.mentioned)


def _same_sentence_fragment(text: str, before: MarkedSpan, s: MarkedSpan, sstarts: list[int], attr: Attribution) -> Attribution | None:
    """Smith called it “a disgrace” and “a betrayal of voters.”: a second fragment of the same
    sentence, joined to the first by a few words, shares the cue that introduced the first."""
    if before.last_para != s.first_para or sentence_start_before(sstarts, before.start) != sentence_start_before(sstarts, s.start):
        return None
    gap = text[before.end : s.start]
    if has_break(gap) or len(gap.split()) > 12:
        return None
    return Attribution(attr.phrase, attr.cue, attr.where, True, False)


def _sentence_has_no_quote(spans: list[MarkedSpan], earlier: list[int], sstarts: list[int], sent_lo: int) -> bool:
    """The previous sentence (the one a context cue comes from) holds no quotation."""
    k = bisect.bisect_left(sstarts, sent_lo) - 1
    prev_lo = sstarts[k] if k >= 0 else 0
    return not any(prev_lo <= spans[j].start < sent_lo for j in earlier)
