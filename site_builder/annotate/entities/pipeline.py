"""One pass over an article's runs of capitalised words, asking each extractor in turn.

Order (each step only sees the tokens earlier steps left free): known names, longest first
(dictionary.py); title phrases and the names after them (titles.py, people.py); names built on
an organisation or place word (organizations.py, places.py); then what is left: person name
shapes, acronyms, and single words that linking.py may tie to a full name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from site_builder.annotate.entities.dictionary import dictionary_matches
from site_builder.annotate.entities.gazetteer import country_names
from site_builder.annotate.entities.lexicon import Lexicon
from site_builder.annotate.entities.names import Named, NameTable
from site_builder.annotate.entities.organizations import OF_CONNECTORS, is_acronym, is_org_head
from site_builder.annotate.entities.people import looks_like_person, plain_word
from site_builder.annotate.entities.places import is_place_head, is_place_of_head
from site_builder.annotate.entities.runs import find_runs
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.entities.titles import role_keys, title_phrases

_WORD_ENDS = (" ", ",", ".", ";", ":", "\n")
# "and"/"&" right after an organisation word joins two names ("the Civic Party and Bo Tran",
# "Harbour Magazine and Ellen Voss"), not one: "Department of Health and Human
# Services" never needs it (its "and" follows "Health"); known names come from the dictionary.
COORDINATORS = frozenset(("and", "&"))

# Hit kinds
KNOWN, PERSON, SINGLE, ROLE, FOUND = "known", "person", "single", "role", "found"


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    kind: str
    type: str
    id: str | None  # None until linking.py decides
    registered: bool = False
    words: tuple[str, ...] = ()  # the name's words (people), for linking
    roles: tuple[str, ...] = ()  # title keys said before a person / the key of a bare role
    canonical: str = ""
    initial: bool = False  # begins a sentence (a capital that may mean nothing)


def scan(text: str, table: NameTable, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    seen: dict[str, bool] = {}

    def used_in_lower_case(word: str) -> bool:
        """Does the article also write this word in lower case (a common word, not a name)?"""
        low = word.lower()
        found = seen.get(low)
        if found is None:
            found = any(f" {low}{end}" in text for end in _WORD_ENDS)
            seen[low] = found
        return found

    for tokens, initial in find_runs(text):
        _scan_run(text, tokens, initial, table, lex, hits, used_in_lower_case)
    return hits


def _scan_run(
    text: str, tokens: list, initial: bool, table: NameTable, lex: Lexicon, hits: list[Hit],
    used_in_lower_case: Callable[[str], bool],
) -> None:
    n = len(tokens)
    countries = country_names()
    words = [t[0] for t in tokens]
    conn = [t[3] for t in tokens]
    # fast path: one word
    if n == 1:
        w = words[0]
        low = w.lower().rstrip(".")
        key = w.replace("’", "'")
        named = table.names.get(key) if key in table.first_words else None
        if named is not None:
            if initial and not named.registered and used_in_lower_case(w):
                return
            hits.append(Hit(tokens[0][1], tokens[0][2], KNOWN, named.type, named.id, named.registered,
                            (w,), canonical=named.canonical))
            return
        if low in lex.stopwords or low in lex.calendar:
            return
        if low in lex.titles or low + "." in lex.titles:
            _maybe_role(text, tokens, 0, 1, [low], lex, hits)
            return
        if is_acronym(w, lex):
            hits.append(Hit(tokens[0][1], tokens[0][2], FOUND, "organization", slugify(w)))
            return
        if plain_word(w, low, lex):
            hits.append(Hit(tokens[0][1], tokens[0][2], SINGLE, "person", None, words=(w,), initial=initial))
        return

    lows = [w if c else w.lower().rstrip(".") for w, c in zip(words, conn)]
    owner: list[object] = [None] * n  # what claimed each token
    matches = dictionary_matches(words, conn, table)
    for m in matches:
        for k in range(m[0], m[1]):
            owner[k] = m
    # titles, and the person named after each
    free = [o is None for o in owner]
    people: list[tuple[int, int, tuple[str, ...], Named | None]] = []
    titles = title_phrases(lows, conn, free, lex)
    kept_titles = []
    for ti, tj in titles:
        k = tj
        while k < n and k - tj < 5:
            if conn[k]:
                if lows[k] in lex.particles and k + 1 < n and k > tj and (
                    not conn[k + 1] or lows[k + 1] in lex.particles
                ):
                    k += 1
                    continue
                break
            o = owner[k]
            if isinstance(o, tuple) and o[2].registered and o[2].type == "person":
                if o[0] == k and k == tj:
                    k = o[1]
                break
            if o == "title" or not plain_word(words[k], lows[k], lex) and not isinstance(o, tuple):
                break
            if any(tj <= a < b for a, b in titles if a == k):
                break
            k += 1
        if conn[k - 1] if k > tj else False:
            k -= 1
        if k > tj and not plain_word(words[k - 1], lows[k - 1], lex) and not isinstance(owner[k - 1], tuple):
            k = tj
        if k == tj and k < n and not conn[k] and (is_org_head(lows[k], lex) or is_place_head(lows[k], lex)):
            continue  # "General Assembly": not a title after all
        kept_titles.append((ti, tj))
        for x in range(ti, tj):
            owner[x] = "title"
        if k > tj:
            registered = None
            o = owner[tj]
            if isinstance(o, tuple) and o[0] == tj and o[1] == k and o[2].type == "person":
                registered = o[2]
            for x in range(tj, k):
                if isinstance(owner[x], tuple):
                    m = owner[x]
                    for y in range(m[0], m[1]):
                        if owner[y] is m:
                            owner[y] = None
                owner[x] = "person"
            keys = role_keys(lows, ti, tj, lex)
            people.append((tj, k, keys, registered))
        else:
            _maybe_role(text, tokens, ti, tj, lows, lex, hits)
    for tj, k, keys, registered in people:
        name_words = tuple(words[tj:k])
        if registered is not None:
            hits.append(Hit(tokens[tj][1], tokens[k - 1][2], KNOWN, "person", registered.id, True,
                            name_words, keys, registered.canonical))
        else:
            hits.append(Hit(tokens[tj][1], tokens[k - 1][2], PERSON, "person", None, False, name_words, keys))

    # organisation and place words: segments of tokens not taken by titles or people
    i = 0
    while i < n:
        if conn[i] or owner[i] in ("title", "person") or lows[i] in lex.calendar:
            i += 1
            continue
        s = i
        e = i + 1
        while e < n:
            if owner[e] in ("title", "person") or lows[e] in lex.calendar:
                break
            if conn[e]:
                if (
                    lows[e] in OF_CONNECTORS and lows[e] not in COORDINATORS and e + 1 < n and not conn[e + 1]
                    and owner[e + 1] not in ("title", "person")
                    and (is_org_head(lows[e - 1], lex) or is_place_of_head(lows[e - 1], lex))
                    and not isinstance(owner[e - 1], tuple)
                ):
                    e += 1
                    continue
                break
            e += 1
        i = e
        while s < e and not isinstance(owner[s], tuple) and lows[s] in lex.stopwords:
            s += 1
        if s >= e:
            continue
        if e - s == 1 or isinstance(owner[s], tuple) and owner[s][0] == s and owner[s][1] == e:
            continue  # one word or exactly one known name: handled below
        of_at = next((x for x in range(s, e) if conn[x]), None)
        kind = None
        if of_at is not None:
            head = lows[of_at - 1]
            kind = "organization" if is_org_head(head, lex) else "place"
        elif is_org_head(lows[e - 1], lex):
            kind = "organization"
        elif is_place_head(lows[e - 1], lex):
            kind = "place"
        if kind is None:
            continue
        entity = None
        if kind == "place" and of_at is not None and lows[of_at - 1] in lex.polity_heads:
            o = owner[of_at + 1]
            if isinstance(o, tuple) and o[1] == e and o[2].type == "place":
                entity = o[2]
        for x in range(s, e):
            owner[x] = "found"
        name = " ".join(words[s:e])
        if entity is not None:
            hits.append(Hit(tokens[s][1], tokens[e - 1][2], KNOWN, "place", entity.id, entity.registered,
                            canonical=entity.canonical))
        else:
            hits.append(Hit(tokens[s][1], tokens[e - 1][2], FOUND, kind, slugify(name)))

    # what is left: known names, name shapes, acronyms, single words
    i = 0
    while i < n:
        o = owner[i]
        if isinstance(o, tuple):
            a, b, named = o
            # a given name spelled like a place, followed by a free name word: "Israel Katz"
            if (
                b - a == 1 and not (named.registered and named.type == "person")
                and lows[a] in lex.given_names and b < n and owner[b] is None and not conn[b]
                and plain_word(words[b], lows[b], lex)
            ):
                owner[a] = None
                continue
            i = b
            if a == 0 and b - a == 1 and initial and not named.registered and used_in_lower_case(words[a]):
                continue
            hits.append(Hit(tokens[a][1], tokens[b - 1][2], KNOWN, named.type, named.id, named.registered,
                            tuple(words[a:b]), canonical=named.canonical))
            continue
        if o is not None or conn[i]:
            i += 1
            continue
        s = i
        e = i + 1
        while e < n:
            if owner[e] is None and not conn[e]:
                e += 1
            elif conn[e] and lows[e] in lex.particles and e + 1 < n and owner[e + 1] is None and (
                not conn[e + 1] or lows[e + 1] in lex.particles
            ):
                e += 1
            else:
                break
        i = e
        at_start = initial and s == 0
        while s < e and (conn[s] or lows[s] in lex.stopwords or lows[s] in lex.calendar):
            s += 1
            at_start = False if s > 0 and not initial else at_start
        if s == 0:
            pass
        elif s > 0 and initial and all(lows[x] in lex.stopwords for x in range(0, s)):
            at_start = True  # "The Smith family": still sentence-initial in effect
        while e > s and (conn[e - 1] or lows[e - 1] in lex.calendar):
            e -= 1
        if s >= e:
            continue
        # a first name before a one-word known city: "George Washington", "Valeska Paris"
        if (
            e < n and isinstance(owner[e], tuple) and owner[e][1] - owner[e][0] == 1
            and owner[e][2].type == "place" and not owner[e][2].registered
            and (lows[s] in lex.given_names or e - s == 1 and lows[s] not in lex.title_modifiers
                 and (not at_start or not used_in_lower_case(words[s]))
                 and owner[e][2].canonical not in countries)
            and plain_word(words[e], lows[e], lex) and plain_word(words[s], lows[s], lex)
        ):
            e += 1
            i = e
            hits.append(Hit(tokens[s][1], tokens[e - 1][2], PERSON, "person", None, words=tuple(words[s:e])))
            continue
        name_words = [words[x] for x in range(s, e) if not conn[x]]
        name_lows = [lows[x] for x in range(s, e) if not conn[x]]
        if len(name_words) >= 2 and looks_like_person(name_words, name_lows, at_start, lex) and (
            name_lows[0] in lex.given_names or not any(used_in_lower_case(w) for w in name_lows)
        ):
            hits.append(Hit(tokens[s][1], tokens[e - 1][2], PERSON, "person", None, words=tuple(words[s:e])))
        elif len(name_words) == 1:
            w = name_words[0]
            if is_acronym(w, lex):
                hits.append(Hit(tokens[s][1], tokens[s][2], FOUND, "organization", slugify(w)))
            elif plain_word(w, name_lows[0], lex) and name_lows[0] not in lex.titles:
                hits.append(Hit(tokens[s][1], tokens[s][2], SINGLE, "person", None, words=(w,), initial=at_start))
        else:
            # no shape: keep the last word as a possible surname ("… Court Judge Smith" is a title case)
            w = name_words[-1]
            if plain_word(w, name_lows[-1], lex) and not is_acronym(w, lex):
                x = e - 1
                hits.append(Hit(tokens[x][1], tokens[x][2], SINGLE, "person", None, words=(w,)))


def _maybe_role(text: str, tokens: list, ti: int, tj: int, lows: list[str], lex: Lexicon, hits: list[Hit]) -> None:
    """A title with no name after it, preceded by "the": a bare role ("the Prime Minister")."""
    start = tokens[ti][1]
    if text[max(0, start - 4):start] not in ("the ", "The "):
        return
    keys = role_keys(lows, ti, tj, lex)
    hits.append(Hit(start, tokens[tj - 1][2], ROLE, "person", None, roles=keys[:1]))
