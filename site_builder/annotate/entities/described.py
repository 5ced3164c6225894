"""Organisations the article describes: a name in apposition with, or right after, a noun that only
an organisation is ("Corvane, the business software maker", "the advocacy group FlyFair", "The
state's largest insurer, Northstar Health Plan, said"; data/described_org_nouns.txt), and a one-word
name used as only a company is ("Corvane shares", "a Parcelway site", "Lakeview's parent company";
data/company_use_words.txt). Each is an organisation there and wherever the article writes the same
name again. Refuses: a name a claim other than a person's or a non-gazetteer place already holds,
a person named with more than one word or a title, a word of such a person's name ("Anders Halvorsen
… Halvorsen shares"), a gazetteer place or country ("In Houston, the company said"), a demonym or a title ("the Russian
stock market", "Co-founder & CEO of ActZero"), "a group of" (a quantity), a name the
article writes in lower case, and a noun before a name followed by a speech verb ("a strong group,
Smith said").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.gazetteer import place_names
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.organizations import person_words, polities, written_lower
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.standalone import joins, standalone
from site_builder.lexicon import alternation

# a name: capitalised words, "&", "of", "for" between them ("Harrow & Pike", "Families for Choice")
_NAME = r"[A-Z][\w’'.&-]*[\w&](?:(?: (?:&|of|for|and))? [A-Z][\w’'.&-]*[\w&]){0,5}"
# what may close an apposition after its noun: punctuation or a relative or locating word
_CLOSE = r"(?=[,.;:)\]]|\s+(?:that|which|whose|based|in|with|founded|headquartered|from)\b)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(data_lines("described_org_nouns.txt"))
    uses = alternation(data_lines("company_use_words.txt"))
    det = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z]?[\w-]+(?:['’]s|s['’]))"
    word = r"(?:(?!(?:" + _LINKS + r") )[a-z][\w-]* )"
    before = re.compile(r"(?<![\w-])" + det + r" " + word + r"{0,3}(?:" + nouns + r")(,?) (" + _NAME + r")")
    after = re.compile(r"(" + _NAME + r"), (?:the|an?) " + word + r"{0,4}(?:" + nouns + r")" + _CLOSE)
    used = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z][\w-]*[a-z])(?:['’]s)? (?:" + uses + r")(?![\w-])")
    return before, after, used


# words that end a noun phrase's modifiers: "a lineman for an electric cooperative" is no cooperative
_LINKS = "for|of|at|with|in|to|from|by|and|or|who|on|as"
# a name that says what "it" will do: "Ridgeline says it will pay", "In a statement, Mercy Ridge says
# it has hired" (not "it was", "it is": what someone said of a thing)
_SAYS_IT_TAIL = r" (?:said|says)(?: in a statement)?(?: that)? it (?!was\b|is\b|[’']s\b|wasn)"
_SAYS_IT = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)" + _SAYS_IT_TAIL)
# what every match of _SAYS_IT ends with: a quick test (it opens with " sa") before the pattern
_SAYS_IT_GATE = re.compile(_SAYS_IT_TAIL)
# a capitalised word right before: the name is longer ("West Valley Medical Center says it")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]* \Z")
_SAID = re.compile(r" (?:said|says|told|added|asked|wrote|recalled|explained)\b")


def _described(text: str) -> list[tuple[int, int]]:
    before, after, used = _patterns()
    found: list[tuple[int, int]] = []
    named_after, closed = _noun_spots(text)
    for m in before.finditer(text) if named_after else ():
        if m.group(1) and not text.startswith(",", m.end(2)):  # "the union, SEIU-USWW, has": closed
            continue
        if not _SAID.match(text, m.end(2)):
            found.append(m.span(2))
    for m in after.finditer(text) if closed else ():
        found.append(_name_start(text, m.start(1), m.end(1)))
    if any(word in text for word in _use_words()):  # what every match of `used` holds
        found += [m.span(1) for m in used.finditer(text)]
    if _SAYS_IT_GATE.search(text) is not None:
        found += [_name_start(text, *m.span(1)) for m in _SAYS_IT.finditer(text)
                  if not _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
                  and not _speaks_elsewhere(text, m.group(1))]
    return found


@lru_cache(maxsize=1)
def _use_words() -> tuple[str, ...]:
    """" shares", " parent company": a space and a word of data/company_use_words.txt."""
    return tuple(" " + w for w in data_lines("company_use_words.txt"))


_NAME_NEXT = re.compile(r",? [A-Z]")
_CLOSE_NEXT = re.compile(_CLOSE)


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    return tuple(data_lines("described_org_nouns.txt"))


def _noun_spots(text: str) -> tuple[bool, bool]:
    """Whether a noun of data/described_org_nouns.txt stands right before ",? <capital>" (what
    every match of the `before` pattern holds) and whether one stands right before what closes an
    apposition (_CLOSE: what every match of `after` holds). A str.find loop over the nouns: most
    articles have neither, and those skip the two patterns (`before` opens with a look-behind and
    so is tried at every character)."""
    named_after = closed = False
    for noun in _nouns():
        i = text.find(noun)
        while i >= 0:
            j = i + len(noun)
            named_after = named_after or _NAME_NEXT.match(text, j) is not None
            closed = closed or _CLOSE_NEXT.match(text, j) is not None
            if named_after and closed:
                return True, True
            i = text.find(noun, i + 1)
    return named_after, closed


def _speaks_elsewhere(text: str, name: str) -> bool:
    """The article gives the name a speech verb of a person's ("Okafor said." beside "Okafor said
    it would pass"): a speaker, not a company speaking of itself. A str.find loop over the name's
    occurrences, the verb after it (_SPEAKS_AFTER) or before it ("said Okafor") checked there."""
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not joins(text[i - 1], "’'-")) and _SPEAKS_AFTER.match(text, j) \
                or (j == len(text) or not joins(text[j], "’'-")) and _verb_before(text, i):
            return True
        i = text.find(name, i + 1)
    return False


_SPEAKS_AFTER = re.compile(r" (?:said|says|told)(?! (?:in a statement )?(?:that )?its?\b)")


def _verb_before(text: str, i: int) -> bool:
    """"said ", "says " or "told " as a whole word right before text[i]."""
    return text.endswith(("said ", "says ", "told "), 0, i) and (i == 5 or not joins(text[i - 6], ""))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(data_lines("stopwords.txt"))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(data_lines("demonyms.txt")) | frozenset(data_lines("titles.txt"))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(data_lines("given_names.txt") + data_lines("given_names_more.txt"))


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    return frozenset(data_lines("calendar.txt"))


def _name_start(text: str, a: int, b: int) -> tuple[int, int]:
    """The name without the capitalised function words a sentence opens with ("At Corvane")."""
    while " " in text[a:b]:
        word = text[a:b].split(" ", 1)[0]
        if word.lower() not in _openers():
            break
        a += len(word) + 1
    return a, b


def _refused(text: str, name: str, people: frozenset[str]) -> bool:
    words = name.split()
    if any(w.lower() in _calendar() or w.lower() in _openers() for w in words[:1] + words[-1:]):
        return True  # "On Monday, the company": a day, a function word
    if any(w.lower() in _not_names() for w in words) or len(words) > 1 and words[0].lower() in _given_names():
        return True  # "the Russian stock market", "Co-founder & CEO of ActZero": a demonym, a title
    return (name in place_names() or name in polities() or written_lower(text, name)
            or any(w in people for w in words) or words[0] in ("The", "A", "An", "In", "At", "On"))


_CAPITAL_NEXT = re.compile(" [A-Z]")  # the name goes on: "Corvane Labs"


def described_organizations(text: str, claims: list[Claim]) -> list[Claim]:
    """See the module docstring: the described names become organisations, with their repeats."""
    names: dict[str, str] = {}
    for a, b in _described(text):
        name = text[a:b].rstrip(".")
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        # the words of the article's people, but for a "person" claim of this very name ("Mercy Ridge")
        people = person_words([c for c in claims if " ".join(c.words) != name])
        if name and name not in names and not _refused(text, name, people) and _yields(claims, a, a + len(name)):
            names[name] = slugify(name)
    out = list(claims)
    for name, ident in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for a, b in standalone(text, name, unless=_CAPITAL_NEXT):
            if _yields(out, a, b):
                out = [c for c in out if not (c.start < b and a < c.end)]
                out.append(Claim(a, b, FOUND, "organization", ident, words=tuple(name.split())))
    return sorted(out, key=lambda c: c.start)


def _yields(claims: list[Claim], a: int, b: int) -> bool:
    """Only a person's untitled claim or a found place claim inside [a, b), or nothing, is there."""
    for c in claims:
        if c.start < b and a < c.end:
            if c.start < a or c.end > b or c.registered or c.label or c.roles:
                return False
            if c.type == "organization" or (c.type == "place" and c.kind != FOUND):
                return False
            if c.type == "person" and len(c.words) > 1 and (c.start, c.end) != (a, b):
                return False
    return True
