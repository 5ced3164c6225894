"""Tokens and runs: the capitalised stretches of an article where a name can be.

Finds: each run of runs.py as a `Run` of `Token`s (text, offsets, connector flag, lower-case
form), and per article the `Evidence` the model reads beyond the sentence: which words the
article also writes in lower case, and which words end or begin a longer capitalised run
(an earlier full name: "Hegseth" after "Pete Hegseth"). Refuses: nothing; it only describes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from site_builder.annotate.entities.runs import patterns, starts_sentence

_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]*")
_NUMBERED = re.compile(r"([A-Z][\w'’-]*) \d")
# the word before a run, when it says "a place": "in Łódź", "near Socotra", "visiting Mérida"
_LOCATIVE = re.compile(r"(?<![\w-])(?:in|near|at|into|outside|across|around|throughout|visit|visiting|visited)[ ]\Z")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a run ("Hegseth", "U.S.") or a lower-case connector inside it ("of the")."""

    text: str
    start: int
    end: int
    connector: bool
    low: str  # lower case, a trailing full stop dropped for words ("sen." -> "sen")


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive tokens with no gap but single spaces and connectors; `initial`: begins a sentence."""

    tokens: tuple[Token, ...]
    initial: bool


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the whole article says about its capitalised words."""

    lower: frozenset[str]  # words the article writes in lower case
    last_words: frozenset[str]  # lower-case last words of runs of two or more name words
    first_words: frozenset[str]  # lower-case first words of such runs
    counts: dict[str, int]  # how often each capitalised word (lower case) opens or stands in a run
    numbered: frozenset[str]  # lower-case words the article follows with a number ("Navigator 7")
    located: frozenset[str] = frozenset()  # lower-case first words of runs after "in", "near", "visiting"…
    mid: frozenset[str] = frozenset()  # words the article capitalises where no sentence starts
    defined: frozenset[str] = frozenset()  # acronyms given in brackets after a name ("… Agency (ESA)")
    # acronym -> the head word (lower case) of the name that defines it, either way round:
    # "European Space Agency (ESA)", "Communist Party of China (CPC)" -> "agency", "party"
    defined_by: dict[str, str] = field(default_factory=dict)
    given_last: frozenset[str] = frozenset()  # last words of runs that open with a given name ("Genevieve Cortese")
    # starts of runs listed next to a full name that opens with a given name: "Tom Hanks, | Emeka Okafor"
    listed_by_given: frozenset[int] = frozenset()


def make_token(text: str, start: int, end: int, connector: bool) -> Token:
    low = text.lower() if connector else text.lower().rstrip(".")
    return Token(text, start, end, connector, low)


def runs_of(text: str) -> list[Run]:
    """Every run of `text` as tokens; the same as making each token of find_runs with make_token,
    in one pass (the hottest loop of the tokenizer: a corpus article has some 100 runs)."""
    runs = []
    for match in patterns()[0].finditer(text):
        start, end = match.span()
        if end <= start:
            continue
        value = match.group()
        if " " not in value:  # most runs are one word: no connector, lower case once
            low = value.lower().rstrip(".")
            tokens: tuple[Token, ...] = (Token(value, start, end, False, low),)
        else:
            tokens = tuple(_tokens(value, start))
        runs.append(Run(tokens, starts_sentence(text, start)))
    return runs


def _tokens(run_text: str, start: int) -> Iterator[Token]:
    for value in run_text.split(" "):  # runs.split_run, building each Token directly
        end = start + len(value)
        low = value.lower()
        if value[0].islower() and "-" not in value:
            yield Token(value, start, end, True, low)
        else:
            yield Token(value, start, end, False, low.rstrip("."))
        start = end + 1


_HEAD_BEFORE = frozenset(("of", "of the", "for", "for the"))


def _head(tokens: tuple[Token, ...]) -> str:
    """The head word of a name, lower case: the word before its first "of" or "for" ("Communist
    Party of China"), else its last word ("European Space Agency")."""
    for k in range(1, len(tokens)):
        if tokens[k].connector and tokens[k].low in _HEAD_BEFORE and not tokens[k - 1].connector:
            return tokens[k - 1].low
    return tokens[-1].low


def evidence(text: str, runs: list[Run], given: frozenset[str] = frozenset()) -> Evidence:
    """`given`: the given names (lexicon) that make a run's last word a surname of this article."""
    last: set[str] = set()
    first: set[str] = set()
    counts: dict[str, int] = {}
    located: set[str] = set()
    mid: set[str] = set()
    defined: set[str] = set()
    defined_by: dict[str, str] = {}
    given_last: set[str] = set()
    previous_end, previous_words, previous_last = -9, 0, ""
    previous_tokens: tuple[Token, ...] = ()
    listed: set[int] = set()
    previous_start, previous_given = -9, False
    for run in runs:
        words = [t for t in run.tokens if not t.connector]
        start = run.tokens[0].start
        if words and _LOCATIVE.search(text, max(0, start - 12), start):
            located.add(words[0].low)
        for t in words:
            counts[t.low] = counts.get(t.low, 0) + 1
        mid.update(t.low for t in (words[1:] if run.initial else words))
        between = text[previous_end:start] if start - previous_end <= 6 else ""  # only short gaps matter
        if len(words) == 1 and words[0].text.isupper() and previous_words > 1 \
                and between in (" (", "(", " [", ", or "):
            defined.add(words[0].low)
            defined_by.setdefault(words[0].low, _head(previous_tokens))
        elif len(words) > 1 and previous_words == 1 and between in (" (", "(") and previous_last.isupper() \
                and text[run.tokens[-1].end:run.tokens[-1].end + 1] == ")":
            defined_by.setdefault(previous_last.lower(), _head(run.tokens))  # "CEI (Italian Episcopal Conference)"
        opens_given = len(words) >= 2 and words[0].low in given
        if between in (", ", ", and ") and words:
            if previous_given:
                listed.add(start)
            if opens_given:
                listed.add(previous_start)
        previous_start, previous_given = start, opens_given
        previous_end, previous_words = run.tokens[-1].end, len(words)
        previous_last, previous_tokens = (words[0].text if words else ""), run.tokens
        if len(words) >= 2:
            last.add(words[-1].low)
            first.add(words[0].low)
            if words[0].low in given:
                given_last.add(words[-1].low)
    numbered = frozenset(w.lower() for w in _NUMBERED.findall(text))
    return Evidence(frozenset(_LOWER_WORD.findall(text)), frozenset(last), frozenset(first), counts, numbered,
                    frozenset(located), frozenset(mid), frozenset(defined), defined_by, frozenset(given_last),
                    frozenset(listed))
