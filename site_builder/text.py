"""Small text helpers shared by several stages: slugs, shortening at a boundary, quote excerpts,
and two character classes (a regex word character, a blank that keeps to the line).

`shorten` finds where a long text may end: a sentence end, else a clause boundary (comma,
semicolon, colon, dash), else just before a word that opens a phrase (data/phrase_openers.txt).
It refuses to end on a dangling function word or mid-phrase, and falls back to a plain word
boundary only when none of those lies in the second half of the allowed width.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from pathlib import Path

from site_builder.lexicon import data_lines

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_DATA = Path(__file__).resolve().parent / "data"
ELLIPSIS = "…"
# A sentence ends at . ! ? (with any closing mark) before a space; not after a one-letter initial or "Mr.".
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)[.!?][\"”’)]?(?=\s)")
_CLAUSE_END = re.compile(r"(?:[,;:]|\s[—–-])(?=\s)")
_TRAILING = ",;:-—– "
# A trailing comma, semicolon or colon just inside the closing quote mark of an excerpt: “… region,”
_QUOTE_TAIL = re.compile(r"\s*[,;:]\s*([”\"’'»]+)\s*\Z")


def is_word_char(c: str) -> bool:
    """The regex module's \\w for one character: a letter or digit of any script, or "_"."""
    return c.isalnum() or c == "_"


def is_blank(c: str) -> bool:
    """A space or a tab: a blank that keeps to the line."""
    return c == " " or c == "\t"


MAX_SLUG = 120  # bytes (a slug is ASCII); longer ones, e.g. entity ids, end in a hash of the whole


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII, lower case, hyphens; cut at a word boundary. Whatever `max_length`, a slug longer
    than MAX_SLUG is cut and ends in a short hash of the whole, so two long names stay two ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower().replace("'", "").replace("’", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug


@cache
def _words_of(name: str) -> frozenset[str]:
    return frozenset(word.lower() for line in data_lines(_DATA / name) for word in line.split())


def phrase_openers() -> frozenset[str]:
    return _words_of("phrase_openers.txt")


def dangling_words() -> frozenset[str]:
    return _words_of("dangling_words.txt") | phrase_openers()


def shorten(text: str, width: int) -> str:
    """`text` when it fits in `width` characters; else cut at the best boundary within `width`.

    A cut at a sentence end keeps its full stop and adds nothing; any other cut ends in "…".
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    room = text[: width - 1]  # leave room for the ellipsis
    floor = width // 2  # a clause or phrase boundary earlier than this throws away too much
    sentence = _last_match(_SENTENCE_END, text[:width], width * 2 // 5)  # a whole sentence may be a little shorter
    if sentence:
        return text[:sentence].rstrip()
    clause = _last_match(_CLAUSE_END, room, floor)
    if clause:
        return text[:clause].rstrip(_TRAILING) + ELLIPSIS
    phrase = _before_phrase_opener(room, floor)
    if phrase:
        return text[:phrase].rstrip(_TRAILING) + ELLIPSIS
    return _word_cut(text, room, floor // 2) + ELLIPSIS


def _word_cut(text: str, room: str, floor: int) -> str:
    """Last resort: a word boundary, backed off out of a run of capitalised words (a name such as
    "Korean Central News Agency") and off a dangling article or phrase opener, not below `floor`."""
    words = room.split(" ")
    if len(words) > 1:
        words = words[:-1]  # the last word in `room` may be cut: drop it
    nxt = text[len(" ".join(words)):].split(maxsplit=1)
    following = nxt[0] if nxt else ""

    def shorter() -> bool:
        return len(words) > 1 and len(" ".join(words[:-1])) >= floor

    while following[:1].isupper() and words[-1][:1].isupper() and shorter():
        following = words.pop()
    while words[-1].lower().strip(_TRAILING) in dangling_words() and shorter():
        words.pop()
    return " ".join(words).rstrip(_TRAILING)


def _last_match(pattern: re.Pattern[str], text: str, floor: int) -> int:
    """End offset of the last match of `pattern` in `text` at or after `floor`; 0 when none."""
    ends = [m.end() for m in pattern.finditer(text) if m.end() >= floor]
    return ends[-1] if ends else 0


def _before_phrase_opener(room: str, floor: int) -> int:
    """Offset of the space before the last phrase-opening word that starts (and ends) inside `room`."""
    openers = phrase_openers()
    best = 0
    for match in re.finditer(r"(?<=\s)([A-Za-z]+)(?=\s|\Z)", room):
        if match.start() - 1 >= floor and match.group(1).lower() in openers and match.end() < len(room):
            best = match.start() - 1
    return best


def tidy_quote(text: str) -> str:
    """A quotation for a list: one line, without the comma the article put before its closing mark."""
    text = " ".join(text.split())
    return _QUOTE_TAIL.sub(r"\1", text)
