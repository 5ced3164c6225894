"""What one article says about who a short name is: the titles it gives a person, and who else it names.

Read per article (pure, from the text and its annotations) and summed over the archive by the
identity fold (index/identity.py), which uses it to decide which of several people sharing a
surname a surname-only name means, and which bare given names name no one.

Finds: the title words right before a person's mention ("President Biden", "Vice President
Harris", the label "MS PORTER:"), and a mention whose whole text is a title ("the President",
linked by the annotator); and, for a one-word person name, the other people the same article
names ("Hi, Jalina" in a briefing whose labels say "MS PORTER").

Also the given names an article's text writes before a one-word person name outside any mention
(a full name the detector missed, "Virgil Popescu"): that article's holder of the surname; and
the words it writes right after one ("Conor Finnegan"): who a bare given name is there.

Refuses: a capitalised word that is no title ("Moscow Putin" gives no title), and a title across
a comma or a sentence end ("Mr. Secretary, President Biden" gives Biden "president" only). Titles
are the words of data/name_titles.txt, kept as the run an article writes; the fold compares
their strong words ("prime", "minister"; never "Mr.", "former", "deputy"), and decides only when
one such word covers most of a name's titled articles (a name that is "Ambassador" here and
"Advisor" there is two people under one id: no decision).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from site_builder.index.identity_words import plain
from site_builder.model.spans import Annotations
from site_builder.text import is_blank, is_word_char
from site_builder.titlewords import JOINERS, courtesy_words, office_words, offices_fit, weak_words, words_before
from site_builder.titlewords import title_run as read_title


def title_run(words: list[str], titles: frozenset[str]) -> str:
    """The title the words end with, lower case, joiners dropped: ["Vice", "President"] ->
    "vice president"; "" when the last word is no title (titlewords.title_run, with stops)."""
    return " ".join(read_title(words, titles.__contains__, skipped=JOINERS, stops=True))


def _leading_title(words: list[str], titles: frozenset[str]) -> str:
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(".,") in titles:
        k += 1
    return title_run(words[:k], titles) if k else ""


def person_titles(text: str, annotations: Annotations, titles: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Person id -> the titles this article gives it (sorted, distinct)."""
    kinds = {ref.id: ref.type for ref in annotations.entities}
    found: dict[str, set[str]] = defaultdict(set)
    for m in annotations.mentions:
        if kinds.get(m.entity) != "person":
            continue
        words = m.text.split()
        own = title_run(words, titles)
        if own and len(own.split()) == len([w for w in words if w.lower() not in JOINERS]):
            found[m.entity].add(own)  # "the President": the mention is the title
            continue
        lead = _leading_title(words, titles)
        if lead:  # "Pope Francis": the detector kept the title in the name
            found[m.entity].add(lead)
        title = title_run(words_before(text, m.start), titles)
        if title:
            found[m.entity].add(title)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def names_around(text: str, annotations: Annotations, one_word: Callable[[str], bool],
                 given: Callable[[str], str]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """For each one-word person name of the article, read where the text writes it (in any case:
    the label "MS CLEARY"): the given names right before it where no mention covers them, and the
    capitalised words right after it. Returns (id -> given names as `given` keys them, id -> words
    after, lower case without accents).

    Before: the article's own holder of the surname that the detector missed ("Minister of Energy
    Virgil Popescu ... Minister Popescu": Virgil, not the archive's Nicu Popescu); `given(word)` is
    "" for a word that is no given name ("Minister", "Moldovan"), and a word inside a mention is
    that mention's ("Jill Biden" beside "President Biden", "Government of India Minister
    Jaishankar"). After: "Conor Finnegan of ABC ... Conor, if you're on" ties the bare "Conor"
    there to Conor Finnegan, whatever id the detector gave the full name."""
    names = {ref.id: ref.name.split()[-1] for ref in annotations.entities if ref.type == "person" and one_word(ref.name)}
    if not names:
        return {}, {}
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: lower letter by letter to keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    covered = [(m.start, m.end) for m in annotations.mentions]
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for entity_id, name in sorted(names.items()):
        for start, end in _occurrences(text, low, name.lower()):
            word_start, word = _word_before(text, start)
            key = given(word) if word else ""
            if key and not any(a <= word_start < b for a, b in covered):
                before[entity_id].add(key)
            word = _word_after(text, end)
            if word:
                after[entity_id].add(plain(word))
    return ({k: tuple(sorted(v)) for k, v in before.items()}, {k: tuple(sorted(v)) for k, v in after.items()})


def _occurrences(text: str, low: str, key: str) -> list[tuple[int, int]]:
    """(start, end) of each place the text writes `key` (lower case) as a whole word."""
    found = []
    at = low.find(key)
    while at >= 0 and key:
        end = at + len(key)
        if (at == 0 or not is_word_char(text[at - 1])) and (end == len(text) or not is_word_char(text[end])):
            found.append((at, end))
        at = low.find(key, at + 1)
    return found


def _word_before(text: str, start: int) -> tuple[int, str]:
    """(its start, the word) of a capitalised word of two letters at least that blanks on the line
    part from `start`; (-1, "") if there is none."""
    end = start
    while end > 0 and is_blank(text[end - 1]):
        end -= 1
    first = end
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    word = text[first:end]
    if end == start or len(word) < 2 or not "A" <= word[0] <= "Z" or (first > 0 and is_word_char(text[first - 1])):
        return -1, ""
    return first, word


def _word_after(text: str, end: int) -> str:
    """The capitalised word of two letters at least that blanks on the line part from `end`; ""."""
    start = end
    while start < len(text) and is_blank(text[start]):
        start += 1
    last = start
    while last < len(text) and text[last].isalpha():
        last += 1
    word = text[start:last]
    return word if start > end and len(word) >= 2 and "A" <= word[0] <= "Z" else ""


def named_kin(annotations: Annotations, surname: Callable[[str], str]) -> tuple[tuple[str, str], ...]:
    """(person id, person id), in order, for every two full names of one surname the article names
    as two people ("Christopher Vincent Kinahan and his son Christopher Kinahan, Jr."): a father
    and a son, whom a suffix alone then tells apart across the archive. `surname(name)` is "" for a
    name that is no full name."""
    people = sorted((ref.id, key) for ref in annotations.entities if ref.type == "person" and (key := surname(ref.name)))
    return tuple((a, b) for i, (a, key) in enumerate(people) for b, other in people[i + 1:] if key == other)


def named_together(annotations: Annotations, one_word: Callable[[str], bool]) -> tuple[tuple[str, str], ...]:
    """(one-word person id, another person id) for every pair of people the article names."""
    people = sorted({ref.id for ref in annotations.entities if ref.type == "person"})
    names = {ref.id: ref.name for ref in annotations.entities}
    short = [p for p in people if one_word(names[p])]
    return tuple((s, p) for s in short for p in people if p != s)


# Words of a title that say nothing about which office: "Mr.", "former", "acting", "deputy"
# (site_builder/data/title_word_classes.txt).
WEAK_TITLE_WORDS = weak_words()
# A name's titles point to one candidate when one title word covers TITLE_CONSISTENT of the
# articles that title it (never "Ambassador Sullivan" and "Advisor Sullivan" under one id), in
# EVIDENCE_MIN articles at least, and one candidate carries that word in TITLE_SHARE of the
# articles that give it to any candidate (each weighed by how much it is that candidate's own
# title): "President Biden" is Joseph R. Biden, not
# Jill or Hunter Biden; "President Bush" beside two Presidents Bush stays apart.
TITLE_CONSISTENT = 0.8
TITLE_SHARE = 0.75
# Or the articles that name it name one candidate too ("Hi, Jalina" beside "MS PORTER:"), at
# least EVIDENCE_MIN times and EVIDENCE_RATIO times as often as all the others together.
EVIDENCE_MIN = 2
EVIDENCE_RATIO = 4


def title_words(titles: Mapping[str, int]) -> dict[str, int]:
    """{title: articles} -> {strong word: articles}."""
    words: dict[str, int] = defaultdict(int)
    for title, n in titles.items():
        for word in set(title.split()) - WEAK_TITLE_WORDS:
            words[word] += n
    return words


# Titles a person keeps beside an office, and courtesies that go with any: a career ambassador
# is later "Under Secretary"; "His Excellency", "Sheikh".
COURTESY_TITLE_WORDS = courtesy_words()
_NO_OFFICE = WEAK_TITLE_WORDS | COURTESY_TITLE_WORDS


def _offices(titles: Mapping[str, int]) -> set[frozenset[str]]:
    """The office words of each title that names one, read once per title: "acting assistant
    secretary for global public affairs" -> {secretary, global, public, affairs}; titles of weak
    words only ("Mr.", "Ambassador") say nothing."""
    return {words for t in titles if (words := office_words(t, _NO_OFFICE))}


def titles_conflict(source: Mapping[str, int], target: Mapping[str, int]) -> bool:
    """Whether a short name's titles rule out a person: both are titled and no title of one fits
    a title of the other (one's strong words within the other's). "Prime Minister Trudeau" is not
    the Acting Assistant Secretary Elizabeth Kennedy Trudeau, "Prime Minister Najla" not Foreign
    Minister Najla Mangoush; "Secretary Blinken" fits "Secretary of State Antony J. Blinken", and
    a name with no title, or "Mr." only, conflicts with no one."""
    own, theirs = _offices(source), _offices(target)
    return bool(own and theirs) and not any(offices_fit(a, b) for a in own for b in theirs)


def titles_agree(source: Mapping[str, int], target: Mapping[str, int]) -> bool:
    """Whether both names carry an office and one office of each fits the other's: "Under
    Secretary Bonnie D. Jenkins" and "Under Secretary for Arms Control Bonnie Denise Jenkins". No
    title, or courtesies only ("Mr.", "Ambassador"), agrees with nothing."""
    return any(offices_fit(a, b) for a in _offices(source) for b in _offices(target))


def by_title(source: str, candidates: Iterable[str], titles: Mapping[str, Mapping[str, int]],
             root: Callable[[str], str]) -> str | None:
    """The candidate whose title the source consistently carries, if one does."""
    own = title_words(titles.get(source, {}))
    strong = sum(n for title, n in titles.get(source, {}).items() if set(title.split()) - WEAK_TITLE_WORDS)
    if not own or not strong:
        return None
    word = max(sorted(own), key=lambda w: own[w])
    if own[word] < EVIDENCE_MIN or own[word] < TITLE_CONSISTENT * strong:
        return None
    return _carrier(_carried(source, set(candidates), titles, root).get(word, {}))


def by_title_word(source: str, candidates: Iterable[str], titles: Mapping[str, Mapping[str, int]],
                  root: Callable[[str], str]) -> dict[str, str]:
    """Title word -> the one candidate that carries it, for each strong word of the source's
    titles: what an article that gives the source that title means ("Lady Biden": Jill Biden)."""
    carried = _carried(source, set(candidates), titles, root)
    found = {}
    for word in sorted(title_words(titles.get(source, {}))):
        best = _carrier(carried.get(word, {}))
        if best:
            found[word] = best
    return found


def _carried(source: str, candidates: set[str], titles: Mapping[str, Mapping[str, int]],
             root: Callable[[str], str]) -> dict[str, dict[str, float]]:
    """Title word -> {candidate: how much it carries the word}, over the archive's titles once
    (not once per word). Weighed by how much of the candidate's titles the word is: "First Lady
    Martine Moïse", once "President" by a neighbour's title, carries it less than Jovenel Moïse does."""
    carried: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for entity_id, theirs in titles.items():
        if entity_id == source:
            continue
        target = root(entity_id)
        if target not in candidates:
            continue
        words = title_words(theirs)
        total = sum(words.values())
        for word, n in words.items():
            if n:
                carried[word][target] += n * n / total
    return carried


def _carrier(carriers: Mapping[str, float]) -> str | None:
    """The candidate that carries the title word in TITLE_SHARE of its uses, if one does."""
    total = sum(carriers.values())
    best = max(sorted(carriers), key=lambda c: carriers[c], default=None)
    return best if best and total and carriers[best] >= TITLE_SHARE * total else None


def by_company(source: str, candidates: Iterable[str], together: Mapping[str, Mapping[str, int]],
               root: Callable[[str], str]) -> str | None:
    """The candidate the articles that name the source name far more often than the others."""
    score = dict.fromkeys(candidates, 0)
    for other, n in together.get(source, {}).items():
        target = root(other)
        if target in score:
            score[target] += n
    if not score:
        return None
    best = max(sorted(score), key=lambda c: score[c])
    rest = sum(n for c, n in score.items() if c != best)
    return best if score[best] >= EVIDENCE_MIN and score[best] >= EVIDENCE_RATIO * rest else None


def supported(source: str, candidates: Iterable[str], titles: Mapping[str, Mapping[str, int]],
              together: Mapping[str, Mapping[str, int]], root: Callable[[str], str],
              weight: Mapping[str, int]) -> str | None:
    """The one candidate the archive ties the source to, by title first, else by company (and then
    never one mentioned less often than another candidate: the most named people are everywhere)."""
    candidates = sorted(set(candidates))
    best = by_title(source, candidates, titles, root)
    if best:
        return best
    best = by_company(source, candidates, together, root)
    if best is None or any(weight.get(c, 0) > weight.get(best, 0) for c in candidates):
        return None
    return best
