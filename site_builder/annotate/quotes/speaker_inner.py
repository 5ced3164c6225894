"""Speakers of quotes inside quotes: whose words a speaker repeats ("“My father used to say, ‘…’”").

Finds: "my father", "our coach" as the inner cue's subject in someone's quote → the person the
article named with that noun outside quotes ("Her father, Eamon, fished …"), else that speaker's
relative ("Marcus Pettaway’s grandfather"; "my dad" as "… father"); a he/she inner cue whose
antecedent is such a "my …" earlier in the same outer quote ("My grandfather walked out in '86. …
He said, ‘…’"), then another person than the outer speaker named around the quote
(person_antecedents.other_person), then the pronoun as resolved anywhere.
Refuses: the outer speaker as the inner one ("she" inside Jones's quote is not Jones); a "my …"
noun that names no person ("my gut said"); a relative of an unknown outer speaker.
"""

from __future__ import annotations

import re

from site_builder.annotate.quotes.attribution import Attribution
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_words import noun_gender, person_synonyms
from site_builder.annotate.quotes.speakers import Resolver, Speaker

# "my father", "My late husband", "our coach": a first-person possessive and a noun
_MY_NOUN_RE = re.compile(r"(?<![\w’'-])(?:[Mm]y|[Oo]ur)\s+(?:late\s+|old\s+)?([a-z]+)(?![\w’'-])")


# a lone capitalised word opening a sentence of a quote before a lower-case verb: "Coach said …"
_ROLE_NAME_RE = re.compile(r"(?:(?<=[.!?][ \t])|(?<=[“\"‘]))([A-Z][a-z]+)(?=[ \t]+[a-z])")


# the relative named in the reader's words: "my dad" in Kepple's quote is "Lorna Kepple’s father"
_FORMAL = {"dad": "father", "mom": "mother", "mum": "mother", "grandpa": "grandfather", "grandma": "grandmother"}


def inner_speaker(r: Resolver, outer_start: int, inner_start: int, attr: Attribution, outer: Speaker | None) -> Speaker | None:
    """The speaker of the inner quote at `inner_start` whose cue is `attr`, inside the outer quote
    at `outer_start` spoken by `outer` (None: unknown)."""
    p = attr.phrase
    kind = lexicon().pronouns.get(p.head) if p.kind == "pronoun" else None
    if _role_as_name(r, p):
        return _role_holder(r, p)  # “Coach kept saying, ‘Trust it’”: the coach the article named, or nobody
    if outer is not None and p.kind == "nominal":
        mine = _MY_NOUN_RE.match(r.text, p.start, p.end)
        if mine is not None and lexicon().noun_class(mine.group(1)) == "person":
            return relative(r, mine, outer)
    if outer is not None and kind in ("male", "female"):
        mine = _my_relative_before(r, outer_start, inner_start, kind)
        if mine is not None:
            return relative(r, mine, outer)  # “My grandfather walked out …. He said, ‘…’”
        found = r.other_person(outer_start, kind, outer)
        if found is not None:
            return Speaker(found.name, found.entity, p.start, p.end, found.type)
    speaker = r.resolve(p)
    if speaker is not None and outer is not None and speaker.name == outer.name:
        found = r.other_person(outer_start, kind, outer) if kind in ("male", "female") else None
        return Speaker(found.name, found.entity, p.start, p.end, found.type) if found is not None else None
    return speaker


def _role_as_name(r: Resolver, p: Phrase) -> bool:
    """A lone capitalised person noun used as a name ("Coach", "Doc", "Mom"), no entity over it."""
    word = r.text[p.start : p.end].strip()
    singular = word.lower() in lexicon().person_nouns and not word.endswith("s")  # not "Officials", "People"
    return p.kind in ("name", "nominal") and word[:1].isupper() and " " not in word and singular and not r.mentioned(p.start, p.end)


def _role_holder(r: Resolver, p: Phrase) -> Speaker | None:
    """The person the article named outside quotes with the noun `p` stands for ("Cedar Prairie
    coach Brad Ahlquist" for "Coach"); None when it named none (a bare role is never shown)."""
    noun = p.head.lower()
    group = lexicon().person_nouns.get(noun)
    syn = person_synonyms(group) if group is not None else frozenset((noun,))
    found = r.antecedent(Phrase(p.start, p.end, "nominal", noun), syn, "person")
    return found if found is not None and found.entity is not None else None


def relative(r: Resolver, mine: re.Match[str], outer: Speaker) -> Speaker:
    """"my father" in `outer`'s words: the father the article named outside quotes ("Her father,
    Eamon,"), else "<outer>’s father"."""
    noun = mine.group(1).lower()
    group = lexicon().person_nouns.get(noun)
    syn = person_synonyms(group) if group is not None else frozenset((noun,))
    found = r.antecedent(Phrase(mine.start(), mine.end(), "nominal", noun), syn, "person")
    if found is not None and found.entity is not None:
        return found
    return Speaker(f"{outer.name}’s {_FORMAL.get(noun, noun)}", None, mine.start(), mine.end())


def _my_relative_before(r: Resolver, outer_start: int, inner_start: int, kind: str) -> re.Match[str] | None:
    """The last "my <person noun>" of the pronoun's gender in the outer quote before the inner one,
    or a role used as a name opening a sentence there ("Coach said the same thing. He said, ‘…’")."""
    last = None
    for m in _MY_NOUN_RE.finditer(r.text, outer_start, inner_start):
        if lexicon().noun_class(m.group(1)) == "person" and noun_gender(m.group(1)) == kind:
            last = m
    for m in _ROLE_NAME_RE.finditer(r.text, outer_start, inner_start):
        word = m.group(1).lower()
        if (last is None or m.start() > last.start()) and word in lexicon().person_nouns and not word.endswith("s"):
            if noun_gender(m.group(1)) in (None, kind) and not r.mentioned(m.start(1), m.end(1)):
                last = m
    return last
