"""Fullest name: an acronym speaker the article spells out is shown spelt out.

Finds "Office for Democratic Institutions and Human Rights (ODIHR)" and "the IDF, the Israel
Defense Forces," for a speaker "ODIHR" / "IDF", when the capitalised words' initials give the
acronym (small words such as "for", "and", "of" may be skipped). Refuses anything else: an
acronym the article never expands stays as written.
"""

from __future__ import annotations

import re

ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}")  # also used by speakers.py
_SMALL = frozenset("of for and the on in to de".split())
_WORD_RE = re.compile(r"[A-Z][\w’'.-]*|of|for|and|the|on|in|to|de")


def _initials_match(words: list[str], acronym: str) -> bool:
    caps = [w[0] for w in words if w not in _SMALL]
    return "".join(caps).upper() == acronym.replace("&", "")


def _longest_before(text: str, end: int, acronym: str) -> str | None:
    """The run of name words ending at `end` whose initials spell `acronym`."""
    words = text[max(0, end - 160) : end].split()
    for k in range(1, min(len(words), 12) + 1):
        tail = [w.strip(",;:") for w in words[-k:]]
        if not all(_WORD_RE.fullmatch(w) for w in tail) or tail[0] in _SMALL:
            continue
        if _initials_match(tail, acronym):
            return " ".join(tail)
    return None


def _after(text: str, start: int, acronym: str) -> str | None:
    """"IDF, the Israel Defense Forces,": the expansion right after the acronym."""
    m = re.match(r",\s+(?:the\s+)?((?:[A-Z][\w’'.-]*|of|for|and|on|de)(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|on|de)){1,10})", text[start : start + 160])
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), 1, -1):
        if _initials_match(words[:k], acronym):
            return " ".join(words[:k])
    return None


def initials_close(acronym: str, name: str) -> bool:
    """"AMLO" for "López Obrador", "JFK" for "John F. Kennedy": an acronym of three letters or more
    that ends with the initials of a person's name of two words or more (given names the article
    may leave out come first). Refuses one-word names and two-letter acronyms ("PM", "UN")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(acronym) < 3 or len(words) < 2 or not is_acronym(acronym):
        return False
    return acronym.endswith("".join(w[0] for w in words).upper())


def is_acronym(name: str) -> bool:
    return ACRONYM_RE.fullmatch(name) is not None


def expand_acronym(text: str, name: str) -> str:
    """`name` spelt out when it is an acronym the article expands, else `name` itself.

    One scan of the article finds both forms; a "(ODIHR)" expansion anywhere wins over an
    "IDF, the Israel Defense Forces," one."""
    if not is_acronym(name):
        return name
    after: str | None = None
    for m in re.finditer(r"\(" + re.escape(name) + r"\)|(?<![\w-])" + re.escape(name) + r"(?=,)", text):
        if m.group().startswith("("):
            found = _longest_before(text, m.start(), name)
            if found is not None:
                return found
        elif after is None:
            after = _after(text, m.end(), name)
    return after if after is not None else name
