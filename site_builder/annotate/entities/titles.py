"""Title phrases: the roles that stand before a person's name.

Finds: "President", "Prime Minister", "Defense Minister", "Secretary of Defense", "Mr.", "Sen.",
"Department of Defense Spokesman" (only "Spokesman": the words before "of" belong to the
organisation), as token ranges of a run. The words after a title phrase are read as a person's
name by people.py. Refuses: modifiers without a title ("Defense" alone), a modifier cut off
from an "of" on its left, and "of" complements that are not title modifiers ("President of
France" keeps "France" a place).
"""

from __future__ import annotations

from site_builder.annotate.entities.lexicon import Lexicon

TITLE_OF = frozenset(("of", "for", "of the"))


def title_phrases(lows: list[str], conn: list[bool], free: list[bool], lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges [i, j) of title phrases among the `free` (unclaimed) tokens of a run."""
    titles, modifiers = lex.titles, lex.title_modifiers
    n = len(lows)
    spans: list[tuple[int, int]] = []
    k = 0
    while k < n:
        low = lows[k]
        if conn[k] or not free[k] or (low not in titles and low + "." not in titles):
            k += 1
            continue
        i = k
        while i > 0 and free[i - 1] and not conn[i - 1] and lows[i - 1] in modifiers:
            i -= 1
        if i < k and i > 0 and conn[i - 1]:
            i = k  # "Department of Defense Spokesman": "Defense" belongs to the organisation
        if spans and i < spans[-1][1]:
            i = spans[-1][1]
        j = k + 1
        while j < n and free[j]:
            if not conn[j] and (lows[j] in titles or lows[j] + "." in titles):
                j += 1
            elif (
                not conn[j] and lows[j] in modifiers and j + 1 < n and not conn[j + 1]
                and (lows[j + 1] in titles or lows[j + 1] in modifiers)
            ):
                j += 1
            elif (
                not conn[j] and lows[j] in modifiers and lows[j - 1] in titles and j + 1 < n and free[j + 1]
                and lows[j + 1] in lex.given_names and lows[j] not in lex.given_names
            ):
                j += 1  # "Chief Executive | Margaret Lindahl": a title's modifier after it, before a given name
            elif conn[j] and lows[j] in TITLE_OF and j + 1 < n and free[j + 1] and lows[j + 1] in modifiers:
                j += 2
                while j < n and free[j] and not conn[j] and lows[j] in modifiers:
                    j += 1
            else:
                break
        spans.append((i, j))
        k = j
    return spans


def role_keys(lows: list[str], i: int, j: int, lex: Lexicon) -> tuple[str, ...]:
    """Keys a title phrase is known by: its full text and its last title word ("secretary")."""
    full = " ".join(w for w in lows[i:j])
    last = next((lows[k] for k in range(j - 1, i - 1, -1) if lows[k] in lex.titles), lows[j - 1])
    words = [w for w in lows[i:j] if w not in ("former", "acting", "interim")]
    tail = " ".join(words[-2:]) if len(words) >= 2 else last
    return tuple(dict.fromkeys((full, tail, last)))
