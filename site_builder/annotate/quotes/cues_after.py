"""Cues after a quotation: “…,” said Smith / “…,” Smith, a spokesman, said / “…” – John Smith.

Finds: the speaker phrase of a cue after the quote in its sentence (a descriptor or a role in
apposition may stand before the name), a document that "reads", an echo ("That’s what X said"),
a dash signature, the sentence after a quote that reveals its speaker ("So said Jane Roe"), the
speaker after an inverted cue ("according to Smith").
Refuses: a cue across a sentence break, hypothetical, in an aside, opening a new statement after a
quote that ends its sentence, introducing the next quote; a time as speaker ("said Friday").
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import DETS, WORDS_RE, Attribution, has_break, lead_end, norm_cue
from site_builder.annotate.quotes.hypothetical import is_hypothetical
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after, phrase_before, strip_skips

_DISCOURSE_RE = re.compile(r"[A-Z][a-z]*,")


_ASIDE_RE = re.compile(r"\S\s*,\s*as\s+(?:\S+\s+){0,2}\Z")


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
        (w in DETS and i == 0)
        or (w not in DETS and w.lower() not in L.stop_words and w.lower() not in L.cue_words and w.lower() not in L.pronouns)
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
    nxt = WORDS_RE.match(text, p.end + 1) if text[p.end : p.end + 1] == " " else None
    if p.kind == "name" and nxt is not None and nxt.group().islower() and lexicon().noun_class(nxt.group()) is not None:
        p = Phrase(p.start, nxt.end(), "nominal", nxt.group().lower())  # "– Joint statement of …"
    return Attribution(p, "—", "after", True, True)


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
    if norm_cue(m.group()) not in L.inverted_cues:
        nxt = WORDS_RE.match(text, lead_end(text, m.end()))
        if nxt is not None and nxt.group().lower() in L.clause_openers:
            return True
    return hi > m.end() and text[hi : hi + 1] in "“\"`" and not has_break(text[m.end() : hi])


def _subject_between(text: str, lead: int, m: re.Match[str], hi: int) -> Phrase | None:
    """“…,” said Smith / “…,” Smith, a spokesman, said / “…,” a spokesperson for the agency said."""
    L = lexicon()
    between = text[lead : m.start()]
    words = [w.lower() for w in WORDS_RE.findall(between)]
    if norm_cue(m.group()) in L.inverted_cues or all(w in L.skip_words for w in words):
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
    lead = lead_end(text, qend)
    if _not_this_quotes_cue(text, qend, hi, lead, m):
        return None
    cue = norm_cue(m.group())
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
    words = [w.lower() for w in WORDS_RE.findall(text, p.start, p.end)]
    L = lexicon()
    return bool(words) and all(w in L.date_words or w in L.time_words or w.isdigit() for w in words)


_DET_NAME_RE = re.compile(r"(?:the|our|their|his|her|its)\s+(?=[A-Z])")


def inverted_phrase(text: str, start: int, hi: int) -> Phrase | None:
    """The speaker after "according to" / "in the words of" / "to quote": a phrase, or a
    determiner and a name ("in the words of our Constitution", "according to the Post")."""
    p = phrase_after(text, start, hi)
    if p is not None:
        return p
    lead = lead_end(text, start)
    m = _DET_NAME_RE.match(text, lead, hi)
    if m is None:
        return None
    p = phrase_after(text, m.end(), hi)
    return p if p is not None and p.kind == "name" else None


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
