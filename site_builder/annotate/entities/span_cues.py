"""The organisation and place cues of a candidate span (features.py), and the acronym test:
compiled with the model's features (setup.py), since the model asks them of every span.

Finds: an organisation's head last ("Ministry", "Council") or before "of" ("Bank of …"), a lone
acronym ("NATO"; not a title, a calendar word or a short stopword: "IT", "OR"), a place prefix
("Fort Lee") or the word after one, a place's head last ("… River") or before "of". Refuses:
everything else (no feature).
"""

from __future__ import annotations

from functools import lru_cache

from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.tokens import Token


@lru_cache(maxsize=1)
def place_prefixes() -> frozenset[str]:
    return frozenset(data_lines("place_prefixes.txt"))


def is_acronym(word: str, lex: Lexicon) -> bool:
    core = word.replace(".", "")
    if not (2 <= len(core) <= 6 and core.isupper() and core.isalpha()):
        return False
    low = core.lower()
    if low in lex.titles or low in lex.calendar:
        return False
    return len(core) >= 4 or low not in lex.stopwords  # "FIRST" may be a name, "IT" or "OR" is not


def org_features(tokens: tuple[Token, ...], i: int, j: int, lex: Lexicon, feats: list[str]) -> None:
    last = tokens[j - 1]
    if last.low in lex.org_heads:
        feats.append("o:headL")
    for k in range(i, j):
        t = tokens[k]
        if t.connector and k > i and tokens[k - 1].low in lex.org_heads:
            feats.append("o:headOf")
            break
    if j - i == 1 and is_acronym(last.text, lex):
        feats.append("o:acronym")


def place_features(tokens: tuple[Token, ...], i: int, j: int, lex: Lexicon, feats: list[str]) -> None:
    if j - i > 1 and tokens[i].low in place_prefixes():
        feats.append("l:prefix")  # "Fort Lee", "Lake Erie"
    if i > 0 and not tokens[i - 1].connector and tokens[i - 1].low in place_prefixes():
        feats.append("l:afterPrefix")  # "Lee" in "Fort Lee": the rest of a place's name
    if tokens[j - 1].low in lex.place_heads:
        feats.append("l:headL")
    for k in range(i + 1, j):
        if tokens[k].connector and tokens[k - 1].low in lex.place_of_heads:
            feats.append("l:headOf")
            break
