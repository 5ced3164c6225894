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
* `nested`     – single-marked quotes inside a quotation that a cue gives to another speaker;
* `speakers`   – phrase → display name, entity id and the span it rests on;
* `carryover`  – a cue-less quote opening its paragraph: the person the next sentence opens
                 with, or the speaker of the reported speech closing the paragraph before
                 ("… and talked about …"), or the person who "said this" next;
* `voices`     – an unnamed voice or shout in the crowd: no speaker shown;
* `chooser`    – a learned choice between candidate speakers (trained, but off on the site:
                 cross-validated and on unseen parts it equals the rules, chooser.DECIDES);
* `ids`        – stable ids from the quote's own text;
* `fixes`      – editor corrections from front matter.

Language data (cue verbs, speaker nouns, pronouns, names …) lives in `data/`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from site_builder.annotate.quotes import chooser
from site_builder.annotate.quotes.addressee_echo import addressee_echo, audience_part
from site_builder.annotate.quotes.attribution import PASSIVE_RE, Attribution, has_break, possessor_pronoun
from site_builder.annotate.quotes.carryover import (
    inverted_cue,
    next_paragraph_speaker,
    next_sentence_person,
    previous_paragraph_cue,
    said_this_next,
    words_owner,
)
from site_builder.annotate.quotes.cited_documents import cited_document, cited_speaker
from site_builder.annotate.quotes.clip_intros import clip_speaker
from site_builder.annotate.quotes.cues import context_attribution, find_attribution
from site_builder.annotate.quotes.cues_after import after_quote, dash_signature
from site_builder.annotate.quotes.cues_before import before_quote, frame_subject
from site_builder.annotate.quotes.document_writers import document_writer
from site_builder.annotate.quotes.exact_phrase import exact_phrase_subject
from site_builder.annotate.quotes.filters import content, echoed, is_quotation, is_title_case, manner_after, quote_marked
from site_builder.annotate.quotes.fixes import apply_fixes
from site_builder.annotate.quotes.frames import agent_after, partial_frame, state_copula, viewpoint
from site_builder.annotate.quotes.hypothetical import hypothetical_quote
from site_builder.annotate.quotes.ids import quote_ids
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.marks import MarkedSpan, find_marked_spans
from site_builder.annotate.quotes.nested import cued_singles, nested_quotes
from site_builder.annotate.quotes.participle_actors import participle_actor
from site_builder.annotate.quotes.phrases import Phrase, phrase_after
from site_builder.annotate.quotes.quoted_source import quoted_source
from site_builder.annotate.quotes.relayed_questions import TURNS_BACK, asker, called_on, relays
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.annotate.quotes.sentences import sentence_end_after, sentence_start_before, sentence_starts
from site_builder.annotate.quotes.speaker_inner import inner_speaker
from site_builder.annotate.quotes.speakers import Resolver, Speaker
from site_builder.annotate.quotes.turns import find_turns
from site_builder.annotate.quotes.vocatives import calls_by_name
from site_builder.annotate.quotes.voices import unnamed_voice, voice_phrase
from site_builder.model.registry import Registry
from site_builder.model.spans import EntityRef, Mention, Quote, QuoteFix, Turn

__all__ = ["find_quotes"]

_CONTRACTION_RE = re.compile(r"[’'](?:d|ll|ve|re|m|s)$")
# "is again noted for": a form of "be" (an adverb may follow) right before a cue makes it passive
# "Barr, asked whether Jenkins would start Saturday: “…”": an aside after a comma (no quote mark,
# no line break) up to the colon that introduces the quote
_ASIDE_COLON_RE = re.compile(r",[ \t][^“”\"\n:]{1,120}:[ \t]*")


def _sentence_initial(text: str, lo: int, qstart: int) -> bool:
    head = text[lo:qstart].strip(" \t\n(—–-")
    return head == "" or head.endswith((":", ")")) or head.startswith("(") and head.endswith(")")


@dataclass
class _Context:
    """One article's quote spans, paragraphs and the speakers found so far."""

    text: str
    spans: list[MarkedSpan]
    paras: list[tuple[int, int]]
    resolver: Resolver
    by_para: dict[int, list[int]] = field(default_factory=dict)  # paragraph → spans opening in it
    rank: list[int] = field(default_factory=list)  # position of each span among those of its paragraph
    refused: set[int] = field(default_factory=set)  # spans judged no quotation so far
    cited: set[int] = field(default_factory=set)  # spans whose speaker phrase is shown as written (a cited text)
    _sentences: dict[int, list[int]] = field(default_factory=dict)
    # a Q-and-A rejoinder given back to the one asking (_questioner): (its paragraph, the one answering)
    rejoinder: tuple[int, Speaker] | None = None

    def __post_init__(self) -> None:
        for i, s in enumerate(self.spans):
            group = self.by_para.setdefault(s.first_para, [])
            self.rank.append(len(group))
            group.append(i)

    def starts_for(self, pi: int) -> list[int]:
        if pi not in self._sentences:
            ps, pe = self.paras[pi]
            self._sentences[pi] = sentence_starts(self.text, ps, pe, self.resolver.quote_spans)
        return self._sentences[pi]

    def names_person(self, lo: int, hi: int) -> bool:
        """A person mention lies within [lo, hi)."""
        return any(m.type == "person" for m in self.resolver.mentions_in(lo, hi))

    def bounds(self, i: int) -> tuple[int, int]:
        """The free text around span i: from the previous quote of its paragraph to the next one.
        Spans already refused (a title in marks) are text like any other: "A study (titled
        “Riverside 2040”) warned that the area was “highly vulnerable”" keeps its subject."""
        s = self.spans[i]
        siblings, k = self.by_para[s.first_para], self.rank[i]
        while k > 0 and siblings[k - 1] in self.refused:
            k -= 1
        lo = self.spans[siblings[k - 1]].end if k > 0 else self.paras[s.first_para][0]
        end_para = self.paras[s.last_para][1]
        nxt = self.spans[i + 1].start if i + 1 < len(self.spans) else end_para
        return lo, min(nxt, end_para)


def _context_cue(ctx: _Context, i: int, sent_lo: int) -> Attribution | None:
    """A cue in an earlier sentence of the paragraph, when that sentence holds no quote."""
    s = ctx.spans[i]
    ps = ctx.paras[s.first_para][0]
    siblings, k = ctx.by_para[s.first_para], ctx.rank[i]
    earlier = siblings[max(0, k - 20) : k]
    free, cur = [], ps
    for j in earlier:
        free.append((cur, ctx.spans[j].start))
        cur = ctx.spans[j].end
    free.append((cur, s.start))
    attr = context_attribution(ctx.text, ps, sent_lo, free)
    if attr is not None and not _sentence_has_no_quote(ctx.spans, earlier, ctx.starts_for(s.first_para), sent_lo):
        return None
    return attr


def _attribution(
    ctx: _Context, i: int, prev: tuple[MarkedSpan, Attribution | None] | None
) -> tuple[Attribution | None, bool, str | None]:
    """The cue and speaker phrase of span i, whether the quote opens its sentence, and the verb
    of a reporting frame right before it."""
    text, s = ctx.text, ctx.spans[i]
    ps = ctx.paras[s.first_para][0]
    lo, hi = ctx.bounds(i)
    sstarts = ctx.starts_for(s.first_para)
    attr = find_attribution(text, s.start, s.end, sstarts, lo, hi, ctx.resolver.mentioned)
    sent_lo = sentence_start_before(sstarts, s.start)
    attr = _cited(ctx, i, max(lo, sent_lo), sent_lo, attr)
    exact = exact_phrase_subject(text, max(lo, sent_lo), s.start, s.end)
    attr = Attribution(exact, "phrase", "before", True, True) if exact is not None else attr
    initial = _sentence_initial(text, max(lo, sent_lo), s.start)
    if attr is None and initial and sent_lo > ps:
        attr = _context_cue(ctx, i, sent_lo)
        if attr is not None and prev is not None and prev[1] is not None and attr.phrase == prev[1].phrase:
            attr = None  # “… ask, ‘Is it open?’” Mr. Ortega recalled. “I didn’t know.”: the same cue goes on
    if attr is None and s.start == ps and s.first_para > 0:
        attr = _intro_paragraph(text, s, ctx.paras, ctx.spans, ctx.by_para, ctx.starts_for, ctx.resolver)
    end_para = ctx.paras[s.last_para]
    if attr is None and s.end == end_para[1] and s.last_para + 1 < len(ctx.paras):
        attr = dash_signature(text, ctx.paras[s.last_para + 1][0], ctx.paras[s.last_para + 1][1])
    if attr is None and prev is not None and prev[1] is not None and prev[1].where in ("before", "inside", "colon"):
        attr = _same_sentence_fragment(text, prev[0], s, sstarts, prev[1])
    if attr is None and quote_marked(text, s.start):
        attr = _participle_actor(ctx, i, max(lo, sent_lo)) or _sentence_actor(ctx, max(lo, sent_lo), s.start)
    framed = partial_frame(text, max(lo, sent_lo), s.start, s.end)
    if framed is not None and attr is not None and _sources_main_clause(text, attr, s):
        attr = None  # "Quispe, who ran on a promise to “…,” had 17 percent, according to the Office": her words
    unnamed = _UNNAMED_FRAMER_RE.search(text, max(lo, s.start - 60), s.start) if framed is not None and attr is not None and not attr.adjacent else None
    if unnamed is not None:  # "He said his clients got nothing beyond what one called “…”": nobody named
        attr = Attribution(Phrase(unnamed.start(1), unnamed.end(1), "pronoun", "someone"), unnamed.group(2), "before", True, True)
    whole_sentence = lo <= sent_lo  # no earlier quote of the sentence stands between its start and this one
    held = _holder_frame(ctx, i, sent_lo) if framed is None and whole_sentence else None
    if held is not None:
        framed, attr = held.cue, attr or held  # For Fenn, the rules are “a hoop to jump through.”
    frame = framed if attr is None else None
    if frame is not None:
        attr = (_frame_agent(ctx, i, frame) or frame_subject(text, max(lo, sent_lo), s.start, frame)
                or _sentence_actor(ctx, max(lo, sent_lo), s.start, frame))  # Smith called it “reckless”
    if attr is None:
        attr = _sentence_final_cue(ctx, i)
    if attr is None:
        attr = _cue_earlier(ctx, max(lo, sent_lo), s.start, s.end)
    if attr is None and initial:
        attr = _manner_cue(ctx, i) or (_aside_colon(ctx, i, sent_lo) if whole_sentence else None) or _clip(ctx, i)
    return attr, initial, framed


def _cited(ctx: _Context, i: int, lo: int, sent_lo: int, attr: Attribution | None) -> Attribution | None:
    """A text cited right before the quote speaks (quotes/cited_documents.py), over a cue whose
    speaker stands before it ("He mentioned that the inscription in the Declaration …, to “…”")."""
    s = ctx.spans[i]
    earlier = [x for x in ctx.starts_for(s.first_para) if x < sent_lo]
    cited = cited_document(ctx.text, lo, sent_lo, s.start, earlier)
    if cited is None or attr is not None and (attr.where == "after" or attr.phrase.start >= cited.phrase.start):
        return attr
    if cited.where == "before":
        ctx.cited.add(i)  # the text itself speaks, as written; an issuer ("colon") is resolved as any name
    return cited


def _participle_actor(ctx: _Context, i: int, lo: int) -> Attribution | None:
    """"the Russian ministry of foreign affairs summoning your colleagues to, quote, “…”": the noun
    phrase of a speech-act participle (quotes/participle_actors.py); "its president" names its owner
    when the "it" resolves ("Russia … it has engaged in …, with its president warning" → "Russia’s
    president", as the conventions' possessive descriptors), else stays as written."""
    p = participle_actor(ctx.text, lo, ctx.spans[i].start)
    if p is None:
        return None
    return Attribution(p, "quote", "before", True, True)


def _clip(ctx: _Context, i: int) -> Attribution | None:
    """"… Zelenskyy called for sanctions. I want you to take a listen:\n\n“…”": a clip intro before
    the quote (its paragraph, or the one before when the quote opens its own) hands it to the
    person last named there (quotes/clip_intros.py)."""
    s = ctx.spans[i]
    ps = ctx.paras[s.first_para][0]
    lo = ctx.paras[s.first_para - 1][0] if s.start == ps and s.first_para > 0 else ps
    m = clip_speaker(ctx.text, lo, s.start, ctx.resolver.mentions_in, ctx.resolver.in_quote)
    return Attribution(Phrase(m.start, m.end, "name", m.text.split()[-1].lower()), "listen", "context", True) if m else None


# an aside after a name or noun that holds the quote's own frame: ", who ran on a promise to", ", which critics called"
_ASIDE_HOLDS_RE = re.compile(r"(?:,|\b)\s*(?:who|which|whose)\s[^.;:!?“”\"]*\Z")


# an unnamed one framing the quote right before it: "what one called", "what someone described as"
_UNNAMED_FRAMER_RE = re.compile(r"\bwhat\s+(one|someone|somebody|another)\s+(?:of\s+them\s+)?([a-z]+)(?:\s+as)?\s*\Z")


def _sources_main_clause(text: str, attr: Attribution, s: MarkedSpan) -> bool:
    """An "according to" after the quote sources the sentence's main clause, not a quote inside a
    relative clause with its own frame before it ("X, who called it “…,” won, according to …")."""
    if attr.cue != "according to" or attr.phrase.start < s.end:
        return False
    lo = max(text.rfind(". ", 0, s.start), text.rfind("\n", 0, s.start), 0)
    return _ASIDE_HOLDS_RE.search(text, lo, s.start) is not None


def _holder_frame(ctx: _Context, i: int, sent_lo: int) -> Attribution | None:
    """A frame naming whose words the quote gives (quotes/frames.py), its word the cue: the person
    whose view the sentence opens with (For Fenn, the rules are “…”; In his view, …), or the person
    subject of a copula right before the quote (Ruiz is “cautiously optimistic” about it)."""
    text, s = ctx.text, ctx.spans[i]
    vp = viewpoint(text, sent_lo, s.start)
    if vp is not None:
        word, a, b = vp
        if (own := possessor_pronoun(text, a, b)) is not None:
            return Attribution(own, word, "before", True, True)  # "In his view, …"
        p = phrase_after(text, a, b)
        if p is None or p.kind != "name" or not ctx.names_person(a, b):
            return None
        return Attribution(p, word, "before", True, True)
    subj = sentence_subject(text, sent_lo, s.start) or phrase_after(text, sent_lo, s.start)  # Fenn, for one, is “…”
    if subj is None or not state_copula(text, subj.end, s.start):
        return None
    person = subj.kind == "pronoun" and subj.head in ("he", "she") or subj.kind == "name" and ctx.names_person(subj.start, subj.end)
    return Attribution(subj, "is", "before", True, True) if person else None


def _aside_colon(ctx: _Context, i: int, sent_lo: int) -> Attribution | None:
    """"Barr, asked whether Jenkins would start Saturday: “We’ll see.”": the person opening the
    sentence, an aside after a comma, then a colon introduce a quoted sentence of two words or more
    (not Title Case: Smith, a film buff, named one: “Jaws Returns.”)."""
    text, s = ctx.text, ctx.spans[i]
    words = content(text, s.start, s.end).split()
    if len(words) < 2 or text[s.end - 2 : s.end - 1] not in (".", "!", "?", "…") or is_title_case(words):
        return None
    for m in ctx.resolver.mentions_in(sent_lo, s.start):
        if m.start == sent_lo and m.type == "person" and _ASIDE_COLON_RE.fullmatch(text, m.end, s.start):
            return Attribution(Phrase(m.start, m.end, "name", m.text.split()[-1].lower()), ":", "colon", True, True)
    return None


def _manner_cue(ctx: _Context, i: int) -> Attribution | None:
    """“Not yet,” Smith laughed. / “Nope,” she shrugged.: the name or pronoun before a verb of
    manner closing the sentence speaks."""
    s = ctx.spans[i]
    found = manner_after(ctx.text, s.end)
    p = phrase_after(ctx.text, found[0], ctx.bounds(i)[1]) if found is not None else None
    if found is None or p is None or p.kind == "nominal":
        return None
    return Attribution(p, found[1], "after", True, True)


def _cue_earlier(ctx: _Context, lo: int, qstart: int, qend: int) -> Attribution | None:
    """"Smith has long argued that tariffs are “a tax on American families.”" / "Smith declined to
    comment beyond saying the plan was “under review.”": a cue earlier in the sentence that found
    no speaker of its own (words between subject and cue) gives the quote to the sentence's
    subject, when that is a name or a pronoun (never a document's "read", "people kept saying",
    nor a passive cue: China is noted for … “vocational training”); a short quote must still
    pass the filters' checks for a cue not touching it."""
    cue = lexicon().cue_re.search(ctx.text, lo, qstart)
    if cue is None or cue.group() in lexicon().document_cues or has_break(ctx.text[cue.end() : qstart]):
        return None
    if PASSIVE_RE.search(ctx.text, max(lo, cue.start() - 16), cue.start()):
        return None
    subj = sentence_subject(ctx.text, lo, cue.start())
    if subj is None or subj.kind == "nominal" or subj.kind == "name" and not ctx.resolver.mentioned(subj.start, subj.end):
        return None
    return Attribution(subj, cue.group(), "before", False, False)


def _frame_agent(ctx: _Context, i: int, frame: str) -> Attribution | None:
    """"have been branded “extremists” by Russian authorities": a passive frame's agent."""
    s = ctx.spans[i]
    at = agent_after(ctx.text, s.end)
    p = phrase_after(ctx.text, at, ctx.bounds(i)[1]) if at is not None else None
    return Attribution(p, frame, "after", True, True) if p is not None else None


def _sentence_final_cue(ctx: _Context, i: int) -> Attribution | None:
    """Officials were “very concerned” about the outbreak, Smith said.: a cue closing the
    sentence after a comma attributes a quote inside it (not adjacent: a short quote must still
    pass the term checks)."""
    text, s = ctx.text, ctx.spans[i]
    hi = ctx.bounds(i)[1]
    end = sentence_end_after(ctx.starts_for(s.last_para), s.end, hi)
    comma = text.rfind(", ", s.end, end)
    if comma < 0 or len(text[s.end : comma].split()) > 12:
        return None
    a = after_quote(text, comma, end)
    if a is None or len(text[a.phrase.end : end].split()) > 6:
        return None
    return Attribution(a.phrase, a.cue, "after", False, False)


def _sentence_actor(ctx: _Context, lo: int, qstart: int, cue: str = "quote") -> Attribution | None:
    """"… the Russian ministry of foreign affairs summoning your colleagues to, quote, “…”": a
    marked quote with no cue is the words of the sentence's subject, else of the first person or
    organization the sentence names before it."""
    subj = sentence_subject(ctx.text, lo, qstart)
    named = subj is not None and subj.kind == "name" and ctx.resolver.mentioned(subj.start, subj.end)
    if subj is not None and (named or subj.kind == "nominal" and lexicon().noun_class(subj.head) in ("person", "org")):
        return Attribution(subj, cue, "before", True, True)
    for m in ctx.resolver.mentions_in(lo, qstart):
        if m.type in ("person", "organization") and not ctx.resolver.in_quote(m.start):
            return Attribution(Phrase(m.start, m.end, "name", m.text.split()[-1].lower()), cue, "before", True, True)
    return None


def _goes_on(ctx: _Context, s: MarkedSpan, prev: MarkedSpan, whole_para: bool) -> bool:
    """The previous quote's speaker goes on: in the same paragraph, or from the previous
    paragraph into one that opens with this quote (`whole_para`: and is nothing but it)."""
    ps, pe = ctx.paras[s.first_para][0], ctx.paras[s.last_para][1]
    if prev.last_para == s.first_para:
        return True
    return prev.last_para == s.first_para - 1 and s.start == ps and (s.end == pe or not whole_para)


def find_quotes(
    text: str,
    mentions: tuple[Mention, ...],
    entities: tuple[EntityRef, ...],
    registry: Registry,
    fixes: tuple[QuoteFix, ...] = (),
    turns: tuple[Turn, ...] | None = None,
) -> tuple[tuple[Quote, ...], tuple[str, ...]]:
    """Return the quotes in `text` (sorted by start) and warnings about paragraphs abstained on.

    `turns` are the article's transcript turns (found here when not given): "I" inside a
    quote in a turn is its speaker, "you" the previous turn's."""
    spans, warnings, paras = find_marked_spans(text)
    if not spans:
        if fixes:
            _, fw = apply_fixes([], fixes, entities, registry)
            warnings = warnings + fw
        return (), tuple(warnings)
    if turns is None:
        turns = find_turns(text, mentions, entities)
    qspans = [(s.start, s.end) for s in spans]
    resolver = Resolver(text, tuple(mentions), {e.id: e for e in entities}, qspans, [p[0] for p in paras], turns=turns)
    ctx = _Context(text, spans, paras, resolver)
    accepted = _accept(ctx)
    accepted = sorted(accepted + _nested(ctx, accepted), key=lambda a: (a[0].start, -a[0].end))
    texts = [text[s.start : s.end] for s, _, _ in accepted]
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
        for (s, sp, cue), t, qid in zip(accepted, texts, quote_ids(texts), strict=True)
    ]
    if fixes:
        quotes, fw = apply_fixes(quotes, fixes, entities, registry)
        warnings = warnings + fw
    return tuple(quotes), tuple(warnings)


def _can_speak(speaker: Speaker | None) -> Speaker | None:
    """No bare pronoun or filler word ("I’m", "We", "Now", "Well", "There") is ever shown as a speaker."""
    if speaker is None:
        return None
    L = lexicon()
    words = [_CONTRACTION_RE.sub("", w.strip(" .,:;!?")) for w in speaker.name.lower().split()]
    if all(w in L.pronouns or w in L.discourse_words or w in L.stop_words or w in L.never_speakers for w in words):
        return None  # also "And I", "But we"
    return speaker


def _accept(ctx: _Context) -> list[tuple[MarkedSpan, Speaker | None, str | None]]:
    """Walk the spans in reading order: keep the quotations, each with its speaker and cue."""
    accepted: list[tuple[MarkedSpan, Speaker | None, str | None]] = []
    prev: tuple[MarkedSpan, Attribution | None] | None = None
    prev_speaker: Speaker | None = None
    for i, s in enumerate(ctx.spans):
        attr, initial, framed = _attribution(ctx, i, prev)
        follows = initial and prev is not None and prev_speaker is not None
        # “It’s a disaster,” he said. “A total disaster.”: goes on even when "he" is unresolved
        attributed = prev is not None and (prev_speaker is not None or prev[1] is not None)
        continues = initial and attributed and _goes_on(ctx, s, prev[0], whole_para=True)  # type: ignore[index]
        lo = ctx.bounds(i)[0]
        hypothetical = hypothetical_quote(ctx.text, lo, s.start)
        if not is_quotation(ctx.text, s.start, s.end, attr, initial, continues, hypothetical, framed):
            ctx.refused.add(i)
            continue
        speaker: Speaker | None = None
        if attr is not None:
            speaker = _can_speak(_resolve(ctx, i, attr.phrase, attr.where))
        elif initial and (speaker := _previous_subject(ctx, s)) is not None:
            pass  # Jones laughed. “That’s the job.”: a new subject in between beats the last speaker
        elif follows and _goes_on(ctx, s, prev[0], whole_para=False):  # type: ignore[index]
            speaker = prev_speaker
        elif s.start == ctx.paras[s.first_para][0]:
            speaker = _carried_over(ctx, s)
        elif initial:
            speaker = _next_sentence(ctx, s)  # The crowd fell silent. “…” Maria Ortiz, 52, has lived …
        if attr is None:
            speaker = _questioner(ctx, s, speaker, accepted) or speaker  # a hearing's exchange: back to the one asking
        speaker = _words_owner(ctx, s) or speaker  # “…”\n\nJudge Harold P. Vance delivered those words …
        if _shouted(ctx, s, attr):
            speaker = None  # "a man's voice shouted, “Tell it, Angie!”": nobody named
        if speaker is None:
            speaker = _addressee(ctx, i, attr)
        if speaker is None and (source := quoted_source(ctx.text, ctx.paras[s.first_para][0], s.start)) is not None:
            speaker = _can_speak(ctx.resolver.resolve(source))  # "Let me quote the Secretary: “…”"
        speaker = _not_addressee(ctx, s, attr, speaker)  # “Bye, Miss Gloria!”: said to her, not by her
        speaker = _relayed_asker(ctx, s) or speaker  # INTERPRETER: So his question was: “…”
        if chooser.DECIDES or chooser.RECORD is not None:  # the learned chooser: off on the site (chooser.py)
            speaker = chooser.choose(ctx.resolver, _where(ctx, s, attr), speaker, _can_speak)
        if speaker is not None:
            speaker = replace(speaker, name=ctx.resolver.spelt_out(speaker.name))
        accepted.append((s, speaker, attr.cue if attr is not None else None))
        prev, prev_speaker = (s, attr), speaker
        if speaker is not None:
            ctx.resolver.last = speaker
            ctx.resolver.last_quote_end = s.end
    return accepted


# "you didn't", "you closed": a "you" who did something (generic "you just grab …" is not one)
_PAST_YOU_RE = re.compile(
    r"(?<![\w’'-])you\s+(?:(?:never|just|then|also|still|already|even)\s+)?"
    r"(?:[a-z]+ed|did|didn[’']t|were|weren[’']t|had|hadn[’']t|said|told|knew|saw|made|sent|took|gave|went|left|wrote)(?![\w’'-])",
    re.I,
)


def _not_addressee(ctx: _Context, s: MarkedSpan, attr: Attribution | None, speaker: Speaker | None) -> Speaker | None:
    """The speaker, unless a quote with no named cue calls that speaker by name (quotes/vocatives.py)."""
    if speaker is None or attr is not None and attr.phrase.kind != "pronoun":
        return speaker
    return None if calls_by_name(ctx.text[s.start : s.end], speaker.name) else speaker


def _shouted(ctx: _Context, s: MarkedSpan, attr: Attribution | None) -> bool:
    """The quote's own sentence gives an unnamed voice or shout as its source (quotes/voices.py):
    with no cue, a cue whose subject is the voice, or a cue found after the quote when the voice
    shouted before it ("a man's voice shouted, “…” Denning … asked the audience …")."""
    starts = ctx.starts_for(s.first_para)
    lo = sentence_start_before(starts, s.start)
    if attr is not None and not voice_phrase(ctx.text, attr.phrase.start, attr.phrase.end):
        return attr.phrase.start >= s.end and voice_phrase(ctx.text, lo, s.start)
    pe = ctx.paras[s.last_para][1]
    hi = sentence_end_after(ctx.starts_for(s.last_para), s.end - 1, pe)
    return unnamed_voice(ctx.text, lo, s.start, s.end, hi)


def _resolve(ctx: _Context, i: int, p: Phrase, where: str) -> Speaker | None:
    """The speaker phrase p of span i as a speaker: a cited text as written, part of the
    audience as written ("quite a few of you"), the writer of the document a he/she cue names
    ("he said in the letter" after "the letter that Bolívar wrote"), else what the resolver
    makes of it."""
    if i in ctx.cited:
        return cited_speaker(ctx.resolver, p)
    return audience_part(ctx.text, p) or _writer(ctx, i, p, where) or ctx.resolver.resolve(p)


def _writer(ctx: _Context, i: int, p: Phrase, where: str) -> Speaker | None:
    """"And he said in the letter, “…”": the person the paragraph says wrote that letter
    (quotes/document_writers.py)."""
    if p.kind != "pronoun" or p.head not in ("he", "she") or where != "before":
        return None
    s = ctx.spans[i]
    cue = lexicon().cue_re.search(ctx.text, p.end, s.start)
    if cue is None:
        return None
    m = document_writer(ctx.text, ctx.paras[s.first_para][0], cue.end(), s.start, ctx.resolver.mentions_in)
    return ctx.resolver.from_mention(m) if m is not None else None  # the span: the writer's name, not "he"


def _addressee(ctx: _Context, i: int, attr: Attribution | None) -> Speaker | None:
    """The one addressed, whose words a questioner hands back: "“committed to …” – that was your
    quote –" (no cue), "what does it mean, “…”" (quotes/addressee_echo.py)."""
    s = ctx.spans[i]
    you = _echo_you(ctx.text, s) if attr is None else None
    you = you or addressee_echo(ctx.text, _sent_lo(ctx, i), s.start)
    return ctx.resolver.addressed(you) if you is not None else None


def _sent_lo(ctx: _Context, i: int) -> int:
    """Where span i's sentence starts, not before the previous quote of its paragraph."""
    s = ctx.spans[i]
    return max(ctx.bounds(i)[0], sentence_start_before(ctx.starts_for(s.first_para), s.start))


def _relayed_asker(ctx: _Context, s: MarkedSpan) -> Speaker | None:
    """The journalist whose question a moderator or interpreter relays (quotes/relayed_questions.py)."""
    r = ctx.resolver
    k = r.turn_at(s.start)
    if k is None or not relays(ctx.text, r.turns[k], s.start):
        return None
    lo = r.turns[max(0, k - TURNS_BACK)].start
    m = asker(r.turns, r.mentions_in(lo, s.start))
    if m is not None:
        return r.from_mention(m, m.start, m.end)
    called = called_on(ctx.text, lo, s.start)
    return Speaker(ctx.text[called[0] : called[1]], None, called[0], called[1], "person") if called is not None else None


def _same(a: Speaker, b: Speaker) -> bool:
    return a.entity == b.entity if a.entity is not None and b.entity is not None else a.name == b.name


def _questioner(
    ctx: _Context, s: MarkedSpan, speaker: Speaker | None, accepted: list[tuple[MarkedSpan, Speaker | None, str | None]]
) -> Speaker | None:
    """A Q-and-A exchange: "“Did you see a gun?” Nakamura asked.\n\n“I saw something,” Brandt
    said.\n\n“But you didn't see one.”": a cue-less quote paragraph that tells a "you" what they did, carried
    over to the one who spoke in the paragraph just before (B), goes back to the one who spoke in
    the paragraph before that (A, not B), when A's quote asked or addressed a "you" too; the cue-less
    quote paragraph right after that one is B's answer again. None
    otherwise (a quote with no "you", B's words going on in B's paragraph, no such A)."""
    pi = s.first_para
    text = ctx.text
    last, ctx.rejoinder = ctx.rejoinder, None
    if last is not None and last[0] == pi - 1 and speaker is not None and s.start == ctx.paras[pi][0]:
        return last[1]  # and the next cue-less paragraph is the answer again: “No, ma'am.”
    if speaker is None or pi < 2 or s.start != ctx.paras[pi][0] or _PAST_YOU_RE.search(text, s.start, s.end) is None:
        return None
    b_lo = ctx.paras[pi - 1][0]
    if any(b_lo <= q.start < s.start and (sp is None or not _same(sp, speaker)) for q, sp, _ in accepted):
        return None  # the paragraph before holds someone else's words too
    earlier = [(q, sp) for q, sp, _ in accepted if q.end <= b_lo]
    if not earlier:
        return None
    q, asker = earlier[-1]
    if asker is None or q.last_para != pi - 2 or _same(asker, speaker):
        return None
    words = text[q.start : q.end]
    if _YOU_RE.search(words) is None and not words.rstrip("”\"’' ,").endswith("?"):
        return None
    ctx.rejoinder = (pi, speaker)
    return asker


def _nested(
    ctx: _Context, accepted: list[tuple[MarkedSpan, Speaker | None, str | None]]
) -> list[tuple[MarkedSpan, Speaker | None, str | None]]:
    """Single-marked quotes inside the accepted double-marked ones that a cue gives to another
    speaker, and single-marked ones outside any that a cue introduces (quotes/nested.py), each
    with its speaker."""
    out: list[tuple[MarkedSpan, Speaker | None, str | None]] = []
    for s, outer, _ in accepted:
        if ctx.text[s.start] not in "“\"`":
            continue  # an article quoting in single marks: its inner quotes are in double marks
        for inner, attr in nested_quotes(ctx.text, s, ctx.resolver.mentioned):
            speaker = _can_speak(inner_speaker(ctx.resolver, s.start, inner.start, attr, outer)) if attr is not None else None
            if speaker is not None and calls_by_name(ctx.text[inner.start : inner.end], speaker.name):
                speaker = None  # "‘Miss Dot, when’s the gym opening?’": said to her
            out.append((inner, speaker, attr.cue if attr is not None else None))
    if ctx.spans and ctx.text[ctx.spans[0].start] in "“\"`":
        for single, attr in cued_singles(ctx.text, ctx.paras, ctx.spans, ctx.resolver.mentioned):
            out.append((single, _can_speak(ctx.resolver.resolve(attr.phrase)), attr.cue))
    return out


_YOU_RE = re.compile(r"(?<![\w’'-])(?:you|your)(?![\w’'-])", re.I)


def _echo_you(text: str, s: MarkedSpan) -> Phrase | None:
    """The "you"/"your" of a questioner's echo around the quote ("– that was your quote –", "to
    use your words, …"), as the phrase naming the one whose words they are; None when no echo."""
    if not echoed(text, s.start, s.end):
        return None
    if echoed(text, 0, s.end):  # the echo follows the quote (nothing before position 0 to search)
        m = _YOU_RE.search(text, s.end, s.end + 40)
    else:
        m = ([None] + list(_YOU_RE.finditer(text, max(0, s.start - 120), s.start)))[-1]
    return Phrase(m.start(), m.end(), "pronoun", "you") if m is not None else None


def _previous_subject(ctx: _Context, s: MarkedSpan) -> Speaker | None:
    """"Asked about the vote, Smith shrugged. “We’ll see.”": a cue-less quote opening a sentence
    is the words of the person the sentence before opens with (a name the entities know, or a
    pronoun), when that sentence holds no quote of its own."""
    starts = ctx.starts_for(s.first_para)
    k = bisect.bisect_right(starts, s.start) - 1
    if k < 1 or starts[k] != s.start or any(starts[k - 1] <= q.start < s.start for q in ctx.spans):
        return None
    subj = inverted_cue(ctx.text, starts[k - 1], s.start) or sentence_subject(ctx.text, starts[k - 1], s.start)
    comma = ctx.text.find(", ", starts[k - 1], min(s.start, starts[k - 1] + 60))
    if subj is None and comma > 0:
        subj = sentence_subject(ctx.text, comma + 2, s.start)  # "Asked about it, Salazar smiled."
    if subj is None or subj.kind == "nominal" or subj.kind == "name" and not ctx.resolver.mentioned(subj.start, subj.end):
        return None
    return _can_speak(ctx.resolver.resolve(subj))


def _carried_over(ctx: _Context, s: MarkedSpan) -> Speaker | None:
    """A cue-less quote opening its paragraph: the person the next sentence opens with, else the
    speaker of the reported speech closing the paragraph before (quotes/carryover.py)."""
    r = ctx.resolver
    found = _next_sentence(ctx, s)
    if found is not None:
        return found
    if s.first_para == 0:
        return _next_paragraph(ctx, s)
    if s.last_para + 1 < len(ctx.paras) and (
        said := said_this_next(ctx.text, s.end, ctx.paras[s.last_para][1], ctx.paras[s.last_para + 1], ctx.names_person)
    ):
        return _can_speak(r.resolve(said))  # “…”\n\nNatalia Roe, 29, said this while …
    if (led := _next_paragraph(ctx, s, lead_only=True)) is not None:
        return led  # “…”\n\nThat was how Hargrove put it …: named outright, beats the paragraph before
    carried = previous_paragraph_cue(ctx.text, ctx.paras[s.first_para - 1], r.quote_spans, ctx.starts_for(s.first_para - 1))
    if carried is not None:
        return _can_speak(r.resolve(carried.phrase))
    return _next_paragraph(ctx, s)


def _next_sentence(ctx: _Context, s: MarkedSpan) -> Speaker | None:
    """“…” Mr. Lee has lived on the block for 40 years.: the person opening the next sentence."""
    subj = next_sentence_person(ctx.text, s.end, ctx.paras[s.last_para][1], ctx.names_person)
    return _can_speak(ctx.resolver.resolve(subj)) if subj is not None else None


def _words_owner(ctx: _Context, s: MarkedSpan) -> Speaker | None:
    """The name the sentence after the quote's (in its paragraph, or opening the next one when the
    quote's sentence closes its paragraph) gives as having "delivered those words"."""
    pe = ctx.paras[s.last_para][1]
    end = sentence_end_after(ctx.starts_for(s.last_para), s.end - 1, pe)
    if end >= pe and s.last_para + 1 < len(ctx.paras):
        end, pe = ctx.paras[s.last_para + 1]
    p = words_owner(ctx.text, end, pe) if end < pe else None
    return _can_speak(ctx.resolver.resolve(p)) if p is not None else None


def _next_paragraph(ctx: _Context, s: MarkedSpan, lead_only: bool = False) -> Speaker | None:
    """“I was scared to death.”\n\nMaria Ortiz, 52, remembers …: the speaker the next paragraph opens with."""
    if s.last_para + 1 >= len(ctx.paras):
        return None
    para = ctx.paras[s.last_para + 1]
    subj = next_paragraph_speaker(ctx.text, s.end, ctx.paras[s.last_para][1], para, ctx.names_person, lead_only)
    return _can_speak(ctx.resolver.resolve(subj)) if subj is not None else None


def _where(ctx: _Context, s: MarkedSpan, attr: Attribution | None) -> chooser.Where:
    para_lo = ctx.paras[s.first_para][0]
    prev_lo = ctx.paras[s.first_para - 1][0] if s.first_para > 0 else None
    sent_lo = sentence_start_before(ctx.starts_for(s.first_para), s.start)
    return chooser.Where(s, sent_lo, para_lo, prev_lo, attr)


def _intro_paragraph(
    text: str,
    s: MarkedSpan,
    paras: list[tuple[int, int]],
    spans: list[MarkedSpan],
    by_para: dict[int, list[int]],
    starts_for: Callable[[int], list[int]],
    resolver: Resolver,
) -> Attribution | None:
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
