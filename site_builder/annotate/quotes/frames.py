"""Partial-quote reporting frames: a short quoted phrase built into the reporter's sentence as
someone's words.

Finds whether the words right before a quote, within its clause, end in a reporting frame from
`data/partial_frames.txt`: called it “reckless”, described the plan as “dead on arrival”, branded
him a “traitor”, accused the board of “gross negligence”, vowed to “hold them accountable”.

A past naming verb right after its subject counts too (a move Democrats called “a dark day”, what
he termed “…”).

Refuses: a frame verb with no object where the data asks for one (a group called “…” names a
thing), and frames reaching over a comma, colon, dash or sentence end (the object is a few plain
words), negated frames (not to describe this as “…”, no longer referring to it as “…”), and passive frames with no agent (has been described as the “butchers of Bucha”); a
passive with its agent after the quote counts (were branded “extremists” by the authorities).
The frame says the phrase is quoted speech, not who said it: the speaker is left to the
cues, else to the sentence's subject.

Two frames name their holder, who is then the speaker (`viewpoint`, `state_copula`): a sentence
opening with whose view it gives ("For Fenn, the rules are “a hoop to jump through.”", "To Ruiz,
…", "In Fenn’s view, …") and a person's state in their own words right after the copula ("Ruiz is
“cautiously optimistic” about the appeal"). Refused: a holder that is no person the article names
(For the first time, …; For Democrats, …), a quote opening the clause right after the holder (For
Jones, “Hamilton” is …: the subject, a thing named), a frame reaching over another sentence or quote,
and a determiner between copula and quote (Jones is the “education governor”: a label).
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.lexicon import data_lines

_REACH = 90  # characters before the quote a frame may start at
# "has been described as the “butchers of Bucha.”": a passive frame with no agent names no one
_PASSIVE_VERB_RE = re.compile(r"(?<![\w’'-])(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?(\w+)\s+\Z", re.I)
# "not to describe this as", "I’m not going to characterize it as", "wouldn’t call it": no words reported
_NEGATED_RE = re.compile(r"(?:\b(?:not|never|no\s+longer)(?:\s+(?:going\s+|want\s+|trying\s+)?to)?|n[’']t(?:\s+(?:going\s+|want\s+)?to)?)\s+\Z", re.I)
_BY_AFTER_RE = re.compile(r"[,.]?\s+by\s+\w")
_PASSIVE_RE = re.compile(r"(?<![\w’'-])(?:be|been|being|is|are|was|were|’s|'s)\s+\Z", re.I)
_SLOTS = {
    "OBJ": r"(?:[\w’'-]+\s+){1,5}?",
    "OBJ?": r"(?:[\w’'-]+\s+){0,6}?",
    "DET?": r"(?:(?:a|an|the|his|her|their|its|our|my|your)\s+)?",
    "THAT?": r"(?:that\s+)?",
    # "aims to help address “…”": up to two more words, no determiner (vowed to fight the “…” agenda)
    "VERB?": r"(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your)\s)[a-z]+\s+){0,2}?",
    # "from the defense:": up to six words, the last closed by the colon that introduces the quote
    "OBJ:": r"(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+:\s+",
}


def _frame_pattern(line: str) -> str:
    verbs, *slots = line.split()
    parts = [r"(?<![\w’'-])(?:" + "|".join(map(re.escape, verbs.split("|"))) + r")\s+"]
    parts += [_SLOTS.get(s) or "(?:" + "|".join(map(re.escape, s.split("|"))) + r")\s+" for s in slots]
    return "".join(parts)


@lru_cache(maxsize=1)
def _frame_re() -> re.Pattern[str]:
    lines = data_lines(DATA_DIR / "partial_frames.txt")
    return re.compile(r"(?:" + "|".join(_frame_pattern(line) for line in lines) + r")\Z", re.I)


@lru_cache(maxsize=1)
def _frame_verbs() -> frozenset[str]:
    """The first words of the frames (all ASCII letters), lower case."""
    return frozenset(v.lower() for line in data_lines(DATA_DIR / "partial_frames.txt") for v in line.split()[0].split("|"))


# Where a frame may start: a run of letters not inside a word (a frame opens with a verb, letters then space)
_LETTERS_AT = re.compile(r"(?<![\w’'-])[^\W\d_]+")


def _frame_search(text: str, start: int, end: int) -> re.Match[str] | None:
    """_frame_re().search(text, start, end), trying its alternation only where a frame's first word
    stands (the search tried it at every word: a tenth of the quotes' time on quote-dense text). A
    run of letters that is not ASCII is tried too (re.I matches "ſ" to "s")."""
    verbs = _frame_verbs()
    frame = _frame_re()
    for word in _LETTERS_AT.finditer(text, start, end):
        letters = word.group()
        if letters.isascii() and letters.lower() not in verbs:
            continue
        m = frame.match(text, word.start(), end)
        if m is not None:
            return m
    return None


# "a move Democrats called “…”", "what he termed “…”": a past naming verb right after its subject
# (a pronoun or a capitalised word inside the sentence) reports words; "a group called “…”" names
_SUBJECT_CALLED_RE = re.compile(
    r"(?:(?<![\w’'-])(?:he|she|they|we|I|you|who)|[a-z,]\s+[A-Z][\w’'-]*"
    # "became what one city engineer called “the bible”", "which critics called “…”" (not "what is called")
    r"|(?<![\w’'-])(?:what|which)(?:\s+(?!(?:is|was|are|were|be|been|being|has|have|had|now|also|often|sometimes)\s)[\w’'-]+){1,4}?"
    # "whose album “Gravel Roads” a trade magazine called “…”", "a plan that the mayor called “…”":
    # the object moved before its subject, who called it so
    r"|(?<![\w’'-])(?:whose|that)\s[^.;:!?\n]{0,80}?(?<![\w’'-])(?:a|an|the)(?:\s+[\w’'-]+){1,4}?)"
    r"\s+(called|termed|described\s+as)\s+\Z"
)


# "For Fenn, …", "To Ruiz, …", "But for Ms. Ruiz, …", "In Fenn’s view, …", "In his view, …": whose
# view the sentence gives; the holder is a capitalised name of up to four words, or his/her
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*?"
_VIEWPOINT_RE = re.compile(
    r"(?:(?:But|And|Yet|Still|So|Now)\s+)?(?:"
    r"(?P<lead>[Ff]or|[Tt]o)\s+(?P<who>" + _NAME + r"[\w’'-])"
    r"|(?:[Ii]n|[Bb]y)\s+(?:(?P<owner>" + _NAME + r"[\w’'-])(?:[’']s|(?<=s)[’'])|(?P<pron>his|her))\s+(?P<noun>[a-z]+)"
    r"),\s+"
)
# "Ruiz is “cautiously optimistic”", "He was still “angry,”", "Fenn, for one, is “done with it.”": a
# copula (an aside before it, an adverb after it) right before the quote, after the subject
_STATE_COPULA_RE = re.compile(r"(?:,[^,“”\"\n]{1,40},)?\s+(?:is|was|remains|remained|seems|seemed|feels|felt|sounded|sounds)\s+(?:(?:still|now|also|not|already|more|less|quite|very|\w+ly)\s+)?")


def viewpoint(text: str, sent_lo: int, qstart: int) -> tuple[str, int, int] | None:
    """"For Fenn, the new rules are “just another hoop to jump through.”": the sentence opens with
    whose view it gives, or sets it off between commas (It was, in Fenn’s words, “a miracle.”);
    returns the frame word ("for", "to", "view", "words") and the holder's span (the name, or
    "his"/"her")."""
    m = _VIEWPOINT_RE.match(text, sent_lo, qstart)
    if m is None:
        m = _aside_viewpoint(text, sent_lo, qstart)
    if m is None or any(c in text[m.end() : qstart] for c in "“”\"\n"):
        return None
    if m.group("lead") is not None:
        if m.end() == qstart:
            return None  # For Jones, “Hamilton” is …: a quote opening the clause is its subject, a thing named
        return m.group("lead").lower(), m.start("who"), m.end("who")
    if m.group("noun") not in lexicon().viewpoint_nouns:
        return None
    who = "owner" if m.group("owner") is not None else "pron"
    return m.group("noun"), m.start(who), m.end(who)


def _aside_viewpoint(text: str, sent_lo: int, qstart: int) -> re.Match[str] | None:
    """", in Fenn’s words, " / ", in her view, " set off by commas inside the sentence (not "For X,":
    a mid-sentence "for" or "to" is no viewpoint)."""
    at = text.find(", ", sent_lo, qstart)
    while at >= 0:
        m = _VIEWPOINT_RE.match(text, at + 2, qstart)
        if m is not None and m.group("lead") is None:
            return m
        at = text.find(", ", at + 2, qstart)
    return None


def state_copula(text: str, subject_end: int, qstart: int) -> bool:
    """"Ruiz is “cautiously optimistic” about the appeal": only a copula (and an adverb) stands
    between the sentence's subject and the quote."""
    return _STATE_COPULA_RE.fullmatch(text, subject_end, qstart) is not None


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(v.lower() for line in data_lines(DATA_DIR / "partial_frames.txt") for v in line.split()[0].split("|"))


def _agent_after(text: str, qend: int | None) -> bool:
    """"… “extremists” by Russian authorities": the passive's agent follows the quote."""
    return qend is not None and _BY_AFTER_RE.match(text, qend) is not None


def agent_after(text: str, qend: int) -> int | None:
    """Where the passive's agent starts right after the quote ("… “extremists” by Russian
    authorities" → the offset of "Russian"), else None."""
    m = _BY_AFTER_RE.match(text, qend)
    return m.end() - 1 if m is not None else None


def _passive_by(text: str, start: int, qstart: int, qend: int | None) -> str | None:
    """"have been branded “extremists” by Russian authorities": a frame verb in the passive, no
    object, its agent right after the quote."""
    m = _PASSIVE_VERB_RE.search(text, start, qstart)
    if m is None or m.group(1).lower() not in _verbs() or not _agent_after(text, qend):
        return None
    return m.group(1).lower()


def partial_frame(text: str, lo: int, qstart: int, qend: int | None = None) -> str | None:
    """The verb of a reporting frame ending right before the quote [qstart, qend) (text from `lo`
    is the clause), lower case; None when there is none."""
    start = max(lo, qstart - _REACH)
    # the frame must be whole words: start the search at a word boundary
    while start > lo and not text[start - 1].isspace():
        start -= 1
    m = _frame_search(text, start, qstart)
    if m is None:
        said = _SUBJECT_CALLED_RE.search(text, start, qstart)
        return said.group(1).split()[0] if said is not None else _passive_by(text, start, qstart, qend)
    if _NEGATED_RE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "not to describe this as “imminent”": no words reported
    verb, *more = m.group().split(None, 1)
    rest = more[0] if more else ""
    passive = _PASSIVE_RE.search(text, max(0, m.start() - 8), m.start()) is not None
    if passive and not rest.lower().startswith("by ") and not _agent_after(text, qend):
        return None
    return verb.lower()
