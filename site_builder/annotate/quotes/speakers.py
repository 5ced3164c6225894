"""Speaker resolution: from the phrase a cue rests on to a display name and entity id.

Finds:

* names: the entity mention inside the phrase (its canonical id and full name);
  with no mention, the bare name minus titles ("Spokesman John Ullyot" → "John Ullyot");
* pronouns: he/she → the right earlier person (gender from given names,
  honorifics and gendered nouns; the previous quote's speaker when it is still the
  topic, else the most recent compatible person - or the subject of that person's
  sentence over its object); they/it → the latest organization; "I" in a transcript
  turn ("Rebecca: … I said, “…”") → the turn's named speaker (role labels such as
  QUESTION: and one-off labels stay unresolved); a lede's he/she that no earlier person
  fits ("“Why now?” she asked. Senator Amy Klobuchar …") → the person opening the next
  sentence; a name the entity detector missed opening a sentence just before ("Rathbun
  asked …. He described …"); they/it → the named body opening the pronoun's own sentence
  ("Republicans blocked the bill, which they described as “…”"), else the company or
  unnamed body opening the sentence before;
* joint names: "Google and Apple said" → written together, no single entity;
* definite nominals: "the official" → its earlier indefinite antecedent ("A senior
  US Defense official", kept as an anonymous descriptor); "the statement" → the
  earlier statement/readout and whoever issued it ("Netanyahu’s office",
  "Department of Defense readout"); "the company" → the latest organization;
* indefinite nominals and possessives: kept as descriptors ("a senior US Defense
  official"; "Netanyahu’s office" with the possessor's id); "her son said" → the son the
  article named ("Her son, Peter Marsh,"); "“…,” the guard said" / "the 45-year-old" with no
  earlier antecedent → the person opening the sentence before;
* newspaper name forms: a paternal surname ("Mr. Benítez" → "Antonio Benítez Lara"), a quoted
  nickname left out ("Terrell “Tank” Bowman" → "Terrell Bowman"), a company's short name
  ("Harlow" → "Harlow Foods"), a document as written ("The complaint says", not whoever is named
  near the lawsuit), an organization noun with an apposed name ("the restaurant, the Copper
  Spur,") or with modifiers of its own ("the regional water authority", as written);
* entity slips guarded against: a "person" ending in an institution word ("Lincoln Elementary"),
  a person after "moved to"/"born" (a place, a birth name), a bare surname linked to a family
  member of the other gender, a birth name that is the obituary's subject.

Refuses: antecedents inside quotations, and anything beyond a few paragraphs back;
an unresolved pronoun or nominal stays a descriptor with no entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from site_builder.annotate.quotes.cues import has_break, sentence_subject
from site_builder.annotate.quotes.fullnames import expand_acronym, is_acronym
from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase, phrase_after, phrase_before
from site_builder.annotate.quotes.sentences import sentence_starts
from site_builder.lexicon import data_lines
from site_builder.model.spans import EntityRef, Mention, Turn

_DEFINITE = frozenset("the this that these those".split())
_POSSESSIVE_DETS = frozenset("his her their".split())  # "her son said": the son the article named
_LOOKBACK = 3000
_SUBORDINATORS = frozenset("when while as after before because since although though if once until".split())
_THERE_RE = re.compile(r"There\s+(?:was|were|is|are)\s+")
_GROUPS = frozenset("staff people police government team family crowd council committee".split())
_CUT_RE = re.compile(r"[’'-][A-Z][\w’'-]*")  # the rest of a name the mention stopped short of
_SENT_END_RE = re.compile(r"[.!?][”\"’')]*\s")
_POSS_ORG_RE_CACHE: list[re.Pattern[str]] = []
# a speech noun and its author: "comments by National Security Advisor Jake Sullivan"
_WORDS_BY_RE = re.compile(r"\b(?:comments?|remarks?|words|testimony|speech|statement|interview|letter|post|tweet)\s+(?:by|from)\s+(?:[A-Z][\w.]*\s+){0,4}\Z")
# words of an office's name that never belong to a person's name ("… Eurasian Affairs Robin Dunnigan")
_OFFICE_WORDS = frozenset(
    "affairs economics nations security relations development policy operations department ministry council "
    "committee agency bureau office embassy commission programme program organization union".split()
)
_PLACE_PREP_RE = re.compile(r"\b(?:in|on|at|from|to|near|of|into|across|outside|inside|around|through|along|off)\s+(?:the\s+)?\Z", re.I)
# the last word of a street, county or town's name: never a person's ("Kelly Street", "Jackson Heights")
_PLACE_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd lane drive square county city town beach island heights valley springs "
    "falls hills creek river lake bay harbor port village township parish mountain".split()
)
# between a name and a role that describes it: "Jane Roe, the lawyer", "named Sam Poe its chief executive"
_NAMED_AS_RE = re.compile(r"(?:,\s+(?:a|an|the)|\s+(?:as\s+)?(?:its|their|the)|\s+as)\s+(?:[\w-]+\s+){0,3}")
_NAME_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jr|Sr)\b)[A-Z][a-z][\w’'-]*"
)
_REST_RE = re.compile(rf" ({_NAME_WORD}(?: {_NAME_WORD})?)")
_REST_BEFORE_COMMA_RE = re.compile(rf" ({_NAME_WORD}(?: {_NAME_WORD})?)(?=[,;:]|\.\s)")
_COMPANY_WORDS = ("Foods", "Inc", "Corp", "Co.", "Company", "Bank", "Airlines", "Motors", "Industries", "Holdings", "Technologies", "Pharmaceuticals")
_COMPANY_RE = re.compile(r"(?<= )(Foods|Inc\.?|Corp\.?|Co\.|Company|Bank|Airlines|Motors|Industries|Holdings|Technologies|Pharmaceuticals)(?![\w-])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w&’'-])([A-Z][\w&’'-]*) \Z")
_WAS_BORN_RE = re.compile(r",?\s+(?:was|were)\s+born\b")
_LOCATIVE_RE = re.compile(r"\b(?:born|(?:moved|returned|went|came|back|relocated|traveled|travelled)\s+to|in|near|outside|throughout|across)\s+(?:the\s+)?\Z")
_APPOSED_NAME_RE = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*)(?:\s+(?:[A-Z][\w’'&.-]*|of|&|and)){0,4}),")
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|this|that)\s+\Z", re.I)
_AFTER_QUOTE_RE = re.compile(r"[”\"’']\s*(?:said\s+|says\s+|added\s+)?\Z")
_NICKNAME_RE = re.compile(r" [“\"‘'][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[”\"’'] ([A-Z][\w’'-]+)\b")
_ROLE_OPENING_RE = re.compile(r"\s*(?:[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,4}?\s+([a-z][\w-]*),\s*")
# between a role and the name in apposition to it: ", " or "for the agency, " ("a spokeswoman for the agency, Linda Carver")
_ROLE_PP_RE = re.compile(r"(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,3})?,\s+")


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    """"Jr", "III": words closing a name that are not its surname (data/name_suffixes.txt)."""
    return frozenset(w for line in data_lines(DATA_DIR / "name_suffixes.txt") for w in line.split())


@dataclass(frozen=True, slots=True)
class _TitleRes:
    """Patterns built from the title lists in data/ (dotted_titles, gendered_titles, joint_titles)."""

    abbrev_end: re.Pattern[str]  # "… between Mr." : a text ending at a dotted title or an initial
    gendered: str  # "(Mr|Mrs|…|[Ss]pokeswoman)": a gendered title, group 1
    joint_gap: re.Pattern[str]  # ", and Mr. ": what may stand between joint speakers' names


@lru_cache(maxsize=1)
def _title_res() -> _TitleRes:
    def words(name: str) -> list[str]:
        return [w for line in data_lines(DATA_DIR / name) for w in line.split()]

    dotted = "|".join(map(re.escape, words("dotted_titles.txt")))
    gendered = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if w[0].islower() else re.escape(w) for w in words("gendered_titles.txt"))
    joint = "|".join(map(re.escape, data_lines(DATA_DIR / "joint_titles.txt")))  # one title a line: "Prime Minister"
    return _TitleRes(
        re.compile(r"(?:^|\s)(?:" + dotted + r"|[A-Z])\.\Z"),
        "(" + gendered + ")",
        re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:" + joint + r")\.?\s+)?"),
    )


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    entity: str | None
    start: int | None
    end: int | None
    type: str | None = None  # person / organization / place when known


def _poss_org_re() -> re.Pattern[str]:
    if not _POSS_ORG_RE_CACHE:
        nouns = "|".join(sorted(map(re.escape, lexicon().org_nouns), key=len, reverse=True))
        _POSS_ORG_RE_CACHE.append(re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’))\s+(?:" + nouns + r")\b"))
    return _POSS_ORG_RE_CACHE[0]


@dataclass
class Resolver:
    text: str
    mentions: tuple[Mention, ...]
    entities: dict[str, EntityRef]
    quote_spans: list[tuple[int, int]]
    para_starts: list[int]
    _starts: list[int] = field(default_factory=list)
    _gender: dict[str, str | None] = field(default_factory=dict)
    _spelt: dict[str, str] = field(default_factory=dict)  # acronym → the article's expansion
    _display: dict[str, str] = field(default_factory=dict)  # entity → the company name the article writes
    _companies: dict[str, str] | None = None  # "Harlow" → "Harlow Foods", as the article writes them
    last: Speaker | None = None  # speaker of the previous quote
    last_quote_end: int = -1
    turns: tuple[Turn, ...] = ()  # transcript turns, in reading order

    def __post_init__(self) -> None:
        self.mentions = tuple(sorted((self.person_named(m) for m in self.mentions), key=lambda m: (m.start, m.end)))
        self._starts = [m.start for m in self.mentions]
        self._qstarts = [q[0] for q in self.quote_spans]

    def person_named(self, m: Mention) -> Mention:
        """"Linda Park has lived here …" typed as a place: a name of two or three words opening with
        a given name and not after a preposition of place is read as a person's here. A "person"
        whose last word names an institution or a place ("Lincoln Elementary") is not one."""
        words = m.text.split()
        last = words[-1].lower().rstrip(".,") if words else ""
        if m.type == "person" and len(words) > 1 and (last in _word_list("institution_words.txt") or last in _PLACE_WORDS):
            return replace(m, type="organization")  # "Lincoln Elementary", "Kelly Street" typed as a person
        company = self.company_form(m) if m.type == "person" and len(words) == 1 else None
        if company is not None:
            self._display.setdefault(m.entity, company)
            return replace(m, type="organization")  # "Harlow said" after "Shares of Harlow Foods fell"
        if m.type != "place" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return m
        L = lexicon()
        first = words[0].lower()
        if first not in L.female_names and first not in L.male_names or words[-1].lower().rstrip(".") in _PLACE_WORDS:
            return m
        if _PLACE_PREP_RE.search(self.text, max(0, m.start - 12), m.start):
            return m
        return replace(m, type="person")

    # ---- helpers -------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._qstarts, pos) - 1
        return k >= 0 and self.quote_spans[k][0] <= pos < self.quote_spans[k][1]

    def para_start(self, pos: int) -> int:
        return self.para_starts[max(0, bisect.bisect_right(self.para_starts, pos) - 1)]

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        k = bisect.bisect_left(self._starts, lo)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < hi:
            if self.mentions[k].end <= hi:
                out.append(self.mentions[k])
            k += 1
        return out

    def mentioned(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self._starts, hi) - 1
        return k >= 0 and any(m.end > lo for m in self.mentions[max(0, k - 3) : k + 1])

    def mentions_before(self, pos: int, lookback: int = _LOOKBACK) -> Iterator[Mention]:
        k = bisect.bisect_left(self._starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= pos - lookback:
            m = self.mentions[k]
            if m.end <= pos and not self.in_quote(m.start):
                yield m
            k -= 1

    def name_of(self, m: Mention) -> str:
        if m.entity in self._display:
            return self._display[m.entity]
        ref = self.entities.get(m.entity)
        return ref.name if ref else m.text

    def company_form(self, m: Mention) -> str | None:
        """"Harlow Foods" for a one-word "person" mention "Harlow" (no honorific before it, no given
        name) when the article writes the word with a company word after it; else None."""
        if self._companies is None:  # one scan of the article finds every "Word Foods"
            self._companies = {}
            if any(w in self.text for w in _COMPANY_WORDS):
                for found in _COMPANY_RE.finditer(self.text):
                    before = _WORD_BEFORE_RE.search(self.text, max(0, found.start() - 40), found.start())
                    if before is not None:
                        self._companies.setdefault(before.group(1), f"{before.group(1)} {found.group(1)}")
        word = m.text.strip()
        if word not in self._companies or word.lower() in lexicon().female_names or word.lower() in lexicon().male_names:
            return None
        if _title_res().abbrev_end.search(self.text, max(0, m.start - 6), m.start - 1 if m.start else 0):
            return None  # "Mr. Harlow"
        return self._companies[word]

    def from_mention(self, m: Mention, start: int | None = None, end: int | None = None) -> Speaker:
        s, e = (m.start if start is None else start), (m.end if end is None else end)
        fuller = self.fuller(m) if m.type == "person" else None
        if fuller is not None:
            return Speaker(self.full_name(fuller), fuller.entity, s, e, "person")
        return Speaker(self.full_name(m), m.entity, s, e, m.type)

    def fuller(self, m: Mention) -> Mention | None:
        """A one-word person name ("Vitaliy", "Sizov") whose full form the article gave shortly
        before ("Vitaliy Sizov"): the convention's speaker is the fullest name."""
        name = self.name_of(m)
        if " " in name or not name[:1].isupper():
            return None
        for other in self.mentions_before(m.start, 20000):
            words = [w for w in self.name_of(other).split() if w.rstrip(".,") not in _suffixes()]  # "Joseph R. Biden Jr."
            if other.type == "person" and len(words) > 1 and name in (words[0], words[-1], *_paternal(words)):
                return other
        return None

    def full_name(self, m: Mention) -> str:
        """The mention's entity name, mended when the mention stops inside a word at an
        apostrophe or hyphen ("Ana Ruiz-O" in "Ana Ruiz-O'Brien")."""
        name = self.name_of(m)
        if m.type == "person":
            name = _after_title_words(name)
            nick = _NICKNAME_RE.match(self.text, m.end)
            if nick is not None and name == m.text and " " not in name:
                return f"{name} {nick.group(1)}"  # "Terrell “Tank” Bowman": the name without the nickname
            rest = _REST_BEFORE_COMMA_RE.match(self.text, m.end)
            if rest is not None and name == m.text and not any(w.lower() in lexicon().stop_words for w in rest.group(1).split()):
                return f"{name} {rest.group(1)}"  # "Keisha Lance Bottoms, a former mayor" with a mention "Keisha"
        elif is_acronym(m.text) and name not in self.text:
            # "the IDF, the Israeli Defense Forces,": the article's own spelling, not the entity's
            spelt = self.spelt_out(m.text)
            name = spelt if spelt != m.text else name
        cut = _CUT_RE.match(self.text, m.end)
        if cut is None or not name.endswith(m.text.split()[-1]):
            return name
        return name + cut.group()

    def spelt_out(self, name: str) -> str:
        """`name` spelt out when it is an acronym the article expands (fullnames.py); the article
        is scanned once per acronym, however many quotes it speaks."""
        if not is_acronym(name):
            return name
        if name not in self._spelt:
            self._spelt[name] = expand_acronym(self.text, name)
        return self._spelt[name]

    def gender(self, m: Mention) -> str | None:
        return self.gender_of(m.entity, self.name_of(m))

    def gender_of(self, entity: str, name: str) -> str | None:
        if entity in self._gender:
            return self._gender[entity]
        L = lexicon()
        g = None
        words = [w for w in re.findall(r"[\w.]+", name) if w.lower() not in L.titles]
        if words:
            first = words[0].lower()
            if first in L.female_names:
                g = "female"
            elif first in L.male_names:
                g = "male"
            if g is None:
                surname = re.escape(words[-1])
                for hm in re.finditer(r"\b" + _title_res().gendered + r"\.?\s+(?:[A-Z][\w.-]*\s+){0,2}" + surname + r"\b", self.text):
                    g = L.gender_words.get(hm.group(1).lower())
                    if g:
                        break
        self._gender[entity] = g
        return g

    def is_subject(self, m: Mention) -> bool:
        """The mention opens its sentence (after titles only): "President Smith met …"."""
        lo = max(self.para_start(m.start), m.start - 80)
        window = self.text[lo : m.start]
        dot = window.rfind(". ")
        while dot > 0 and _title_res().abbrev_end.search(window, 0, dot + 1):
            dot = window.rfind(". ", 0, dot)  # "between Mr. Biden and Mr. Xi": no sentence ends at "Mr."
        cut = max(dot, window.rfind("\n"), window.rfind(": "), window.rfind("” "))
        before = window[cut + 1 :] if cut >= 0 else (window if lo == self.para_start(m.start) else None)
        if before is not None and all(w[:1].isupper() or _role_word(w) for w in before.split()):
            return True
        if before is not None and self.role_apposition(before):
            return True  # "Her opponent, Tom Briggs, disagreed"
        # "…, 1989, when Secretary Baker was hosting …": the subject of a fronted clause
        words = (before if before is not None else window).split()
        while words and words[-1][:1].isupper():
            words.pop()
        return bool(words) and words[-1] in _SUBORDINATORS and (len(words) == 1 or words[-2].endswith(","))

    @staticmethod
    def role_apposition(before: str) -> bool:
        """`before` is a sentence-opening role and its comma ("Her opponent, ", "The company’s
        lawyer, "): the name after it is the sentence's subject."""
        m = _ROLE_OPENING_RE.fullmatch(before)
        return m is not None and lexicon().noun_class(m.group(1)) == "person"

    def apposed(self, m: Mention) -> bool:
        """The name closes an apposition ("a spokeswoman for the agency, Linda Carver, said" / "…
        Linda Carver."), rather than opening a clause of its own ("the editor of his newspaper,
        Madeleine said that …")."""
        return re.match(r"\s*(?:[,.;:)”\"]|$)", self.text[m.end : m.end + 3]) is not None

    # ---- resolution ----------------------------------------------------
    def resolve(self, p: Phrase) -> Speaker | None:
        if p.kind == "pronoun":
            return self.pronoun(p)
        if p.kind == "name":
            return self.title_only(p) or self.name(p)
        return self.nominal(p)

    def title_only(self, p: Phrase) -> Speaker | None:
        """"The Secretary said", "Secretary of State said": a title with no name is whoever the
        article named with it before ("Secretary of State Antony J. Blinken"); None when it names
        nobody, or when the phrase holds a name."""
        L = lexicon()
        words = [w.lower().rstrip(".,") for w in self.text[p.start : p.end].split()]
        if not words or not all(w in L.titles or w in ("of", "the", "for") for w in words):
            return None
        heads = [w for w in words if L.noun_class(w) == "person"]
        if not heads:
            return None
        syn = _person_synonyms(L.person_nouns.get(heads[0]))
        found = self.antecedent(Phrase(p.start, p.end, "nominal", heads[0]), syn, "person")
        return found if found is not None and found.entity is not None else None

    def name(self, p: Phrase) -> Speaker:
        titles = lexicon().titles
        ms = [m for m in self.mentions_in(p.start, p.end) if self.name_of(m).lower() not in titles]  # not "Secretary" alone
        ms = [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end for o in ms)]  # not "Quincy" in "Jim Daley of Quincy"
        joint = self.joint(ms, p)
        if joint is not None:
            return joint
        for kind in ("person", "organization", None):
            for m in reversed(ms):
                if kind is None or m.type == kind:
                    return self.rest_of_name(self.from_mention(m), m, p)
        L = lexicon()
        words = self.text[p.start : p.end].split()
        k = 0
        if not any(w.lower().rstrip(".") in L.titles or L.noun_class(w) == "person" for w in words):
            # no title or role in it: an organization's own name ("Centers for Disease Control and Prevention")
            return self.known_surname(words, p, p.start)
        for i, w in enumerate(words[:-1]):
            lw = w.lower()
            if lw.rstrip(".") in L.titles or lw in L.titles or lw in ("of", "for") or lw in L.org_nouns:
                k = i + 1
        if len(words) - k > 3:
            k = len(words) - 2  # "… International Security Bonnie Jenkins" → "Bonnie Jenkins"
        if k >= len(words):
            k = len(words) - 1  # "Secretary" alone: keep it
        start = p.start + self.text[p.start : p.end].find(words[k]) if k else p.start
        return self.known_surname(words[k:], p, start)

    def joint(self, ms: list[Mention], p: Phrase) -> Speaker | None:
        """"Google and Apple said", "Mr. Biden and Mr. Xi said": joint speakers, written together as
        the article has them (no single entity); None unless the phrase is two or three such
        names joined by "and" or commas."""
        if not 2 <= len(ms) <= 3 or any(m.type not in ("person", "organization") for m in ms):
            return None
        gaps = [self.text[a.end : b.start] for a, b in zip(ms, ms[1:], strict=False)]
        if not all(_title_res().joint_gap.fullmatch(g) for g in gaps):
            return None
        if " and " not in self.text[ms[0].end : ms[-1].start]:
            return None
        lo = p.start if self.text[p.start : ms[0].start].strip() and self.text[p.start : ms[0].start].split()[0][:1].isupper() else ms[0].start
        return Speaker(self.text[lo : ms[-1].end], None, p.start, p.end, ms[0].type)

    def rest_of_name(self, sp: Speaker, m: Mention, p: Phrase) -> Speaker:
        """The name's last word the mention stopped short of, when the phrase goes on with it:
        "asked Representative Marjorie Taylor Greene" with a mention "Marjorie Taylor"."""
        rest = _REST_RE.fullmatch(self.text, m.end, p.end)
        stop = lexicon().stop_words
        if m.type != "person" or rest is None or sp.name != m.text or any(w.lower() in stop for w in rest.group(1).split()):
            return sp
        return Speaker(f"{sp.name} {rest.group(1)}", sp.entity, sp.start, sp.end, sp.type)

    def known_surname(self, words: list[str], p: Phrase, start: int) -> Speaker:
        """A bare surname mentioned in full earlier reuses that mention's entity; else the words as written."""
        name = " ".join(words)
        last = words[-1]
        for m in self.mentions_before(p.start, 20000):
            full = [w for w in self.name_of(m).split() if w.rstrip(".,") not in _suffixes()]
            if m.type == "person" and last in (full[-1:] + full[:1] + _paternal(full) if len(words) == 1 else full[-1:]):
                return Speaker(self.name_of(m), m.entity, start, p.end, m.type)
        org = self.org_named(words, p.start)
        if org is not None:
            return Speaker(self.name_of(org), org.entity, start, p.end, org.type)
        if len(words) == 1 and name[:1].isupper():
            name = self.written_in_full(name, p.start)
        return Speaker(name, None, start, p.end, None)

    def org_named(self, words: list[str], pos: int) -> Mention | None:
        """"Harlow said" after "Harlow Foods": an organization the article named in full, whose
        name opens with these words."""
        for m in self.mentions_before(pos, 20000):
            full = self.name_of(m).split()
            if m.type == "organization" and len(full) > len(words) and full[: len(words)] == words:
                return m
        return None

    def written_in_full(self, word: str, pos: int) -> str:
        """"… comes from Vitaliy Sizov from UATV. Vitaliy asks: “…”": a lone first name the
        paragraph (or the one before) wrote in full just before, when no mention covers it."""
        lo = self.para_start(max(0, self.para_start(pos) - 2))
        hits = list(re.finditer(r"\b" + re.escape(word) + r"\s+([A-Z][\w’'-]+)\b", self.text[lo:pos]))
        found = hits[-1] if hits else None
        if found is None or found.group(1).lower() in lexicon().stop_words or self.in_quote(lo + found.start()):
            return word
        return f"{word} {found.group(1)}"

    def pronoun(self, p: Phrase) -> Speaker | None:
        """he/she → an earlier person; I/you → a transcript turn's speaker / the one addressed;
        they/it → the latest organization. Unresolved: None, never the pronoun itself."""
        kind = lexicon().pronouns.get(p.head)
        if kind in ("male", "female"):
            return self.gendered(p, kind)
        if p.head == "i":
            return self.turn_speaker(p)
        if p.head == "you":
            return self.addressed(p)
        if kind == "plural":
            desc, _ = self.subject_descriptor(p.start, kind, p.head)
            if desc is not None:
                return self.nominal(desc)  # "My staff did not let me. They said it would be “…”"
        if kind in ("plural", "neuter"):
            actor = self.own_subject(p)
            if actor is not None:
                return actor  # "Republicans blocked the bill, which they described as “…”"
        if kind == "neuter":
            actor = self.subject_name(p.start) or self.document_before(p)
            if actor is not None:
                return actor  # "North Korea has issued a warning. It said …" / "in this document … It says"
        if kind in ("plural", "neuter"):
            for m in self.mentions_before(p.start, 1500):
                if m.type == "organization":
                    return self.from_mention(m, p.start, p.end)
        return None

    def own_subject(self, p: Phrase) -> Speaker | None:
        """The named organization, country or group opening the pronoun's own sentence: "Moscow may
        … surge what they describe as “…”"; the first such name in the subject ("Republicans in
        the Senate"). None when the subject is no such name or the pronoun opens the sentence."""
        ps = self.para_start(p.start)
        starts = sentence_starts(self.text, ps, p.start + 1, self.quote_spans)
        lo = starts[-1] if starts else ps
        ms = [m for m in self.mentions_in(lo, p.start) if not self.in_quote(m.start)]
        if not ms or ms[0].type not in ("organization", "place") or not self.is_subject(ms[0]):
            return None
        verb = re.match(r"\s+(?:in|of|at|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|", self.text[ms[0].end :])
        nxt = re.match(r"\s+([a-z]+)\b", self.text[ms[0].end + (verb.end() if verb else 0) :])
        if nxt is None or nxt.group(1) in ("and", "or", "nor", "of"):
            return None  # the name must be the subject of a verb: "Moscow may bring", not "Moscow and"
        m = ms[0]
        if " " not in m.text and m.text.endswith("s") and p.head == "they":
            return Speaker(m.text, m.entity, p.start, p.end, m.type)  # "Republicans", as the article has it
        return self.from_mention(m, p.start, p.end)

    def document_before(self, p: Phrase) -> Speaker | None:
        """"You talk about … in this document … It says that you have “…”": "it" is the document
        named earlier in the paragraph, when no organization is named after it."""
        ps = self.para_start(p.start)
        hits = [h for h in _noun_re(lexicon().statement_nouns).finditer(self.text, ps, p.start) if not self.in_quote(h.start())]
        if not hits:
            return None
        h = hits[-1]
        if any(m.type == "organization" for m in self.mentions_in(h.end(), p.start)):
            return None
        det = re.search(r"\b(this|that|the|its|his|her|their)\s+\Z", self.text[max(ps, h.start() - 8) : h.start()])
        if det is None:
            return None
        return Speaker(f"{det.group(1)} {h.group().lower()}", None, p.start, p.end)

    def gendered(self, p: Phrase, kind: str) -> Speaker | None:
        recent = self.recent_person(p.start, kind)
        desc, chained = self.subject_descriptor(p.start, kind, p.head)
        nearer = recent is None or desc is not None and (
            desc.start > recent.start or chained or recent.end <= desc.end
            # "One resident, who …, said she was worried about children walking to Lincoln
            # Elementary": the subject of the sentence holding the person beats that person
            or not has_break(self.text[desc.end : recent.start]) and not self.is_subject(recent)
        )
        if desc is not None and nearer and desc.start > self.last_quote_end:
            return self.nominal(desc)  # "The editor shot her down. “…,” he said"
        unnamed = self.unmentioned_subject(p.start, kind)
        if unnamed is not None and (recent is None or recent.start < unnamed.start or not self.is_subject(recent)) and unnamed.start > self.last_quote_end:
            return replace(self.name(unnamed), start=p.start, end=p.end)  # "Rathbun asked …. He described …"
        last = self.last
        if last is not None and self.last_goes_on(p.start, kind, recent):
            return Speaker(last.name, last.entity, p.start, p.end, "person")
        if recent is not None:
            return self.from_mention(recent, p.start, p.end)
        return self.cataphor(p, kind)

    def unmentioned_subject(self, pos: int, kind: str) -> Phrase | None:
        """A name the entity detector missed, opening one of the two sentences before `pos` in its
        paragraph as the subject of a verb ("Rathbun requested donations …. He described …"):
        capitalised words only, no organization word, no mention over it, gender not against."""
        ps = self.para_start(pos)
        starts = sentence_starts(self.text, ps, pos + 1, self.quote_spans)
        L = lexicon()
        for lo in reversed(starts[-3:-1] if len(starts) > 1 else []):
            subj = sentence_subject(self.text, lo, pos)
            if subj is None or subj.kind != "name" or self.in_quote(subj.start) or self.mentioned(subj.start, subj.end):
                continue
            words = self.text[subj.start : subj.end].split()
            if len(words) > 3 or any(L.noun_class(w) is not None or w.lower() in L.stop_words for w in words):
                continue
            if not re.search(r"[a-z,]\s+" + re.escape(words[-1]) + r"\b", self.text):
                continue  # a name is capitalised mid-sentence too ("help Montalvo"); "Thank you …", "Few …" are not
            if self.gender_of("?" + " ".join(words), " ".join(words)) in (None, kind):
                return subj
        return None

    def cataphor(self, p: Phrase, kind: str) -> Speaker | None:
        """"“Why now?” she asked. Senator Amy Klobuchar, a Democrat of Minnesota, …": a he/she right
        after a quote opening its paragraph, that no earlier person fits, names the person opening
        the next sentence (in this paragraph or the next) when that person's gender fits; None
        when the next sentence opens otherwise."""
        ps = self.para_start(p.start)
        k = bisect.bisect_right(self._qstarts, p.start) - 1
        after_quote = k >= 0 and self.quote_spans[k][0] == ps and 0 <= p.start - self.quote_spans[k][1] < 40
        nxt = k + 1 if k + 1 < len(self.quote_spans) and 0 <= self.quote_spans[k + 1][0] - p.end < 40 else None
        quote_before = k >= 0 and self.quote_spans[k][1] > ps  # a quote earlier in this paragraph
        opening = nxt is not None and not quote_before and not has_break(self.text[ps : p.start])
        if not after_quote and not opening:
            return None  # only right after a quote opening its paragraph, or before one in its first sentence
        frm = self.quote_spans[nxt][1] - 2 if opening and nxt is not None else p.end  # "she said: “We’ll see.” Ms. …"
        end = _SENT_END_RE.search(self.text, frm, frm + 160)
        if end is None or self.in_quote(p.end):
            return None
        lo = end.end()
        while lo < len(self.text) and self.text[lo].isspace():
            lo += 1
        if self.para_start(lo) not in (self.para_start(p.start), self._next_para(p.start)) or self.in_quote(lo):
            return None
        persons = [m for m in self.mentions_in(lo, lo + 120) if m.type == "person"]
        if not persons or has_break(self.text[lo : persons[0].start]) or self.para_start(persons[0].start) != self.para_start(lo):
            return None
        if self.gender(persons[0]) not in (None, kind) or not self.is_subject(persons[0]):
            return None
        return self.from_mention(persons[0], p.start, p.end)

    def _next_para(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.para_starts, pos)
        return self.para_starts[k] if k < len(self.para_starts) else None

    def subject_descriptor(self, pos: int, kind: str, word: str = "") -> tuple[Phrase | None, bool]:
        """The nearest speaker noun phrase opening a sentence of this paragraph before `pos` (this
        sentence or the two before it): "A mother who escaped …", "The editor …", "My staff …",
        "There was a woman …". Sentences that open with the same pronoun (`word`) carry the chain
        further back ("There was a woman. She was … She handed me … she said"); the flag tells
        whether the phrase was reached through such a chain.
        For he/she a person noun of that gender or none; for they a plural or group noun."""
        ps = self.para_start(pos)
        starts = sentence_starts(self.text, ps, pos + 1, self.quote_spans)
        chained, misses = False, 0
        for lo in reversed(starts[-12:]):
            s = self.sentence_speaker(lo, pos)
            if s is not None and self.fits(s, kind):
                return s, chained
            if word and lo < pos and self.opens_with(lo, word):
                chained = True
                continue
            misses += 1
            if misses >= 3:
                break
        return None, False

    def subject_name(self, pos: int) -> Speaker | None:
        """The named country or organization opening the sentence before `pos` (for "it")."""
        ps = self.para_start(pos)
        starts = sentence_starts(self.text, ps, pos + 1, self.quote_spans)
        if len(starts) < 2:
            return None
        s = sentence_subject(self.text, starts[-2], starts[-1])
        if s is not None and s.kind == "nominal" and lexicon().noun_class(s.head) == "org" and not s.head.endswith("s"):
            return replace(self.nominal(s), start=pos, end=pos + 2)  # "The company said …. In a statement, it added"
        if s is not None and s.kind == "nominal" and lexicon().noun_class(s.head) == "statement" and not s.head.endswith("s"):
            return Speaker(_descriptor(self.text[s.start : s.end]), None, pos, pos + 2)  # "The traffic study, …, found …. It concluded"
        if s is None or s.kind != "name":
            return None
        ms = [m for m in self.mentions_in(s.start, s.end) if m.type in ("organization", "place")]
        if ms:
            return self.from_mention(ms[-1], pos, pos + 2)
        words = self.text[s.start : s.end].split()
        L = lexicon()
        if self.mentions_in(s.start, s.end) or any(w.lower().rstrip(".") in L.titles or w.lower() in L.female_names or w.lower() in L.male_names for w in words):
            return None  # a person's name: not "it"
        return Speaker(" ".join(words), None, pos, pos + 2)  # "Acme released a statement. “…,” it said."

    def sentence_speaker(self, lo: int, hi: int) -> Phrase | None:
        """The nominal subject of the sentence at `lo` ("The President …"; "There was a woman")."""
        m = _THERE_RE.match(self.text, lo, hi)
        s = phrase_after(self.text, m.end(), hi) if m is not None else sentence_subject(self.text, lo, hi)
        if s is not None and s.kind == "name" and self.text[s.start : s.start + 4] in ("The ", "the "):
            s = Phrase(s.start, s.end, "nominal", s.head)  # "The President was asked …"
        if s is None or s.kind != "nominal" or self.in_quote(s.start):
            return None
        return s

    def fits(self, s: Phrase, kind: str) -> bool:
        L = lexicon()
        cls = L.noun_class(s.head)
        if kind in ("male", "female"):
            return cls == "person" and L.gender_words.get(s.head) in (None, kind) and not s.head.endswith("s")
        return cls in ("person", "org") and (s.head.endswith("s") or s.head in _GROUPS)

    def opens_with(self, lo: int, word: str) -> bool:
        """The pronoun stands among the first words of the sentence at `lo` ("Last year she came …")."""
        first = self.text[lo : lo + 60].split()[:6]
        return word in (w.strip(",;:").lower() for w in first)

    def recent_person(self, pos: int, kind: str) -> Mention | None:
        """The latest person of the pronoun's gender before `pos`; "Mary Jones thanked Jane
        Doe …. “…,” she said": the subject of the sentence that holds it beats its object."""
        recent = None
        for m in self.mentions_before(pos):
            if m.type == "person" and self.gender(m) not in (None, kind):
                m = self.namesake(m, kind) or m  # "Dr. Marsh" linked to her son Peter Marsh
            if m.type == "person" and _WAS_BORN_RE.match(self.text, m.end):
                m = self.birth_name_of(m) or m  # "Ruth Olufunke Adeyemi was born …": Ruth Adeyemi Kessler
            if m.type != "person" or self.gender(m) not in (None, kind) or _LOCATIVE_RE.search(self.text, max(0, m.start - 24), m.start):
                continue  # "moved to Baltimore": a place taken for a person; "born Ruth Adeyemi": a birth name
            if recent is None:
                recent = m
                if self.is_subject(m):
                    break
                continue
            if self.para_start(m.start) != self.para_start(recent.start) or has_break(self.text[m.end : recent.start]):
                break
            if self.is_subject(m) or _WORDS_BY_RE.search(self.text, max(0, m.start - 60), m.start):
                return m  # the subject, or whose words the sentence is about ("comments by Jake Sullivan that …")
        return recent

    def birth_name_of(self, m: Mention) -> Mention | None:
        """A birth name ("Ruth Olufunke Adeyemi was born …") as the mention of the person the
        article named first with the same given name ("Ruth Adeyemi Kessler", the obituary's
        subject); None when no earlier person shares the given name."""
        first = self.name_of(m).split()[:1]
        earliest = None
        for other in self.mentions_before(m.start, 20000):
            words = self.name_of(other).split()
            if other.type == "person" and other.entity != m.entity and len(words) > 1 and words[:1] == first:
                earliest = other
        return replace(m, entity=earliest.entity) if earliest is not None else None

    def namesake(self, m: Mention, kind: str) -> Mention | None:
        """A bare surname ("Dr. Marsh") linked to a family member of the other gender: the same
        mention with the entity of the person of `kind` the article named in full with that
        surname ("Evelyn Marsh"), when there is exactly one; else None."""
        if " " in m.text.strip():
            return None
        found: dict[str, Mention] = {}
        for other in self.mentions_before(m.start, 20000):
            words = self.name_of(other).split()
            if other.type == "person" and len(words) > 1 and words[-1] == m.text and other.entity != m.entity and self.gender(other) == kind:
                found.setdefault(other.entity, other)
        return replace(m, entity=next(iter(found.values())).entity) if len(found) == 1 else None

    def last_goes_on(self, pos: int, kind: str, recent: Mention | None) -> bool:
        """The previous quote's speaker is still the topic: quoted within the last two
        paragraphs, of the right gender, and no other person opened a sentence since."""
        last = self.last
        if last is None or not self.is_person_speaker(last, kind):
            return False
        if self.last_quote_end < self.para_starts[max(0, bisect.bisect_right(self.para_starts, pos) - 3)]:
            return False
        return not (recent is not None and recent.entity != last.entity and recent.start > self.last_quote_end and self.is_subject(recent))

    def is_person_speaker(self, sp: Speaker, kind: str) -> bool:
        """A named person of the pronoun's gender, or a person descriptor ("the President", "a mother")."""
        if sp.entity is not None:
            return sp.type == "person" and self.gender_of(sp.entity, sp.name) in (None, kind)
        head = sp.name.split()[-1].lower() if sp.name.split() else ""
        L = lexicon()
        return L.noun_class(head) == "person" and not head.endswith("s") and L.gender_words.get(head) in (None, kind)

    def turn_at(self, pos: int) -> int | None:
        """Index of the transcript turn holding `pos`."""
        k = bisect.bisect_right([t.start for t in self.turns], pos) - 1
        return k if k >= 0 and pos < self.turns[k].end else None

    def _turn_as_speaker(self, k: int | None, p: Phrase) -> Speaker | None:
        if k is None or k < 0:
            return None
        t = self.turns[k]
        if t.speaker is None or t.role not in ("person", "anonymous"):
            return None
        return Speaker(t.speaker, t.speaker_entity, p.start, p.end, "person")

    def turn_speaker(self, p: Phrase) -> Speaker | None:
        """"I" inside a transcript turn ("MR PRICE: … I said, “…”") is the turn's speaker; a role
        label ("QUESTION:") names nobody."""
        return self._turn_as_speaker(self.turn_at(p.start), p)

    def addressed(self, p: Phrase) -> Speaker | None:
        """"you" inside a turn is the one addressed: the speaker of the turn before it; in a
        question, the briefer answering — the nearest person turn before it, else after it."""
        k = self.turn_at(p.start)
        if k is None:
            return None
        if self.turns[k].role not in ("question", "moderator"):
            return self._turn_as_speaker(k - 1, p)
        before = [j for j in range(k - 1, max(-1, k - 8), -1) if self.turns[j].role == "person"]
        after = [j for j in range(k + 1, min(len(self.turns), k + 4)) if self.turns[j].role == "person"]
        nearest = before[0] if before else (after[0] if after else None)
        return self._turn_as_speaker(nearest, p)

    def nominal(self, p: Phrase) -> Speaker:
        L = lexicon()
        t = self.text
        np_text = t[p.start : p.end]
        words = np_text.split()
        first = words[0].lower()
        apposed = self.apposed_name(p)
        if apposed is not None:
            return apposed
        # a role and the name in apposition: "Smith’s lawyer, Jane Doe"
        after = [m for m in self.mentions_in(p.end, p.end + 80) if m.type == "person"]  # past "the city of Nasiriyah"
        if after and _ROLE_PP_RE.fullmatch(t, p.end, _before_title(t, p.end, after[0].start)) and self.apposed(after[0]) and L.noun_class(p.head) == "person":
            return self.from_mention(after[0])
        # "a spokeswoman for the company, Jane Roe,": the name in apposition inside the phrase
        persons = [m for m in self.mentions_in(p.start, p.end) if m.type == "person"]
        if persons and L.noun_class(p.head) == "person" and "," in t[p.start : persons[-1].start]:
            return self.from_mention(persons[-1])
        # possessive: "Netanyahu’s office"
        for w_m in re.finditer(r"\S+(?:’s|'s)(?=\s)", np_text):
            ms = self.mentions_in(p.start + w_m.start(), p.start + w_m.end())
            ent = ms[-1].entity if ms else None
            return Speaker(np_text, ent, p.start, p.end, ms[-1].type if ms else None)
        cls = L.noun_class(p.head)
        inner = [m for m in self.mentions_in(p.start, p.end) if m.type in ("person", "organization")]
        if inner and cls == "statement":
            # "The Home Office letter", "the Acme spokesman": the name inside the phrase says whose
            return Speaker(_descriptor(np_text), inner[-1].entity, p.start, p.end, inner[-1].type)
        if cls == "statement" and first not in _DEFINITE:
            # "Netanyahu’s office issued a statement: “…”" / "a statement from the ministry said"
            return self.issuer(p.start, p.end, p, p.head)
        follow = self.mentions_in(p.end, p.end + 40)
        if follow and follow[0].type == "person" and not t[p.end : follow[0].start].strip(" ,") and (first not in _DEFINITE or cls == "person"):
            return self.from_mention(follow[0])  # "a neighbor, Jane Roe," / "wrote the critic Anthony Tommasini"
        if first not in _DEFINITE and not (first in _POSSESSIVE_DETS and cls == "person"):
            return Speaker(_descriptor(np_text), None, p.start, p.end)
        # "the official" / "her son": whoever the article introduced with that noun ("Her son, Peter Marsh,")
        if cls == "org" and inner and inner[-1].type == "organization" and inner[-1].end == p.end:
            m = inner[-1]  # "the UN Security Council": the name it is, as written
            return Speaker(_descriptor(np_text), m.entity, p.start, p.end, m.type)
        if cls == "org":
            orgs = [m for m in self.mentions_before(p.start) if m.type == "organization"]
            named = [m for m in orgs if p.head in self.name_of(m).lower().split()]
            # "the regional water authority": two modifiers describe a body of its own, not
            # whichever organization was named last
            described = sum(1 for w in words[1:-1] if w.islower()) >= 2
            for m in named[:1] or ([] if described else orgs[:1]):
                return self.from_mention(m, p.start, p.end)
            return Speaker(_descriptor(np_text), None, p.start, p.end)
        if cls == "statement":
            syn = L.statement_nouns
        else:
            group = L.person_nouns.get(p.head)
            syn = _person_synonyms(group) if group is not None else frozenset((p.head,))
        found = self.antecedent(p, syn, cls)
        if found is None and first == "the" and _second_reference(words, cls):
            found = self.role_of_subject(p)
        return found if found is not None else Speaker(_descriptor(np_text), None, p.start, p.end)

    def role_of_subject(self, p: Phrase) -> Speaker | None:
        """"Brunson was blunt. “We got robbed,” the guard said.": a role the article never used
        before names the person opening the sentence before it (in its paragraph), when the
        role's gender does not go against theirs."""
        if not _AFTER_QUOTE_RE.search(self.text, max(0, p.start - 24), p.start):
            return None  # only the cue's subject right after the quote ("“…,” the guard said")
        ps = self.para_start(p.start)
        starts = sentence_starts(self.text, ps, p.start + 1, self.quote_spans)
        if len(starts) < 2:
            return None
        lo, hi = starts[-2], starts[-1]
        persons = [m for m in self.mentions_in(lo, hi) if m.type == "person" and not self.in_quote(m.start)]
        if not persons or not self.is_subject(persons[0]) or has_break(self.text[lo : persons[0].start]):
            return None
        want = lexicon().gender_words.get(p.head)
        if want is not None and self.gender(persons[0]) not in (None, want):
            return None
        return self.from_mention(persons[0], p.start, p.end)

    def apposed_name(self, p: Phrase) -> Speaker | None:
        """"Dmitry Medvedev, the deputy chairman of …, said": the role is in apposition to the name
        before it, and the speaker is the fullest name the article gives, not the role."""
        if lexicon().noun_class(p.head) != "person" or self.text[max(0, p.start - 2) : p.start] != ", ":
            return None
        if re.match(r" [a-z]", self.text[p.end : p.end + 2]):
            return None  # "According to Mr. Lee, the mayor said": an unclosed role is the verb's subject
        before = self.mentions_in(max(0, p.start - 80), p.start - 2)
        if before and before[-1].type == "person" and before[-1].end == p.start - 2:
            return self.from_mention(before[-1])
        return None

    def antecedent(self, p: Phrase, syn: frozenset[str], cls: str | None) -> Speaker | None:
        t = self.text
        lo = max(0, p.start - _LOOKBACK)
        words = t[p.start : p.end].split()
        if len(words) == 2 and words[1][:1].isupper():
            # "The President" used as a title names whoever holds it here, not an earlier
            # "President Putin" paragraphs back: look in this paragraph and the one before only
            # (this one only when a transcript turn starts here: a new voice)
            ps = self.para_start(p.start)
            prev = self.para_start(max(0, ps - 2))
            lo = max(lo, prev if self.turn_at(p.start) == self.turn_at(max(0, ps - 2)) else ps)
        pat = _noun_re(syn)
        hits = [m for m in pat.finditer(t, lo, p.start) if not self.in_quote(m.start())]
        for h in reversed(hits[-12:]):
            os, oe = h.start(), h.end()
            ps = self.para_start(os)
            q = phrase_before(t, ps, oe)
            # a person named right after the noun, or right before it in apposition
            after = self.mentions_in(oe, oe + 60)
            between = t[oe : after[0].start] if after else ""
            if after and after[0].type == "person" and (re.fullmatch(r"[\s,]*(?:(?:[A-Z][\w.]*|of|for|and)\s+){0,5}", between) or _ROLE_PP_RE.fullmatch(between) and self.apposed(after[0])):
                return self.from_mention(after[0], p.start, p.end)
            named = _APPOSED_NAME_RE.match(t, oe) if cls != "person" and cls != "statement" else None
            if named is not None and not all(w.lower() in lexicon().date_words for w in named.group(1).split()):
                # "the restaurant, the Copper Spur," / "the company, Acme Corp.,": the name it is
                ms = [m for m in self.mentions_in(named.start(1), named.end(1)) if m.type in ("organization", "place")]
                return self.from_mention(ms[-1], p.start, p.end) if ms else Speaker(named.group(1), None, p.start, p.end)
            if q is not None and q.head not in syn and q.head + "s" not in syn:
                q = None  # "A lawyer for the restaurant": the noun is not the phrase's head
            if q is not None:
                inner = [m for m in self.mentions_in(q.start, q.end) if m.type == "person"]
                if inner and cls != "statement":
                    return self.from_mention(inner[-1], p.start, p.end)
            before = [m for m in self.mentions_in(max(ps, os - 80), os) if m.type == "person"]
            if before and _NAMED_AS_RE.fullmatch(t[before[-1].end : os]):
                return self.from_mention(before[-1], p.start, p.end)
            qtext = t[q.start : q.end] if q is not None else t[os:oe]
            qfirst = qtext.split()[0].lower() if qtext.split() else ""
            if q is None and _DEFINITE_BEFORE_RE.search(t, max(0, os - 8), os):
                qfirst = "the"  # "for the restaurant": another definite mention
            if qfirst in _DEFINITE and (q is None or q.start != p.start):
                continue  # another "the official": keep looking for the one that introduced it
            if cls == "statement":
                return self.issuer(os, oe, p, t[os:oe].lower(), authored=False)
            return Speaker(_descriptor(qtext), None, p.start, p.end)
        return None

    def issuer(self, os: int, oe: int, p: Phrase, head: str, authored: bool = True) -> Speaker:
        """Who issued the statement/readout found at [os, oe). Not `authored` (the phrase `p` is
        "the complaint" resolved to an earlier mention of it): a person named near that mention
        need not be its author ("The family filed a lawsuit …. The complaint says …"), so the
        document speaks as written."""
        t = self.text
        ps = self.para_start(os)
        seg_lo = ps
        k = max(t.rfind(". ", ps, os), t.rfind("? ", ps, os))
        if k >= 0:
            seg_lo = k + 2
        pm = None
        for found in _poss_org_re().finditer(t, seg_lo, os):
            pm = found
        if pm is not None:
            ms = self.mentions_in(pm.start(1), pm.end(1))
            ent = ms[-1] if ms else None
            return Speaker(pm.group(0), ent.entity if ent else None, p.start, p.end, ent.type if ent else None)
        ms = [m for m in self.mentions_in(seg_lo, os) if not self.in_quote(m.start)]
        if not ms:
            end = _SENT_END_RE.search(t, oe, oe + 400)  # the rest of the sentence, in its paragraph
            hi = min(end.start() if end is not None else oe + 200, self._next_para(oe) or len(t))
            ms = [m for m in self.mentions_in(oe, hi) if not self.in_quote(m.start)]
        persons = [m for m in ms if m.type == "person"]
        orgs = [m for m in ms if m.type == "organization"]
        if orgs:
            ent = persons[-1] if persons else orgs[0]
            return Speaker(f"{self.name_of(orgs[0])} {head}", ent.entity, p.start, p.end, ent.type)
        if persons and authored:
            return self.from_mention(persons[-1], p.start, p.end)
        return Speaker(_descriptor(t[p.start : p.end]), None, p.start, p.end)


_AGE_RE = re.compile(r"\d{1,3}-year-old")
_PARTY_WORDS = frozenset(("democrat", "republican"))


def _second_reference(words: list[str], cls: str | None) -> bool:
    """"the guard", "the two-time champion", "the 45-year-old", "the Democrat": a short
    definite role that newspapers use for the person just named. Not a capitalised title ("the
    President", "the Economist") nor a plural."""
    if not 2 <= len(words) <= 4:
        return False
    head = words[-1].rstrip(".,")
    person = cls == "person" and not head.lower().endswith("s") or _AGE_RE.fullmatch(head) is not None
    return person and all(w.islower() or w.lower() in _PARTY_WORDS for w in words[1:])


def _before_title(text: str, lo: int, pos: int) -> int:
    """Where a title right before `pos` starts ("…, Sheikh Haider al-Dubaisi" with the mention at
    "Haider"); `pos` itself when no title stands there."""
    m = re.search(r"([A-Z][\w.]*)\s+\Z", text[max(lo, pos - 20) : pos])
    return pos - len(m.group()) if m is not None and m.group(1).lower().rstrip(".") in lexicon().titles else pos


def _paternal(words: list[str]) -> list[str]:
    """The paternal surname of a three-word Spanish-style name ("Antonio Benítez Lara" →
    "Benítez", as in "Mr. Benítez"): the middle word, when it is a capitalised word, not an initial."""
    if len(words) != 3 or not words[1][:1].isupper() or words[1].endswith(".") or len(words[1]) < 3:
        return []
    return [words[1]]


@cache
def _word_list(name: str) -> frozenset[str]:
    """A data file's words, lower case (institution_words.txt, role_modifiers.txt), read once
    each (one cache slot for two files re-read them whenever the callers alternated)."""
    return frozenset(w.lower() for line in data_lines(DATA_DIR / name) for w in line.split())


def _role_word(w: str) -> bool:
    """A lower-case word of a role before a name ("Board member Shirley Oakes", "former Gov. X")."""
    L = lexicon()
    lw = w.lower().strip(",")
    return lw in _word_list("role_modifiers.txt") or lw in L.titles or L.noun_class(lw) == "person"


def _after_title_words(name: str) -> str:
    """A person's name without the end of a title or office the detector ran into it ("Eurasian
    Affairs Robin Dunnigan", "United Nations Linda Thomas-Greenfield" → the last two or three
    words after the last title or office word); a name that would be left empty stays."""
    words = name.split()
    if len(words) < 3:
        return name
    L = lexicon()
    cut = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".,") in L.titles or w.lower() in _OFFICE_WORDS), default=-1)
    rest = words[cut + 1 :]
    named = 2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest)  # not "for International Security"
    return " ".join(rest) if cut >= 0 and named else name


@cache
def _person_synonyms(group: int | None) -> frozenset[str]:
    """The person nouns of one synonym group of data/person_nouns.txt ("spokesman", "spokeswoman", …);
    empty for None. Built once per group, not per phrase."""
    return frozenset(w for w, g in lexicon().person_nouns.items() if g == group)


@lru_cache(maxsize=256)
def _noun_re(syn: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(syn, key=len, reverse=True))) + r")(?![\w-])", re.I)


def _descriptor(np_text: str) -> str:
    words = np_text.split()
    if words and words[0].lower() in ("a", "an", "the", "this", "that", "another", "one", "some", "several"):
        words[0] = words[0].lower()
    return " ".join(words)
