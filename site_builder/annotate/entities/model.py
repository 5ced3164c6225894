"""The learned decision: which spans of a run are names, of which type, and where each ends.

A linear model over the features of features.py scores every candidate span of a run for each
type; a semi-Markov Viterbi pass then picks the best set of non-overlapping spans (a word left
out scores 0, so a span is kept only when its score is positive). The weights are an averaged
perceptron's, trained by bench/train_entities.py on the GUM dev documents and shipped in
data/model.json. Refuses: nothing by rule; deterministic for given weights.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from site_builder.annotate.entities.dictionary import dictionary_matches
from site_builder.annotate.entities.features import MAX_TOKENS, Context, span_features, view
from site_builder.annotate.entities.lexicon import DATA_DIR, Lexicon
from site_builder.annotate.entities.names import Named
from site_builder.annotate.entities.people import DEMONYM, SUFFIXES
from site_builder.annotate.entities.titles import title_phrases
from site_builder.annotate.entities.tokens import Run, Token

TYPES = ("person", "organization", "place")
TITLED = "p:titleIn"  # a title word inside the span: never a person or place (people.person_features)
MODIFIED = "p:modFirst"  # begins with a title's modifier ("Defense Pete Hegseth"): never a person
# feature -> (never a person, never an organisation, never a place): the site links a name
# without its title; groups, two names joined by "and", laws and documents are not people
MASKS = (
    ("docHead", True, True, True),
    (TITLED, True, False, True),
    (MODIFIED, True, False, False),
    (DEMONYM, True, False, False),
    ("plural", True, False, False),
    ("p:joined", True, False, False),
    ("headline", True, False, False),
    ("commonWord", True, False, False),
    ("afterUnit", True, False, False),
    ("noNameWord", True, False, False),
    ("placeThenGiven", True, False, False),
    ("l:prefix", True, False, False),
    ("l:afterPrefix", True, False, False),
    ("titlePlural", True, True, True),
    ("insideKnown", True, True, True),  # "Drug Administration" inside "Food and Drug Administration"
)
INSIDE_KNOWN = "insideKnown"
_MASK_FEATURES = frozenset(m[0] for m in MASKS)
# lexicon.DATA_DIR, not this module's __file__: mypyc sets __file__ of a compiled module wrongly
MODEL_FILE = DATA_DIR / "model.json"

Weights = dict[str, tuple[float, float, float]]


@dataclass(frozen=True, slots=True)
class Span:
    """A decision of the model: tokens [i, j) of a run are a name of TYPES[type]."""

    i: int
    j: int
    type: int


def score(weights: Weights, feats: list[str]) -> tuple[float, float, float]:
    a = b = c = 0.0
    get = weights.get
    for w in map(get, feats):
        if w is not None:
            x, y, z = w
            a += x
            b += y
            c += z
    return a, b, c


Known = list[tuple[int, int, Named]]  # the run's longest known names (dictionary_matches)


def candidates(ctx: Context, run: Run, free: list[bool], known: Known | None = None) -> list[tuple[int, int, list[str]]]:
    """Every span the model may claim, with its features (shared by decoding and training);
    `known`: the run's known names if the caller has looked them up (known_names)."""
    out: list[tuple[int, int, list[str]]] = []
    tokens, lex = run.tokens, ctx.lex
    n = len(tokens)
    if n == 1:
        if not free[0] or tokens[0].low in lex.stopwords:
            return out
    rv = view(ctx, run)
    inside = _in_title_phrases(run, lex) if any(rv.title) else ()
    if known is None:
        known = known_names(ctx, run) if n > 1 else []
    longer = [(a, b) for a, b, _ in known if b - a > 1]
    stop = lex.stopwords
    for i in range(n):
        first = tokens[i]
        # `candidate` refuses every span from i when its first token is a connector or stop word
        if not free[i] or i in inside or first.connector or first.low in stop:
            continue
        # "Jr." ends a name and is none by itself: "Martin Luther King Jr. Coretta" is never one span
        suffix = False  # a suffix among tokens i .. j-2
        for j in range(i + 1, min(n, i + MAX_TOKENS) + 1):
            if not free[j - 1]:
                break
            last = tokens[j - 1]
            if j - i == 1:
                keep = last.low not in SUFFIXES and not (_lone_head(ctx, first) or _party_state(first))
            else:
                keep = not suffix and not (last.connector or last.low in stop)
            suffix = suffix or last.low in SUFFIXES
            if keep:
                feats = span_features(ctx, rv, i, j)
                if longer and any(a <= i and j <= b and j - i < b - a for a, b in longer):
                    feats.append(INSIDE_KNOWN)
                out.append((i, j, feats))
    return out


def known_names(ctx: Context, run: Run) -> Known:
    """The longest known names in the run (names.py), looked up once per run: candidates marks
    the spans inside one, pipeline._known_left adds the ones the model left out."""
    words = [t.text for t in run.tokens]
    first = ctx.table.first_words
    if not any(w in first or w.replace("’", "'") in first for w in words):
        return []
    return dictionary_matches(words, [t.connector for t in run.tokens], ctx.table)


_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


def _party_state(token: Token) -> bool:
    """"R-La.", "D-Calif.": a lawmaker's party and state after the name, no name itself."""
    return "-" in token.text and _PARTY_STATE.fullmatch(token.text) is not None


def _lone_head(ctx: Context, token: Token) -> bool:
    """"the Department", "the Council": a head word alone names nothing we can link."""
    lex = ctx.lex
    return (token.low in lex.org_heads or token.low in lex.place_heads) and token.text not in ctx.table.names


def _in_title_phrases(run: Run, lex: Lexicon) -> set[int]:
    """Tokens after the first of a title phrase ("Secretary of Defense" in "US Secretary of
    Defense Pete Hegseth"): no name starts there."""
    lows = [t.low for t in run.tokens]
    conn = [t.connector for t in run.tokens]
    out: set[int] = set()
    for a, b in title_phrases(lows, conn, [True] * len(lows), lex):
        out.update(range(a + 1, b))
    return out


def best_spans(n: int, scored: list[tuple[int, int, int, float]]) -> list[Span]:
    """Semi-Markov Viterbi: the non-overlapping spans (i, j, type, score) with the largest sum."""
    ending: dict[int, list[tuple[int, int, float]]] = {}
    for i, j, t, s in scored:
        if s > 0:
            ending.setdefault(j, []).append((i, t, s))
    best = [0.0] * (n + 1)
    back: list[tuple[int, int] | None] = [None] * (n + 1)
    for j in range(1, n + 1):
        best[j] = best[j - 1]
        for i, t, s in ending.get(j, ()):
            if best[i] + s > best[j]:
                best[j] = best[i] + s
                back[j] = (i, t)
    spans = []
    j = n
    while j > 0:
        b = back[j]
        if b is None:
            j -= 1
            continue
        spans.append(Span(b[0], j, b[1]))
        j = b[0]
    return spans[::-1]


def masked(s: tuple[float, float, float], feats: list[str]) -> tuple[float, float, float]:
    """The site's conventions, as constraints on the types a span may take (MASKS)."""
    if _MASK_FEATURES.isdisjoint(feats):
        return s
    for feat, person, organization, place in MASKS:
        if feat in feats:
            return (-1.0 if person else s[0], -1.0 if organization else s[1], -1.0 if place else s[2])
    return s


Scores = list[tuple[int, int, tuple[float, float, float]]]  # each candidate span's masked scores


def score_candidates(weights: Weights, cands: list[tuple[int, int, list[str]]]) -> Scores:
    """Each candidate's scores under the site's masks, computed once per run (decode_scores and
    pipeline._lean both read them)."""
    return [(i, j, masked(score(weights, feats), feats)) for i, j, feats in cands]


def decode_scores(n: int, scores: Scores) -> list[Span]:
    scored = []
    for i, j, s in scores:
        t = max(range(3), key=s.__getitem__)
        scored.append((i, j, t, s[t]))
    return best_spans(n, scored)


def decode(weights: Weights, n: int, cands: list[tuple[int, int, list[str]]]) -> list[Span]:
    return decode_scores(n, score_candidates(weights, cands))


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    scale = raw["scale"]
    return {f: (a / scale, b / scale, c / scale) for f, (a, b, c) in raw["weights"].items()}


def save_weights(weights: Weights, path: Path, scale: int = 1000) -> None:
    """Integers (weights * scale), features sorted: a small, stable, diffable file."""
    out = {}
    for f in sorted(weights):
        q = [round(x * scale) for x in weights[f]]
        if any(q):
            out[f] = q
    path.write_text(json.dumps({"types": list(TYPES), "scale": scale, "weights": out},
                               separators=(",", ":")) + "\n", encoding="utf-8")
