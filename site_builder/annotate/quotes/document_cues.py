"""Documents as speakers: the statement, letter or readout a cue or a colon introduces.

Finds: "X issued a statement that reads, “…”" (the clause's subject, else the document), "The
extended troika issued a statement: “…”" (its issuer), "A statement from the family read:", "A
2006 council resolution honoring her described the room as “…”" (a narrowed document, whole).
Refuses: a document cue that does not touch the quote, a document with no word saying whose it
is when no subject issued it, a relative pronoun ending a prepositional phrase.
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import WORDS_RE, Attribution, has_break, norm_cue
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_before, strip_skips
from site_builder.annotate.quotes.sentence_subjects import INTRO_RE, sentence_subject


def names_statement(text: str, lo: int, colon: int) -> bool:
    """The clause before the colon speaks of a document: "… issued a statement:"."""
    return any(lexicon().noun_class(w) == "statement" for w in WORDS_RE.findall(text, lo, colon)[-6:])


def statement_colon(text: str, lo: int, colon: int, sent_lo: int | None) -> Attribution | None:
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
    intro = INTRO_RE.match(text, lo, hi)
    if intro is not None and any(w.islower() for w in text[lo : intro.end()].split()):
        lo = intro.end()  # "Just last week, the UN Security Council put out …"
    subj = sentence_subject(text, lo, hi)
    if subj is None:
        return _issuer_nominal(text, lo, hi)
    if subj.kind == "pronoun":
        return None
    cls = L.noun_class(subj.head)
    if subj.kind == "name" or cls in ("person", "org"):
        return subj
    verb = WORDS_RE.match(text, subj.end + 1)
    return subj if cls is None and verb is not None and verb.group() in L.issue_verbs else None


def _issuer_nominal(text: str, lo: int, hi: int) -> Phrase | None:
    """"The extended troika issued …", "A task force released …": a determiner, at most four
    words and an issuing verb open the clause; the words before the verb are the issuer."""
    words = list(WORDS_RE.finditer(text, lo, min(hi, lo + 80)))[:6]
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
# (one pattern per number of modifiers: "A 2006 council resolution honoring her" is not "council")
_NARROWED_DOC_RES = tuple(
    re.compile(
        r"(?:The|A|An|One|This|That|Its|Their|His|Her)\s+(?:[\w’'-]+\s+){"
        + str(n)
        + r"}([a-z]+)\s+(?:[A-Z][\w’'.-]*\s+){0,2}([a-z]+)\s[^,;:“”\"\n]{0,120}?"
    )
    for n in range(4)
)


def narrowed_document(text: str, sent_lo: int | None, cue_start: int) -> Phrase | None:
    """"A 2006 council resolution honoring her described the room as “…”": a document noun opening
    the sentence and narrowed by a participle (data/document_participles.txt) right after it (a
    name may stand between: "A memo Iverson sent to …") is, whole, the cue's speaker."""
    if sent_lo is None:
        return None
    L = lexicon()
    end = strip_skips(text, sent_lo, cue_start)
    matches = (r.fullmatch(text, sent_lo, end) for r in _NARROWED_DOC_RES)
    m = next((m for m in matches if m is not None and L.noun_class(m.group(1)) == "statement"), None)
    if m is None or m.group(2) not in L.document_participles:
        return None
    if re.search(r"\band\Z", text[m.end(2) : end]):
        # "… prepared by the office projected a shortfall and described": the narrowing ends before
        # the first verb of the sentence; unknown without one in -ed
        verb = _MAIN_VERB_RE.search(text, m.end(2), end)
        return Phrase(sent_lo, verb.end(1), "nominal", m.group(1).lower()) if verb is not None else None
    joined = text.find(" and ", m.end(2), end)  # "signed by 87 teachers and presented to the board": the first narrows it
    return Phrase(sent_lo, joined if joined > 0 else end, "nominal", m.group(1).lower())


# a past tense after a noun (not after a determiner or preposition): the sentence's own verb
_MAIN_VERB_RE = re.compile(r"(?<![\w’'-])(?!(?:the|a|an|by|to|of|in|for|from|on|at|its|their|his|her|and)\s)([\w’'-]+)\s+[a-z]+ed\b")


def document_with_pp(text: str, lo: int, cue_start: int) -> Phrase | None:
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
    for w in WORDS_RE.finditer(text, max(lo, hi - 60), hi):
        if L.noun_class(w.group()) == "statement":
            found = w
    if found is None or len(text[found.end() : hi].split()) > 5 or has_break(text[found.end() : hi]):
        return None
    doc = phrase_before(text, lo, found.end())
    return doc if doc is not None and doc.kind == "nominal" and L.noun_class(doc.head) == "statement" else None


_DOC_PP_RE = re.compile(r"\b([a-z]+)\s+(?:of|from|by|on|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+\s\Z")


_ISSUER_DETS = frozenset("the a an its their his her our".split())


# "a statement that said", "a statement, the final line of which said"
_RELATIVE_RE = re.compile(r"(?:,\s*)?(?:(?:the|a|one|its)\s+(?:[\w-]+\s+){0,2}of\s+)?\b(?:that|which)\s+\Z")


def relative_document(text: str, lo: int, cue_start: int, sent_lo: int | None) -> Phrase | None:
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
    # the document alone only when it says whose it is ("the Home Office letter that said"), or
    # with the phrase that says it ("a statement from the family, which said")
    if any(w[:1].isupper() for w in text[doc.start : doc.end].split()[1:]):
        return doc
    whose = _WHOSE_RE.fullmatch(text, doc.end, rel.start())
    return Phrase(doc.start, whose.end(1), "nominal", doc.head) if whose is not None else None


# "from the family", "by the board": who issued the document, right after its noun
_WHOSE_RE = re.compile(r"\s+((?:from|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s*")


def document_cue(text: str, lo: int, qstart: int, cue: re.Match[str], sent_lo: int | None) -> Attribution | None:
    """"X issued a statement that reads, “…”": the document's cue must touch the quote; the
    speaker is the clause's subject when it is a name or pronoun, else the document."""
    L = lexicon()
    if text[cue.end() : qstart].strip(" ,:—–-\n"):
        return None
    p = relative_document(text, lo, cue.start(), sent_lo)
    if p is None:
        doc = phrase_before(text, lo, cue.start())
        if doc is None or doc.kind != "nominal" or L.noun_class(doc.head) != "statement":
            doc = document_with_pp(text, lo, cue.start())  # "A statement from the family read:"
        if doc is None:
            return None
        p = doc
    return Attribution(p, norm_cue(cue.group()), "before", True, True)
