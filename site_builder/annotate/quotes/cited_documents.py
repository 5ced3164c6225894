"""Cited documents speak: the wording a cited text (a law, charter, declaration, communique,
formula) gives is that text's, not the words of the person who cites it.

Finds, right before the quote (only a colon, a comma, "to" or nothing between):
* a part of a named document: "the Universal Declaration of Human Rights and its core tenet: “…”",
  "the Charter’s preamble: “…”" (after the name), "that great inscription in the Declaration of
  Independence, to “…”", "Article 5 of the Convention: “…”" (before it) → the document;
* a numbered part alone as the subject of a document's verb: "Article 5 states: “…”" → "Article 5";
* a document or formula and "that goes" / "which reads": "the so-called Reagan-Gorbachev formula
  that goes “…”" → the formula as written;
* a document noun opening its sentence, an aside after a comma, then a colon: "The U.S.-Europe
  communique, which includes the EU, France and Germany: “…”" → the document as written;
* a document part alone before a colon, after a sentence of its paragraph that issued a document:
  "UN Security Council issued a statement last week; …. The last sentence: “…”" → the issuer;
* a document directing something, the quote inside the clause it opens: "the Taliban instituted an
  edict directing women to … leave home when, quote, “necessary,”" → "an edict" (no cue between);
* a cited-in phrase (data/cited_in_cues.txt): "As enshrined in the Universal Declaration of Human
  Rights, “…”" → the document.
Refuses: a part noun with no document named with it ("its core tenet: “…”" alone), a part noun
that is no document's ("the motto of the school"), a name without a document noun ("the Smith
family and its motto: “…”"), anything more than an intro between the document and the quote, an
aside holding a cue verb ("The report, Smith said: “…”").
Word lists: data/law_nouns.txt (with data/statement_nouns.txt), data/document_parts.txt,
data/formula_verbs.txt, data/cited_in_cues.txt.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from site_builder.annotate.quotes.attribution import Attribution
from site_builder.annotate.quotes.document_cues import statement_colon
from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_state import ResolverState, Speaker
from site_builder.lexicon import data_lines

_WORD_RE = re.compile(r"[^\W_][\w’'.-]*")
_CONNECTORS = frozenset("of the and on for against in to".split())
_DETS = frozenset("the this that our its their his her a an".split())
_POSSESSIVE_RE = re.compile(r"(?:’s|'s|’)\Z")
# what may stand between the cited text and the quote: a colon, a comma, "to" ("…, to “hold …”")
_INTRO = r"\s*(?::|,\s*to|,|\s+to)?\s*\Z"
_INTRO_RE = re.compile(_INTRO)
_PART_AFTER_RE = re.compile(r"(?:’s|'s|\s+and\s+(?:its|their))\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)(?:\s+\d+[\w.]*)?" + _INTRO)
_VERB_TAIL_RE = re.compile(r"\s+([a-z]+)\s*[:,]?\s*\Z")
_PART_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Za-z]+)(?:\s+\d+[\w.]*)?\s+(?:in|of|from)\s+\Z")
_NUMBERED_RE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+\s+\d+[\w.]*)\s+([a-z]+)\s*[:,]?\s*\Z")
_FORMULA_RE = re.compile(r"\s+(?:that|which)\s+([a-z]+)\s*[:,]?\s*\Z")
_ASIDE_COLON_RE = re.compile(r",\s[^“”\"\n:;]{1,200}:\s*\Z")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in data_lines(DATA_DIR / name) for w in line.split())


@lru_cache(maxsize=1)
def _cited_in_re() -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data_lines(DATA_DIR / "cited_in_cues.txt"))
    return re.compile(r"(?<![\w’'-])(?:" + alts + r")\s+", re.I)


def _document_noun(word: str) -> bool:
    w = _POSSESSIVE_RE.sub("", word).lower()
    return w in _words("law_nouns.txt") or lexicon().noun_class(w) == "statement"


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() and len(word) <= 4


def named_document(text: str, lo: int, end: int) -> Phrase | None:
    """A capitalised document name ending at `end` ("Universal Declaration of Human Rights",
    "Declaration of Independence", "U.S.-Europe Communique"): capitalised words joined by "of",
    "the", "and" …, one of them a document noun. Its leading article is left out."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, max(lo, end - 160), end)]
    if not words or words[-1][1] != end or not words[-1][2][:1].isupper():
        return None
    k = len(words) - 1
    while k > 0:
        gap = text[words[k - 1][1] : words[k][0]]
        w = words[k - 1][2]
        if gap != " " or not (_is_cap(w) or w.lower() in _CONNECTORS) or w.lower() in _DETS and w[:1].isupper():
            break
        k -= 1
    while k < len(words) and not words[k][2][:1].isupper():
        k += 1  # "of the Universal …": no connector opens a name
    if k >= len(words) or not any(_document_noun(w) for _, _, w in words[k:]):
        return None
    of = next((j for j in range(k, len(words) - 1) if words[j][2] == "of"), None)
    if of is not None and words[k][2].lower() in _words("document_parts.txt"):
        k = of + 1 + (words[of + 1][2].lower() == "the")  # "Article 5 of the Universal Declaration …": the declaration
        if k >= len(words) or not any(_document_noun(w) for _, _, w in words[k:]):
            return None
    return Phrase(words[k][0], end, "name", _POSSESSIVE_RE.sub("", words[-1][2]).lower())


def _document_nominal(text: str, lo: int, end: int) -> Phrase | None:
    """"the agreement", "the so-called Reagan-Gorbachev formula", "The U.S.-Europe communique": a
    determiner, at most four modifiers without punctuation, a document noun ending at `end`."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, max(lo, end - 100), end)]
    if not words or words[-1][1] != end or not _document_noun(words[-1][2]) or words[-1][2][:1].isupper():
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if text[words[k][1] : words[k + 1][0]].strip():
            return None
        if words[k][2].lower() in _DETS:
            return Phrase(words[k][0], end, "nominal", words[-1][2].lower())
        if words[k][2].lower() in lexicon().stop_words:
            return None
    return None


def _document(text: str, lo: int, end: int) -> Phrase | None:
    return named_document(text, lo, end) or _document_nominal(text, lo, end)


def _part_after(text: str, lo: int, qstart: int) -> Phrase | None:
    """"the Universal Declaration of Human Rights and its core tenet: “…”", "the Charter’s preamble:"."""
    verb = _VERB_TAIL_RE.search(text, max(lo, qstart - 20), qstart)
    end = verb.start() if verb is not None and verb.group(1) in _words("formula_verbs.txt") else qstart  # "… preamble reads:"
    for m in _PART_AFTER_RE.finditer(text, max(lo, end - 80), end):
        if m.end() == end and m.group(1) in _words("document_parts.txt"):
            return _document(text, lo, m.start())
    return None


def _document_before(text: str, lo: int, qstart: int) -> tuple[Phrase, int] | None:
    """The document named right before the quote (and its "to"/"," intro), and where its phrase
    starts with a determiner before a name ("the Declaration"): what precedes that is the cue."""
    intro = _INTRO_RE.search(text, max(lo, qstart - 12), qstart)
    end = intro.start() if intro is not None else qstart
    doc = _document(text, lo, end)
    if doc is None:
        return None
    dstart = doc.start
    det = re.search(r"(?:the|our|its|their)\s+\Z", text[max(lo, dstart - 8) : dstart], re.I)
    if det is not None and doc.kind == "name":
        dstart -= len(det.group())
    return doc, dstart


def _part_before(text: str, lo: int, qstart: int) -> Phrase | None:
    """"that great inscription in the Declaration of Independence, to “…”", "Article 5 of the
    Convention: “…”": a document part, "in"/"of", then the document."""
    found = _document_before(text, lo, qstart)
    if found is None:
        return None
    doc, dstart = found
    part = _PART_BEFORE_RE.search(text, max(lo, dstart - 40), dstart)
    return doc if part is not None and part.group(1).lower() in _words("document_parts.txt") else None


def _numbered_part(text: str, lo: int, qstart: int) -> Phrase | None:
    """"Article 5 states: “…”": a capitalised numbered part as the subject of a document's verb."""
    m = _NUMBERED_RE.search(text, max(lo, qstart - 40), qstart)
    if m is None or m.group(1).split()[0].lower() not in _words("document_parts.txt"):
        return None
    if m.group(2) not in _words("formula_verbs.txt"):
        return None
    return Phrase(m.start(1), m.end(1), "name", m.group(1).split()[0].lower())


def _formula(text: str, lo: int, qstart: int) -> Phrase | None:
    """"the so-called Reagan-Gorbachev formula that goes “…”": a document, "that"/"which", its verb."""
    m = _FORMULA_RE.search(text, max(lo, qstart - 30), qstart)
    if m is None or m.group(1) not in _words("formula_verbs.txt"):
        return None
    return _document(text, lo, m.start())


def _opening_aside(text: str, sent_lo: int, qstart: int) -> Phrase | None:
    """"The U.S.-Europe communique, which includes …: “…”": a document opening the sentence, an
    aside after a comma with no cue in it, then a colon."""
    for comma in (m.start() for m in re.finditer(",", text[sent_lo : min(qstart, sent_lo + 80)])):
        at = sent_lo + comma
        if _ASIDE_COLON_RE.fullmatch(text, at, qstart) is None or lexicon().cue_re.search(text, at, qstart):
            continue
        doc = _document_nominal(text, sent_lo, at)
        if doc is not None and doc.start == sent_lo:
            return doc
        return None
    return None


def _cited_in(text: str, lo: int, qstart: int) -> Phrase | None:
    """"As enshrined in the Universal Declaration of Human Rights, “…”": the text cited."""
    found = _document_before(text, lo, qstart)
    if found is None:
        return None
    doc, dstart = found
    cues = list(_cited_in_re().finditer(text, max(lo, dstart - 30), dstart))
    return doc if cues and cues[-1].end() == dstart else None


def _directive(text: str, lo: int, qstart: int) -> Phrase | None:
    """"an edict directing women to … when, quote, “necessary,”": a document noun and a directing
    participle (data/directive_participles.txt) open the clause that holds the quote, with no
    cue verb, colon or semicolon between them and the quote."""
    found = None
    for m in _DIRECTIVE_RE.finditer(text, max(lo, qstart - 200), qstart):
        if m.group(2) in _words("directive_participles.txt") and _document_noun(m.group(1)) and not m.group(1)[:1].isupper():
            found = m
    if found is None or re.search(r"[:;“”\"\n]", text[found.end() : qstart]) or lexicon().cue_re.search(text, found.end(), qstart):
        return None
    return _document_nominal(text, lo, found.end(1))


_DIRECTIVE_RE = re.compile(r"(?<![\w’'-])([a-z]+)\s+([a-z]+ing)(?![\w’'-])")


def cited_speaker(resolver: ResolverState, p: Phrase) -> Speaker:
    """The cited text as the article writes it ("Declaration of Independence", "the so-called
    Reagan-Gorbachev formula"), with the entity of a mention covering exactly that name; no name
    inside it ("Independence") stands for it."""
    ms = [m for m in resolver.mentions_in(p.start, p.end) if m.start == p.start and m.end == p.end]
    ent = ms[0] if ms else None
    return Speaker(resolver.text[p.start : p.end], ent.entity if ent else None, p.start, p.end, ent.type if ent else None)


def _part_alone(text: str, sent_lo: int, qstart: int, earlier: list[int]) -> Phrase | None:
    """"The last sentence: “…”": a document part alone opening the sentence before a colon; the
    issuer of the document one of the two sentences before it (`earlier`, their starts) issued."""
    m = _PART_ALONE_RE.fullmatch(text, sent_lo, qstart)
    if m is None or m.group(1).lower() not in _words("document_parts.txt"):
        return None
    bounds = [*earlier[-2:], sent_lo]
    for prev_lo, prev_hi in reversed(list(zip(bounds, bounds[1:], strict=False))):
        found = list(_issued_re().finditer(text, prev_lo, prev_hi))
        if found:
            attr = statement_colon(text, prev_lo, found[-1].end(), prev_lo)
            return attr.phrase if attr is not None else None
    return None


_PART_ALONE_RE = re.compile(r"(?:The|Its|Their|This|That)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s*:\s*")


@cache
def _issued_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon().issue_verbs))
    nouns = "|".join(sorted(map(re.escape, lexicon().statement_nouns | _words("law_nouns.txt"))))
    return re.compile(r"(?<![\w’'-])(?:" + verbs + r")\s+(?:out\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")(?![\w’'-])")


def cited_document(text: str, lo: int, sent_lo: int, qstart: int, earlier: list[int] | None = None) -> Attribution | None:
    """The cited text whose wording the quote gives (see the module's docstring), as an
    attribution whose cue is the text itself; None when no document is cited right before it.
    `earlier`: the starts of the sentences of the paragraph before the quote's."""
    if qstart <= lo:
        return None
    alone = _part_alone(text, sent_lo, qstart, earlier) if earlier and sent_lo >= lo else None
    if alone is not None:
        return Attribution(alone, ":", "colon", True, True)
    found: list[tuple[str, Phrase | None]] = [("part", _part_after(text, lo, qstart) or _part_before(text, lo, qstart))]
    found.append(("states", _numbered_part(text, lo, qstart)))
    found.append(("goes", _formula(text, lo, qstart)))
    found.append(("cited in", _cited_in(text, lo, qstart)))
    found.append(("directing", _directive(text, lo, qstart)))
    found.append((":", _opening_aside(text, sent_lo, qstart) if sent_lo >= lo else None))
    for cue, p in found:
        if p is not None:
            return Attribution(p, cue, "before", True, True)
    return None
