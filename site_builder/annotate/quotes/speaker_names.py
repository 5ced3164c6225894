"""Name readers: from an entity mention or a written name to the speaker's display name.

Finds: the entity mention inside a phrase (its canonical id and fullest name), the bare name minus
titles ("Spokesman John Ullyot" → "John Ullyot"); joint names ("Google and Apple said", no single
entity); newspaper name forms: a paternal surname ("Mr. Benítez" → "Antonio Benítez Lara"), a quoted
nickname left out ("Terrell “Tank” Bowman" → "Terrell Bowman"), a company's short name ("Harlow" →
"Harlow Foods"), a name cut at an apostrophe or hyphen mended ("Ana Ruiz-O'Brien"); a person's
gender from given names and honorifics.
Refuses (entity slips): a "person" ending in an institution or place word ("Lincoln Elementary",
"Kelly Street") is an organization; a place read as a person only with a given name, never after
a preposition of place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from site_builder.annotate.quotes.fullnames import expand_acronym, initials_close, is_acronym
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.annotate.quotes.speaker_words import name_genders, paternal, suffixes, title_res, word_list
from site_builder.annotate.quotes.turn_speakers import TurnSpeakers
from site_builder.model.spans import Mention

_CUT_RE = re.compile(r"[’'-][A-Z][\w’'-]*")  # the rest of a name the mention stopped short of
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
_NAME_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jr|Sr)\b)[A-Z][a-z][\w’'-]*"
)
_REST_RE = re.compile(rf" ({_NAME_WORD}(?: {_NAME_WORD})?)")
_REST_BEFORE_COMMA_RE = re.compile(rf" ({_NAME_WORD}(?: {_NAME_WORD})?)(?=[,;:]|\.\s)")
_COMPANY_WORDS = ("Foods", "Inc", "Corp", "Co.", "Company", "Bank", "Airlines", "Motors", "Industries", "Holdings", "Technologies", "Pharmaceuticals")
_COMPANY_RE = re.compile(r"(?<= )(Foods|Inc\.?|Corp\.?|Co\.|Company|Bank|Airlines|Motors|Industries|Holdings|Technologies|Pharmaceuticals)(?![\w-])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w&’'-])([A-Z][\w&’'-]*) \Z")
_NICKNAME_RE = re.compile(r" [“\"‘'][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[”\"’'] ([A-Z][\w’'-]+)\b")


# a given name coordinated with a full name, sharing its surname: "Joan and Phil Kessler"
_SHARED_SURNAME_RE = re.compile(r"\s+and\s+[A-Z][a-z]+\s+([A-Z][a-z][\w’'-]*)(?![\w’'-]|\s+[A-Z])")

@dataclass
class NameReader(TurnSpeakers):
    """Names and mentions as speakers."""

    def __post_init__(self) -> None:
        # "Calder Motion Systems": an organization's first word, which a lone "person" "Calder" stands for
        self._org_openers = {}
        for m in self.mentions:
            if m.type == "organization" and len(m.text.split()) > 1:
                self._org_openers.setdefault(m.text.split()[0], m)
        self.mentions = tuple(sorted((self.person_named(m) for m in self.mentions), key=lambda m: (m.start, m.end)))
        self._starts = [m.start for m in self.mentions]
        self._qstarts = [q[0] for q in self.quote_spans]

    def person_named(self, m: Mention) -> Mention:
        """"Linda Park has lived here …" typed as a place: a name of two or three words opening with
        a given name and not after a preposition of place is read as a person's here. A "person"
        whose last word names an institution or a place ("Lincoln Elementary") is not one."""
        words = m.text.split()
        last = words[-1].lower().rstrip(".,") if words else ""
        if m.type == "person" and len(words) > 1 and (last in word_list("institution_words.txt") or last in _PLACE_WORDS):
            return replace(m, type="organization")  # "Lincoln Elementary", "Kelly Street" typed as a person
        ref = self.entities.get(m.entity)
        alone = len(words) == 1 and words[0][:1].isupper() and len((ref.name if ref else m.text).split()) == 1  # not "Abe" of "Shinzo Abe"
        shared = _SHARED_SURNAME_RE.match(self.text, m.end) if m.type == "person" and alone else None
        if shared is not None:
            self._display.setdefault(m.entity, f"{words[0]} {shared.group(1)}")  # "Joan and Phil Kessler": Joan Kessler
        company = self.company_form(m) if m.type == "person" and len(words) == 1 else None
        if company is not None:
            self._display.setdefault(m.entity, company)
            return replace(m, type="organization")  # "Harlow said" after "Shares of Harlow Foods fell"
        org = self.org_opened(m) if m.type == "person" and len(words) == 1 else None
        if org is not None:
            return replace(m, type="organization", entity=org.entity)  # "Calder, which is based …, said"
        org = self.org_opened(m) if m.type == "organization" and len(words) == 1 and not words[0].isupper() else None
        if org is not None and org.start < m.start:  # not an acronym: "NATO" is no "NATO Parliamentary Assembly"
            return replace(m, entity=org.entity)  # "Skylane Systems … Skylane said": the name in full first, then short
        L = lexicon()
        titled = len(words) > 2 and words[0].lower().rstrip(".") in L.titles  # "Councilwoman Irene Park"
        if m.type != "place" or not 2 <= len(words) - titled <= 3 or not all(w[:1].isupper() for w in words):
            return m
        first = words[titled].lower()
        if first not in L.female_names and first not in L.male_names or words[-1].lower().rstrip(".") in _PLACE_WORDS:
            return m
        if _PLACE_PREP_RE.search(self.text, max(0, m.start - 12), m.start):
            return m
        return replace(m, type="person")

    def name_of(self, m: Mention) -> str:
        if m.entity in self._display:
            return self._display[m.entity]
        ref = self.entities.get(m.entity)
        return ref.name if ref else m.text

    def org_opened(self, m: Mention) -> Mention | None:
        """The organization ("Calder Motion Systems") whose name the one-word "person" mention
        ("Calder") opens, when the word is no given name and no honorific stands before it."""
        word = m.text.strip()
        org = self._org_openers.get(word)
        L = lexicon()
        if org is None or word.lower() in L.female_names or word.lower() in L.male_names:
            return None
        if title_res().abbrev_end.search(self.text, max(0, m.start - 6), m.start - 1 if m.start else 0):
            return None  # "Mr. Calder"
        return org

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
        if title_res().abbrev_end.search(self.text, max(0, m.start - 6), m.start - 1 if m.start else 0):
            return None  # "Mr. Harlow"
        return self._companies[word]

    def from_mention(self, m: Mention, start: int | None = None, end: int | None = None) -> Speaker:
        s, e = (m.start if start is None else start), (m.end if end is None else end)
        fuller = self.fuller(m) if m.type == "person" else self.initials_of(m)
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
            words = [w for w in self.name_of(other).split() if w.rstrip(".,") not in suffixes()]  # "Joseph R. Biden Jr."
            if other.type == "person" and len(words) > 1 and name in (words[0], words[-1], *paternal(words)):
                return other
        return None

    def initials_of(self, m: Mention) -> Mention | None:
        """"AMLO basically said" after "President López Obrador": a person the article named before
        whose initials close an acronym the article never spells out (fullnames.initials_close)."""
        if not is_acronym(m.text) or self.spelt_out(m.text) != m.text:
            return None
        for other in self.mentions_before(m.start, 3000):  # named shortly before: "NATO" is no "Tom Owens"
            if other.type == "person" and initials_close(m.text, _after_title_words(self.name_of(other))):
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
            else:
                g = name_genders().get(_unaccented(first))  # "Clement Harwood", "Tomás Ibarra"
            if g is None:
                surname = re.escape(words[-1])
                for hm in re.finditer(r"\b" + title_res().gendered + r"\.?\s+(?:[A-Z][\w.-]*\s+){0,2}" + surname + r"\b", self.text):
                    g = L.gender_words.get(hm.group(1).lower())
                    if g:
                        break
        self._gender[entity] = g
        return g

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
        if not all(title_res().joint_gap.fullmatch(g) for g in gaps):
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
            full = [w for w in self.name_of(m).split() if w.rstrip(".,") not in suffixes()]
            if m.type == "person" and last in (full[-1:] + full[:1] + paternal(full) if len(words) == 1 else full[-1:]):
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


def _unaccented(word: str) -> str:
    """"tomás" → "tomas": the birth records spell given names without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


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
