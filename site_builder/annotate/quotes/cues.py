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

import re
from collections.abc import Callable
from dataclasses import dataclass

from site_builder.annotate.quotes.fullnames import is_acronym
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after, phrase_before, strip_skips
from site_builder.annotate.quotes.sentences import sentence_start_before

_WORDS_RE = re.compile(r"[^\W_][\w’'.-]*")
_SENT_BREAK_RE = re.compile(r"[.!?;](?:\s|$)")
_LEAD_RE = re.compile(r"[\s,—–-]*")


def _lead_end(text: str, pos: int) -> int:
    """Past the spaces, commas and dashes at `pos` (the pattern always matches, maybe empty)."""
    m = _LEAD_RE.match(text, pos)
    return m.end() if m is not None else pos
# cues whose following phrase can be the speaker ("said Smith"); not "told X", "saying the …";
# plus the data's inverted cues ("according to Smith")
_INVERTIBLE = frozenset("said says added adds wrote writes stated noted explained continued recalled".split())
_DETS = frozenset(("the", "The", "a", "A", "an", "An"))


_DISCOURSE_RE = re.compile(r"[A-Z][a-z]*,")
_BARE_CUES = frozenset("say think ask tell write".split())
_GOVERNORS = frozenset("to can could would might may should want wants".split())
_LEAD_WORD_RE = re.compile(r"([A-Za-z]+)\s+$")  # the word right before a cue


# a passive auxiliary right before a cue ("was quoted", "have been widely described"): the cue's
# subject did not speak (its agent may, after "by")
PASSIVE_RE = re.compile(r"(?<![\w’'-])(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|again\s+|also\s+|not\s+)?\Z")
# "his"/"her"/"their" as possessor: the pronoun it stands for
_POSSESSOR_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def possessor_pronoun(text: str, start: int, end: int) -> Phrase | None:
    """"In his view", "Her response:", "in their words": the possessive at [start, end) as the
    subject pronoun it stands for; None for any other word."""
    pron = _POSSESSOR_PRONOUNS.get(text[start:end].lower())
    return Phrase(start, end, "pronoun", pron) if pron is not None else None
_BY_RE = re.compile(r"[,”\"]?\s*by\s+(?=[A-Za-z])")
_ASIDE_RE = re.compile(r"\S\s*,\s*as\s+(?:\S+\s+){0,2}\Z")
_WENT_ON_RE = re.compile(r"\b(?:go(?:es)?\s+on|went\s+on|going\s+on|proceed(?:s|ed)?|continu(?:es|ed))\s+\Z")


def is_hypothetical(text: str, cue_start: int) -> bool:
    """"simplistic to say", "mayors can say", "didn’t say": the cue reports no words actually said."""
    m = _LEAD_WORD_RE.search(text, max(0, cue_start - 20), cue_start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word == "to" and _WENT_ON_RE.search(text, max(0, m.start(1) - 20), m.start(1)):
        return False  # "it goes on to say, “…”", "he went on to write": words that were said
    negated = word in ("not", "never") or word == "t" and text[m.start(1) - 2 : m.start(1)] in ("n’", "n'")  # didn’t
    return negated or word in lexicon().hypothetical_leads


def hypothetical_quote(text: str, lo: int, qstart: int) -> bool:
    """The cue right before the quote is hypothetical ("The tradition is to say, “…”"), or a
    bare "say"/"think" that an infinitive or a modal governs a few words back ("We want
    the investors to look at the United States and say, “…”"), or "when we say “…”" (a term of
    the speaker's own; "when you say “most,”" echoes someone's words and stays a quote)."""
    last = None
    for found in lexicon().cue_re.finditer(text, max(lo, qstart - 80), qstart):
        last = found
    if last is None or text[last.end() : qstart].strip(" ,:—–-\n"):
        return False
    if _WENT_ON_RE.search(text, max(0, last.start() - 24), last.start() - 3) and text[last.start() - 3 : last.start()] == "to ":
        return False  # "it goes on to say, “…”": words that were said
    if is_hypothetical(text, last.start()):
        return True
    if last.group() not in _BARE_CUES:
        return False
    clause = re.split(r"[.;:!?]", text[max(lo, last.start() - 80) : last.start()])[-1]
    words = [w.lower().strip(",–—-") for w in clause.split()[-10:]]
    if words[-1:] in (["i"], ["we"]) and any(w in ("when", "if") for w in words):
        return True  # "when we say “apply in person,”": the speaker's own term (but "when you say" echoes)
    return any(w in _GOVERNORS for w in words)


def has_break(s: str) -> bool:
    """A sentence break in `s` (abbreviations such as "Corp." or "U.S." are not breaks)."""
    abbrev = lexicon().abbreviations
    for m in _SENT_BREAK_RE.finditer(s):
        if s[m.start()] == ".":
            w = re.search(r"([\w.]+)$", s[: m.start()])
            if w and (w.group(1) in abbrev or "." in w.group(1) or len(w.group(1)) == 1):
                continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: Phrase
    cue: str
    where: str  # "after" | "before" | "inside" | "colon" | "context"
    adjacent: bool  # the cue is near the quote (at most a few words between)
    touching: bool = False  # nothing but "that" / punctuation between cue (or speaker) and quote


def _descriptor_only(s: str) -> bool:
    """What may stand before a name in "…,” the philosopher George Santayana wrote" or
    "…,” Acme spokeswoman Jane Doe said": a short descriptor with no punctuation, stop word,
    pronoun or cue."""
    L = lexicon()
    s = s.strip()
    if not s:
        return True
    words = s.split()
    if len(words) > 5 or any(c in s for c in ",;:()“”\""):
        return False
    return all(
        (w in _DETS and i == 0)
        or (w not in _DETS and w.lower() not in L.stop_words and w.lower() not in L.cue_words and w.lower() not in L.pronouns)
        for i, w in enumerate(words)
    )


def _role_apposition(text: str, lead: int, p: Phrase) -> bool:
    """"…,” a spokeswoman for the company, Jane Roe, said": a role opens the stretch and the
    name stands in apposition after its comma."""
    role = text[lead : p.start].rstrip()
    if p.kind != "name" or not role.endswith(","):
        return False
    f = phrase_after(text, lead, p.start)
    if f is None or f.kind != "nominal":
        f = phrase_before(text, lead, lead + len(role) - 1)  # "Mr. Trump’s lawyer, Rudy Giuliani, said"
        if f is not None and not all(w[:1].isupper() for w in text[lead : f.start].split()):
            return False  # only a possessor's name may stand before the role ("Mr. Trump’s")
    return f is not None and f.kind == "nominal" and lexicon().noun_class(f.head) == "person"


def dash_signature(text: str, qend: int, hi: int) -> Attribution | None:
    """“…” – President Biden, June 11, 2021: a dash and a name right after the quote
    (or opening the next paragraph: pass that paragraph's start as `qend`)."""
    m = re.match(r"[ \t]*[—–-]+[ \t]*", text[qend : qend + 6])
    if not m:
        return None
    p = phrase_after(text, qend + m.end(), hi)
    if p is None or p.kind == "pronoun":
        return None
    nxt = _WORDS_RE.match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
    if p.kind == "name" and nxt is not None and nxt.group().islower() and lexicon().noun_class(nxt.group()) is not None:
        p = Phrase(p.start, nxt.end(), "nominal", nxt.group().lower())  # "– Joint statement of …"
    return Attribution(p, "—", "after", True, True)


def _norm_cue(s: str) -> str:
    return " ".join(s.split()).lower()


def _not_this_quotes_cue(text: str, qend: int, hi: int, lead: int, m: re.Match[str]) -> bool:
    """The cue after the quote belongs elsewhere: across a sentence break, hypothetical, or,
    after a quote that ends its sentence, opening a new statement ("“…” Now, you’ve said …",
    "“…” We have said that …") or introducing the next quote (“Done.” She added, “…”)."""
    L = lexicon()
    between = text[lead : m.start()]
    if has_break(between) or len(between.split()) > 12 or is_hypothetical(text, m.start()):
        return True
    if _ASIDE_RE.search(between):
        return True  # "“…” IPEF, as we call it, renews …": an aside naming a thing, not this quote's cue
    if text[qend - 2 : qend - 1] not in ".!?…":
        return False
    if _DISCOURSE_RE.match(between) and between.split()[0].rstrip(",").lower() in L.discourse_words:
        return True
    if _norm_cue(m.group()) not in L.inverted_cues:
        nxt = _WORDS_RE.match(text, _lead_end(text, m.end()))
        if nxt is not None and nxt.group().lower() in L.clause_openers:
            return True
    return hi > m.end() and text[hi : hi + 1] in "“\"`" and not has_break(text[m.end() : hi])


def _subject_between(text: str, lead: int, m: re.Match[str], hi: int) -> Phrase | None:
    """“…,” said Smith / “…,” Smith, a spokesman, said / “…,” a spokesperson for the agency said."""
    L = lexicon()
    between = text[lead : m.start()]
    words = [w.lower() for w in _WORDS_RE.findall(between)]
    if _norm_cue(m.group()) in L.inverted_cues or all(w in L.skip_words for w in words):
        return phrase_after(text, m.end(), hi)
    p = phrase_before(text, lead, m.start())
    if p is not None and (p.kind == "name" and _descriptor_only(text[lead : p.start]) or not text[lead : p.start].strip()
                          or _role_apposition(text, lead, p)):
        return p
    # the subject must be all that stands between the quote and the cue: read it forwards instead
    f = phrase_after(text, lead, m.start())
    if f is not None and f.kind == "nominal" and "," not in between:
        return Phrase(f.start, strip_skips(text, f.start, m.start()), "nominal", f.head)
    return f


def after_quote(text: str, qend: int, hi: int) -> Attribution | None:
    """“…,” the official added  /  “…,” said Smith  /  “…,” according to X."""
    L = lexicon()
    hi = min(hi, qend + 200)
    m = L.cue_re.search(text, qend, hi)
    if not m:
        return None
    lead = _lead_end(text, qend)
    if _not_this_quotes_cue(text, qend, hi, lead, m):
        return None
    cue = _norm_cue(m.group())
    if cue in L.document_cues:
        # "“…,” the letter reads": only a document reads
        p = phrase_before(text, lead, m.start())
        if p is None or p.kind != "nominal" or L.noun_class(p.head) != "statement" or text[lead : p.start].strip():
            return None
        return Attribution(p, cue, "after", True, True)
    echo = L.echo_re.match(text, lead, m.start()) if text[qend - 2 : qend - 1] in ".!?…" else None
    if echo is not None:
        # "“…” That’s what Elie Wiesel said when …": the speaker is the subject after the lead
        p = phrase_before(text, echo.end(), m.start())
        if p is None or text[echo.end() : p.start].strip() or p.kind == "pronoun" and p.head == "you":
            return None
        return Attribution(p, cue, "after", True, True)
    p = _subject_between(text, lead, m, hi)
    if p is not None and _only_time_words(text, p):
        return None  # "…, who had urged the board to “…,” said Friday that …": a time never speaks
    return Attribution(p, cue, "after", True, True) if p is not None else None


def _only_time_words(text: str, p: Phrase) -> bool:
    """"Friday", "Tuesday night", "last week": a phrase of weekday, month and time words only."""
    words = [w.lower() for w in _WORDS_RE.findall(text, p.start, p.end)]
    L = lexicon()
    return bool(words) and all(w in L.date_words or w in L.time_words or w.isdigit() for w in words)


def before_quote(
    text: str,
    lo: int,
    qstart: int,
    mentioned: Callable[[int, int], bool] | None = None,
    sent_lo: int | None = None,
) -> Attribution | None:
    """Smith said the two “…”  /  He said: “…”  /  According to Smith, “…”."""
    L = lexicon()
    cues = list(L.cue_re.finditer(text, lo, qstart))
    head = text[lo:qstart].rstrip()
    colon = head.endswith(":")
    if not cues:
        if colon and _names_statement(text, lo, lo + len(head) - 1):
            return _statement_colon(text, lo, lo + len(head) - 1, sent_lo)
        if colon:
            p = phrase_before(text, lo, lo + len(head) - 1)
            if p is not None and text[lo : p.start].strip():
                p = None  # "Smith: “…”" only when the speaker phrase is all there is
            if p is not None and (p.kind != "nominal" or L.noun_class(p.head) is not None):
                return Attribution(p, ":", "colon", True, True)
            # "Smith didn’t mince words: “…”": the clause's subject introduces the quote
            s = _apposed_after(text, phrase_after(text, lo, qstart), qstart)
            if s is not None and s.kind in ("name", "pronoun") and not has_break(text[s.end : qstart]):
                if s.kind == "pronoun" or len(text[s.start : s.end].split()) > 1 or (mentioned and mentioned(s.start, s.end)):
                    return Attribution(s, ":", "colon", True, True)
            if s is not None and s.kind == "nominal" and _clause_subject(text, s, qstart):
                return Attribution(s, ":", "colon", True, True)  # "The city council was blunt: “…”"
        return None
    # the nearest cue with a speaker wins; a cue with none ("if states have …", "and I’m
    # quoting him now", "and I’ll just read this") gives way to the one before it
    for last in reversed(cues[-4:]):
        cue = _norm_cue(last.group())
        if cue in L.document_cues:
            # "a statement that reads, “…”" / "he scribbled notes that read: “…”"
            a = _document_cue(text, lo, qstart, last, sent_lo)
            if a is not None:
                return a
            continue
        p = _narrowed_document(text, sent_lo, last.start()) or _cue_subject(text, lo, qstart, last, cue, sent_lo)
        if p is None or p.kind != "pronoun" and p.end <= last.start() and _prepositional_object(text, lo, p):
            continue  # "said in a statement posted on its website that": the object of "in" posted nothing
        gap = text[max(last.end(), p.end) : qstart]
        gap_words = [w.lower() for w in _WORDS_RE.findall(gap)]
        # "said in a statement that it “strongly condemns” …": the reported clause starts at "that"
        clause = gap_words[len(gap_words) - gap_words[::-1].index("that") :] if "that" in gap_words else gap_words
        adjacent = colon or (len(gap_words) <= 4 or len(clause) <= 3 and len(gap_words) <= 10) and not has_break(gap)
        touching = colon or all(w in ("that", "as", "of") for w in gap_words)
        return Attribution(p, cue, "before", adjacent, touching)
    return None


def _apposed_after(text: str, s: Phrase | None, hi: int) -> Phrase | None:
    """"The coach, Mike Tomlin, did not mince words": the name in apposition after a role."""
    if s is None or s.kind != "nominal" or lexicon().noun_class(s.head) != "person" or text[s.end : s.end + 2] != ", ":
        return s
    name = phrase_after(text, s.end + 2, hi)
    if name is None or name.kind != "name" or text[name.end : name.end + 1] != ",":
        return s
    return name


def _clause_subject(text: str, s: Phrase, qstart: int) -> bool:
    """A speaker noun (person, organization, document) opening a clause that only judges its words
    or announces them, up to the colon before the quote: "The city council was blunt: “…”", "The
    union had a message for the mayor: “…”" (not "Her husband has a new job: “…”")."""
    rest = text[s.end : qstart]
    return lexicon().noun_class(s.head) is not None and _SAYS_SO_RE.fullmatch(rest) is not None and not has_break(rest)


def _names_statement(text: str, lo: int, colon: int) -> bool:
    """The clause before the colon speaks of a document: "… issued a statement:"."""
    return any(lexicon().noun_class(w) == "statement" for w in _WORDS_RE.findall(text, lo, colon)[-6:])


def _statement_colon(text: str, lo: int, colon: int, sent_lo: int | None) -> Attribution | None:
    """"The extended troika issued a statement: “…”": the clause's subject (a name or a person
    or organization noun) issued the words; else the statement itself ("The readout: “…”")."""
    subj = _issuing_subject(text, max(lo, sent_lo if sent_lo is not None else lo), colon)
    if subj is not None:
        return Attribution(subj, ":", "colon", True, True)
    doc = _document_before(text, lo, colon)
    return Attribution(doc, ":", "colon", True, True) if doc is not None else None


def _issuing_subject(text: str, lo: int, hi: int) -> Phrase | None:
    """The subject of the clause that issued a document: a name, a person or organization noun,
    or any noun whose verb issues ("The extended troika issued a statement"); not the document."""
    L = lexicon()
    intro = _INTRO_RE.match(text, lo, hi)
    if intro is not None and any(w.islower() for w in text[lo : intro.end()].split()):
        lo = intro.end()  # "Just last week, the UN Security Council put out …"
    subj = sentence_subject(text, lo, hi)
    if subj is None:
        return _issuer_nominal(text, lo, hi)
    if subj is None or subj.kind == "pronoun":
        return None
    cls = L.noun_class(subj.head)
    if subj.kind == "name" or cls in ("person", "org"):
        return subj
    verb = _WORDS_RE.match(text, subj.end + 1)
    return subj if cls is None and verb is not None and verb.group() in L.issue_verbs else None


def _issuer_nominal(text: str, lo: int, hi: int) -> Phrase | None:
    """"The extended troika issued …", "A task force released …": a determiner, at most four
    words and an issuing verb open the clause; the words before the verb are the issuer."""
    words = list(_WORDS_RE.finditer(text, lo, min(hi, lo + 80)))[:6]
    if not words or words[0].group().lower() not in _ISSUER_DETS:
        return None
    for k in range(1, len(words) - 1):
        w, verb = words[k], words[k + 1]
        if text[words[0].end() : w.end()].count(",") or not w.group().islower():
            return None
        if verb.group() in lexicon().issue_verbs and text[w.end() : verb.start()] == " ":
            return Phrase(words[0].start(), w.end(), "nominal", w.group().lower())
    return None


# a document opening its sentence, up to three modifiers, the noun, then a name or two at most
# and a participle narrowing it, up to the cue (no punctuation: "A memo Iverson sent to council
# members in May described", "A memo sent to judges in March and seen by Reuters directs")
_NARROWED_DOC_RE = re.compile(
    r"(?:The|A|An|One|This|That|Its|Their|His|Her)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\s+(?:[A-Z][\w’'.-]*\s+){0,2}([a-z]+)\s[^,;:“”\"\n]{0,120}?"
)


def _narrowed_document(text: str, sent_lo: int | None, cue_start: int) -> Phrase | None:
    """"A 2006 council resolution honoring her described the room as “…”": a document noun opening
    the sentence and narrowed by a participle (data/document_participles.txt) right after it (a
    name may stand between: "A memo Iverson sent to …") is, whole, the cue's speaker."""
    if sent_lo is None:
        return None
    L = lexicon()
    end = strip_skips(text, sent_lo, cue_start)
    m = _NARROWED_DOC_RE.fullmatch(text, sent_lo, end)
    if m is None or L.noun_class(m.group(1)) != "statement" or m.group(2) not in L.document_participles:
        return None
    joined = text.find(" and ", m.end(2), end)  # "signed by 87 teachers and presented to the board": the first narrows it
    return Phrase(sent_lo, joined if joined > 0 else end, "nominal", m.group(1).lower())


def _document_with_pp(text: str, lo: int, cue_start: int) -> Phrase | None:
    """"The White House readout of the call said", "A statement from the family read": a document
    noun and a short prepositional phrase right before the cue; the whole is the speaker."""
    m = _DOC_PP_RE.search(text, max(lo, cue_start - 60), cue_start)
    if m is None or lexicon().noun_class(m.group(1)) != "statement" or m.group().split()[-1].lower() in lexicon().stop_words:
        return None  # not "the statement on this that reads": a relative pronoun ends no phrase
    doc = phrase_before(text, lo, m.end(1))
    if doc is None or doc.kind != "nominal" or lexicon().noun_class(doc.head) != "statement":
        return None
    return Phrase(doc.start, m.end() - 1, "nominal", doc.head)


def _document_before(text: str, lo: int, hi: int) -> Phrase | None:
    """The last document noun phrase before `hi`, past a trailing time or place ("issued a report
    on Tuesday", "a statement last week"): at most five words after it."""
    L = lexicon()
    found = None
    for w in _WORDS_RE.finditer(text, max(lo, hi - 60), hi):
        if L.noun_class(w.group()) == "statement":
            found = w
    if found is None or len(text[found.end() : hi].split()) > 5 or has_break(text[found.end() : hi]):
        return None
    doc = phrase_before(text, lo, found.end())
    return doc if doc is not None and doc.kind == "nominal" and L.noun_class(doc.head) == "statement" else None


def _spelt_apposition(text: str, p: Phrase, hi: int) -> Phrase:
    """"The TPLF, the Tigray Liberation Front, rejected …": an acronym's name in apposition right
    after it is the fuller name (the speaker convention); else `p`."""
    if p.kind != "name" or not is_acronym(text[p.start : p.end].split()[-1]):
        return p
    m = re.match(r",\s+(?:the\s+)?(?=[A-Z])", text[p.end : p.end + 8])
    name = phrase_after(text, p.end + m.end(), hi) if m is not None else None
    if name is None or name.kind != "name" or text[name.end : name.end + 1] != "," or len(text[name.start : name.end].split()) < 2:
        return p
    return name


def _is_time(text: str, p: Phrase) -> bool:
    """"in December", "on Tuesday", "since May 3": a name made of month, weekday and number words
    only, after a preposition of time (a bare "May" may be a person)."""
    words = [w.lower() for w in _WORDS_RE.findall(text, p.start, p.end)]
    if p.kind != "name" or not words or not all(w in lexicon().date_words or w.isdigit() for w in words):
        return False
    return _TIME_PREP_RE.search(text, max(0, p.start - 12), p.start) is not None


def _subject_before_time(text: str, lo: int, t: Phrase, cue_start: int, sent_lo: int | None) -> Phrase | None:
    """A time never speaks: "The company on Tuesday said" → the phrase before the time; "A letter
    … presented to the board in December said" (that phrase is a preposition's object) → the
    sentence's subject."""
    prep = _TIME_PREP_RE.search(text, max(0, t.start - 12), t.start)
    q = phrase_before(text, lo, prep.start()) if prep is not None else None
    if q is not None and not _PREP_BEFORE_RE.search(text, max(lo, q.start - 8), q.start) and not _is_time(text, q):
        return q
    q = sentence_subject(text, sent_lo, cue_start) if sent_lo is not None else None
    return None if q is None or _is_time(text, q) else q


def _subject_before_aside(text: str, sent_lo: int, cue_start: int, cue_end: int) -> Phrase | None:
    """"The Rev. Jimmy Caudill, whose congregation … since Saturday, said": a cue right after a
    comma closing an aside takes the sentence's subject before the aside; None otherwise."""
    if text[max(sent_lo, cue_start - 2) : cue_start] != ", ":
        return None
    s = sentence_subject(text, sent_lo, cue_end)
    return s if s is not None and text[s.end : s.end + 1] == "," else None


def _phrase_before_cue(text: str, lo: int, last: re.Match[str], sent_lo: int | None) -> Phrase | None:
    """The phrase right before a cue ("X is quoted as saying": before "is quoted as"), or the
    sentence's subject when the cue closes an aside after it, which may hold other names
    ("Aguilera, who is from Monterrey, Mexico, and …, described": not "Mexico"; "On Monday, the
    company, which …, said": not "Monday")."""
    quoted_as = _QUOTED_AS_RE.search(text, max(lo, last.start() - 40), last.start())
    p = phrase_before(text, lo, quoted_as.start() if quoted_as else last.start())
    aside = _subject_before_aside(text, max(lo, sent_lo), last.start(), last.end()) if sent_lo is not None else None
    if aside is not None and p is not None and p.kind == "name" and text[aside.end : p.start] in (", ", ", the "):
        return p  # "A parent group, Arlington Families for Academic Excellence, said": the name in apposition
    return aside if aside is not None else p


def _cue_subject(text: str, lo: int, qstart: int, last: re.Match[str], cue: str, sent_lo: int | None) -> Phrase | None:
    """The speaker phrase of one cue before the quote."""
    L = lexicon()
    p = None
    if cue in L.inverted_cues:
        return inverted_phrase(text, last.end(), qstart)  # "according to Smith, “…”"
    let_me = _LET_ME_RE.search(text, max(lo, last.start() - 12), last.start())
    if let_me is not None and cue in ("say", "add", "quote", "tell", "repeat"):
        return Phrase(let_me.start(1), let_me.end(1), "pronoun", "i")  # "Let me say, “…”": the speaker's own words
    participle = sent_lo is not None and cue.endswith("ing") and re.search(r",\s*$", text[sent_lo : last.start()]) is not None
    if participle and sent_lo is not None:
        # "Before the meeting, a group of students rallied in the lot, chanting “…”": the
        # participle's subject is the sentence's, not a phrase before an earlier comma
        p = sentence_subject(text, sent_lo, last.start())
        if p is not None and not _is_time(text, p):
            return _spelt_apposition(text, p, last.start())
    p = _phrase_before_cue(text, lo, last, sent_lo)
    if p is not None and _is_time(text, p):
        return _subject_before_time(text, lo, p, last.start(), sent_lo)
    if p is None and cue in _INVERTIBLE:
        p = phrase_after(text, last.end(), qstart)  # "said Smith: “…”"
        if p is not None and p.end < qstart and not text[p.end : qstart].strip():
            p = None  # "said the two leaders “agreed …”": the reported clause's subject, not the speaker
    if p is None:
        # "George sent him a letter that said, “…”"
        p = _relative_document(text, lo, last.start(), sent_lo)
    if p is None:
        p = _document_with_pp(text, lo, last.start())  # "The White House readout of the call said"
    if p is None and sent_lo is not None and _COORDINATED_RE.search(text[lo : last.start()]):
        # "Cooper said her party backed it “for months”, and said it was “damning …”": the
        # subject of the first verb of the sentence carries over to the coordinated one
        for m in L.cue_re.finditer(text, sent_lo, last.start()):
            p = phrase_before(text, sent_lo, m.start())
            if p is not None:
                break
        if p is None:
            p = sentence_subject(text, sent_lo, last.start())  # "He turned to them and said …"
    if p is None and sent_lo is not None and cue.endswith("ing") and re.search(r",\s*$", text[sent_lo : last.start()]):
        # "Santorum criticized the press in an interview, saying, “…”": the participle's
        # subject is the sentence's
        p = sentence_subject(text, sent_lo, last.start())
    return p


# "said in a statement posted …", "In a summary posted Monday, …": a preposition after a cue or
# opening the clause (not "the mission in Ukraine said": a noun's own modifier)
_PLACE_PREP_RE = re.compile(r"(?:(?<![\w’'-])([A-Za-z]+)\s+|(?:\A|[.!?,;:]\s*|\n))(?:[Ii]n|[Oo]n|[Aa]t|[Ii]nto|[Ww]ithin)\s+\Z")


def _prepositional_object(text: str, lo: int, p: Phrase) -> bool:
    """The phrase is the object of a preposition that follows a cue or opens its clause ("said in
    a statement posted on its website", "In a summary posted Monday"): it is not the subject of
    the cue after it."""
    m = _PLACE_PREP_RE.search(text, max(lo, p.start - 30), p.start)
    return m is not None and (m.group(1) is None or m.group(1).lower() in lexicon().cue_words)
_AND_BEFORE_RE = re.compile(r"(?<![\w’'-])and\s+\Z")
_PREP_BEFORE_RE = re.compile(r"\b(?:to|for|of|in|on|at|by|from|with|into|about)\s+\Z", re.I)
_TIME_PREP_RE = re.compile(r"\b(?:in|on|since|by|until|through|last|this|next|early|late|mid|before|after)\s+\Z", re.I)
_DOC_PP_RE = re.compile(r"\b([a-z]+)\s+(?:of|from|by|on|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+\s\Z")
_SAYS_SO_RE = re.compile(
    r"(?:\s+(?:from|of|for|at|in)\s+[^:,;]{1,40}?)?"  # "The statement from the White House"
    r"(?:\s+(?:was|were|is|are)(?:\s+[a-z]+){1,2}"
    r"|\s+(?:had|has|have)\s+(?:a|an|one|this|some|a\s+simple|a\s+blunt)\s+(?:message|warning|word|words|answer|response|reply|advice)(?:\s+[^:]{0,40})?)\s*:\s*"
)
_ISSUER_DETS = frozenset("the a an its their his her our".split())
# "a statement that said", "a statement, the final line of which said"
_RELATIVE_RE = re.compile(r"(?:,\s*)?(?:(?:the|a|one|its)\s+(?:[\w-]+\s+){0,2}of\s+)?\b(?:that|which)\s+\Z")
# "…, and said", "… tweets, and one of them mentioned": the sentence's subject speaks
_COORDINATED_RE = re.compile(r"\b(?:and|but)(?:\s+(?:one|some|each|the (?:first|second|last|latest)) of (?:them|those|these|which|it))?\s*$")
# "ODIHR’s professional determination that “…”": possessive, up to two modifiers, a claim noun
_CLAIM_RE = re.compile(r"((?:’s|'s|’))\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s*(?:that|of|as)?[\s,:]*\Z")
_OWN_CLAIM_RE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,1}?([a-z]+)\s*:\s*\Z")
_LET_ME_RE = re.compile(r"\b[Ll]et (me)\s+\Z")
_QUOTED_AS_RE = re.compile(r"\s*,?\s+(?:is|was|has been|had been|were|are)\s+(?:\w+ly\s+)?quoted\s+as\s+\Z")
# "It will, in the President’s words, “…”" / "in Smith's own words:"
_WORDS_OF_RE = re.compile(r"\b[Ii]n\s+((?:the\s+|[A-Z][\w.’'-]*\s+)*[A-Z]?[\w.’'-]+?)(?:’s|'s|’)\s+(?:own\s+)?words[\s,:]*\Z")
_HIS_WORDS_RE = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?words[\s,:]*\Z")
_DET_NAME_RE = re.compile(r"(?:the|our|their|his|her|its)\s+(?=[A-Z])")


def inverted_phrase(text: str, start: int, hi: int) -> Phrase | None:
    """The speaker after "according to" / "in the words of" / "to quote": a phrase, or a
    determiner and a name ("in the words of our Constitution", "according to the Post")."""
    p = phrase_after(text, start, hi)
    if p is not None:
        return p
    lead = _lead_end(text, start)
    m = _DET_NAME_RE.match(text, lead, hi)
    if m is None:
        return None
    p = phrase_after(text, m.end(), hi)
    return p if p is not None and p.kind == "name" else None


_INTRO_RE = re.compile(r"(?:[A-Z][\w’']*\s+)?[^,.;:!?“”\"]{0,40},\s+")
_NOT_VERBS = frozenset("the a an this that these those its his her their our my year week month day time".split())
_INTRO_WORD_RE = re.compile(r"[A-Z][a-z]+(?:\s+(?:this|last|next|that|[a-z]+day|week|month|year|morning|night|evening|afternoon)){0,2},\s+")
_CONJ = frozenset(("and", "but", "so", "yet", "or", "then"))


_PP_PREPS = frozenset("of from for at with".split())
_PP_WORD_RE = re.compile(r"\s+([\w’'.-]+)")


def _verb_after_pp(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """The verb after a short prepositional phrase (up to four words, no punctuation) that follows
    a subject noun: "A letter from teachers presented …" → "presented"; None when none is seen."""
    L = lexicon()
    for k in range(5):
        m = _PP_WORD_RE.match(text, pos, hi)
        if m is None:
            return None
        w = m.group(1)
        if k > 0 and w.islower() and w not in L.stop_words and w not in _NOT_VERBS and L.noun_class(w) is None:
            return _WORDS_RE.match(text, m.start(1))
        if k > 0 and w in L.cue_words:
            return _WORDS_RE.match(text, m.start(1))
        pos = m.end()
    return None


_AUXILIARIES = frozenset(("has", "had", "was", "is", "did"))
# an aside opening after a subject's comma: a relative clause, a participle, an apposition, an age
_ASIDE_OPEN_RE = re.compile(r",\s+(?:who|whose|which|[a-z]+ed|[a-z]+ing|a|an|the|\d{1,3})\b[^,;:.!?“”\"]{0,160}")
# what may go on inside the aside after one of its commas: a place's second part ("Monterrey,
# Mexico"), a coordinated clause ("and did not play …"), another aside ("78, a fiddler …")
_ASIDE_MORE_RE = re.compile(r",\s+(?:[A-Z][\w’'.-]*|and|or|but|who|whose|which|[a-z]+ed|[a-z]+ing|a|an|the|\d{1,3})\b[^,;:.!?“”\"]{0,160}")
_NOMINAL_ASIDE_OPEN_RE = re.compile(r",\s+(?:[A-Z][\w’'-]*|who|whose|which|[a-z]+ed|[a-z]+ing|a|an|the|\d{1,3})\b[^,;:.!?“”\"]{0,160}")
_VERB_AFTER_RE = re.compile(r",\s+([a-z]+)\b")


def _aside_verb(text: str, p: Phrase, hi: int) -> re.Match[str] | None:
    """The verb after a subject's aside between commas (in up to four comma-separated parts);
    a role's aside may open with a name ("a pharmacist, Oksana, 44, said"); None without one."""
    m = (_NOMINAL_ASIDE_OPEN_RE if p.kind == "nominal" else _ASIDE_OPEN_RE).match(text, p.end, hi)
    L = lexicon()
    for _ in range(4):
        if m is None:
            return None
        v_m = _VERB_AFTER_RE.match(text, m.end(), hi)
        v = v_m.group(1) if v_m is not None else ""
        if v and v not in ("and", "or", "but") and (v in L.cue_words or v in _AUXILIARIES or v not in L.stop_words and v not in _NOT_VERBS):
            return v_m
        m = _ASIDE_MORE_RE.match(text, m.end(), hi)
    return None


def _aside_then_verb(text: str, p: Phrase, hi: int) -> bool:
    """A speaker noun, an aside between commas (a relative clause, participle or apposition, in up
    to four comma-separated parts) and then its verb: "One Elm Hill resident, who declined to give
    her name, said …", "The Rev. Jimmy Caudill, whose congregation …, said", "Pruett, 78, a fiddler
    from Lampasas who …, walked out …", "Aguilera, who is from Monterrey, Mexico, and did not …,
    described …"."""
    if p.kind == "nominal" and lexicon().noun_class(p.head) is None:
        return False
    return _aside_verb(text, p, hi) is not None


# a relative clause after a speaker noun, maybe after a short prepositional phrase: " who …",
# " from a brigade defending the area, who …"
_RELATIVE_AFTER_RE = re.compile(r"(?:\s+(?:from|of|at|with|in|for|on)\s+[^,;.“”\"]{1,60}?,?)?\s+(?:who|whose)\s")


def speaks(text: str, p: Phrase, hi: int) -> bool:
    """The phrase is the subject of a speech verb before `hi`: right after it ("A man said") or
    right after the comma closing its aside or relative clause ("a pharmacist, Oksana, 44, said",
    "a man who would give only his first name, Wayne, said"); not "His grandfather made it, he
    said" nor "People who … may differ …, she said"."""
    for cue in lexicon().cue_re.finditer(text, p.end, hi):
        between = text[p.end : cue.start()]
        closed = re.search(r",[”\"’']?\s+\Z", between) is not None  # '… his call sign, "Bison," said'
        if not between.strip() or closed and (between.startswith(",") or _RELATIVE_AFTER_RE.match(between)):
            return True
    return False


_NAME_ASIDE_RE = re.compile(r",\s+(?:who|whose|which|\d{1,3}|a|an)\b")


def _named_with_aside(text: str, start: int, hi: int) -> bool:
    """"Pruett, 78, a fiddler …, walked", "Aguilera, who is from …, described": a one-word name
    opening the sentence with an aside after it is its subject, not an introductory word
    ("Yesterday, Smith …")."""
    p = phrase_after(text, start, hi)
    if p is None or p.kind != "name" or not _NAME_ASIDE_RE.match(text, p.end, hi):
        return False
    words = _WORDS_RE.findall(text, p.start, p.end)
    return not any(w.lower() in lexicon().date_words or w.lower() in lexicon().discourse_words for w in words) and _aside_then_verb(text, p, hi)


def sentence_subject(text: str, sent_lo: int, hi: int) -> Phrase | None:
    """The subject opening the sentence [sent_lo, hi), followed by its (lower-case) verb:
    "Smith criticized …", "In 2011, President Obama issued …", "And Nehru noted …"."""
    L = lexicon()
    start = sent_lo
    first = _WORDS_RE.match(text, start)
    if first is None:
        return None
    if first.group().lower() in _CONJ:
        start = _lead_end(text, first.end())
        first = _WORDS_RE.match(text, start)
        if first is None:
            return None
    if first.group().lower() in L.stop_words and first.group().lower() not in _CONJ:
        m = _INTRO_RE.match(text, start, hi)  # an introductory phrase: "In 2011, …"
        if m is None:
            return None
        start = m.end()
    else:
        m = _INTRO_WORD_RE.match(text, start, hi)  # "Now, my staff …", "Yesterday, Smith …"
        if m is not None and not _named_with_aside(text, start, hi):
            start = m.end()
    p = phrase_after(text, start, hi)
    if p is None or p.kind == "pronoun" and p.head in ("it", "you", "i", "we"):
        return None
    if p.kind in ("nominal", "name") and text[p.end : p.end + 1] == "," and _aside_then_verb(text, p, hi):
        return p  # "The traffic study, prepared by the firm, found …", "Jerry Cirino, a Republican, voted"
    verb = _WORDS_RE.match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
    if verb is not None and p.kind == "nominal" and verb.group() in _PP_PREPS:
        verb = _verb_after_pp(text, verb.end(), hi)  # "A group of students rallied …"
    if verb is None or not verb.group().islower():
        return None
    v = verb.group()
    if v in _NOT_VERBS:
        return None  # "Earlier this year, …": no subject and verb
    if v == "who" and p.kind == "nominal":
        return p  # "A mother who escaped the city talked …"
    if v in L.stop_words and v not in L.cue_words and v not in _AUXILIARIES:
        return None
    return p


def _relative_document(text: str, lo: int, cue_start: int, sent_lo: int | None) -> Phrase | None:
    """"X issued a statement that reads" / "George sent him a letter that said": the clause's
    subject when it is a name or pronoun, else the document; None without "document that"."""
    rel = _RELATIVE_RE.search(text, max(lo, cue_start - 40), cue_start)
    if rel is None:
        return None
    doc = _document_before(text, lo, rel.start())
    if doc is None:
        return None
    if sent_lo is not None:
        subj = sentence_subject(text, max(lo, sent_lo), doc.start)
        if subj is not None and subj.kind == "pronoun":
            return subj
        subj = _issuing_subject(text, max(lo, sent_lo), doc.start)
        if subj is not None:
            return subj
    # the document alone only when it says whose it is ("the Home Office letter that said")
    return doc if any(w[:1].isupper() for w in text[doc.start : doc.end].split()[1:]) else None


def _document_cue(text: str, lo: int, qstart: int, cue: re.Match[str], sent_lo: int | None) -> Attribution | None:
    """"X issued a statement that reads, “…”": the document's cue must touch the quote; the
    speaker is the clause's subject when it is a name or pronoun, else the document."""
    L = lexicon()
    if text[cue.end() : qstart].strip(" ,:—–-\n"):
        return None
    p = _relative_document(text, lo, cue.start(), sent_lo)
    if p is None:
        doc = phrase_before(text, lo, cue.start())
        if doc is None or doc.kind != "nominal" or L.noun_class(doc.head) != "statement":
            doc = _document_with_pp(text, lo, cue.start())  # "A statement from the family read:"
        if doc is None:
            return None
        p = doc
    return Attribution(p, _norm_cue(cue.group()), "before", True, True)


def inside_quote(text: str, lo: int, qstart: int, qend: int) -> Attribution | None:
    """Hegseth “also reiterated that …”: a fragment that opens with the speech verb."""
    L = lexicon()
    if text[qstart:qstart + 1] not in "“\"`":
        return None
    body = qstart + (2 if text.startswith("``", qstart) else 1)
    words = list(_WORDS_RE.finditer(text, body, min(qend, body + 60)))[:3]
    verb = None
    for w in words:
        lw = w.group().lower()
        if lw in L.cue_words:
            verb = w
            break
        if lw not in L.skip_words:
            return None
    if verb is None:
        return None
    p = phrase_before(text, lo, qstart)
    if p is None:
        return None
    if text[p.end : qstart].strip():
        return None
    return Attribution(p, verb.group().lower(), "inside", True, True)


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
    if text[qend - 2 : qend - 1] != "." or lexicon().echo_re.match(text, _lead_end(text, qend)):
        return False  # "“…” This is what the G7 countries said": an echo names this quote's speaker
    b = before_quote(text, head_lo, skip_interjection(text, head_lo, qstart), mentioned, sent_lo)
    return b is not None and b.where == "before"


def passive_agent(text: str, b: Attribution, qend: int, hi: int) -> Attribution | None:
    """"have been branded “extremists” by Russian authorities": a passive cue's speaker is its
    agent after the quote, not the subject before it; None when no agent follows."""
    m = None
    for found in lexicon().cue_re.finditer(text, b.phrase.end, max(b.phrase.end, qend - 1)):
        m = found
        break
    if m is None or not PASSIVE_RE.search(text, max(0, m.start() - 30), m.start()):
        return None
    by = _BY_RE.match(text, qend, hi)
    agent = phrase_after(text, by.end(), hi) if by is not None else None
    if agent is None or agent.kind == "pronoun":
        return None
    return Attribution(agent, b.cue, "after", True, True)


def frame_subject(text: str, lo: int, qstart: int, verb: str) -> Attribution | None:
    """"a House whose leaders have already described it as “dead on arrival”": the subject right
    before a partial quote's frame verb (its auxiliaries skipped) — a name, a pronoun other than
    "it", or a person or organization noun; None when something else stands there ("… and called
    it “…”": the sentence's subject is left to the caller)."""
    at = None
    for found in re.finditer(r"(?<![\w’'-])" + re.escape(verb) + r"(?![\w’'-])", text[lo:qstart], re.I):
        at = lo + found.start()
    if at is None:
        return None
    aside = _subject_before_aside(text, lo, at, at + len(verb))  # "Aguilera, who is from …, described the win as"
    if aside is not None:
        return Attribution(aside, verb, "before", True, True)
    p = phrase_before(text, lo, at)
    if _AND_BEFORE_RE.search(text, max(lo, at - 5), at) is not None:
        # "The weather service extended its warning and urged residents to “…”": the subject of
        # the sentence's first verb, when the phrase before "and" is no subject (a time, an object)
        s = sentence_subject(text, lo, at)
        p = s if s is not None and (s.kind != "name" or len(text[s.start : s.end].split()) > 1) else p  # not "Heavy rain …"
    if p is None or p.kind == "pronoun" and p.head in ("it", "i", "we", "you"):
        return None
    if p.kind == "nominal" and lexicon().noun_class(p.head) not in ("person", "org"):
        return None
    if text[p.end : at].strip() and not re.fullmatch(r"[\s\w’'-]*", text[p.end : at]):
        return None
    return Attribution(p, verb, "before", True, True)


def claimed(text: str, lo: int, qstart: int) -> Attribution | None:
    """"ODIHR’s professional determination that “…”": the possessor of a claim noun right before
    the quote."""
    claim = _CLAIM_RE.search(text, max(lo, qstart - 80), qstart)
    if claim is None:
        own = _OWN_CLAIM_RE.search(text, max(lo, qstart - 40), qstart)  # "Her response: “…”"
        if own is None or own.group(2).lower() not in lexicon().claim_nouns:
            return None
        pron = possessor_pronoun(text, own.start(1), own.end(1))
        return Attribution(pron, own.group(2).lower(), "before", True, True) if pron is not None else None
    if claim.group(2).lower() not in lexicon().claim_nouns:
        return None
    p = phrase_before(text, lo, claim.start(1))
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, claim.group(2).lower(), "before", True, True)


def possessor(text: str, lo: int, cut: int, qstart: int) -> Attribution | None:
    """"the Cuban Government’s, quote, “call to combat”": the possessor right before the marker."""
    if cut == qstart:
        return None
    end = cut - 1 if text[cut - 1 : cut] == "," else cut
    m = re.search(r"(?:’s|'s|’)\s*$", text[max(lo, end - 4) : end])
    if m is None:
        return None
    p = phrase_before(text, lo, end - len(m.group()))
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, "quote", "before", True, True)


def next_sentence(text: str, qend: int, hi: int) -> Attribution | None:
    """"“We will appeal.” So said Jane Roe." / "Those were the words of the minister.": the
    sentence after a quote that ends its own names the speaker after a lead."""
    if text[qend - 2 : qend - 1] not in ".!?…":
        return None
    p, lead = revealed_speaker(text, qend, hi)
    return Attribution(p, lead, "after", True, True) if p is not None else None


_THAT_WAS_RE = re.compile(r"\s*That\s+(?:was|is)\s+")


def revealed_speaker(text: str, pos: int, hi: int) -> tuple[Phrase | None, str]:
    """The speaker a sentence opening at `pos` reveals, and its lead: "So said Jane Roe", "That was
    the assessment of Dr. Howard Feld", "That was Mykola, 71, a retired electrician, speaking …"
    (a name closed by a comma or the sentence's end, not a time: "That was Tuesday.")."""
    m = lexicon().next_lead_re.match(text, pos, hi)
    if m is not None:
        p = inverted_phrase(text, m.end(), hi)
        return (p, " ".join(m.group().split()).lower()) if p is not None and p.kind != "pronoun" else (None, "")
    m = _THAT_WAS_RE.match(text, pos, hi)
    p = phrase_after(text, m.end(), hi) if m is not None else None
    if p is None or p.kind != "name" or text[p.end : p.end + 1] not in (",", ".") or _only_time_words(text, p):
        return None, ""
    return p, "that was"


def words_of(text: str, lo: int, qstart: int) -> Attribution | None:
    """"It will, in the President’s words, “…”": the possessor of "words" is the speaker; "in his
    words" is the person "he" stands for."""
    m = _WORDS_OF_RE.search(text, max(lo, qstart - 80), qstart)
    if m is None:
        own = _HIS_WORDS_RE.search(text, max(lo, qstart - 40), qstart)
        pron = possessor_pronoun(text, own.start(1), own.end(1)) if own is not None else None
        return Attribution(pron, "in the words of", "before", True, True) if pron is not None else None
    words = m.group(1).split()
    head = words[-1].lower()
    if words[0].lower() == "the":
        p = Phrase(m.start(1), m.end(1), "nominal", head)  # "the President’s"
    elif all(w[:1].isupper() for w in words):
        p = Phrase(m.start(1), m.end(1), "name", head)  # "Smith’s"
    else:
        return None
    return Attribution(p, "in the words of", "before", True, True)


def question_intro(text: str, lo: int, head_lo: int, qstart: int) -> Attribution | None:
    """"Our next question is from Anthony Richter: “…”" / "… submitted by Jason Calderon from
    NTN 24. The question is: “…”": the asker named before a colon that introduces the quote."""
    head = text[head_lo:qstart].rstrip()
    if not head.strip(" (") and head_lo > lo:
        return _question_sentence(text, lo, head_lo, qstart)
    if not head.endswith(":"):
        return None
    m = None
    for found in lexicon().question_re.finditer(text, lo, qstart):
        m = found
    if m is None:
        return None
    if m.start() < head_lo and "question" not in head.lower():
        return None  # the colon sentence must be the intro or speak of the question
    p = phrase_after(text, m.end(), qstart)
    if p is None or p.kind == "pronoun":
        return None
    return Attribution(p, ":", "colon", True, True)


def _question_sentence(text: str, lo: int, sent_lo: int, qstart: int) -> Attribution | None:
    """"Another question from Danny in the comments. “Do you …?”": a quote opening the sentence
    right after a short one that names its asker."""
    m = None
    for found in lexicon().question_re.finditer(text, max(lo, sent_lo - 120), sent_lo):
        m = found
    if m is None or has_break(text[m.end() : sent_lo].rstrip()[:-1]) or len(text[m.end() : sent_lo].split()) > 8:
        return None
    p = phrase_after(text, m.end(), sent_lo)
    if p is None or p.kind != "name":
        return None
    return Attribution(p, "question", "before", True, True)


def skip_interjection(text: str, lo: int, qstart: int) -> int:
    """Where the text before a quote ends once ", and I quote," is dropped: "Smith said, and I
    quote, “…”" reads as "Smith said, “…”" (a comma is kept after the cue)."""
    if qstart - lo < 5:
        return qstart
    w = max(lo, qstart - 40)
    m = lexicon().interjection_re.search(text, w, qstart)
    if m is None:
        return qstart
    return m.start() + 1 if text[m.start()] == "," else m.start()


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
            return Attribution(p, _norm_cue(last.group()), "context", False)
        return None
    return None
