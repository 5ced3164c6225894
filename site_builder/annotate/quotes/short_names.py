"""Short forms of a body's proper name: "the Court" after "The International Court of Justice".

Finds: the latest proper name before a position, outside quotes, that holds a body noun as one of
its capitalised words and at least one other capitalised word before it ("International Court of
Justice", "Court of Appeals", "European Commission"), so that "the Court" said by official prose
stands for the body the article named in full, even when the entity detector did not mark it.
Refuses: the noun alone or after "The" only ("The Court stressed …" is no full name), a name
inside a quotation, lower-case mentions ("a court"), names past the look-back window.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from site_builder.annotate.quotes.lexicon import lexicon

_CAP = r"[A-Z](?:(?:\.[A-Z])+\.|[\w’'&-]*)"  # "U.S.", "Justice"
_LINK = r"(?:of|for|on|and|the|de|la)"


def _name_re(head: str) -> re.Pattern[str]:
    """A run of capitalised words (small linking words inside) that holds `head` capitalised."""
    word = re.escape(head[:1].upper() + head[1:])
    return re.compile(
        rf"(?<![\w’'.-])((?:{_CAP}\s+)+{word}(?:\s+(?:{_LINK}\s+)*{_CAP}(?=[\s,.;:’']))*)(?![\w-])"
    )


def _opener(word: str) -> bool:
    low = word.lower()
    return low in lexicon().stop_words or re.fullmatch(_LINK, low) is not None


def full_name_before(text: str, head: str, pos: int, lookback: int, in_quote: Callable[[int], bool]) -> tuple[int, int] | None:
    """(start, end) of the latest proper name holding `head` before `pos`, "The" stripped; None if none."""
    found: tuple[int, int] | None = None
    for m in _name_re(head).finditer(text, max(0, pos - lookback), pos):
        start = m.start(1)
        while (lead := re.match(r"(\S+)\s+", text[start : m.end(1)])) is not None and _opener(lead.group(1)):
            start += lead.end()  # "And the Court", "The International Court": not part of the name
        end = start + len(re.sub(r"(?:[’']s)?[.’']*\Z", "", text[start : m.end(1)]))  # "Justice’s"
        name = text[start:end]
        caps = [w for w in name.split() if w[:1].isupper()]
        if len(caps) < 2 or in_quote(start):
            continue
        found = (start, end)
    return found
