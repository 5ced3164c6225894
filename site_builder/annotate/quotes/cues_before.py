"""Cues before a quotation: Smith said the two “…” / He said: “…” / According to Smith, “…”.

Finds: the speaker phrase of the nearest cue before the quote that has one (a subject across an
aside or a time, a participle's or a coordinated verb's sentence subject, an acronym's name in
apposition, the phrase a list of names spells out: "the troika, meaning A, B, C concluded"), a colon after a speaker phrase or a clause that judges the words, a passive cue's
agent after the quote, a partial quote's frame subject.
Refuses: the object of a preposition after a cue ("said in a statement posted …"), a time as a
subject, the reported clause's subject after "said", "it"/"I"/"we"/"you" as a frame's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from site_builder.annotate.quotes.attribution import PASSIVE_RE, WORDS_RE, Attribution, has_break, norm_cue
from site_builder.annotate.quotes.cues_after import inverted_phrase
from site_builder.annotate.quotes.document_cues import (
    document_cue,
    document_with_pp,
    names_statement,
    narrowed_document,
    relative_document,
    statement_colon,
)
from site_builder.annotate.quotes.document_subjects import document_subject
from site_builder.annotate.quotes.fullnames import is_acronym
from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after, phrase_before
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.lexicon import data_lines

# cues whose following phrase can be the speaker ("said Smith"); not "told X", "saying the …";
# plus the data's inverted cues ("according to Smith")
_INVERTIBLE = frozenset("said says added adds wrote writes stated noted explained continued recalled".split())


_BY_RE = re.compile(r"[,”\"]?\s*by\s+(?=[A-Za-z])")


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
        if colon and names_statement(text, lo, lo + len(head) - 1):
            return statement_colon(text, lo, lo + len(head) - 1, sent_lo)
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
        cue = norm_cue(last.group())
        if _modifier_cue(text, lo, last):
            continue  # "this year's confirmed deaths": an adjective, no cue
        if cue in L.document_cues:
            # "a statement that reads, “…”" / "he scribbled notes that read: “…”"
            a = document_cue(text, lo, qstart, last, sent_lo)
            if a is not None:
                return a
            continue
        p = (
            narrowed_document(text, sent_lo, last.start())
            or document_subject(text, sent_lo, last.start())
            or _cue_subject(text, lo, qstart, last, cue, sent_lo)
        )
        relative = p is not None and _WHICH_GAP_RE.fullmatch(text, p.end, last.start()) is not None
        if p is None or p.kind != "pronoun" and p.end <= last.start() and not relative and _prepositional_object(text, lo, p):
            continue  # "said in a statement posted on its website that": the object of "in" posted nothing
        gap = text[max(last.end(), p.end) : qstart]
        gap_words = [w.lower() for w in WORDS_RE.findall(gap)]
        # "said in a statement that it “strongly condemns” …": the reported clause starts at "that"
        clause = gap_words[len(gap_words) - gap_words[::-1].index("that") :] if "that" in gap_words else gap_words
        adjacent = colon or (len(gap_words) <= 4 or len(clause) <= 3 and len(gap_words) <= 10) and not has_break(gap)
        touching = colon or all(w in ("that", "as", "of") for w in gap_words)
        return Attribution(p, cue, "before", adjacent, touching)
    return None


# a noun's possessive right before a word in -ed: "this year's confirmed deaths", "the city's
# announced plan" (not "he's said", "she’s stated": a pronoun's contraction)
_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![\w’'-])([\w-]+)[’']s\s+\Z")
_CONTRACTING = frozenset("he she it that there who what where here everyone nobody somebody one".split())


def _modifier_cue(text: str, lo: int, cue: re.Match[str]) -> bool:
    """The cue word modifies the noun after a possessive: "this year's confirmed deaths"."""
    m = _POSSESSIVE_BEFORE_RE.search(text, max(lo, cue.start() - 30), cue.start())
    return m is not None and cue.group().endswith("ed") and m.group(1).lower() not in _CONTRACTING


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
    words = [w.lower() for w in WORDS_RE.findall(text, p.start, p.end)]
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


# a party and district or state after a lawmaker's name ("Rep. Ann Hale, D-Evanston Park, said"): no speaker
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z]")


_RELATIVE_RE = re.compile(r"\s+(?:who|whose)\b")


def _relative_head(text: str, sent_lo: int, cue_start: int) -> Phrase | None:
    """The person or body opening the sentence right before a relative clause ("One parent whose
    daughter …", "A county planner who …"), the subject of a speech verb after that clause; None
    when the sentence opens otherwise."""
    p = phrase_after(text, sent_lo, cue_start)
    if p is None or p.kind not in ("nominal", "name") or p.start != sent_lo or not _RELATIVE_RE.match(text, p.end, cue_start):
        return None
    if p.kind == "nominal" and lexicon().noun_class(p.head) not in ("person", "org"):
        return None
    return p


# a list of two or more names in apposition, its last item right before the cue and no comma closing
# it: "the troika, meaning the United States, Russia, China, Pakistan concluded" (the list's last
# name is not the subject; the phrase the list spells out is)
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
_LIST_BEFORE_RE = re.compile(
    rf",\s+(?:meaning|including|namely|such\s+as|that\s+is,)\s+(?:{_LIST_ITEM}(?:,\s+(?:and\s+)?|\s+and\s+))+\Z"
)


def _phrase_before_cue(text: str, lo: int, last: re.Match[str], sent_lo: int | None) -> Phrase | None:
    """The phrase right before a cue ("X is quoted as saying": before "is quoted as"), or the
    sentence's subject when the cue closes an aside after it, which may hold other names
    ("Aguilera, who is from Monterrey, Mexico, and …, described": not "Mexico"; "On Monday, the
    company, which …, said": not "Monday")."""
    quoted_as = _QUOTED_AS_RE.search(text, max(lo, last.start() - 40), last.start())
    p = phrase_before(text, lo, quoted_as.start() if quoted_as else last.start())
    aside = _subject_before_aside(text, max(lo, sent_lo), last.start(), last.end()) if sent_lo is not None else None
    if p is not None and _PARTY_TAG_RE.match(text, p.start):
        p = phrase_before(text, lo, p.start - 2) if text[max(lo, p.start - 2) : p.start] == ", " else None  # "Rep. Ann Hale, D-Evanston Park, who …, said"
    if aside is None and sent_lo is not None and text[max(lo, last.start() - 2) : last.start()] == ", ":
        aside = _relative_head(text, max(lo, sent_lo), last.start())  # "One parent whose daughter …, and who …, said"
    if aside is not None and p is not None and p.kind == "name" and text[aside.end : p.start] in (", ", ", the ") and not _PARTY_TAG_RE.match(text, p.start):
        return p  # "A parent group, Arlington Families for Academic Excellence, said": the name in apposition
    if aside is None and p is not None and p.kind == "name":
        listed = _LIST_BEFORE_RE.search(text, max(lo, p.start - 160), p.start)
        head = phrase_before(text, lo, listed.start()) if listed is not None else None
        if head is not None and head.kind in ("name", "nominal"):
            return head  # "the extended troika, meaning the United States, Russia, China, Pakistan concluded"
    return aside if aside is not None else p


def _inverted(text: str, last: re.Match[str], qstart: int, sent_lo: int | None) -> Phrase | None:
    """"said Smith: “…”": the phrase after an invertible cue; not the reported clause's subject."""
    p = phrase_after(text, last.end(), qstart)
    if p is not None and p.end < qstart and not text[p.end : qstart].strip():
        return None  # "said the two leaders “agreed …”": the reported clause's subject, not the speaker
    if p is not None and (_REPORTED_VERB_RE.match(text, p.end) or p.kind == "pronoun" and _WORD_NEXT_RE.match(text, p.end)):
        # "A county planner who … said the county attorney’s office had been preparing …": the
        # phrase after "said" is the reported clause's subject; the sentence's head speaks
        return _relative_head(text, sent_lo, last.start()) if sent_lo is not None else None
    return p


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
        p = _words_source(text, sent_lo, last.start()) or sentence_subject(text, sent_lo, last.start())
        if p is not None and not _is_time(text, p):
            return _spelt_apposition(text, p, last.start())
    p = _participle_subject(text, lo, _phrase_before_cue(text, lo, last, sent_lo), last, sent_lo)
    if p is not None and _is_time(text, p):
        return _subject_before_time(text, lo, p, last.start(), sent_lo)
    if p is None and cue in _INVERTIBLE:
        p = _inverted(text, last, qstart, sent_lo)
    if p is None:
        # "George sent him a letter that said, “…”"
        p = relative_document(text, lo, last.start(), sent_lo)
    if p is None:
        p = document_with_pp(text, lo, last.start())  # "The White House readout of the call said"
    if p is None and sent_lo is not None and _COORDINATED_RE.search(text[lo : last.start()]):
        # "Cooper said her party backed it “for months”, and said it was “damning …”": the
        # subject of the first verb of the sentence carries over to the coordinated one
        main = _main_clause_start(text, sent_lo, last.start())  # past "When the forewoman read the verdict, "
        p = _reported_subject(text, main, last)
        for m in [] if p is not None else L.cue_re.finditer(text, main, last.start()):
            p = phrase_before(text, main, m.start())
            if p is not None:
                break
        if p is None:
            p = sentence_subject(text, main, last.start())  # "He turned to them and said …"
        if p is None and main > sent_lo:
            p = _main_subject(text, main, last.start()) or phrase_before(text, sent_lo, last.start())
    if p is None and sent_lo is not None and cue.endswith("ing") and re.search(r",\s*$", text[sent_lo : last.start()]):
        # "Santorum criticized the press in an interview, saying, “…”": the participle's
        # subject is the sentence's
        p = sentence_subject(text, sent_lo, last.start())
    return p


# "said in a statement posted …", "In a summary posted Monday, …": a preposition after a cue or
# opening the clause (not "the mission in Ukraine said": a noun's own modifier)
_PLACE_PREP_RE = re.compile(r"(?:(?<![\w’'-])([A-Za-z]+)\s+|(?:\A|[.!?,;:]\s*|\n))(?:[Ii]n|[Oo]n|[Aa]t|[Ii]nto|[Ww]ithin)\s+\Z")


@lru_cache(maxsize=1)
def _words_from_re() -> re.Pattern[str]:
    """"the comment from Kim Jong-un’s sister", "remarks by the foreign minister": words
    (data/words_from_nouns.txt) and whose they are."""
    nouns = "|".join(map(re.escape, sorted(data_lines(DATA_DIR / "words_from_nouns.txt"), key=len, reverse=True)))
    return re.compile(rf"(?<![\w’'-])(?:{nouns})\s+(?:from|by)\s+")


def _words_source(text: str, lo: int, hi: int) -> Phrase | None:
    """"Do you have any response to the comment from Kim Jong-un’s sister about the exercise,
    calling Seoul “…”": a participle after a comma whose clause names words and their source speaks
    for that source (a name, or a person or organization noun), not for the sentence's subject."""
    found = None
    for m in _words_from_re().finditer(text, lo, hi):
        found = m
    if found is None:
        return None
    p = phrase_after(text, found.end(), hi)
    if p is None or p.kind not in ("name", "nominal"):
        return None
    return p if p.kind == "name" or lexicon().noun_class(p.head) in ("person", "org") else None


def _prepositional_object(text: str, lo: int, p: Phrase) -> bool:
    """The phrase is the object of a preposition that follows a cue or opens its clause ("said in
    a statement posted on its website", "In a summary posted Monday"): it is not the subject of
    the cue after it."""
    m = _PLACE_PREP_RE.search(text, max(lo, p.start - 30), p.start)
    return m is not None and (m.group(1) is None or m.group(1).lower() in lexicon().cue_words)


# an auxiliary or modal right after the phrase that follows "said": the phrase is the reported
# clause's subject ("said the board had “…”"), not an inverted speaker ("said the board, which …")
_REPORTED_VERB_RE = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|can|did|does|do)\b")


# "announced in a statement from the family, which said": the document a relative pronoun takes up
# speaks, though it is a preposition's object
_WHICH_GAP_RE = re.compile(r",?\s*(?:which|that)\s+")


# a word right after a pronoun that follows "said": "said he died …" opens the reported clause
_WORD_NEXT_RE = re.compile(r" [a-z]")


_AND_BEFORE_RE = re.compile(r"(?<![\w’'-])and\s+\Z")


_PREP_BEFORE_RE = re.compile(r"\b(?:to|for|of|in|on|at|by|from|with|into|about)\s+\Z", re.I)


_TIME_PREP_RE = re.compile(r"\b(?:in|on|since|by|until|through|last|this|next|early|late|mid|before|after)\s+\Z", re.I)


_SAYS_SO_RE = re.compile(
    r"(?:\s+(?:from|of|for|at|in)\s+[^:,;]{1,40}?)?"  # "The statement from the White House"
    r"(?:\s+(?:was|were|is|are)(?:\s+[a-z]+){1,2}"
    r"|\s+(?:had|has|have)\s+(?:a|an|one|this|some|a\s+simple|a\s+blunt)\s+(?:message|warning|word|words|answer|response|reply|advice)(?:\s+[^:]{0,40})?)\s*:\s*"
)


# "…, and said", "… tweets, and one of them mentioned": the sentence's subject speaks
_COORDINATED_RE = re.compile(r"\b(?:and|but)(?:\s+(?:one|some|each|the (?:first|second|last|latest)) of (?:them|those|these|which|it))?\s*$")


@lru_cache(maxsize=1)
def _subordinators() -> frozenset[str]:
    return frozenset(w for line in data_lines(DATA_DIR / "subordinators.txt") for w in line.split())


def _main_clause_start(text: str, sent_lo: int, hi: int) -> int:
    """Where the main clause starts in a sentence opening with a fronted subordinate clause ("When
    the forewoman read the verdict, a woman … stood and shouted"): after the clause's first comma;
    the sentence's start otherwise."""
    first = WORDS_RE.match(text, sent_lo, hi)
    if first is None or first.group().lower() not in _subordinators():
        return sent_lo
    comma = text.find(",", first.end(), hi)
    if comma < 0 or any(c in text[first.end() : comma] for c in "“”\"\n"):
        return sent_lo
    return comma + 1 + len(text[comma + 1 : hi]) - len(text[comma + 1 : hi].lstrip())


# a preposition right before a phrase: the phrase is its object, not a participle's subject
_PREP_BEFORE_RE = re.compile(r"\b(?:onto|into|across|through|over|along|around|toward|towards|past|on|in|at|to|from|off)\s+\Z")


def _participle_subject(text: str, lo: int, p: Phrase | None, last: re.Match[str], sent_lo: int | None) -> Phrase | None:
    """"the student section poured onto the track chanting “…”": before a participle cue, a
    preposition's object is not who chants; the clause's subject is (`p` when there is none)."""
    if p is None or sent_lo is None or not last.group().endswith("ing") or not _PREP_BEFORE_RE.search(text, max(lo, p.start - 12), p.start):
        return p
    return sentence_subject(text, _main_clause_start(text, sent_lo, last.start()), last.start()) or p


def _reported_subject(text: str, lo: int, last: re.Match[str]) -> Phrase | None:
    """"Oyewole said Mr. Marchand charged him nothing and insisted that …": a coordinated cue inside
    the clause an earlier cue reports (no comma or quote mark between) has that clause's subject,
    a name or he/she followed by its verb; None otherwise."""
    earlier = [m for m in lexicon().cue_re.finditer(text, lo, last.start()) if m.end() < last.start()]
    if not earlier:
        return None
    start = earlier[-1].end()
    while start < last.start() and text[start] in " \t":
        start += 1
    if any(c in text[start : last.start()] for c in ",;:“”\"\n"):
        return None
    p = sentence_subject(text, start, last.start())
    return p if p is not None and (p.kind == "name" or p.kind == "pronoun" and p.head in ("he", "she")) else None


def _main_subject(text: str, lo: int, hi: int) -> Phrase | None:
    """The person noun phrase or name opening a main clause ("a woman in the second row … stood and
    shouted"); None for anything else."""
    p = phrase_after(text, lo, hi)
    if p is None or p.kind == "nominal" and lexicon().noun_class(p.head) != "person":
        return None
    return p if p.kind in ("nominal", "name") else None


_LET_ME_RE = re.compile(r"\b[Ll]et (me)\s+\Z")


_QUOTED_AS_RE = re.compile(r"\s*,?\s+(?:is|was|has been|had been|were|are)\s+(?:\w+ly\s+)?quoted\s+as\s+\Z")


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
