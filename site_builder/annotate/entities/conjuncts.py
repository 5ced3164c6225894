"""A second person joined by "and" inside one run of capitals: "DAB's Ben Chan and Leung Chun".

The model reads "X and Y" inside a run mostly as one organisation's name ("Procter and Gamble",
"Marks and Spencer"): the features of a span right after an inner "and" (pc=c, inRunLc, pcn=cX-)
weigh against a person, so a second name that opens with no given name ("Leung Chun", a
family-name-first name) is left out although its best type is a person.
Finds: right after a person span of two or three words that opens with a given name (lexicon),
"and", then two capitalised words that end the run (or stand before another connector), that no
span holds, whose best type under the model is a person: a person span.
Refuses: a first name of one word ("Marks and Spencer", "Simon and Schuster") or of four and more
(a long "person" is the model's misread name of a body), a tail of one word ("John Wiley and
Sons") or of three and more, a stop word, a title or a word the archive writes in lower case in
the tail ("Ben Chan and Associates Group"), and any other best type.
"""

from __future__ import annotations

from site_builder.annotate.entities.features import archive_lower
from site_builder.annotate.entities.lexicon import Lexicon
from site_builder.annotate.entities.model import TYPES, Scores, Span
from site_builder.annotate.entities.people import title_word
from site_builder.annotate.entities.tokens import Run

_PERSON = TYPES.index("person")


def joined_people(run: Run, free: list[bool], spans: list[Span], scores: Scores, lex: Lexicon) -> list[Span]:
    """`spans` with the second names of "Given Family and Family Given" pairs added."""
    tokens = run.tokens
    if len(tokens) < 5 or not any(t.connector and t.low == "and" for t in tokens):
        return spans
    added = []
    for s in spans:
        k = s.j
        if s.type != _PERSON or not 2 <= s.j - s.i <= 3 or k + 2 >= len(tokens) or tokens[s.i].low not in lex.given_names \
                or not (tokens[k].connector and tokens[k].low == "and"):
            continue
        a, b = k + 1, k + 3
        if (b < len(tokens) and not tokens[b].connector) or not all(free[a:b]) \
                or any(x.i < b and a < x.j for x in spans) or not all(_name_word(t.text, t.low, t.connector, lex) for t in tokens[a:b]):
            continue
        best = [sc for i, j, sc in scores if i == a and j == b]
        if best and max(range(3), key=best[0].__getitem__) == _PERSON:
            added.append(Span(a, b, _PERSON))
    return sorted(spans + added, key=lambda sp: sp.i) if added else spans


def _name_word(text: str, low: str, connector: bool, lex: Lexicon) -> bool:
    return not connector and text[:1].isupper() and low not in lex.stopwords and not title_word(low, lex) \
        and not archive_lower(low)
