"""A document opening its sentence is the subject of a cue past what narrows it.

Finds, the sentence opening with a determiner, up to three modifiers and a document noun
(data/statement_nouns.txt), the cue later in the same clause:
* past an aside between commas: "The affidavit of probable cause, filed by detectives a week
  after the shooting, said the gunman “…”" → "The affidavit of probable cause";
* past a relative clause or a time with no comma: "A Pruitt mailer that landed in mailboxes last
  week describes Rios as “…”", "A Star Tribune editorial at the time called the plan “…”";
* as the subject of a coordinated cue: "The filing lists 117 shifts on which the union says …, and
  describes conditions as “…”" (not "the union" of the relative clause).
Refuses: a cue inside the aside ("The letter, Smith said, was “…”"), a cue right after a name or
pronoun ("The report Smith wrote said" is narrowed_document's; "The memo was leaked and she said"),
a gap holding a sentence break, a colon or a quotation mark, another cue before this one outside an
aside or relative clause, a document noun with a capitalised word after it (a title: "The Report
Card said").
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import WORDS_RE, has_break
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase

_DETERMINERS = frozenset("the a an one this that its their his her our".split())

# the opening: a determiner, up to three modifier words, the document noun
_OPEN_RE = re.compile(r"(?:[\w’'-]+\s+){1,4}?")

# the aside's closing comma right before the cue (an adverb may stand between: ", also said")
_AFTER_ASIDE_RE = re.compile(r",\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?\Z")

# "of probable cause", "in question", "from the family": a short phrase after the noun, before the aside
_PP_RE = re.compile(r"\s+(?:of|from|in|by|on)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?=,)")

# a relative pronoun, a participle or a time phrase right after the noun, with no comma
_NARROWING_RE = re.compile(r"\s+(?:that|which|at\s+the\s+time|last\s+\w+|this\s+\w+|[a-z]+ed|seen|written)\b")

# a cue coordinated with the sentence's first verb: "… and describes"
_COORDINATED_RE = re.compile(r"(?:,\s*)?\band\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?\Z")


def _document_noun(text: str, sent_lo: int, hi: int) -> re.Match[str] | None:
    """The document noun among the first words of the sentence, after its determiner."""
    words = list(WORDS_RE.finditer(text, sent_lo, min(hi, sent_lo + 80)))[:5]
    if len(words) < 2 or words[0].start() != sent_lo or words[0].group().lower() not in _DETERMINERS:
        return None
    L = lexicon()
    for k in range(1, len(words)):
        between = text[words[k - 1].end() : words[k].start()]
        if between.strip():
            return None  # "The letter, …": punctuation inside the opening
        w = words[k].group()
        if w.islower() and L.noun_class(w) == "statement":
            nxt = words[k + 1].group() if k + 1 < len(words) else ""
            return None if nxt[:1].isupper() else words[k]  # "The Report Card", "The memo Iverson sent"
    return None


def document_subject(text: str, sent_lo: int | None, cue_start: int) -> Phrase | None:
    """The document opening the sentence when the cue is its verb past an aside, a narrowing
    clause or a first verb it is coordinated with; None otherwise."""
    if sent_lo is None:
        return None
    noun = _document_noun(text, sent_lo, cue_start)
    if noun is None:
        return None
    gap = text[noun.end() : cue_start]
    if not gap.strip() or has_break(gap) or any(c in gap for c in "“”\"\n;:"):
        return None
    end = noun.end()
    if _AFTER_ASIDE_RE.search(gap):
        pp = _PP_RE.match(text, end, cue_start)
        if pp is not None:
            end = pp.end()
        if text[end : end + 1] != ",":
            return None
    elif _COORDINATED_RE.search(gap):
        if not _first_verb(text, noun.end(), cue_start):
            return None
    elif "," in gap or _NARROWING_RE.match(text, noun.end(), cue_start) is None or _cue_in(text, noun.end(), cue_start):
        return None
    return Phrase(sent_lo, end, "nominal", noun.group().lower())


_NOT_VERBS = frozenset("of from in by on at for to with that which who and or but".split())


def _first_verb(text: str, lo: int, hi: int) -> bool:
    """The noun is followed right away by its verb (a lower-case word that is no cue, or "also"
    and one): "The filing lists …"."""
    words = WORDS_RE.findall(text, lo, hi)
    if not words or not words[0].islower():
        return False
    first = words[1] if words[0] in ("also", "then") and len(words) > 1 else words[0]
    return first.islower() and first not in _NOT_VERBS


def _cue_in(text: str, lo: int, hi: int) -> bool:
    """A cue verb in the gap that is no participle narrowing the document."""
    L = lexicon()
    return any(m.group() not in L.document_participles for m in L.cue_re.finditer(text, lo, hi))
