"""One pass over an article's runs of capitalised words: fixed claims first, then the model.

Order: transcript speaker labels (transcript.py: "MR PRICE:" is a person, "QUESTION:" nothing),
registry names (dictionary.py, longest first: the registry always wins), then the learned model
(model.py) over the tokens left free, then bare roles ("the Prime Minister") among the words the
model left out. A few site conventions overrule the model's type: "State of Israel" is the place
Israel, "a US Defense official" names the US alone, a known organization's full name is no
person, a known place is no organization ("North Korea"), a town before ", <US state>" is no
person ("Sapulpa, Oklahoma"), a role noun alone ("Operator", data/role_nouns.txt) is nobody, and
an acronym opening a sentence that the archive writes in capitals ("USDA officials spoke") is an
organization when the model leaves the run empty. Where the model only doubts a name that strong
evidence backs, the evidence wins (_known_left): countries and capitals, known organizations (also
before a title: "UN Special Envoy"), archive acronyms and surnames, a word after a title ("Judge
Young"), a town before ", <US state>", a whole run that opens with a given name. A nickname in
quotes joins the parts of one name ("Terrell “Tank” Bowman"). Each decision becomes a `Claim`;
linking.py gives ids.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from site_builder.annotate.entities.bylines import bylines
from site_builder.annotate.entities.claims import FOUND, KNOWN, PERSON, ROLE, SINGLE, Claim
from site_builder.annotate.entities.conjuncts import joined_people
from site_builder.annotate.entities.described import described_organizations
from site_builder.annotate.entities.event_names import event_bodies
from site_builder.annotate.entities.features import Context, archive_surname, document_heads, word_caps
from site_builder.annotate.entities.gazetteer import capital_names, country_names
from site_builder.annotate.entities.lexicon import Lexicon, data_lines
from site_builder.annotate.entities.misread import misread_people, possessive_places
from site_builder.annotate.entities.model import (
    TYPES,
    Known,
    Scores,
    Span,
    Weights,
    candidates,
    decode_scores,
    known_names,
    score_candidates,
)
from site_builder.annotate.entities.names import NameTable
from site_builder.annotate.entities.of_places import of_place_institutions
from site_builder.annotate.entities.offices import possessive_offices
from site_builder.annotate.entities.org_tails import widened_organizations
from site_builder.annotate.entities.organizations import company_short_names, named_bodies, press_names
from site_builder.annotate.entities.people import is_demonym, is_title, plain_word, title_before
from site_builder.annotate.entities.places import acting_institutions, state_after
from site_builder.annotate.entities.residences import residence_places
from site_builder.annotate.entities.services import service_branches
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.entities.span_cues import is_acronym
from site_builder.annotate.entities.teams import named_teams, playing_cities
from site_builder.annotate.entities.titled_lists import titled_lists
from site_builder.annotate.entities.titles import role_keys, title_phrases
from site_builder.annotate.entities.tokens import Run, Token, evidence, runs_of
from site_builder.annotate.entities.venues import venue_places
from site_builder.annotate.standalone import standalone
from site_builder.annotate.transcript import find_turn_labels

# how far below zero the model may score a left-out archive acronym (an organization) or known
# place that still becomes one (_known_left); set so the corpus keeps main's count of organizations
DOUBT = 7.0
# how far below zero a surname of the archive, or a word right after a title, may score and still
# be the person the evidence says it is ("hold Putin accountable", "Judge Young ruled")
SURNAME_DOUBT = 9.0
# a one-word person scored this high somewhere in an article is sure enough to name the same word
# elsewhere in it where the model only doubts it (_repeated_singles)
STRONG = 5.0
# how far below zero a whole run that opens with a given name may score as a person and still be one
GIVEN_DOUBT = 3.0


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article made ready for the model: its context, each run with its free tokens, fixed
    claims, and each run's known names (looked up once: registry claims, model, _known_left)."""

    ctx: Context
    runs: tuple[tuple[Run, list[bool]], ...]
    fixed: tuple[Claim, ...]
    known: tuple[Known, ...]


def prepare(text: str, table: NameTable, lex: Lexicon) -> Prepared:
    runs = runs_of(text)
    ctx = Context(text, lex, table, evidence(text, runs, lex.given_names))
    fixed: list[Claim] = []
    blocked: list[tuple[int, int]] = []
    spelled: dict[str, str] = {}
    for label in find_turn_labels(text):
        if label.name_start is not None and label.name_end is not None:
            if not _speaker_name(ctx, label.label_start, label.name_start, label.name_end):
                continue
            fixed.append(_label_claim(text, _past_cut_title(text, label.name_start, label.name_end, lex),
                                      label.name_end, spelled))
        blocked.append((label.label_start, label.label_end))
    prepared = []
    knowns = []
    starts = [a for a, _ in blocked]
    for run in runs:
        free = [True] * len(run.tokens)
        if blocked and run.tokens[0].start < blocked[-1][1]:
            free = [not _inside(t.start, blocked, starts) for t in run.tokens]
        known = known_names(ctx, run)
        fixed += _registered(ctx, run, free, known)
        prepared.append((run, free))
        knowns.append(known)
    return Prepared(ctx, tuple(prepared), tuple(fixed), tuple(knowns))


def _speaker_name(ctx: Context, label_start: int, start: int, end: int) -> bool:
    """Refuses headings: a known place ("UK: Applying for the visa …") and, when no honorific
    or title leads the label, words the article also writes in lower case ("VESSEL FLAG: …")."""
    named = ctx.table.names.get(ctx.text[start:end])
    if named is not None and named.type != "person":
        return False
    words = ctx.text[start:end].lower().split()
    return start > label_start or not any(w in ctx.evidence.lower or word_caps().get(w) == "L" for w in words)


def _inside(pos: int, blocked: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < blocked[k][1]


def scan(text: str, table: NameTable, lex: Lexicon, weights: Weights) -> list[Claim]:
    prep = prepare(text, table, lex)
    claims = list(prep.fixed)
    taken: list[list[bool]] = []
    run_scores: list[Scores] = []
    for (run, free), known in zip(prep.runs, prep.known, strict=True):
        scores = score_candidates(weights, candidates(prep.ctx, run, free, known))
        run_scores.append(scores)
        spans = decode_scores(len(run.tokens), scores) or _opening_acronym(prep.ctx, run, free) \
            or _headed_organization(prep.ctx, run, free, scores)
        spans = _widen_polities(run, free, _countries_left(prep.ctx, run, free, spans), lex)
        spans = _known_left(prep.ctx, run, free, spans, known, scores)
        spans = joined_people(run, free, spans, scores, lex)
        spans = [sp for sp in spans if not _role_noun(run, sp)]
        if spans == [Span(1, 2, TYPES.index("person"))] and _month_given(prep.ctx, run):
            spans = [Span(0, 2, TYPES.index("person"))]  # "when June Hadley says": see _month_named
        claims += [_model_claim(prep.ctx, run, s) for s in spans]
        claims += _roles(text, run, free, spans, lex)
        taken.append(_marked(free, spans, False))
    months, taken = _month_named(prep, claims, taken)
    claims = _name_ends(prep, misread_people(prep.ctx, claims + months), taken)
    claims += _repeated_singles(prep, claims, run_scores, taken)
    more = _repeated_surnames(prep, claims, taken) + _repeated_given(prep, claims, taken) + _addressed(prep, taken) \
        + _governing(prep, taken) + _described(prep, taken)
    claims = _nicknamed(text, _joined_surnames(prep.ctx, claims, _outside(claims, more)))
    claims = _listed_people(prep.ctx, _singles_named(_not_people(prep.ctx, claims), lex))
    claims = possessive_places(prep.ctx, claims)
    claims = acting_institutions(text, playing_cities(text, named_teams(text, named_bodies(text, possessive_offices(text, claims, lex)))))  # news orgs
    claims = event_bodies(service_branches(text, of_place_institutions(text, claims, lex)), lex)
    claims = widened_organizations(text, claims, lex)
    claims = press_names(text, described_organizations(text, company_short_names(text, claims, lex)))
    claims = venue_places(text, residence_places(text, claims, lex), lex.given_names)
    claims = titled_lists(text, bylines(text, _acronyms_not_people(text, claims)), lex)
    return claims + _defined_acronyms(text, claims)


# an acronym in brackets right after a name: "the Union of Rationalist Atheists and Agnostics (UAAR)"
_BRACKETED = re.compile(r" \(([A-Z][A-Z0-9]{1,6})\)")


def _defined_acronyms(text: str, claims: list[Claim]) -> list[Claim]:
    """"The Union of Rationalist Atheists and Agnostics (UAAR) has launched …": an acronym in
    brackets right after an organization's name, opening with its first letter and made of its
    words' initials, is that organization (same id), there and wherever the article writes it
    later outside other claims. Refuses an
    acronym some claim already holds and one whose letters the name does not have ("(AP)" after
    "the Senate")."""
    taken = {c.start for c in claims}
    out = []
    for c in claims:
        if c.type != "organization" or not c.id or len(c.words) < 2:
            continue
        m = _BRACKETED.match(text, c.end)
        if m is None or m.start(1) in taken:
            continue
        initials = {w[0].upper() for w in c.words if w[:1].isupper() or w[:1].isdigit()}
        acronym = m.group(1)
        if acronym[0] == c.words[0][0].upper() and set(acronym) <= initials:
            out += [Claim(a, a + len(acronym), c.kind, "organization", c.id, c.registered, (acronym,),
                          canonical=c.canonical) for a in _free_uses(text, acronym, claims, m.start(1))]
    return out


# the capitalised words right before a bracketed acronym, through small joining words
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*(?: (?:and|of|for|the|on|&))* )+)\(([A-Z]{2,6})\)")
_BRACKETED_ACRONYM = re.compile(r" \([A-Z]{2,6}\)")


def _acronyms_not_people(text: str, claims: list[Claim]) -> list[Claim]:
    """"the Immigration and Nationality Act (INA)": an acronym in brackets whose letters are the
    initials of the capitalised words right before it abbreviates those words, which a one-word
    person never does; the article's person claims of that acronym are dropped. Refuses an acronym
    whose letters the words do not spell in order."""
    if _BRACKETED_ACRONYM.search(text) is None:
        return claims  # what every match of _CAPITALISED_BEFORE ends with: a quick test before it
    defined = set()
    for m in _CAPITALISED_BEFORE.finditer(text):
        initials = "".join(w[0] for w in m.group(1).split() if w[0].isupper())
        if initials.endswith(m.group(2)):
            defined.add(m.group(2))
    if not defined:
        return claims
    return [c for c in claims if not (c.type == "person" and text[c.start:c.end] in defined)]


def _free_uses(text: str, word: str, claims: list[Claim], first: int) -> list[int]:
    """Where the article writes `word` as a whole word from `first` on, outside every claim."""
    spans = [(c.start, c.end) for c in claims]
    found = []
    for start, _ in standalone(text[first:], word, "-", "-"):
        a = first + start
        if not any(s <= a < e for s, e in spans):
            found.append(a)
    return found


# a list of three or more one-word names: "Zeus, Hera, Poseidon, and Athena"
# (and two: "Thompson and Garcia"); a name may be "McGovern", "DeLauro", "O'Connor", "El-Sayed"
_NAME = r"(?:[A-Z][a-z]+|[A-Z][’'][A-Z][a-z]+)(?:[’'-]?[A-Z][a-z]+)*"
_LIST = re.compile(r"[A-Z](?<![\w.’'-][A-Z])(?:[a-z]+|[’'][A-Z][a-z]+)(?:[’'-]?[A-Z][a-z]+)*(?:(?:, |,? (?:and|or) |, (?:and|or) )" + _NAME + r"(?![\w’'-])){1,}"
                   r"(?! [A-Z])")  # not the first word of a longer name: "… and Foreign Minister Lapid"
_LIST_WORD = re.compile(_NAME)
_PAIRED = re.compile(r" (?:and|or) ")


def _listed_people(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """"the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena": in a list of
    one-word names of which the model made at least two people (one of a pair: "Thompson and
    Garcia were charged"), and none a known place or
    organization, the names the model left out are people too, and so are the names it guessed to be
of another kind when most of the list are people (the model doubts each name alone; the list
    says they are of one kind). Refuses words the article writes in lower case and lists with any
    word the lexicon knows as a title, month or stopword."""
    by_start = {c.start: c for c in claims}
    out = list(claims)
    for m in _LIST.finditer(ctx.text):
        items = [(w.start() + m.start(), w.group()) for w in _LIST_WORD.finditer(m.group()) if w.group() not in ("and", "or")]
        found = [by_start.get(a) for a, _ in items]
        people = sum(1 for c in found if c is not None and c.type == "person" and len(c.words) == 1)
        if people < min(2, len(items) - 1) or any(c is not None and (c.kind == KNOWN or c.end != a + len(w)) for c, (a, w) in zip(found, items, strict=True)):
            continue
        if any(_not_listable(ctx, w) for _, w in items) or len(items) == 2 and (
                any(_plural(w) for _, w in items) or not _PAIRED.search(m.group())):
            continue  # "Trump and Republicans": a group in a pair; "Scott, La.": a town and its state
        added = [Claim(a, a + len(w), SINGLE, "person", None, words=(w,)) for c, (a, w) in zip(found, items, strict=True)
                 if c is None and not any(x.start <= a < x.end for x in claims)]
        out += added
        if 2 * (people + len(added)) > len(items):  # most of the list are people: so are the model's other guesses
            out = [Claim(c.start, c.end, SINGLE, "person", None, words=c.words) if c in found and c.type != "person"
                   and c.kind == FOUND and not c.registered and len(c.words) == 1 else c for c in out]
    return out


def _plural(word: str) -> bool:
    """Ends like a plural and is no surname the archive knows ("Republicans", not "Williams")."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and not archive_surname(low)


def _not_listable(ctx: Context, word: str) -> bool:
    low = word.lower()
    return low in ctx.evidence.lower or low in ctx.lex.stopwords or low in ctx.lex.calendar or _title_word(low, ctx.lex) \
        or is_demonym(low)


def _title_word(low: str, lex: Lexicon) -> bool:
    """A title ("senator") or a title's modifier ("deputy"): no word of a name."""
    return is_title(low, lex) or low in lex.title_modifiers


def _not_people(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Person claims no person can be: a word of a demonym compound ("Hong" of "Hong Kongers"), a
    word of a ministry's portfolio ("Education, Youth and Sport"),
    and a span with "&" in it that opens with a known company's name ("Johnson & Johnson COVID-19"
    is the company and a product word: cut back to the company; "Kramer & Gratton" stays)."""
    out = []
    for c in claims:
        if c.type != "person" or c.label or c.registered or c.kind == ROLE:
            out.append(c)
        elif len(c.words) == 1 and (_demonym_word(ctx.text, c) or not c.roles and _portfolio_word(ctx.text, c)):
            continue
        elif "&" in c.words:
            out.append(_company_claim(ctx, c))
        else:
            out.append(c)
    return out


_NEXT_WORD = re.compile(r" ([A-Z][\w’'-]*)")


# the next word of a portfolio, itself followed by a comma, "and", a bracket or the line's end
# (not "Smith and Justice Department officials")
_SUBJECT_AFTER = re.compile(r"(?:,| and|, and) ([A-Z][a-z]+)(?=,| and |\)|;|\n|\Z)")


def _portfolio_word(text: str, c: Claim) -> bool:
    """"Minister for Education, Youth and Sport": a one-word name listed before a department's
    subject (data/department_subjects.txt) that ends the list or goes on with it is a word of a
    ministry's portfolio, not a person ("Smith and Justice Department officials" is no list)."""
    after = _SUBJECT_AFTER.match(text, c.end)
    return after is not None and after.group(1).lower() in _department_subjects()


def _demonym_word(text: str, c: Claim) -> bool:
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and is_demonym(f"{c.words[0]} {m.group(1)}".lower())


def _company_claim(ctx: Context, c: Claim) -> Claim:
    for k in range(len(c.words), 1, -1):
        name = " ".join(c.words[:k])
        named = ctx.table.names.get(name)
        if named is not None and named.type == "organization" and ctx.text.startswith(name, c.start):
            return Claim(c.start, c.start + len(name), KNOWN, "organization", named.id, False, c.words[:k],
                         canonical=named.canonical)
    return c  # "Kramer & Gratton" in a citation: two people, whatever the span


def _singles_named(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """"Pilgrims reached Lalibela … the churches of Lalibela", "Falun Gong … Gong followers": a
    one-word person with no title whose word the article names as a place, or as the last word of
    an organization's name (not of a place's: the model's places are sometimes people), and
    never inside a person's name nor titled ("Secretary Austin … in Austin"), is that place or organization (the model's second guess at a word it first read right). Not a given name
    ("Camp David … David said")."""
    in_people = {w for c in claims if c.type == "person" and (len(c.words) > 1 or c.roles or c.kind != SINGLE)
                 for w in c.words}
    # a word of a longer organization's name is not the one-word place: "Meridian Health … Meridian"
    in_names = {w for c in claims if c.type in ("place", "organization") and len(c.words) > 1 for w in c.words}
    named: dict[str, Claim] = {}
    for c in claims:
        if c.id and c.words and (c.type == "organization" and len(c.words) > 1
                                 or c.type == "place" and len(c.words) == 1 and c.words[0] not in in_names):
            named.setdefault(c.words[-1], c)
    if not named:
        return claims
    out = []
    for c in claims:
        target = named.get(c.words[0]) if c.type == "person" and c.kind == SINGLE and not c.label \
            and not c.roles and len(c.words) == 1 and c.words[0] not in in_people \
            and c.words[0].lower() not in lex.given_names else None
        if target is None:
            out.append(c)
        else:
            out.append(Claim(c.start, c.end, target.kind, target.type, target.id, target.registered, c.words,
                             canonical=target.canonical, initial=c.initial))
    return out


# a nickname in quotes between two parts of a name: "Terrell “Tank” Bowman"
_WORD = re.compile(r"[A-Z][a-z][\w’'-]*(?![\w’'-])")
_NICKNAME = re.compile(r" [“\"‘'][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[”\"’'] (?=[A-Z])")


def _nicknamed(text: str, claims: list[Claim]) -> list[Claim]:
    """A one-word person, a nickname in quotes and a one-word person are one person ("Terrell
    “Tank” Bowman"), named without the nickname."""
    starts = {c.start: c for c in claims}
    out = claims
    for c in claims:
        m = _NICKNAME.match(text, c.end) if c.type == "person" and c.kind == SINGLE and not c.label else None
        if m is None:
            continue
        after = starts.get(m.end())
        if after is None:  # the surname the model left out ("Bowman"): the word itself
            word = _WORD.match(text, m.end())
            merged = Claim(c.start, word.end(), PERSON, "person", None, words=c.words + (word.group(),),
                           roles=c.roles, initial=c.initial) if word else None
        elif after.type == "person" and len(after.words) == 1 and after.kind in (SINGLE, PERSON):
            merged = Claim(c.start, after.end, PERSON, "person", None, words=c.words + after.words, roles=c.roles,
                           initial=c.initial)
        else:
            merged = None
        if merged is not None:
            out = [x for x in out if x is not c and x is not after] + [merged]
    return out


def _marked(flags: list[bool], spans: list[Span], value: bool) -> list[bool]:
    """A copy of the per-token flags with every token of the spans set to `value`."""
    out = list(flags)
    for sp in spans:
        out[sp.i:sp.j] = [value] * (sp.j - sp.i)
    return out


def _widen_polities(run: Run, free: list[bool], spans: list[Span], lex: Lexicon) -> list[Span]:
    """The model kept the place alone ("State of | Israel", "People's Republic of | China"): the
    span takes the polity word and "of" back (_polity then makes it the place), and a span the
    model put on the polity word ("Republic") goes."""
    tokens = run.tokens
    out = list(spans)
    for sp in spans:
        for back in (2, 3):
            k = sp.i - back
            if k >= 0 and tokens[k].low in lex.polity_heads and tokens[k + 1].low == "of" \
                    and (back == 2 or tokens[k + 2].low == "the") and TYPES[sp.type] == "place" \
                    and all(free[k:sp.i]):
                out = [o for o in out if o is not sp and not (o.i < sp.i and k < o.j)]
                out.append(Span(k, sp.j, sp.type))
                break
    return sorted(out, key=lambda sp: sp.i)


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    return frozenset(data_lines("term_acronyms.txt"))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return frozenset(data_lines("role_nouns.txt"))


def _role_noun(run: Run, span: Span) -> bool:
    """A one-word person span on a role or a thing (data/role_nouns.txt: "Operator", "Cargo")."""
    return span.type == 0 and span.j - span.i == 1 and run.tokens[span.i].low in _role_nouns()


def _countries_left(ctx: Context, run: Run, free: list[bool], spans: list[Span]) -> list[Span]:
    """A country's name the model left out ("… the United States and Israel.") is the country:
    a country never is anything else, and its mention should not hang on a marginal score. Not
    when a capitalised word other than a title follows it in the run ("Israel Katz", but "the
    U.S. President"). So is a national capital
    ("Officials in Moscow and Beijing said") standing alone in its run, unless the archive
    writes it as a surname ("Washington")."""
    tokens = run.tokens
    taken = _marked([not f for f in free], spans, True)
    added = []
    for k, t in enumerate(tokens):
        if taken[k] or t.connector or (k + 1 < len(tokens) and not tokens[k + 1].connector
                                        and not _title_at(ctx, tokens, k + 1)):
            continue
        named = ctx.table.names.get(t.text)
        if named is None or named.type != "place":
            continue
        if named.canonical in country_names() or named.canonical in capital_names() and _alone(tokens, k, k + 1) \
                and not archive_surname(t.low) and t.low not in ctx.lex.given_names:
            added.append(Span(k, k + 1, TYPES.index("place")))
    return sorted(spans + added, key=lambda sp: sp.i) if added else spans


def _leanings(scores: Scores) -> dict[int, tuple[int, float]]:
    """Token -> the type its one-word span scores highest as, and that score."""
    out: dict[int, tuple[int, float]] = {}
    for i, j, s in scores:
        if j == i + 1 and i not in out:
            t = max(range(3), key=s.__getitem__)
            out[i] = (t, s[t])
    return out


def _leans(lean: dict[int, tuple[int, float]], k: int, kind: int, doubt: float = DOUBT) -> bool:
    """Whether the model, though below zero, only doubts token k as `kind` (within `doubt`): an
    acronym it only doubts ("IAEA said"), not a term or a visa it rejects ("EDT", "SIV applicants")."""
    found = lean.get(k)
    return found is not None and found[0] == kind and found[1] > -doubt


def _known_left(ctx: Context, run: Run, free: list[bool], spans: list[Span], known: Known,
                scores: Scores) -> list[Span]:
    """A known organization ("The Federal Reserve released …", "the UN") or an acronym the archive
    writes in capitals ("IAEA inspectors") that the model left out is that organization, a
    one-word known place the model leans to as a place ("and the Pacific.") is that place, and a
    surname of the archive it leans to as a person ("hold Putin accountable") that person: a
    gazetteer or archive hit must not hang on a marginal score. Only when it stands alone in its run (a
    leading "The" aside) or before a title ("UN Special Envoy …"): "UN Security Council", "NATO
    Ally" stay the model's call. A word before ", <US state>" is a town (_town_left). A word the
    model leans to as a person right after a title ("Judge Young ruled") is that person."""
    tokens = run.tokens
    taken = _marked([not f for f in free], spans, True)
    if all(taken):
        return spans
    org, place, person = TYPES.index("organization"), TYPES.index("place"), TYPES.index("person")
    lean = _leanings(scores)
    found = [(a, b, TYPES.index(named.type)) for a, b, named in known
             if named.type == "organization" or named.type == "place" and b - a == 1 and not taken[a]
             and _leans(lean, a, place)]
    found += [(k, k + 1, org) for k, t in enumerate(tokens)
              if not taken[k] and _archive_acronym(ctx, t) and _leans(lean, k, org)]
    found += [(k, k + 1, place) for k, t in enumerate(tokens) if not taken[k] and _region(ctx, run, k)]
    k = len(tokens) - 1
    if not taken[k] and _town_left(ctx, tokens, k, lean):
        found.append((k, k + 1, place))
    found += [(k, k + 1, person) for k, t in enumerate(tokens)
              if not taken[k] and _leans(lean, k, person, SURNAME_DOUBT) and _archive_surname(ctx, t)
              and not (k == 0 and run.initial)]
    added = []
    for a, b, kind in found:
        if any(taken[a:b]) or not (_alone(tokens, a, b) or kind == org and _before_title(ctx, tokens, a, b)):
            continue
        added.append(Span(a, b, kind))
        taken[a:b] = [True] * (b - a)
    added += _titled_left(ctx, run, taken, lean)
    added += _given_left(ctx, run, taken, scores)
    return sorted(spans + added, key=lambda sp: sp.i) if added else spans


def _town_left(ctx: Context, tokens: tuple[Token, ...], k: int, lean: dict[int, tuple[int, float]]) -> bool:
    """"from Coffeyville, KS": a word the model only doubts (as a place or a person) right before
    ", <US state>" is a town (as _town_before_state makes the person the model may see)."""
    found = lean.get(k)
    return found is not None and found[0] != TYPES.index("organization") and found[1] > -DOUBT \
        and not tokens[k].connector and tokens[k].low not in ctx.lex.given_names \
        and title_before(tokens, k, ctx.lex) == k and state_after(ctx.text, tokens[k].end) is not None


def _before_title(ctx: Context, tokens: tuple[Token, ...], a: int, b: int) -> bool:
    """"the UN High Commissioner for Refugees", "UN Special Envoy Hans Grundberg": a known
    organization right before a title is that organization (the title names a person of it)."""
    before = a == 0 or tokens[a - 1].connector or (a == 1 and tokens[0].low == "the")
    return before and _title_at(ctx, tokens, b)


def _title_at(ctx: Context, tokens: tuple[Token, ...], k: int) -> bool:
    """A title starts at token k, after any of its modifiers ("Special Envoy", "High Commissioner")."""
    while k < len(tokens) and not tokens[k].connector and tokens[k].low in ctx.lex.title_modifiers \
            and not is_title(tokens[k].low, ctx.lex):
        k += 1
    return k < len(tokens) and not tokens[k].connector and is_title(tokens[k].low, ctx.lex)


def _given_left(ctx: Context, run: Run, taken: list[bool], scores: Scores) -> list[Span]:
    """"Helen Okafor Grant, who founded …": a whole run of two or three plain words that opens
    with a given name, that the model only just doubts as a person (within GIVEN_DOUBT), is one."""
    tokens = run.tokens
    n = len(tokens)
    if not 2 <= n <= 3 or any(taken) or tokens[0].low not in ctx.lex.given_names \
            or not all(plain_word(t.text, t.low, ctx.lex) for t in tokens):
        return []
    whole = next((s for i, j, s in scores if i == 0 and j == n), None)
    # -1.0 exactly: a person the site's conventions forbid (model.masked: "German Iranian")
    if whole is None or max(range(3), key=whole.__getitem__) != 0 or whole[0] <= -GIVEN_DOUBT or whole[0] == -1.0 \
            or any(is_demonym(t.low) for t in tokens):
        return []
    return [Span(0, n, TYPES.index("person"))]


# words before a month that make it a date ("in June Hadley voted", "since May …")
_DATE_LEADS = re.compile(r"(?:\b(?:in|on|since|by|until|till|through|from|during|before|after|of|last|next|this|"
                         r"early|late|mid|every|each|that)\s*|-)\Z", re.I)


@lru_cache(maxsize=1)
def _month_given_names() -> frozenset[str]:
    return frozenset(data_lines("month_given_names.txt"))


def _month_given(ctx: Context, run: Run) -> bool:
    """A run of two words that opens with a month that is also a given name, not after a date
    word, whose second word can be in a name."""
    if len(run.tokens) != 2 or run.tokens[0].low not in _month_given_names():
        return False
    month, name = run.tokens
    return plain_word(name.text, name.low, ctx.lex) \
        and not _DATE_LEADS.search(ctx.text, max(0, month.start - 12), month.start)


def _month_named(prep: Prepared, claims: list[Claim], left: list[list[bool]]) -> tuple[list[Claim], list[list[bool]]]:
    """"June Hadley, 71, said … Hadley added": a month that is also a given name (April, May,
    June, August) opening a run of two words the model left out, whose second word the article
    names as a person elsewhere, is that person's given name (the model reads the month as a
    date and rejects the pair). Refuses a month after a date word ("In June Hadley voted",
    "since May") and a second word that cannot be in a name ("May Day"); "June 5" is no run of two."""
    people = {c.words[-1] for c in claims if c.type == "person" and c.words}
    out = []
    still_free = []
    for (run, _), free in zip(prep.runs, left, strict=True):
        still_free.append(free)
        if not all(free) or not _month_given(prep.ctx, run) or run.tokens[1].text not in people:
            continue
        month, name = run.tokens
        out.append(Claim(month.start, name.end, PERSON, "person", None, words=(month.text, name.text),
                         initial=run.initial))
        still_free[-1] = [False, False]
    return out, still_free


def _headed_organization(ctx: Context, run: Run, free: list[bool], scores: Scores) -> list[Span]:
    """"Calder Motion Systems told employees": a whole run of two to five words that ends in a
    company's last word (data/company_suffixes.txt: Inc, Technologies, Systems) and that the model
    only doubts as an organization, above its other types, is one: a company must not hang on a
    marginal score.
    Refuses runs with a title or a given name first ("Judge Young Group" is no case), and runs the
    model rejects outright."""
    tokens = run.tokens
    n = len(tokens)
    if not 2 <= n <= 5 or not all(free) or tokens[-1].low.rstrip(".") not in ctx.lex.company_suffixes \
            or tokens[0].low in ctx.lex.given_names or title_before(tokens, 0, ctx.lex) != 0 \
            or is_title(tokens[0].low, ctx.lex):
        return []
    whole = next((s for i, j, s in scores if i == 0 and j == n), None)
    org = TYPES.index("organization")
    if whole is None or whole[org] <= -DOUBT:
        return []
    # -1.0 exactly is a type the site's conventions forbid (model.masked), not a rival reading
    if any(whole[t] > whole[org] for t in range(3) if t != org and whole[t] != -1.0):
        return []
    return [Span(0, n, org)]


def _titled_left(ctx: Context, run: Run, taken: list[bool], lean: dict[int, tuple[int, float]]) -> list[Span]:
    """"Judge Young ruled", "Secretary Rice said": the last word of a run, right after a title, that
    the model only doubts as a person and that names no known place or organization, is one."""
    tokens = run.tokens
    k = len(tokens) - 1
    t = tokens[k]
    if k == 0 or taken[k] or t.connector or not _leans(lean, k, TYPES.index("person"), SURNAME_DOUBT) \
            or t.text in ctx.table.names or is_title(t.low, ctx.lex) or t.low in ctx.lex.stopwords \
            or title_before(tokens, k, ctx.lex) != k - 1 or t.low in _role_nouns():
        return []
    return [Span(k, k + 1, TYPES.index("person"))]


def _region(ctx: Context, run: Run, k: int) -> bool:
    """"the West", "the Northeast": a compass word right after "the" and alone in its run (a
    connector aside) names a region ("the West Wing", "South Africa" are other names)."""
    tokens = run.tokens
    if tokens[k].low not in ctx.lex.compass_regions or (k + 1 < len(tokens) and not tokens[k + 1].connector):
        return False
    before = ctx.text[max(0, tokens[k].start - 4):tokens[k].start]
    return before in ("the ", "The ") and not (k == 0 and run.initial and before == "The ")


def _archive_surname(ctx: Context, t: Token) -> bool:
    """A word the archive writes capitalised wherever it stands and as the end of a full name
    ("Putin"), that is no known name or given name and that this article never writes in lower
    case: a person the model only doubts ("hold Putin accountable") is one."""
    return word_caps().get(t.low) == "Cs" and t.text not in ctx.table.names and t.low not in ctx.lex.given_names \
        and t.low not in ctx.evidence.lower and not t.text.isupper() and not is_title(t.low, ctx.lex) \
        and not is_demonym(t.low) and t.low not in document_heads() and t.low not in ctx.lex.not_name_words


def _alone(tokens: tuple[Token, ...], a: int, b: int) -> bool:
    before = a == 0 or tokens[a - 1].connector or (a == 1 and tokens[0].low == "the")
    return before and (b == len(tokens) or tokens[b].connector)


def _capital_acronym(ctx: Context, t: Token) -> bool:
    """Three or more capitals the archive writes so, never in lower case here, not a term ("GDP")."""
    return len(t.text) >= 3 and is_acronym(t.text, ctx.lex) and word_caps().get(t.low) == "U" \
        and t.low not in _terms() and t.low not in ctx.evidence.lower


def _archive_acronym(ctx: Context, t: Token) -> bool:
    """A capital acronym the registry and gazetteer do not know."""
    return _capital_acronym(ctx, t) and t.text not in ctx.table.names


def _opening_acronym(ctx: Context, run: Run, free: list[bool]) -> list[Span]:
    """"USDA officials spoke": an acronym alone at a sentence start, before a lower-case word,
    that the archive writes in capitals and this article never in lower case, names an
    organization (or what the gazetteer says it is). The model, trained on text where such
    openers are rare, doubts every sentence's first word; an acronym is capitalised anywhere."""
    if len(run.tokens) != 1 or not run.initial or not free[0]:
        return []
    t = run.tokens[0]
    after = ctx.text[t.end:t.end + 2]
    if not _capital_acronym(ctx, t) or not (after[:1] == " " and after[1:].islower()):
        return []
    named = ctx.table.names.get(t.text)
    return [Span(0, 1, TYPES.index(named.type if named is not None else "organization"))]


def _repeated_surnames(prep: Prepared, claims: list[Claim], left: list[list[bool]]) -> list[Claim]:
    """Evidence beyond the sentence: once the article names "Pete Hegseth", a "Hegseth" the model
    left out (sentence-initial, or before a noun: "Korvik Polaroids") is that person again. (A
    one-word person found elsewhere is not: the model's type errors would spread, "Elsevier".)"""
    surnames = {c.words[-1] for c in claims if c.type == "person" and c.kind in (PERSON, KNOWN) and len(c.words) > 1}
    if not surnames:
        return []
    out = []
    for (run, _), free in zip(prep.runs, left, strict=True):
        for k, t in enumerate(run.tokens):
            if free[k] and not t.connector and t.text in surnames and t.low not in prep.ctx.lex.given_names \
                    and t.low not in prep.ctx.evidence.numbered:
                out.append(_kin_named(prep.ctx, run, free, k)
                           or Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,), initial=k == 0 and run.initial))
    return out


def _name_ends(prep: Prepared, claims: list[Claim], left: list[list[bool]]) -> list[Claim]:
    """"Kim | Jong Un", "Hassan Sheikh | Mohamud": a person the model cut short before the last one
    or two words of its run, words it left out that can only be a name's (no word the archive or
    the article writes in lower case, no title, demonym, known name or word ending like a plural),
    ends there."""
    ctx = prep.ctx
    ends = {c.end: c for c in claims if c.type == "person" and c.kind in (SINGLE, PERSON) and not c.label}
    if not ends:
        return claims
    grown: dict[int, Claim] = {}
    for (run, _), free in zip(prep.runs, left, strict=True):
        tokens = run.tokens
        k = next((k for k in range(max(0, len(tokens) - 3), len(tokens) - 1) if tokens[k].end in ends), None)
        if k is None or not all(free[k + 1:]):
            continue
        c = ends[tokens[k].end]
        if len(c.words) > 1 and _PATRONYMIC.search(c.words[-1]) and k + 2 == len(tokens):
            if not _family_word(tokens[k + 1]):
                continue  # "Gleb Sergeevich | Frank": a patronymic ends no name, whatever the next word is
        elif k + 2 == len(tokens) and (_repeated_given_pair(ctx, c, tokens[k + 1]) or _given_then_surname_s(ctx, c, tokens[k + 1])):
            pass
        elif not all(_name_end_word(ctx, t) for t in tokens[k + 1:]) or c.words[-1].endswith(".") \
                or len(c.words) > 1 and tokens[k + 1].low in ctx.lex.given_names:
            continue  # "Robert Kennedy Jr. | Maria Shriver": another name begins
        grown[id(c)] = Claim(c.start, tokens[-1].end, PERSON, "person", None,
                             words=c.words + tuple(t.text for t in tokens[k + 1:]), roles=c.roles, initial=c.initial)
        for j in range(k + 1, len(tokens)):
            free[j] = False
    return [grown.get(id(c), c) for c in claims] if grown else claims


# a Russian patronymic ends no name: the family name follows ("Gleb Sergeevich Frank")
_PATRONYMIC = re.compile(r"(?:[oe]vich|[oe]vna|ichna|yich)$")


def _repeated_given_pair(ctx: Context, c: Claim, t: Token) -> bool:
    """"Hal | Brands" written twice or more: a given name alone and the one capitalised word after
    it, which the article never writes in lower case and which is no title, is the family name
    even when the archive knows it as a common word. A word ending like a plural only after an
    honorific somewhere ("Dr. Hal Brands"), not "Hong Kongers"."""
    return len(c.words) == 1 and c.words[0].lower() in ctx.lex.given_names and _family_word(t) \
        and t.low not in ctx.evidence.lower and not _title_word(t.low, ctx.lex) \
        and ctx.text.count(f"{c.words[0]} {t.text}") >= 2 \
        and (not t.low.endswith("s") or _honoured(ctx, f"{c.words[0]} {t.text}"))  # "Hong Kongers": a group


def _given_then_surname_s(ctx: Context, c: Claim, t: Token) -> bool:
    """"Renée | Castellanos", "Yanelis | Fuentes": a one-word person (the model's, or a given name,
    accents aside) and, ending
    the run, one capitalised word ending in "s" (which reads like a plural, so _name_end_word
    refuses it) is the family name when the article also writes the word alone, never after "the"
    and never in lower case ("Castellanos said"): a group ("Hong Kongers") takes "the"."""
    if len(c.words) != 1 or not (c.kind == SINGLE or _unaccent(c.words[0].lower()) in ctx.lex.given_names) \
            or not _family_word(t) or not t.low.endswith("s") or t.low in ctx.evidence.lower or _title_word(t.low, ctx.lex):
        return False
    alone = re.findall(r"(\S+)\s+" + re.escape(t.text) + r"(?![\w’'-])", ctx.text)
    before = [w.lower() for w in alone]
    return "the" not in before and any(w != c.words[0].lower() for w in before)


def _unaccent(word: str) -> str:
    """"renée" -> "renee": the given-name list is written without accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _honoured(ctx: Context, pair: str) -> bool:
    """An honorific stands right before the pair somewhere in the article ("Dr. Hal Brands")."""
    return any(w.lower().rstrip(".") in ctx.lex.honorifics or w.lower() in ctx.lex.honorifics
               for w in re.findall(r"(\w+\.?) " + re.escape(pair) + r"\b", ctx.text))


def _family_word(t: Token) -> bool:
    return not t.connector and t.text[:1].isupper() and t.text[1:].replace("-", "").isalpha() and not t.text.isupper()


def _name_end_word(ctx: Context, t: Token) -> bool:
    lex = ctx.lex
    caps = word_caps().get(t.low, "")
    return not t.connector and t.text[:1].isupper() and t.text[1:].replace("-", "").isalpha() \
        and not t.text.isupper() and plain_word(t.text, t.low, lex) \
        and not _title_word(t.low, lex) and t.low not in ctx.evidence.lower \
        and caps[:1] not in ("L", "M") and ctx.table.names.get(t.text) is None and not is_demonym(t.low) \
        and not (t.low.endswith("s") and not t.low.endswith("ss"))  # "Hong | Kongers": maybe a group


def _lone_words(prep: Prepared, left: list[list[bool]]) -> Iterator[tuple[Run, Token]]:
    """Each run of one word that the model left out, with its word."""
    for (run, _), free in zip(prep.runs, left, strict=True):
        if len(run.tokens) == 1 and free[0]:
            yield run, run.tokens[0]


def _repeated_given(prep: Prepared, claims: list[Claim], left: list[list[bool]]) -> list[Claim]:
    """Evidence beyond the sentence: once the article names "Hunter Biden", a "Hunter" standing
    alone that the model left out (a given name that is also a common word) is that person again.
    Not a word the article also writes in lower case, nor at a sentence's start unless a comma follows ("Will he …?", but "Hunter, the president's
    son, …"), not a word the name tables know as a place or an organization ("Paris Hilton … in
    Paris"), nor one the article puts before a number."""
    ctx = prep.ctx
    lex = ctx.lex
    firsts = {c.words[0] for c in claims if c.type == "person" and c.kind in (PERSON, KNOWN) and len(c.words) > 1
              and not c.roles and plain_word(c.words[0], c.words[0].lower(), lex)
              and not _title_word(c.words[0].lower(), lex)}
    if not firsts:
        return []
    out = []
    for run, t in _lone_words(prep, left):
        if t.text not in firsts or t.low in ctx.evidence.numbered or t.low in ctx.evidence.lower \
                or ctx.table.names.get(t.text) is not None \
                or run.initial and not ctx.text.startswith(",", t.end):
            continue
        out.append(Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,), initial=run.initial))
    return out


# what only follows a person: "Musk, who leads …", "Miller, 45, pleaded …"
_PERSON_AFTER = re.compile(r", (?:who(?:se)?\b|\d{1,3},)")


def _described(prep: Prepared, left: list[list[bool]]) -> list[Claim]:
    """A capitalised word standing alone that the model left out, followed by what only follows a
    person (", who", an age between commas): that person. Not a word the article writes in lower
    case, a title, a stop word, a calendar word, a demonym, a word after "the" ("the Romans, who
    …"), nor a name the tables know as something else."""
    ctx = prep.ctx
    lex = ctx.lex
    out = []
    for run, t in _lone_words(prep, left):
        if not _PERSON_AFTER.match(ctx.text, t.end):
            continue
        if t.low in ctx.evidence.lower or not plain_word(t.text, t.low, lex) or is_title(t.low, lex) \
                or ctx.table.names.get(t.text) is not None or not t.text[1:].islower() \
                or ctx.text[max(0, t.start - 4):t.start].lower() == "the " or is_demonym(t.low):
            continue
        out.append(Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,), initial=run.initial))
    return out


def _joined_surnames(ctx: Context, claims: list[Claim], added: list[Claim]) -> list[Claim]:
    """"his two sons, Daniel Joseph Kinahan": a surname found again (_repeated_surnames) right
    after a person the model cut short, whose name opens with a given name, ends that person's
    name: one name, another member of the family."""
    if not added:
        return claims
    ends = {c.end: c for c in claims if c.type == "person" and c.kind in (PERSON, SINGLE) and not c.label
            and c.words and c.words[0].lower() in ctx.lex.given_names}
    out = list(claims)
    for a in added:
        c = ends.get(a.start - 1)
        if c is None or a.kind != SINGLE or ctx.text[c.end] != " ":
            out.append(a)
            continue
        out[out.index(c)] = Claim(c.start, a.end, PERSON, "person", None, words=c.words + a.words, roles=c.roles,
                                  initial=c.initial)
        del ends[a.start - 1]
    return out


def _kin_named(ctx: Context, run: Run, free: list[bool], k: int) -> Claim | None:
    """"his two sons, Daniel Joseph Kinahan and Christopher Kinahan": the surname ends a full name
    of its own, free words from a given name up to it, the model left out; that name is another
    person of the family, not the one named before."""
    tokens = run.tokens
    s = k
    while s > 0 and free[s - 1] and not tokens[s - 1].connector and plain_word(tokens[s - 1].text, tokens[s - 1].low, ctx.lex):
        s -= 1
    while s < k and tokens[s].low not in ctx.lex.given_names:
        s += 1
    if s == k or s > 0 and not tokens[s - 1].connector and title_before(tokens, s, ctx.lex) == s:
        return None
    words = tuple(t.text for t in tokens[s:k + 1])
    return Claim(tokens[s].start, tokens[k].end, PERSON, "person", None, words=words, initial=s == 0 and run.initial)


def _outside(claims: list[Claim], added: list[Claim]) -> list[Claim]:
    """The added claims that overlap none of the claims (misread.py may claim words the model
    left free: "… Minority Leader | Mitch McConnell"), nor an added claim kept before them: two
    cues may find the same word ("Raines, who …" is a surname found again and a word followed by
    ", who"), and a word is one mention."""
    if not added:
        return added
    spans = [(c.start, c.end) for c in claims]
    out: list[Claim] = []
    for a in added:
        if not any(s < a.end and a.start < e for s, e in spans):
            out.append(a)
            spans.append((a.start, a.end))
    return out


def _repeated_singles(prep: Prepared, claims: list[Claim], run_scores: list[Scores],
                      left: list[list[bool]]) -> list[Claim]:
    """Evidence beyond the sentence: a one-word person the model is sure of somewhere in the
    article ("Gorbachev also proposed …", scored STRONG or more) is that person again where the
    model left the same word out but leaned to it as a person within SURNAME_DOUBT ("between
    Gorbachev and the U.S."): one article does not change what a name is. Only a word the
    archive always capitalises (word_caps "C": the model's sure one-word "people" that are not,
    a TV show or a publisher, are words the archive never writes); not a given name (a first
    name may be several people's), nor a word the article writes in lower case."""
    person = TYPES.index("person")
    caps = word_caps()
    singles = {c.words[0] for c in claims if c.type == "person" and c.kind == SINGLE and len(c.words) == 1
               and caps.get(c.words[0].lower(), "")[:1] == "C"}
    if not singles:
        return []
    sure: set[str] = set()
    for (run, _), scores in zip(prep.runs, run_scores, strict=True):
        if any(t.text in singles for t in run.tokens):  # only runs that may hold one: scores are many
            sure.update(run.tokens[i].text for i, j, s in scores if j == i + 1 and s[person] >= STRONG)
    sure &= singles
    if not sure:
        return []
    out = []
    for (run, _), free, scores in zip(prep.runs, left, run_scores, strict=True):
        lean: dict[int, tuple[int, float]] | None = None
        for k, t in enumerate(run.tokens):
            if not free[k] or t.text not in sure or t.low in prep.ctx.lex.given_names \
                    or t.low in prep.ctx.evidence.lower:
                continue
            lean = _leanings(scores) if lean is None else lean
            if _leans(lean, k, person, SURNAME_DOUBT):
                out.append(Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,), initial=k == 0 and run.initial))
                free[k] = False
    return out


# words that address someone by name: "'Hey John, my name is Frank'", "Thank you, Maria."
_GREETINGS = frozenset(("hey", "hi", "hello", "dear"))
_ADDRESS = re.compile(r"(?:\b(?:[Hh]ey|[Hh]i|[Hh]ello|Dear)|\b(?:[Tt]hanks|[Tt]hank you),) \Z")


def _addressed(prep: Prepared, left: list[list[bool]]) -> list[Claim]:
    """"'Hey John, my name is Frank'": a known given name alone in its run, right after words that
    address someone ("Hey", "Dear", "Thank you,") and before a comma or a stop, that the model
    left out, is a person.
    Refuses a name the article writes in lower case ("Hey, will ...")."""
    out = []
    for (run, _), free in zip(prep.runs, left, strict=True):
        k = len(run.tokens) - 1  # "Hey John" may be one run, the greeting capitalised
        if k > 1 or not all(free) or k == 1 and run.tokens[0].low not in _GREETINGS:
            continue
        t = run.tokens[k]
        if t.low in prep.ctx.lex.given_names and t.low not in prep.ctx.evidence.lower \
                and _ADDRESS.search(prep.ctx.text, max(0, t.start - 12), t.start) \
                and prep.ctx.text[t.end:t.end + 1] in (",", "!", ".", "?"):
            out.append(Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,), initial=k == 0 and run.initial))
    return out


# "the Monti government", "the Assad regime": a leader's surname names the government they lead
_THE_RIGHT_BEFORE = re.compile(r"\b[Tt]he $")
_GOVERNMENT_AFTER = re.compile(r" (?:government|administration|cabinet|regime|presidency|premiership)\b")


def _governing(prep: Prepared, left: list[list[bool]]) -> list[Claim]:
    """"the Monti government": one capitalised word alone in its run that the model left out,
    between "the" and "government" (or "administration", "cabinet", "regime"), is the leader.
    Refuses acronyms ("the PA government"), places, organizations and demonyms the name table
    or the word lists know ("the Kenyan government"), and words the archive writes in lower
    case too ("the Interim government")."""
    out = []
    ctx = prep.ctx
    for (run, _), free in zip(prep.runs, left, strict=True):
        if len(run.tokens) != 1 or not all(free):
            continue
        t = run.tokens[0]
        if t.text.isupper() or not t.text.isalpha() or is_demonym(t.low) or t.text in ctx.table.names \
                or word_caps().get(t.low, "")[:1] in ("L", "M") or t.low in ctx.evidence.lower:
            continue
        if _THE_RIGHT_BEFORE.search(ctx.text, max(0, t.start - 4), t.start) and _GOVERNMENT_AFTER.match(ctx.text, t.end):
            out.append(Claim(t.start, t.end, SINGLE, "person", None, words=(t.text,)))
    return out


def _past_cut_title(text: str, start: int, end: int, lex: Lexicon) -> int:
    """"ECRETARY BLINKEN:": a label's first word that is a title with its first letter cut off
    (a transcript's typo) is that title, not the name's; the name starts after it."""
    first, _, rest = text[start:end].partition(" ")
    if rest and len(first) > 3 and any(t[1:] == first.lower() and t[:1].isalpha() for t in lex.titles):
        return start + len(first) + 1 + (len(rest) - len(rest.lstrip()))
    return start


def _label_claim(text: str, start: int, end: int, spelled: dict[str, str]) -> Claim:
    """A speaker label's name: "PRICE" reads as "Price" so it links to "Ned Price", and "MCKEON"
    as the article spells the name elsewhere ("McKeon", not "Mckeon"); `spelled` remembers each
    word's spelling for the article's other labels."""
    words = tuple(_spelled(text, w, spelled) if w.isupper() else w for w in text[start:end].split())
    kind = PERSON if len(words) > 1 else SINGLE
    return Claim(start, end, kind, "person", None, words=words, label=True)


@lru_cache(maxsize=1024)
def _whole_word_any_case(word: str) -> re.Pattern[str]:
    """The word standing alone, in any case (compiled once per word, not once per article)."""
    return re.compile(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", re.IGNORECASE)


def _spelled(text: str, word: str, spelled: dict[str, str]) -> str:
    """How the article writes a capitalised word when not in capitals ("McKeon", "DeSantis"); the
    word in title case when it never does."""
    found = spelled.get(word)
    if found is None:
        found = word.title()
        for m in _whole_word_any_case(word).finditer(text):
            form = m.group()
            if not form.isupper() and form[:1].isupper():
                found = form
                break
        spelled[word] = found
    return found


def _registered(ctx: Context, run: Run, free: list[bool], known: Known) -> list[Claim]:
    tokens = run.tokens
    if not known:
        return []
    words = [t.text for t in tokens]
    out = []
    for i, j, named in known:
        if not named.registered or not all(free[i:j]):
            continue
        for k in range(i, j):
            free[k] = False
        roles: tuple[str, ...] = ()
        k = title_before(tokens, i, ctx.lex)
        if named.type == "person" and k < i:
            roles = role_keys([t.low for t in tokens], k, i, ctx.lex)
        out.append(Claim(tokens[i].start, tokens[j - 1].end, KNOWN, named.type, named.id, True,
                         tuple(words[i:j]), roles, named.canonical))
    return out


def _model_claim(ctx: Context, run: Run, span: Span) -> Claim:
    tokens = run.tokens
    i, j, kind = span.i, span.j, TYPES[span.type]
    start, end = tokens[i].start, tokens[j - 1].end
    words = tuple(t.text for t in tokens[i:j])
    initial = i == 0 and run.initial
    named = ctx.table.names.get(ctx.text[start:end].replace("’", "'"))
    polity = _polity(ctx, run, span) or _place_before_department(ctx, run, span)
    if polity is not None:
        return polity
    if kind == "person" and j - i == 1 and named is not None and named.type == "place" \
            and (tokens[i].low not in ctx.lex.given_names or title_before(tokens, i, ctx.lex) == i):
        # a one-word gazetteer place ("Cleveland", "Israel", and "Paris", "Mérida" though given
        # names) stays a place unless a title stands before it ("Mr. Paris") or the article names
        # a person of that surname or given name (linking.py); countries never are people
        return Claim(start, end, KNOWN, "place", named.id, False, words, canonical=named.canonical)
    if kind != "place" and named is not None and named.type == "place" and (j - i == 1 or kind == "organization") \
            and (named.canonical in country_names() or kind == "organization"):
        # a country is a place, and a known place the model calls an organization ("North Korea",
        # "the Soviet Union") is that place; a national team is linking.py's call (sports reports)
        kind = "place"
    if kind != "organization" and named is not None and named.type == "organization" \
            and (j - i > 1 or _plain_organization(ctx, tokens, i)):
        # a known organization's full name is one, whatever the model's type: "Johnson & Johnson"
        # is no person, "The White House said …" no place; so is a one-word name that is no
        # surname and has no title before it ("Daesh", "Kremlin")
        kind = "organization"
    if kind == "person" and _town_before_state(ctx, tokens, i, j):
        return Claim(start, end, FOUND, "place", slugify(ctx.text[start:end]), words=words)
    if kind == "person":
        k = title_before(tokens, i, ctx.lex)
        roles = role_keys([t.low for t in tokens], k, i, ctx.lex) if k < i else ()
        if len(words) > 1 or roles:
            return Claim(start, end, PERSON, kind, None, words=words, roles=roles, initial=initial)
        return Claim(start, end, SINGLE, kind, None, words=words, initial=initial)
    if named is not None and named.type == kind:
        return Claim(start, end, KNOWN, kind, named.id, False, words, canonical=named.canonical)
    return Claim(start, end, FOUND, kind, slugify(ctx.text[start:end]), words=words)


def _plain_organization(ctx: Context, tokens: tuple[Token, ...], i: int) -> bool:
    """A one-word known organization the archive never writes as a surname or given name, with no
    title before it: the organization, whatever the model's type ("Daesh", not "President Ford")."""
    t = tokens[i]
    return not archive_surname(t.low) and t.low not in ctx.lex.given_names \
        and title_before(tokens, i, ctx.lex) == i


def _town_before_state(ctx: Context, tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """"Sapulpa, Oklahoma", "from Coffeyville, KS": one or two words, not opening with a given
    name (but for a dateline's capitals: "CHARLOTTE, N.C."), right before a comma and a US state
    (data/us_states.txt), name a town."""
    return j - i <= 2 and (tokens[i].low not in ctx.lex.given_names or _dateline_word(ctx, tokens[i])) \
        and title_before(tokens, i, ctx.lex) == i and state_after(ctx.text, tokens[j - 1].end) is not None


def _dateline_word(ctx: Context, t: Token) -> bool:
    """A word in capitals that opens a line: a dateline's town ("CHARLOTTE, N.C. (WKRX) —"), even
    when it is a given name too."""
    return t.text.isupper() and len(t.text) > 1 and (t.start == 0 or ctx.text[t.start - 1] == "\n")


def _polity(ctx: Context, run: Run, span: Span) -> Claim | None:
    """"State of Israel", "Republic of Korea": a polity word, "of", and a known place is that place
    (data/place_of_heads.txt marks the polity words), whatever type the model gave the span, and
    whether the model's span holds the polity word or the place alone (_widen_polities)."""
    tokens = run.tokens
    i, j = span.i, span.j
    if j - i < 3 or tokens[i].low not in ctx.lex.polity_heads or tokens[i + 1].low != "of":
        return None
    rest = i + 3 if tokens[i + 2].low == "the" and j - i > 3 else i + 2
    named = ctx.table.names.get(ctx.text[tokens[rest].start:tokens[j - 1].end])
    if named is None or named.type != "place":
        return None
    start, end = tokens[i].start, tokens[j - 1].end
    words = tuple(t.text for t in tokens[i:j])
    return Claim(start, end, KNOWN, "place", named.id, False, words, canonical=named.canonical)


@lru_cache(maxsize=1)
def _department_subjects() -> frozenset[str]:
    return frozenset(data_lines("department_subjects.txt"))


def _place_before_department(ctx: Context, run: Run, span: Span) -> Claim | None:
    """"a senior US Defense official": a known place, a department's subject (data/
    department_subjects.txt) and a lower-case noun after them is the place alone."""
    tokens = run.tokens
    i, j = span.i, span.j
    if TYPES[span.type] != "organization" or j - i != 2 or tokens[i + 1].low not in _department_subjects():
        return None
    after = ctx.text[tokens[j - 1].end:tokens[j - 1].end + 2]
    named = ctx.table.names.get(tokens[i].text)
    if j != len(tokens) or not (after[:1] == " " and after[1:].islower()) or named is None or named.type != "place":
        return None
    t = tokens[i]
    return Claim(t.start, t.end, KNOWN, "place", named.id, False, (t.text,), canonical=named.canonical)


def _roles(text: str, run: Run, free: list[bool], spans: list[Span], lex: Lexicon) -> list[Claim]:
    """A title with no name after it, preceded by "the": a bare role ("the Prime Minister")."""
    tokens = run.tokens
    left = list(free)
    starts = set()
    for s in spans:
        starts.add(s.i)
        for k in range(s.i, s.j):
            left[k] = False
    if not any(left):
        return []
    lows = [t.low for t in tokens]
    out = []
    for ti, tj in title_phrases(lows, [t.connector for t in tokens], left, lex):
        start = tokens[ti].start
        if tj in starts or text[max(0, start - 4):start] not in ("the ", "The "):
            continue
        keys = role_keys(lows, ti, tj, lex)
        out.append(Claim(start, tokens[tj - 1].end, ROLE, "person", None, roles=keys[:1]))
    return out
