"""A quote that calls someone by name is not that person's: "“Bye, Miss Gloria!”" is said to
Gloria, not by her.

Finds: a name (given name or surname of the chosen speaker, a title from
`data/vocative_titles.txt` allowed before it) standing as a vocative in the quote: after a comma
or a greeting word and before "!", "?", "." or the closing mark ("Good work, John!", "Thank
you, Dr. Reyes."), or opening the quote before a comma ("Miss Dot, when's the gym …").
Refuses: a name with a comma on both sides inside a sentence (an apposition: "the chief, Smith,
said"), a name opening the quote followed by a list ("Smith, Jones and Brown …"), a name the quote
only mentions ("I told Gloria").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.lexicon import alternation, data_lines

_MARKS = "“”\"‘’'` \n"


@lru_cache(maxsize=1)
def _titles() -> str:
    words = [w for line in data_lines(DATA_DIR / "vocative_titles.txt") for w in line.split()]
    return alternation(words)


def _name_words(name: str) -> list[str]:
    L = lexicon()
    return [
        w
        for w in name.replace(",", " ").split()
        if len(w) > 2 and w[0].isupper() and w[-1] != "." and w.lower() not in L.titles and w.lower() not in L.stop_words
    ]


def calls_by_name(quote: str, name: str) -> bool:
    """The quote text (marks included or not) addresses a person by a word of `name`."""
    body = quote.strip(_MARKS).rstrip(",")
    # only the words the quote holds: a word it lacks matches nothing, and a quote that holds none
    # compiles no pattern (the title alternation makes each one costly)
    words = [w for w in _name_words(name) if w in body]
    if not words or not body:
        return False
    alt = "|".join(re.escape(w) for w in words)
    title = rf"(?:(?:{_titles()})\s+)?"
    mid = rf",\s+{title}(?:{alt})(?=\s*(?:[!?.]|$))"
    greeting = rf"\b(?:Hey|Hi|Bye|Oh|Thanks|Thank\s+you|Good\s+morning|Good\s+night),?\s+{title}(?:{alt})(?=\s*(?:[,!?.]|$))"
    if re.search(mid, body) or re.search(greeting, body):
        return True
    lead = re.match(rf"{title}(?:{alt})\s*([,!?])\s*(\S*)", body)
    if lead is None:
        return False
    nxt = lead.group(2)
    return lead.group(1) != "," or not (nxt[:1].isupper() and nxt.rstrip(",") not in ("I", "I’m", "I'm", "I’ve", "I'll", "I’ll"))
