"""The subject opening a sentence, and whether a phrase is the subject of a speech verb.

Finds: "Smith criticized …", "In 2011, President Obama issued …", "And Nehru noted …", a subject
across an aside between commas ("The Rev. Jimmy Caudill, whose congregation …, said"), past a
short prepositional phrase ("A group of students rallied …").
Refuses: an introductory phrase with no subject and verb ("Earlier this year, …"), "it", "you",
"I" and "we" as subjects, a phrase whose next word is no verb.
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import WORDS_RE, lead_end
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after

INTRO_RE = re.compile(r"(?:[A-Z][\w’']*\s+)?[^,.;:!?“”\"]{0,40},\s+")


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
            return WORDS_RE.match(text, m.start(1))
        if k > 0 and w in L.cue_words:
            return WORDS_RE.match(text, m.start(1))
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


# a short prepositional phrase after a speaker noun, up to its comma: " from Louisiana", " at the plant"
_PP_BEFORE_ASIDE_RE = re.compile(r"\s+(?:from|of|at|with|in|on)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+(?=,)")

# the same phrase right before the speech verb: "One contractor from Louisiana said"
_PP_BEFORE_CUE_RE = re.compile(r"\s+(?:from|of|at|with|in|on)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s+")


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
        if p.kind == "nominal" and _PP_BEFORE_CUE_RE.fullmatch(between):
            return True  # "One contractor from Louisiana said …"
    return False


_NAME_ASIDE_RE = re.compile(r",\s+(?:who|whose|which|\d{1,3}|a|an)\b")


def _named_with_aside(text: str, start: int, hi: int) -> bool:
    """"Pruett, 78, a fiddler …, walked", "Aguilera, who is from …, described": a one-word name
    opening the sentence with an aside after it is its subject, not an introductory word
    ("Yesterday, Smith …")."""
    p = phrase_after(text, start, hi)
    if p is None or p.kind != "name" or not _NAME_ASIDE_RE.match(text, p.end, hi):
        return False
    words = WORDS_RE.findall(text, p.start, p.end)
    return not any(w.lower() in lexicon().date_words or w.lower() in lexicon().discourse_words for w in words) and _aside_then_verb(text, p, hi)


def sentence_subject(text: str, sent_lo: int, hi: int) -> Phrase | None:
    """The subject opening the sentence [sent_lo, hi), followed by its (lower-case) verb:
    "Smith criticized …", "In 2011, President Obama issued …", "And Nehru noted …"."""
    L = lexicon()
    start = sent_lo
    first = WORDS_RE.match(text, start)
    if first is None:
        return None
    if first.group().lower() in _CONJ:
        start = lead_end(text, first.end())
        first = WORDS_RE.match(text, start)
        if first is None:
            return None
    if first.group().lower() in L.stop_words and first.group().lower() not in _CONJ:
        m = INTRO_RE.match(text, start, hi)  # an introductory phrase: "In 2011, …"
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
    pp = _PP_BEFORE_ASIDE_RE.match(text, p.end, hi) if p.kind == "nominal" else None
    if pp is not None and _ASIDE_OPEN_RE.match(text, pp.end(), hi) and _aside_then_verb(text, Phrase(p.start, pp.end(), p.kind, p.head), hi):
        return p  # "One contractor lineman from Louisiana, who asked not to be named, said …"
    verb = WORDS_RE.match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
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
