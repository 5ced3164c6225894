"""Language data for the quote finder, loaded once from ``data/*.txt``.

Finds nothing itself: it turns the word lists into frozensets and compiled
regular expressions. Refuses nothing either: a missing file is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from site_builder.lexicon import data_lines

DATA_DIR = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    return data_lines(DATA_DIR / name)  # site_builder/lexicon.py: one comment rule for every data file


def _words(name: str, lower: bool = True) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for line in _lines(name) for w in line.split())


def _pairs(name: str) -> dict[str, str]:
    return {k.lower(): v for k, v in (line.split() for line in _lines(name))}


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, any whitespace between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


def _interjections() -> list[str]:
    return [line for line in _lines("quote_interjections.txt") if not line.startswith("+")]


def _interjection_tails() -> list[str]:
    return [w for line in _lines("quote_interjections.txt") if line.startswith("+") for w in line[1:].split()]


@dataclass(frozen=True)
class Lexicon:
    cue_words: frozenset[str]
    cue_re: re.Pattern[str]  # any cue, lower case, whole words
    person_nouns: dict[str, int]  # word -> synonym group
    statement_nouns: frozenset[str]
    org_nouns: frozenset[str]
    pronouns: dict[str, str]  # he -> male
    gender_words: dict[str, str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    skip_words: frozenset[str]
    title_cues: frozenset[str]
    titles: frozenset[str]
    abbreviations: frozenset[str]
    stop_words: frozenset[str]
    inverted_cues: frozenset[str]  # normalised cues whose speaker follows them ("according to")
    document_cues: frozenset[str]  # "reads": a document's cue, only right before the quote
    interjection_re: re.Pattern[str]  # ", and I quote," at the end of the text before a quote
    echo_re: re.Pattern[str]  # "That’s what " opening the sentence after a quote
    clause_openers: frozenset[str]  # "that", "whether": a reported clause follows the cue
    question_re: re.Pattern[str]  # "question is from " (the asker follows)
    discourse_words: frozenset[str]  # "now", "well": open a sentence; never a speaker
    never_speakers: frozenset[str]  # "there", "him", "sir": never a speaker alone
    claim_nouns: frozenset[str]  # "determination", "warning": a possessor's words follow
    next_lead_re: re.Pattern[str]  # "So said " opening the sentence after a quote (the speaker follows)
    hypothetical_leads: frozenset[str]  # "to", "can" before a cue: no words reported
    issue_verbs: frozenset[str]  # "issued", "released": their subject issued the document
    mention_nouns: frozenset[str]  # "adjective", "word": a noun for words before a quoted term
    date_words: frozenset[str]  # "March", "percent": with digits, a date or number in marks
    predicate_openers: frozenset[str]  # "will", "never": a quote opening with one is a verb phrase
    answer_words: frozenset[str]  # "absolutely", "nope": a one-word reply
    time_words: frozenset[str]  # "next", "later": follow a quoted phrase without being qualified by it
    work_nouns: frozenset[str]  # "novel", "festival": title cues naming a work or an event
    inscription_nouns: frozenset[str]  # "sign", "banner": things with words written on them
    adjective_endings: tuple[str, ...]  # "ous", "ive": a lower-case word ending so is an adjective
    viewpoint_nouns: frozenset[str]  # "view", "words": In Fenn’s view, …
    document_participles: frozenset[str]  # "sent", "signed": A memo Iverson sent to … described

    def noun_class(self, word: str) -> str | None:
        w = word.lower()
        if w not in self.statement_nouns and w not in self.person_nouns and w not in self.org_nouns and w.endswith("s"):
            w = w[:-1]  # plural: "mayors", "ministries" stays unknown
        if w in self.statement_nouns:
            return "statement"
        if w in self.person_nouns:
            return "person"
        if w in self.org_nouns:
            return "org"
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    document_cues = _words("document_cues.txt")
    cue_words = _words("cue_verbs.txt") | document_cues
    phrases = [p.lower() for p in _lines("cue_phrases.txt")]
    alts = sorted(
        [r"\s+".join(map(re.escape, p.split())) for p in phrases]
        + [r"\s+".join(map(re.escape, p.capitalize().split())) for p in phrases]  # "According to X, …"
        + [re.escape(w) for w in cue_words],
        key=len,
        reverse=True,
    )
    cue_re = re.compile(r"(?<![\w’'-])(?:" + "|".join(alts) + r")(?![\w’'-])")
    person_nouns: dict[str, int] = {}
    for i, line in enumerate(_lines("person_nouns.txt")):
        for w in line.split():
            person_nouns.setdefault(w.lower(), i)
    return Lexicon(
        cue_words=cue_words,
        cue_re=cue_re,
        person_nouns=person_nouns,
        statement_nouns=_words("statement_nouns.txt"),
        org_nouns=_words("org_nouns.txt"),
        pronouns=_pairs("pronouns.txt"),
        gender_words=_pairs("gender_words.txt"),
        female_names=_words("female_names.txt"),
        male_names=_words("male_names.txt"),
        skip_words=_words("skip_words.txt"),
        title_cues=_words("title_cues.txt") | _words("work_nouns.txt"),  # work nouns are title cues too
        titles=_words("titles.txt"),
        abbreviations=_words("abbreviations.txt", lower=False),
        stop_words=_words("stop_words.txt"),
        inverted_cues=frozenset(" ".join(p.lower().split()) for p in _lines("inverted_cues.txt")),
        document_cues=document_cues,
        interjection_re=re.compile(
            r"[\s,:;—–-]*(?<![\w/])(?:"
            + _alternatives(sorted(_interjections(), key=len, reverse=True))
            + r")(?:\s+(?:" + "|".join(map(re.escape, _interjection_tails())) + r")){0,2}[\s,:;—–-]*$",
            re.I,
        ),
        echo_re=re.compile(
            r"\s*(?:" + _alternatives(_lines("echo_leads.txt")) + r")\s+",
            re.I,
        ),
        clause_openers=_words("clause_openers.txt"),
        discourse_words=_words("discourse_words.txt"),
        never_speakers=_words("never_speakers.txt"),
        claim_nouns=_words("claim_nouns.txt"),
        next_lead_re=re.compile(
            r"\s*(?:" + _alternatives(_lines("next_sentence_leads.txt")) + r")\s+",
            re.I,
        ),
        hypothetical_leads=_words("hypothetical_leads.txt"),
        issue_verbs=_words("issue_verbs.txt"),
        mention_nouns=_words("mention_nouns.txt"),
        date_words=_words("date_words.txt"),
        predicate_openers=_words("predicate_openers.txt"),
        answer_words=_words("answer_words.txt"),
        time_words=_words("time_words.txt"),
        work_nouns=_words("work_nouns.txt"),
        inscription_nouns=_words("inscription_nouns.txt"),
        adjective_endings=tuple(sorted(_words("adjective_endings.txt"))),
        viewpoint_nouns=_words("viewpoint_nouns.txt"),
        document_participles=_words("document_participles.txt"),
        question_re=re.compile(
            r"\b(?:" + _alternatives(_lines("question_intros.txt")) + r")\s+",
            re.I,
        ),
    )
