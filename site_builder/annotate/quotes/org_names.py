"""An organization's name the entity layer cut short, written whole.

Finds: capitalised words right after the mention up to a word that ends a body's name
(data/org_name_ends.txt): "The Seattle Police Officers Guild … said" with a mention "Seattle
Police" → "Seattle Police Officers Guild"; for a one-word mention, the article's first writing of
the word with capitalised words after it ending in a company word: "Stonebridge, which was bought
…, said" after "Stonebridge Federal Solutions" → "Stonebridge Federal Solutions".
Refuses: a run not ending in such a word ("Seattle Police Chief Adrian Diaz"), a run inside
another sentence for a mention of two words or more, a run past a line break.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR
from site_builder.lexicon import data_lines

_RUN_RE = re.compile(r"(?: [A-Z][\w&’'.-]*){1,4}")


@lru_cache(maxsize=1)
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    """(any body's name ends, company name ends)."""
    bodies: set[str] = set()
    companies: set[str] = set()
    for line in data_lines(DATA_DIR / "org_name_ends.txt"):
        words = line.split()
        if words[0] == "company:":
            companies.update(w.lower() for w in words[1:])
        else:
            bodies.update(w.lower() for w in words)
    return frozenset(bodies | companies), frozenset(companies)


def _longest_named(run: str, ends: frozenset[str]) -> str | None:
    """The longest prefix of the run's words that ends in one of `ends`."""
    words = run.split()
    for k in range(len(words), 0, -1):
        if words[k - 1].lower() in ends:
            return " ".join(words[:k])
    return None


def org_in_full(text: str, start: int, end: int) -> str | None:
    """The mention's name with the words the entity layer left off; None when none are."""
    name = text[start:end]
    anywhere, companies = _ends()
    run = _RUN_RE.match(text, end)
    rest = _longest_named(run.group(), anywhere) if run is not None else None
    if rest is not None:
        return f"{name} {rest}"
    if " " in name or not name[:1].isupper():
        return None
    for m in re.finditer(re.escape(name) + r"(?= [A-Z])", text):
        run = _RUN_RE.match(text, m.end())
        rest = _longest_named(run.group(), companies) if run is not None else None
        if rest is not None:
            return f"{name} {rest}"
    return None
