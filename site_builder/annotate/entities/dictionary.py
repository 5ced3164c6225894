"""Known names, longest match first: registry names and aliases, known organisations, places.

Finds: within a run, the longest sequence of tokens whose text is a key of the name table
("Israel Katz" before "Israel", "United States Senate" before "United States"), left to right.
Refuses: matches starting on a connector, and single-word place or organisation matches at the
start of a sentence whose word the article also uses in lower case ("Reading the report…").
"""

from __future__ import annotations

from site_builder.annotate.entities.names import Named, NameTable


def dictionary_matches(words: list[str], conn: list[bool], table: NameTable) -> list[tuple[int, int, Named]]:
    names, first, max_words = table.names, table.first_words, table.max_words
    n = len(words)
    found: list[tuple[int, int, Named]] = []
    i = 0
    while i < n:
        w = words[i]
        if conn[i] or (w not in first and w.replace("’", "'") not in first):
            i += 1
            continue
        hit = None
        for j in range(min(n, i + max_words), i, -1):
            if conn[j - 1]:
                continue
            key = " ".join(words[i:j]).replace("’", "'") if j - i > 1 else w.replace("’", "'")
            named = names.get(key)
            if named is not None:
                hit = (i, j, named)
                break
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit[1]
    return found
