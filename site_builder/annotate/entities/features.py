"""Features of a candidate span: what the model weighs to say person, organisation, place or nothing.

Finds: for a span of a run's tokens, its words and shapes, its neighbours in the sentence, the
cues of people.py, organizations.py and places.py, the name tables (names.py), and the article's
evidence beyond the sentence (tokens.Evidence: the word written in lower case elsewhere, the word
ending an earlier full name). Refuses: spans that start or end on a connector or a stop word
(`candidate`), and spans longer than MAX_TOKENS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from site_builder.annotate.entities.gazetteer import small_places
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.names import Named, NameTable
from site_builder.annotate.entities.people import (
    SPEECH,
    SUFFIXES,
    is_demonym,
    is_title,
    person_features,
    plain_word,
    title_before,
)
from site_builder.annotate.entities.span_cues import org_features, place_features
from site_builder.annotate.entities.titles import title_phrases
from site_builder.annotate.entities.tokens import Evidence, Run, Token

MAX_TOKENS = 8
_WORD_AFTER = re.compile(r"\W{0,3}?([\w'’-]+)")
# a reference in scholarly text: "Dye & Bavelier, 2010", "Moretti (2013)", "Klingberg et al."
_CITED_AFTER = re.compile(r"(?:'s?|’s?)?(?:,? \(?(?:1[5-9]|20)\d\d[a-z]?\b|,? et al\b)")
_CITED_OPENERS = frozenset("'’, ")  # the characters _CITED_AFTER can begin with


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    lex: Lexicon
    table: NameTable
    evidence: Evidence


@lru_cache(maxsize=1)
def word_caps() -> dict[str, str]:
    """Word -> how the shared corpus writes it mid-sentence (bench/build_word_caps.py):
    L lower case, C capitalised, M mixed, U capitals; then "s" for a known surname."""
    return dict(line.split("\t") for line in data_lines("word_caps.tsv"))


def archive_lower(low: str) -> bool:
    """The shared corpus writes this lower-case word in lower case mid-sentence (word_caps' "L")."""
    return word_caps().get(low, "").startswith("L")


def archive_surname(low: str) -> bool:
    """The shared corpus knows this lower-case word as a surname (word_caps' trailing "s")."""
    return word_caps().get(low, "").endswith("s")


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, str]]:
    """Word -> (fine, coarse) class learned from the unlabelled shared corpus by
    bench/build_word_clusters.py: words that stand in the same contexts share a class."""
    out = {}
    for line in data_lines("word_clusters.tsv"):
        word, fine, coarse = line.split("\t")
        out[word] = (fine, coarse)
    return out


def cluster_of(low: str) -> tuple[str, str]:
    return word_clusters().get(low.replace("’", "'"), ("?", "?"))


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    return frozenset(data_lines("unit_words.txt"))


@lru_cache(maxsize=1)
def document_heads() -> frozenset[str]:
    return frozenset(data_lines("document_heads.txt"))


def shape(word: str) -> str:
    if word.isupper():
        return "A." if "." in word else ("A" if len(word) > 1 else "I")
    if "-" in word:
        return "Xx-"
    if "'" in word or "’" in word:
        return "Xx'"
    if not word[1:].islower() and not word.startswith(("Mc", "Mac", "De", "Di", "La", "Le")):
        return "XxX"  # "LibriVox", "YouTube": a brand more often than a person
    return "Xx"


def candidate(tokens: tuple[Token, ...], i: int, j: int, lex: Lexicon) -> bool:
    a, b = tokens[i], tokens[j - 1]
    return not (a.connector or b.connector or a.low in lex.stopwords or b.low in lex.stopwords)


_WORD_PUNCT = frozenset(".'’-")  # characters a word before may hold besides letters, digits and "_"


def _in_word(c: str) -> bool:
    return c.isalnum() or c == "_" or c in _WORD_PUNCT


def word_before(text: str, start: int) -> str:
    """The word that ends at most three non-word characters before `start`, within 24 characters:
    what the regex ([\\w.'’-]+)\\W{0,3}\\Z searched in that window finds, scanned right to left (it
    backtracks from every position of the window)."""
    lo = max(0, start - 24)
    q = start
    stop = max(lo, start - 3)
    while q > stop and not (text[q - 1].isalnum() or text[q - 1] == "_"):  # the tail: up to three \W characters (text.is_word_char inline)
        q -= 1
    # the first end inside the tail that a word character precedes: the leftmost match
    while q <= start and not (q > lo and _in_word(text[q - 1])):
        q += 1
    if q > start:
        return "^"
    p = q - 1
    while p > lo and _in_word(text[p - 1]):
        p -= 1
    while q < start and _in_word(text[q]):  # greedy: the word takes what it can of the tail
        q += 1
    return text[p:q].lower()


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1).lower() if m else "$"


# a word's feature strings as the first word of a span (f=, fs=, qF=, QF=), as its last (l=, ls=,
# l3=, qL=, QL=) and inside it (m=)
WordStrings = tuple[tuple[str, str, str, str], tuple[str, str, str, str, str], str]


@dataclass(frozen=True, slots=True)
class RunView:
    """Per-token facts of one run, computed once and shared by all of its candidate spans."""

    run: Run
    classes: str  # a coarse class per token: title, given name, known place or organisation, stop word…
    caps: str  # word_caps class per token ("?" unseen, "c" connector)
    clusters: tuple[tuple[str, str], ...]  # learned word class per token (fine, coarse)
    surname: tuple[bool, ...]  # the archive writes the word as the end of a full name
    plain: tuple[bool, ...]  # can stand in a person's name (connectors: True)
    title: tuple[bool, ...]
    title_ends: frozenset[int]  # tokens right after a title phrase ("Secretary of State | Antony")
    headline: bool  # the run is most of a title-case line ("Secretary Announces New Funding")
    before: str  # the word before the run, lower case ("^" at a paragraph start)
    after: str  # the word after the run
    strings: tuple[WordStrings, ...]  # each token's feature strings (_word_strings)


# What view() needs of a token that depends only on the word and the lexicon (not on the article
# or the name table): its class up to the name table (None: look it up) and after it, the caps
# class, the learned cluster, surname, plain, title, and the word's feature strings.
Facts = tuple[str | None, str, str, tuple[str, str], bool, bool, bool, WordStrings]


class _WordFacts:
    """A lexicon's per-word Facts, made once per frequent word per process: an archive repeats its
    words, and most runs are one or two of them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.of = lru_cache(maxsize=16384)(self._facts)

    def _facts(self, text: str, low: str, connector: bool) -> Facts:
        lex, caps = self.lex, word_caps()
        t = Token(text, 0, 0, connector, low)
        pre = _class_before_names(t, lex)
        post = "H" if low in lex.org_heads else "L" if low in lex.place_heads else "A" if text.isupper() else "X"
        return (pre, post, "c" if connector else _caps_class(t, caps), cluster_of(low),
                not connector and caps.get(low, "").endswith("s"), connector or plain_word(text, low, lex),
                not connector and is_title(low, lex), _word_strings(text, low))


_FACTS: list[_WordFacts] = []  # the last lexicon's (there is one per process: lexicon())


def _word_facts(lex: Lexicon) -> _WordFacts:
    if not _FACTS or _FACTS[0].lex is not lex:
        _FACTS[:] = [_WordFacts(lex)]
    return _FACTS[0]


def _class_before_names(t: Token, lex: Lexicon) -> str | None:
    """A token's class from the lexicon (connector, title, stop word, title modifier, given name),
    before the name table is asked (None: ask it; then org head, place head, acronym, other)."""
    if t.connector:
        return "c"
    if is_title(t.low, lex):
        return "T"
    if t.low in lex.stopwords:
        return "S"
    if t.low in lex.title_modifiers and t.low not in lex.given_names:
        return "M"
    if t.low in lex.given_names or t.low.split("-")[0] in lex.given_names:
        return "G"
    return None


def view(ctx: Context, run: Run) -> RunView:
    lex, names = ctx.lex, ctx.table.names
    tokens = run.tokens
    of = _word_facts(lex).of
    facts = [of(t.text, t.low, t.connector) for t in tokens]
    if len(tokens) == 1:  # most runs: no generators, no title phrase across words, no headline
        f, t = facts[0], tokens[0]
        return RunView(
            run, f[0] or _named_class(names.get(t.text), f[1]), f[2], (f[3],), (f[4],), (f[5],),
            (f[6],), _title_ends(tokens, lex) if f[6] else frozenset(),
            False, word_before(ctx.text, t.start), word_after(ctx.text, t.end), (f[7],))
    title = tuple(f[6] for f in facts)
    ends = _title_ends(tokens, lex) if any(title) else frozenset()
    return RunView(
        run,
        "".join(f[0] or _named_class(names.get(t.text), f[1]) for f, t in zip(facts, tokens, strict=True)),
        "".join(f[2] for f in facts),
        tuple(f[3] for f in facts),
        tuple(f[4] for f in facts),
        tuple(f[5] for f in facts),
        title,
        ends,
        _headline(ctx.text, run),
        word_before(ctx.text, tokens[0].start),
        word_after(ctx.text, tokens[-1].end),
        tuple(f[7] for f in facts),
    )


def _named_class(named: Named | None, post: str) -> str:
    return named.type[0].upper() if named is not None else post


def _title_ends(tokens: tuple[Token, ...], lex: Lexicon) -> frozenset[int]:
    """Where the run's title phrases end ("Secretary of State" in "Secretary of State Blinken")."""
    return frozenset(b for _, b in title_phrases([t.low for t in tokens], [t.connector for t in tokens],
                                                 [True] * len(tokens), lex))


def _is_place(ctx: Context, t: Token) -> bool:
    named = ctx.table.names.get(t.text)
    return named is not None and named.type == "place"


def _no_name_word(rv: RunView, i: int, j: int, lex: Lexicon) -> bool:
    """Every word is one the archive writes in lower case at least sometimes ("cargo", "ship"),
    and none is a given name or the end of a full name the archive writes: no person's name."""
    tokens = rv.run.tokens
    return all(tokens[k].connector or rv.caps[k] in "LM" and not rv.surname[k]
               and tokens[k].low not in lex.given_names for k in range(i, j))


def _caps_class(t: Token, caps: dict[str, str]) -> str:
    """How the archive writes the word; a short word in capitals that the archive writes in lower
    case is an acronym, not that word ("US" is not "us", "WHO" not "who")."""
    found = caps.get(t.low, "?")[0]
    if found == "L" and t.text.isupper() and 2 <= len(t.text) <= 4:
        return "U"
    return found


def _headline(text: str, run: Run) -> bool:
    """A run of four or more words that is nearly all of its line."""
    if len(run.tokens) < 4:
        return False
    a = text.rfind("\n", 0, run.tokens[0].start) + 1
    b = text.find("\n", run.tokens[-1].end)
    b = len(text) if b < 0 else b
    return (run.tokens[-1].end - run.tokens[0].start) >= 0.8 * len(text[a:b].strip())


def span_features(ctx: Context, rv: RunView, i: int, j: int) -> list[str]:
    """The features of tokens [i, j) of the run; neither end is a connector (`candidate`)."""
    tokens, lex = rv.run.tokens, ctx.lex
    words = [tokens[i]] if j - i == 1 else [t for t in tokens[i:j] if not t.connector]
    first, last = words[0], words[-1]
    n = len(words)
    classes = rv.classes[i:j]
    strings = rv.strings
    fw, lw = strings[i][0], strings[j - 1][1]
    feats = ["b", _SIZES[min(n, 5)], fw[0], lw[0], fw[1], lw[1], lw[2], "cls=" + classes[:6]]
    if n > 2:
        feats += [strings[k][2] for k in range(i + 1, j - 1) if not tokens[k].connector]
    if n != j - i:
        conn = [t.low for t in tokens[i:j] if t.connector]
        feats += [f"c={c}" for c in conn]
        if all(c in lex.particles for c in conn):
            feats.append("particles")  # "Ursula von der Leyen"
        else:
            feats.append("p:joined")  # "Ada Lin and Bo Tran", "Ebola and Omicron": not one person
    feats += _neighbour_strings(rv.classes[i - 1] if i > 0 else "-", classes[:1], rv.classes[j] if j < len(tokens) else "-")
    titled = _context(ctx, rv, i, j, n, feats)
    _known(ctx, tokens, i, j, feats)
    # a title word inside, except last after a given name ("Martin Luther King", "Carole King")
    e = j - 2 if j - i > 1 and tokens[j - 1].low in SUFFIXES else j - 1  # "… King Jr."
    title_in = True in rv.title[i:e] or rv.title[e] and not (n > 1 and rv.classes[i] == "G")
    if rv.headline and not (rv.classes[i] == "G" or rv.surname[j - 1]):
        feats.append("headline")  # "Secretary Announces New Partnership Funding"
    person_features(words, lex, feats, i == 0 and rv.run.initial, titled, False not in rv.plain[i:j], title_in)
    org_features(tokens, i, j, lex, feats)
    place_features(tokens, i, j, lex, feats)
    _evidence(ctx.evidence, words, n, i == 0 and rv.run.initial, feats)
    _name_cues(ctx, rv, i, j, n, feats)
    wc = rv.caps[i:j].replace("c", "")[:4]
    if last.low in document_heads():
        feats.append("docHead")  # "Paris Agreement", "Inflation Reduction Act"
    if last.low.endswith("s") and len(last.low) > 3 and last.low not in lex.given_names \
            and (last.low[:-1] in word_caps() or last.low[:-1] in ctx.evidence.counts) \
            and last.low[:-1] not in lex.given_names \
            and not any(f[:2] == "k=" for f in feats) \
            and not (n > 1 and words[0].low in lex.given_names):
        # "Israelis", "Ministers", "Pacific Islanders": a group. Not "United States" (a known
        # place) nor "Keisha Lance Bottoms" (opens with a given name: a person)
        feats.append("plural")
    if (tokens[i - 1].low if i > 0 else rv.before).rsplit("-", 1)[-1] in unit_words():
        feats.append("afterUnit")  # "1.5 degrees Celsius", "a 1.5-degree Celsius …": a scale
    if n > 1 and _no_name_word(rv, i, j, lex):
        # "General Cargo Ship": common words, none a name. Not one word after a title: "Secretary
        # Rice", "Judge Young", "Dr. Fox" are people whose surnames are common words
        feats.append("noNameWord")
    if n > 1 and words[1].low in lex.given_names and first.low not in lex.given_names and _is_place(ctx, first):
        feats.append("placeThenGiven")  # "Envoy for Yemen | Tim Lenderking": the name starts after the place; "Ann Lewis" (a given name first) stays
    if n == 1 and rv.caps[i] == "L" and not rv.surname[i]:
        feats.append("commonWord")  # "People", "Cargo": words the archive writes in lower case
    if n == 1 and last.low.endswith("s") and is_title(last.low[:-1], lex):
        feats.append("titlePlural")  # "the Ministers", "Ambassadors"
    if n > 1 and all(t.text.isupper() for t in words):
        feats.append("allCaps")  # "VESSEL FLAG", a headline
    if rv.surname[j - 1]:
        feats.append(f"surname{min(n, 2)}")
    feats += _caps_strings(wc, wc[-1] if n <= 4 else rv.caps[j - 1])
    feats += [fw[2], lw[3], fw[3], lw[4]]  # the learned word classes (qF, qL, QF, QL; the neighbours' added nothing)
    if n <= 3 and ctx.text[tokens[i].start:tokens[j - 1].end].replace("’", "'") in small_places():  # gazetteer.small_place
        feats.append("gzSmall")  # a town of the gazetteer's long tail ("Napier", "Sapulpa")
    return feats


@lru_cache(maxsize=4096)
def _neighbour_strings(before: str, first: str, after: str) -> tuple[str, str, str]:
    """The classes of the tokens around a span, and its first token's: pc=, nc=, pcn= (few distinct)."""
    return f"pc={before}", f"nc={after}", f"pcn={before}{first}{after}"


@lru_cache(maxsize=4096)
def _caps_strings(caps: str, last: str) -> tuple[str, str, str]:
    """The archive's capitalisation of a span's words: first (wf=), last (wl=), the first four (wc=)."""
    return f"wf={caps[0]}", f"wl={last}", f"wc={caps}"


_AND = frozenset(("and", "&"))
_SEEN = ("seen0", "seen1", "seen2", "seen3")
_SIZES = ("n=0", "n=1", "n=2", "n=3", "n=4", "n=5")


def _word_strings(text: str, low: str) -> WordStrings:
    """A word's feature strings (WordStrings): made once per frequent word per process (_WordFacts),
    not once per candidate span."""
    fine, coarse = cluster_of(low)
    form = shape(text)
    return ((f"f={low}", f"fs={form}", f"qF={fine}", f"QF={coarse}"),
            (f"l={low}", f"ls={form}", f"l3={low[-3:]}", f"qL={fine}", f"QL={coarse}"), f"m={low}")


def _name_cues(ctx: Context, rv: RunView, i: int, j: int, n: int, feats: list[str]) -> None:
    """An acronym's definition, a list of people, a title's "The", a head-first institution."""
    tokens, lex = rv.run.tokens, ctx.lex
    first = tokens[i]
    if n == 1 and first.low in ctx.evidence.defined_by:
        feats.append("defBy=" + _head_class(ctx.evidence.defined_by[first.low], lex))
    if _listed_by_given(ctx, rv, i, j):
        feats.append("listG")  # "Tom Hanks, Rita Wilson and Emeka Okafor": a list of people
    if i > 0 and tokens[i - 1].text == "The" and not (i == 1 and rv.run.initial):
        feats.append(f"midThe{min(n, 2)}")  # "for The Onion", "in The New York Times": a title's "The"
    if n > 1 and first.low in lex.org_heads and not tokens[i + 1].connector:
        feats.append("o:headF")  # "Instituto Gonzaga", "Conservatoire de Paris": the head comes first


def _listed_by_given(ctx: Context, rv: RunView, i: int, j: int) -> bool:
    """The span is listed next to a full name that opens with a given name: across ", " (the
    whole run, Evidence.listed_by_given) or across "and" inside the run."""
    tokens = rv.run.tokens
    n = len(tokens)
    if (i == 0 or j == n) and tokens[0].start in ctx.evidence.listed_by_given:
        return True
    if i >= 3 and tokens[i - 1].connector and tokens[i - 1].low in _AND:
        s = i - 2
        while s > 0 and not tokens[s - 1].connector:
            s -= 1
        if rv.classes[s] == "G" and i - 1 - s >= 2:
            return True
    if j + 2 < n and tokens[j].connector and tokens[j].low in _AND:
        return rv.classes[j + 1] == "G" and not tokens[j + 2].connector
    return False


def _head_class(word: str, lex: Lexicon) -> str:
    """What the last word of an acronym's definition says: organisation head, place head, other."""
    return "o" if word in lex.org_heads else "l" if word in lex.place_heads or word in lex.polity_heads else "x"


def _context(ctx: Context, rv: RunView, i: int, j: int, n: int, feats: list[str]) -> bool:
    """Neighbour features; returns whether a title stands right before the span."""
    tokens, text = rv.run.tokens, ctx.text
    start, end = tokens[i].start, tokens[j - 1].end
    prev = tokens[i - 1].low if i > 0 else rv.before
    nxt = tokens[j].low if j < len(tokens) else rv.after
    k = 2 if n > 1 else 1
    acronym = n == 1 and tokens[i].text.isupper() and len(tokens[i].text) > 1
    feats += [f"pw={prev}{'A' if acronym and prev == '^' else ''}", f"nw={nxt}"]
    if j == len(tokens) and nxt[:1].islower() and text[end:end + 1] == " ":
        feats.append(f"nextLower{k}")  # "Afghan team", "Polaroids of": a modifier or a noun
    if i == 0 and rv.run.initial:
        # an acronym is written in capitals wherever it stands: its own feature, so that the
        # first word of a sentence ("USDA officials spoke") does not inherit the doubt of "The"
        feats.append("initA" if acronym else f"init{k}")
    after_demonym = i > 0 and is_demonym(tokens[i - 1].low)  # "Palestinian-American | Shireen Abu Akleh"
    if i > 0:
        feats.append("inRunLc" if tokens[i - 1].connector else "afterDemonym" if after_demonym else "inRunL")
    if j < len(tokens):
        feats.append("inRunRc" if tokens[j].connector else "inRunR")
    # a title word right before ("President Trump", "Mr. Sova"); not "State" in "Secretary of State"
    titled = after_demonym or (i in rv.title_ends if i > 0 else is_title(prev, ctx.lex)) \
        or (i > 2 and rv.classes[i] == "G" and _title_place_before(ctx, tokens, i))
    if i > 1 and not titled and True in rv.title[:i]:
        feats.append("titleEarlier")
    if titled:
        feats.append(f"titleBefore{k}")
    if prev in SPEECH or nxt in SPEECH:
        feats.append(f"speech{k}")
    after = text[end:end + 1]
    if after in ("'", "’"):
        feats.append("poss")
    elif after in (":", "(", ","):
        feats.append("after" + after)
    if start == 0 or text[start - 1] == "\n":
        feats.append("parStart")
    if after in _CITED_OPENERS and _CITED_AFTER.match(text, end):
        feats.append(f"cited{k}")  # "(Dye & Bavelier, 2010)": an author
    elif prev == "&":
        feats.append("ampersand")  # "Baron & Beresford": a co-author more often than a firm
    return titled


_TITLE_FOR = frozenset(("for", "for the", "of", "of the"))  # run connectors come one word each or joined


def _title_place_before(ctx: Context, tokens: tuple[Token, ...], i: int) -> bool:
    """"Special Envoy for the Horn of Africa | Jeffrey Feltman", "Minister of Foreign Affairs of
    Yemen | Ahmed Awad": a title, "for" or "of", and a known place end right before the given
    name, so the name is titled as if the title stood next to it."""
    for k in range(i - 1, max(1, i - 4) - 1, -1):
        c = k - 2 if k > 1 and tokens[k - 1].low == "the" and tokens[k - 1].connector else k - 1  # "for | the"
        if not tokens[c].connector or tokens[c].low not in _TITLE_FOR:
            continue
        named = ctx.table.names.get(ctx.text[tokens[k].start:tokens[i - 1].end].replace("’", "'"))
        if named is not None and named.type == "place" and title_before(tokens, k, ctx.lex) < k - 1:
            return True
    return False


def _known(ctx: Context, tokens: tuple[Token, ...], i: int, j: int, feats: list[str]) -> None:
    names = ctx.table.names
    key = ctx.text[tokens[i].start:tokens[j - 1].end].replace("’", "'")
    named = names.get(key)
    if named is not None:
        feats.append(f"k={named.type}{'R' if named.registered else ''}")
    if j - i > 1:
        last = names.get(tokens[j - 1].text.replace("’", "'"))
        if last is not None:
            feats.append(f"kL={last.type}")
        first = names.get(tokens[i].text.replace("’", "'"))
        if first is not None:
            feats.append(f"kF={first.type}")


def _evidence(ev: Evidence, words: list[Token], n: int, initial: bool, feats: list[str]) -> None:
    first = words[0].low
    if first in ev.lower:
        feats.append("lower12" if n > 1 else "lower11")
    if n > 1 and words[-1].low in ev.lower:
        feats.append("lowerL")
    if first in ev.located:
        feats.append("located2" if n > 1 else "located1")  # the article says "in Łódź" somewhere: a place
    if initial and first not in ev.mid:
        feats.append("neverMid")  # capitalised only where a sentence starts: maybe a common word
    if n == 1 and first in ev.defined:
        feats.append("defined")  # "the European Space Agency (ESA)": an acronym the text defines
    if words[-1].low in ev.numbered:
        feats.append("numbered")  # "Games 2030", "Windows 7": a product or an event
    if n == 1:
        if first in ev.given_last:
            feats.append("givenSurname")  # the article names "Genevieve Cortese": "Cortese" is her
        if first in ev.last_words:
            feats.append("surnameSeen")
        if first in ev.first_words:
            feats.append("firstSeen")
        feats.append(_SEEN[min(ev.counts.get(first, 0), 3)])
