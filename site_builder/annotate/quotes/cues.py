"""Attribution cues: the speech verb tying a quotation to a speaker phrase.

Finds, for one quotation, in this order of preference:

* after the quote, in the same sentence: “…,” the statement added / “…,” said
  Smith / “…,” Smith, a spokesman, told reporters / “…,” according to the ministry;
* before the quote, in the same sentence: Smith said the two “held …” / He said:
  “…” / According to Smith, “…” (the nearest cue before the quote wins, so in
  "Ullyot said … that Hegseth reaffirmed “…”" the speaker is Hegseth);
* inside a quoted fragment that begins with the verb: Hegseth “also reiterated …”;
* a colon after a speaker phrase with no verb (Smith: “…”), or after a clause whose
  subject is a name or pronoun (Smith didn’t mince words: “…”);
* a dash signature after the quote or opening the next paragraph (“…” – John Smith);
* an introduction closing the previous paragraph (Smith stated:\n\n“…”), used by
  `find_quotes`; and a cue in an earlier sentence of the paragraph (`context_attribution`);
* a coordinated verb borrows the sentence's first subject (Jones said …, and said “…”;
  He turned to them and said “…”), and so does a participle after a comma (Santorum
  criticized the press, saying, “…”);
* interjections between cue and quote are skipped (X said, and I quote, “…”; claimed, quote,
  “…”); inverted cues take the speaker after them (according to / in the words of / To quote
  Elie Wiesel, “…”); a relative pronoun stands for the phrase before it (Anthony Richter, who
  asks: “…”); a document's cue (a statement that reads, “…”; he scribbled notes that read:
  “…”) names the clause's subject, else the document;
* the sentence after a quote: “…” That’s what Elie Wiesel said (leads from data);
* a question's asker named before a colon (Our next question is from X: “…”), or in a short
  sentence right before the quote (Another question from Danny. “…”);
* a body that issued the document a colon introduces (The extended troika issued a
  statement: “…”; The task force released a report on Tuesday: “…”), a statement "which said"
  (its issuer), a document with a short prepositional phrase (A statement from the family
  read: “…”), a speaker noun whose clause judges or announces the words (The city council
  was blunt: “…”), "in his words", "Her response: “…”".

A subject keeps its cue across a long or many-part aside ("The Rev. Jimmy Caudill, whose
congregation …, said"; "Pruett, 78, a fiddler from Lampasas who …, walked out … and said"; "On
Monday, the company, which …, said"), unless a name stands in apposition to it ("A parent group,
Arlington Families for Academic Excellence, said"); a quote that closes its sentence with a period
keeps a cue before it in that sentence over the next sentence's cue; "That was Mykola, 71, …" after
a quote reveals its speaker; a time after an inverted cue never speaks ("“…,” said Friday").

A partial quote's frame verb takes its own subject (a House whose leaders have described it as
“…”); a time never speaks (The company on Tuesday said → the company); a participle after a
comma takes the sentence's subject, which may carry a short prepositional phrase or an aside
between commas (A group of students rallied …, chanting “…”; Jerry Cirino, a Republican, voted …,
calling it “…”).

Refuses: cues inside other quotations, cues beyond a sentence boundary, cues with
no speaker phrase (a verb alone attributes nothing), the object of "told"/"asked"
as a speaker, and a cue that introduces the next quote rather than closing this one
(“Done.” She added, “…”), a cue opening a reported clause after a quote that ends
its sentence (“…” We have always said that …), an aside after it (“…” IPEF, as we call it,),
and the words right after "said" that open the quoted clause (said the two leaders “agreed …”).
"""


from __future__ import annotations

from collections.abc import Callable

from site_builder.annotate.quotes.attribution import Attribution, lead_end, norm_cue
from site_builder.annotate.quotes.cue_markers import claimed, inside_quote, possessor, question_intro, skip_interjection, words_of
from site_builder.annotate.quotes.cues_after import after_quote, dash_signature, next_sentence
from site_builder.annotate.quotes.cues_before import before_quote, passive_agent
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import phrase_before
from site_builder.annotate.quotes.sentences import sentence_start_before


def find_attribution(
    text: str,
    qstart: int,
    qend: int,
    sent_starts: list[int],
    lo: int,
    hi: int,
    mentioned: Callable[[int, int], bool] | None = None,
) -> Attribution | None:
    """Best attribution for the quote [qstart, qend); `lo`/`hi` bound the free text around it
    (end of the previous quote / start of the next one in the same paragraph); `mentioned(a, b)`
    tells whether an entity mention overlaps [a, b)."""
    head_lo = max(lo, sentence_start_before(sent_starts, qstart))
    a = after_quote(text, qend, hi)
    if a is not None and _cued_before(text, head_lo, qstart, qend, mentioned, sentence_start_before(sent_starts, qstart)):
        a = None  # "Officials said the outbreak was “under control.” A spokesman, X, said …": the next sentence's cue
    a = a or dash_signature(text, qend, hi) or next_sentence(text, qend, hi)
    if a is not None:
        return a
    cut = skip_interjection(text, head_lo, qstart)
    claim = claimed(text, head_lo, qstart)
    if claim is not None:
        return claim  # "we noted the minister’s warning of “…”": the claim's owner, not "we"
    b = before_quote(text, head_lo, cut, mentioned, sentence_start_before(sent_starts, qstart))
    if b is not None and b.where == "before":
        b = passive_agent(text, b, qend, hi) or b
    if b is not None:
        # "China warned that any country … would face, quote, “…”": the marker ties the cue to the quote
        return b if cut == qstart else Attribution(b.phrase, b.cue, b.where, True, True)
    return (inside_quote(text, head_lo, qstart, qend) or question_intro(text, lo, head_lo, cut)
            or words_of(text, head_lo, qstart) or possessor(text, head_lo, cut, qstart))


def _cued_before(text: str, head_lo: int, qstart: int, qend: int, mentioned: Callable[[int, int], bool] | None, sent_lo: int) -> bool:
    """The quote closes its sentence with a period ("… was “under control.”") and a cue before it in
    that sentence already gives it a speaker: a cue after it opens the next sentence ("The company
    that owns the warehouse did not respond …")."""
    if text[qend - 2 : qend - 1] != "." or lexicon().echo_re.match(text, lead_end(text, qend)):
        return False  # "“…” This is what the G7 countries said": an echo names this quote's speaker
    b = before_quote(text, head_lo, skip_interjection(text, head_lo, qstart), mentioned, sent_lo)
    return b is not None and b.where == "before"


def context_attribution(text: str, ps: int, sent_start: int, free: list[tuple[int, int]]) -> Attribution | None:
    """A cue in an earlier sentence of the same paragraph: Smith said the plan was dead. “We …”

    `free` are the stretches of the paragraph before the quote that lie outside quotations."""
    L = lexicon()
    for lo, hi in reversed(free):
        hi = min(hi, sent_start)
        if hi <= lo:
            continue
        last = None
        for m in L.cue_re.finditer(text, lo, hi):
            last = m
        if last is None:
            continue
        p = phrase_before(text, lo, last.start())
        if p is not None:
            return Attribution(p, norm_cue(last.group()), "context", False)
        return None
    return None
