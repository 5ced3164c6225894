"""Title words in one spelling, and which of them name an office: the one reading of titles that
the annotator (linking a titled surname to a full name) and the index (weighing titles across
articles) share.

Finds the full word an abbreviated title word stands for (`data/title_abbreviations.txt`: "Sen."
and "Senator" are one office, "Sgt." and "Sergeant" one rank), the words that name no office
(`data/title_word_classes.txt`: "Mr.", "former", "His Excellency"), and whether two titles fit,
one's office words within the other's ("Secretary" fits "Secretary of State"; "Foreign
Minister" does not fit "Prime Minister"). Refuses nothing: a word it does not know is returned
as written (lower case, no stop) and counts as naming an office.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from site_builder.lexicon import data_lines
from site_builder.text import is_blank

_DATA = Path(__file__).parent / "data" / "title_abbreviations.txt"
_CLASSES = Path(__file__).parent / "data" / "title_word_classes.txt"
JOINERS = frozenset({"of", "the", "for"})


@cache
def _table() -> dict[str, str]:
    return dict(line.split() for line in data_lines(_DATA))


def title_word(word: str) -> str:
    """"sen." -> "senator"; "Sergeant" -> "sergeant"."""
    w = word.lower().rstrip(".")
    return _table().get(w, w)


def title_key(title: str) -> str:
    """A whole title in one spelling: "Detective Sgt." -> "detective sergeant"."""
    return " ".join(title_word(w) for w in title.split())


@cache
def _classes() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for line in data_lines(_CLASSES):
        word, kind = line.split()
        found[kind].add(word)
    return {kind: frozenset(words) for kind, words in found.items()}


def _words(*kinds: str) -> frozenset[str]:
    classes = _classes()
    return frozenset().union(*(classes.get(kind, frozenset()) for kind in kinds))


@cache
def no_office_words() -> frozenset[str]:
    """Words that name no office in an article ("Mr.", "former", "Sheikh"), with and without a stop."""
    words = _words("honorific", "tense", "address")
    return words | {w + "." for w in words}


@cache
def weak_words() -> frozenset[str]:
    """Words that say nothing about which office, across the archive: "Mr.", "former", "Deputy"."""
    return _words("honorific", "tense", "rank")


@cache
def courtesy_words() -> frozenset[str]:
    """Courtesies a person keeps beside any office: "His Excellency", "Sheikh", "Ambassador"."""
    return _words("address", "standing")


def office_words(title: str, ignore: frozenset[str]) -> frozenset[str]:
    """The words of a title that name its office, in one spelling, without the `ignore` words and
    joiners: "Acting Assistant Sec. for Public Affairs" -> {secretary, public, affairs} when the
    weak words are ignored."""
    return frozenset(title_word(w) for w in title.split()) - ignore - JOINERS


def titles_fit(a: str, b: str, ignore: frozenset[str]) -> bool:
    """Whether one title's office words lie within the other's: "secretary" fits "secretary of
    state", "detective sergeant" fits "sergeant"; "foreign minister" does not fit "prime minister"."""
    return offices_fit(office_words(a, ignore), office_words(b, ignore))


def offices_fit(x: frozenset[str], y: frozenset[str]) -> bool:
    """titles_fit on office words already read (office_words): one set within the other."""
    return x <= y or y <= x


# The words right before a name: a label's title on its own line ("FOREIGN MINISTER PARK:", four
# words within 60 characters at most), or a title in running text (six within 80, across lines).
_ON_LINE = re.compile(r"((?:[A-Za-z][A-Za-z.]*[ \t]+){1,4})$")
_IN_TEXT = re.compile(r"((?:[A-Za-z][A-Za-z.\-]*\s+){1,6})$")


def words_before(text: str, start: int, on_line: bool = False) -> list[str]:
    """The words right before `start` (a name), as written: what `_ON_LINE` or `_IN_TEXT` searched
    in the window before `start` finds, read right to left instead (a search tries the pattern
    from every character of the window; tests/test_titlewords.py compares the two)."""
    if on_line:
        # "$" also matches before a line break that ends the window: [ \t]+ cannot take it
        end = start - 1 if start > 0 and text[start - 1] == "\n" else start
        p = _leftmost_start(text, max(0, start - 60), end, 4, _LINE_CHARS, is_blank)
    else:
        p = _leftmost_start(text, max(0, start - 80), start, 6, _TEXT_CHARS, str.isspace)
    return text[p:start].split() if p >= 0 else []


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LINE_CHARS = _LETTERS | {"."}
_TEXT_CHARS = _LETTERS | {".", "-"}


def _leftmost_start(text: str, lo: int, end: int, most: int, chars: frozenset[str],
                    space: Callable[[str], bool]) -> int:
    """Where the leftmost match of up to `most` (word, spaces) pairs ending at `end` starts (a
    word: a letter, then `chars`); -1 when none does. Word and space characters never overlap, so
    the pairs are the text's own stretches, each word begun at its first letter."""
    found, k = -1, end
    for _ in range(most):
        spaces = k
        while k > lo and space(text[k - 1]):
            k -= 1
        if k == spaces:
            break
        word = k
        while k > lo and text[k - 1] in chars:
            k -= 1
        p = k
        while p < word and text[p] not in _LETTERS:
            p += 1
        if p == word:
            break
        found = p
        if p > k:  # the stretch opens with "." or "-": no word begins before it
            break
    return found


def _ends_sentence(word: str, bare: str) -> bool:
    """A full stop after a word longer than an abbreviation ("minister." in "the prime minister.
    Mevlüt and I"), unless the word is a known abbreviation ("Supt.", "Capt.")."""
    full = _table().get(bare, bare)
    return word.endswith(".") and len(bare) > 3 and len(full) <= len(bare)  # "secretaries." is no abbreviation


def title_run(words: list[str], is_title: Callable[[str], bool], *, kept: frozenset[str] = frozenset(),
              skipped: frozenset[str] = frozenset(), stops: bool = False) -> list[str]:
    """The title the words end with, read back from the name, in order, lower case without stops
    or commas: title words (`is_title`) and, once one is read, the `kept` words ("deputy" in
    "Deputy Foreign Minister") and `skipped` ones ("of" in "Secretary of State", left out). With
    `stops`, a comma or a full stop after a longer word ends it ("Mr. Secretary, President Biden":
    "president"; "Moscow. President": "president"), and a full stop right before the name leaves
    no title ("the prime minister. Mevlüt": ""). The one reader of a title before a name, for
    the annotator (linking.py) and the index (evidence.py)."""
    run: list[str] = []
    for i, word in enumerate(reversed(words)):
        bare = word.lower().strip(".,")
        if stops and ((i and word.endswith(",")) or _ends_sentence(word, bare)):
            break
        if is_title(bare) or (run and bare in kept):
            run.append(bare)
        elif not (run and bare in skipped):
            break
    while run and run[-1] in skipped:
        run.pop()
    return run[::-1]
