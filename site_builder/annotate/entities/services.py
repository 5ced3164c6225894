"""An armed service named before a service member's noun: "a retired three-star Army general", "a
Marine veteran", "a Navy nurse" name the Army, the Marines, the Navy (organisations; GUM marks them).

Finds: a capitalised service (data/service_branches.txt) after a lower-case word or a hyphenated
rank ("three-star") and before a lower-case member noun (data/service_members.txt) that no
capitalised name follows. Refuses: a service a claim already holds or crosses, the headline, and
"Army General Mark Milley" (a title before a name: the person's span).
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.slug import slugify
from site_builder.lexicon import alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    branches = alternation(data_lines("service_branches.txt"))
    members = alternation(data_lines("service_members.txt"))
    # opens with the service (a capital: a quick scan); _found checks the lower-case word and space before
    return re.compile(r"(" + branches + r") (?:" + members + r")(?![\w’'-])(?! [A-Z])")


def _found(text: str) -> list[tuple[int, int]]:
    """The services' spans, each after a lower-case letter and a space (what a look-behind opening
    the pattern would test at every character), as finditer with that look-behind finds them."""
    found = []
    m = _pattern().search(text)
    while m is not None:
        a = m.start()
        if a >= 2 and text[a - 1] == " " and "a" <= text[a - 2] <= "z":
            found.append(m.span(1))
            m = _pattern().search(text, m.end())
        else:
            m = _pattern().search(text, a + 1)
    return found


def service_branches(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with each armed service before a member's noun (module docstring) an organisation."""
    first_line = text.find("\n")
    found = [(a, b) for a, b in _found(text) if a > first_line]
    if not found:
        return claims
    out = list(claims)
    for a, b in found:
        if any(c.start < b and a < c.end for c in out):
            continue
        name = text[a:b]
        out.append(Claim(a, b, FOUND, "organization", slugify(name), words=tuple(name.split())))
    return sorted(out, key=lambda c: c.start)
