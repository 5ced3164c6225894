"""Descriptor reader: speakers written as noun phrases ("the official", "a spokeswoman for X").

Finds: definite nominals → their earlier indefinite antecedent ("the official" → "A senior US
Defense official", kept as an anonymous descriptor), the statement and its issuer, the latest
organization ("the company"); a title with no name ("The Secretary said") → whoever the article
named with it; a role in apposition ("Dmitry Medvedev, the deputy chairman of …, said"; "Smith’s
lawyer, Jane Doe"; "a spokeswoman for the company, Jane Roe,"); possessives ("Netanyahu’s office"
with the possessor's id); "her son said" → the son the article named; a second reference ("“…,”
the guard said", "the 45-year-old") → the person opening the sentence before; an organization noun
with an apposed name ("the restaurant, the Copper Spur,") or with modifiers of its own ("the
regional water authority", as written).
Newspaper forms: "his daughter" is the daughter the article named anywhere before; "the governor"
the holder named with the title (an indefinite "a governor who …" waits for a named one); a role
and a name the entity detector missed ("said the baker, Halyna, 58,"; "a man who would give only
his first name, Wayne,"; "a retired nurse from Blacksburg named Pam Ostrowski"); "the hospital",
"the utility" → the body named as the subject of the sentence before; "the Court" → the proper name
holding its noun ("The International Court of Justice …") when no marked organization has it; a descriptor keeps the
participle that narrows it ("an FBI official involved in the investigation"); "it" after "One of
those emails …" is that document.
Refuses: an unresolved nominal stays a descriptor with no entity; a person named right after a
document noun is not its author ("The letter Kaminski was talking about").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from site_builder.annotate.quotes.attribution import has_break
from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.annotate.quotes.phrases import Phrase, apposed_after, phrase_before
from site_builder.annotate.quotes.sentence_subjects import sentence_subject
from site_builder.annotate.quotes.sentences import sentence_starts
from site_builder.annotate.quotes.short_names import full_name_before
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.annotate.quotes.speaker_words import LOOKBACK, described, descriptor, noun_gender, noun_re, person_synonyms
from site_builder.annotate.quotes.statements import StatementReader
from site_builder.lexicon import data_lines
from site_builder.model.spans import Mention

_DEFINITE = frozenset("the this that these those".split())
# "A spokesperson for the governor", "an aide to the mayor": a person noun, then the role noun's preposition
_ROLE_OF_RE = re.compile(r"\b([a-z]+)\s+(?:for|of|to)\s+(?:the\s+)?\Z")
_ANY_DOCUMENT = frozenset("statement statements readout release document documents text announcement".split())
_POSSESSIVE_DETS = frozenset("his her their".split())  # "her son said": the son the article named
# a possessive determiner and the pronoun whose antecedent owns the thing ("its president": "it";
# "my mother" in a transcript turn: the turn's speaker)
_OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "my": "i"}
# between a name and a role that describes it: "Jane Roe, the lawyer", "named Sam Poe its chief executive"
_NAMED_AS_RE = re.compile(r"(?:,\s+(?:a|an|the)|\s+(?:as\s+)?(?:its|their|the)|\s+as)\s+(?:[\w-]+\s+){0,3}")
# "the company, Acme Corp.,", "The union that represents Easton officers, the Police Benevolent
# Association," (a relative clause may come between), "the union, Local 1187,"
_APPOSED_NAME_RE = re.compile(
    r"(?:\s+(?:that|which|who)\s+[^,.;:“”\"\n]{1,60})?,\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*)(?:\s+(?:[A-Z][\w’'&.-]*|of|&|and|\d[\w-]*)){0,4}),"
)
_WHERE_BEFORE_RE = re.compile(r"\b(?:on|via|in|at)\s+\Z")
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|this|that)\s+\Z", re.I)
_AFTER_QUOTE_RE = re.compile(r"[”\"’']\s*(?:said\s+|says\s+|added\s+)?\Z")
# between a role and the name in apposition to it: ", " or "for the agency, " ("a spokeswoman for the agency, Linda Carver")
_ROLE_PP_RE = re.compile(r"(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,3})?,\s+(?:\d{1,3}-year-old\s+)?")

def _narrowed(words: list[str]) -> bool:
    """A document phrase narrowed by a participle after its noun ("a letter signed by 87 teachers")."""
    parts = lexicon().document_participles
    return len(words) > 2 and words[1].lower() not in parts and any(w in parts for w in words[2:])



# a run of capitalised words and numbers: "United Steelworkers Local 8127"
_CAP_RUN_RE = re.compile(r"(?<![\w’'-])[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|\d+)(?![\w’'-]))+")


@lru_cache(maxsize=1)
def _org_kind_words() -> dict[str, frozenset[str]]:
    """noun -> words that make a name a body of that kind (data/org_kind_words.txt)."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines(DATA_DIR / "org_kind_words.txt"):
        noun, _, words = line.partition(":")
        out[noun.strip().lower()] = frozenset(words.lower().split())
    return out


@dataclass
class NominalReader(StatementReader):
    """Noun-phrase speakers: roles, descriptors, titles."""

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
        syn = person_synonyms(L.person_nouns.get(heads[0]))
        found = self.antecedent(Phrase(p.start, p.end, "nominal", heads[0]), syn, "person")
        return found if found is not None and found.entity is not None else None

    def pronoun(self, p: Phrase) -> Speaker | None:
        """The person a he/she/his stands for: PronounReader, the subclass, answers."""
        raise NotImplementedError

    def nominal(self, p: Phrase) -> Speaker:
        """The speaker a noun phrase stands for; "his office" left as written names its owner when
        the possessive's pronoun resolves to a name ("Hale’s office")."""
        sp = self._nominal(p)
        words = sp.name.split()
        head = _OWNER_PRONOUNS.get(words[0].lower()) if len(words) > 1 and sp.entity is None else None
        if head is None:
            return sp
        owner = self.pronoun(Phrase(p.start, p.start + len(words[0]), "pronoun", head))
        if owner is None or owner.name[:1].islower() or owner.name.split()[-1][:1].islower():
            return sp  # no owner named: as written ("his commanding officer" of an unnamed defector)
        return replace(sp, name=f"{owner.name}’s {' '.join(words[1:])}")

    def _nominal(self, p: Phrase) -> Speaker:
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
        unlisted = self.unlisted_apposed_name(p) or self.name_given(p)
        if unlisted is not None:
            return unlisted
        # possessive: "Netanyahu’s office"
        for w_m in re.finditer(r"\S+(?:’s|'s)(?=\s)", np_text):
            ms = self.mentions_in(p.start + w_m.start(), p.start + w_m.end())
            ent = ms[-1].entity if ms else None
            return Speaker(np_text, ent, p.start, p.end, ms[-1].type if ms else None)
        cls = L.noun_class(p.head)
        inner = [m for m in self.mentions_in(p.start, p.end) if m.type in ("person", "organization")]
        if cls == "statement" and (inner or _narrowed(words)):
            # "The Home Office letter", "the Acme spokesman": the name inside the phrase says whose;
            # "a memo Iverson sent to council members": the document as the article describes it
            owner = inner[-1] if inner else None
            return Speaker(descriptor(np_text), owner.entity if owner else None, p.start, p.end, owner.type if owner else None)
        if cls == "statement" and first not in _DEFINITE:
            # "Netanyahu’s office issued a statement: “…”" / "a statement from the ministry said"
            return self.issuer(p.start, p.end, p, p.head)
        follow = self.mentions_in(p.end, p.end + 40)
        if follow and follow[0].type == "person" and not t[p.end : follow[0].start].strip(" ,") and (first not in _DEFINITE or cls == "person"):
            return self.from_mention(follow[0])  # "a neighbor, Jane Roe," / "wrote the critic Anthony Tommasini"
        if first not in _DEFINITE and not (first in _POSSESSIVE_DETS and cls == "person"):
            return Speaker(described(t, p.start, p.end), None, p.start, p.end)
        # "the official" / "her son": whoever the article introduced with that noun ("Her son, Peter Marsh,")
        if cls == "org" or cls is None and first == "the" and len(words) == 2 and not p.head.endswith("s"):
            body = self.body_named(p, inner, cls)
            if body is not None or cls == "org":
                return body or Speaker(descriptor(np_text), None, p.start, p.end)
        syn = self.synonyms(p, cls, words)
        found = self.antecedent(p, syn, cls)
        if found is None and first == "the" and _second_reference(words, cls):
            found = self.role_of_subject(p)
        return found if found is not None else Speaker(descriptor(np_text), None, p.start, p.end)

    def synonyms(self, p: Phrase, cls: str | None, words: list[str]) -> frozenset[str]:
        """The nouns an earlier mention of the nominal `p` may use."""
        L = lexicon()
        if cls == "statement" and len(words) >= 3 and words[-2].islower() and p.head in L.statement_nouns:
            # "The joint communique, released late on Monday, said": a modifier makes it a document
            # of its own, the same as an earlier mention of its own noun only (not "a statement")
            return frozenset((p.head, p.head + "s"))
        if cls == "statement" and p.head not in _ANY_DOCUMENT and not noun_re(frozenset((p.head, p.head + "s"))).search(self.text, max(0, p.start - LOOKBACK), p.start):
            # "The complaint alleges" with no complaint before: as written, not an earlier "court
            # order"; a word for any document ("the statement") still stands for the readout before
            return frozenset((p.head,))
        if cls == "statement":
            return L.statement_nouns
        group = L.person_nouns.get(p.head)
        return person_synonyms(group) if group is not None else frozenset((p.head,))

    def body_named(self, p: Phrase, inner: list[Mention], cls: str | None) -> Speaker | None:
        """"the company", "the hospital": the organization it stands for. Its own name inside the
        phrase ("the UN Security Council"); the latest organization named with its noun; the body
        opening the sentence before ("Kentucky Power said …. The utility called …"); for an
        organization noun, the latest organization; None when none fits."""
        np_text = self.text[p.start : p.end]
        if cls == "org" and inner and inner[-1].type == "organization" and inner[-1].end == p.end:
            m = inner[-1]  # "the UN Security Council": the name it is, as written
            return self._bare_body(p, m) or Speaker(descriptor(np_text), m.entity, p.start, p.end, m.type)
        if cls == "org" and _proper_name(np_text):
            # "The Nevada Republican Party": a name of its own the entity layer left unmarked, as
            # written; not the latest party named
            return Speaker(descriptor(np_text), None, p.start, p.end, "organization")
        orgs = [m for m in self.mentions_before(p.start) if m.type == "organization"]
        kinds = _org_kind_words().get(p.head, frozenset()) | {p.head}  # "the union": "Steelworkers Local 8127"
        own = _proper_modifiers(np_text)
        if cls == "org" and own:
            # "the Chinese government", "the Hungarian parliament": a proper modifier says whose body
            # it is; an organization named with that modifier and its noun, else as written (not
            # whichever organization was named last)
            for m in orgs:
                words = self.name_of(m).split()
                if own <= set(words) and kinds & {w.lower() for w in words}:
                    return self.from_mention(m, p.start, p.end)
            return Speaker(descriptor(np_text), None, p.start, p.end, "organization")
        named = [m for m in orgs if kinds & set(self.name_of(m).lower().split())] or self.kind_typed_else(p, kinds - {p.head})
        # "the regional water authority": two modifiers describe a body of its own, not
        # whichever organization was named last
        described = sum(1 for w in np_text.split()[1:-1] if w.islower()) >= 2
        for m in named[:1]:
            return self.from_mention(m, p.start, p.end)
        # "The World Food Program said …. In a statement, the agency said": the body opening the
        # sentence before is nearer than one set in apposition to the noun paragraphs back
        before = None if described else self.subject_name(p.start, names_only=True)
        if before is not None:
            return replace(before, start=p.start, end=p.end)
        apposed = self.apposed_body(p) if cls == "org" else None
        if apposed is not None:
            return apposed
        full = None if described or cls != "org" else full_name_before(self.text, p.head, p.start, LOOKBACK, self.in_quote)
        if full is not None:
            # "The International Court of Justice … The Court said": the body named in full with
            # its noun, though the entity detector left it unmarked, not the latest organization
            return Speaker(self.text[full[0] : full[1]], None, p.start, p.end, "organization")
        unmarked = None if described or cls != "org" else self.kind_name_before(p, kinds - {p.head})
        if unmarked is not None:
            return unmarked  # "… represented by United Steelworkers Local 8127. The union posted …"
        for m in [] if described or cls != "org" else [m for m in orgs if not self.where_said(m, p.start)][:1]:
            return self.from_mention(m, p.start, p.end)
        return None

    def kind_typed_else(self, p: Phrase, kinds: frozenset[str] | set[str]) -> list[Mention]:
        """Names the entity layer typed as a place or person that hold a word of the noun's kind
        ("Mercy Ridge Medical Center" for "the hospital", "Kentucky Power" for "the utility"),
        latest first."""
        return [
            m
            for m in self.mentions_before(p.start)
            if m.type != "organization" and len(self.name_of(m).split()) > 1 and kinds & set(self.name_of(m).lower().split())
        ]

    def kind_name_before(self, p: Phrase, kinds: frozenset[str] | set[str]) -> Speaker | None:
        """A capitalised name the entity layer left unmarked, in the phrase's paragraph before it,
        holding a word of the noun's kind ("United Steelworkers Local 8127" for "the union"), the
        latest; None when there is none."""
        ps = self.para_start(p.start)
        found = None
        for m in _CAP_RUN_RE.finditer(self.text, ps, p.start):
            words = set(m.group().lower().split())
            if kinds & words and len(m.group().split()) > 1 and not self.in_quote(m.start()) and not self.mentioned(m.start(), m.end()):
                found = m
        return None if found is None else Speaker(found.group(), None, p.start, p.end, "organization")

    def _bare_body(self, p: Phrase, m: Mention) -> Speaker | None:
        """"The Permanent Court of Arbitration … The Court noted": a mention that is only the body's
        noun (the detector marks "the Court" of newspaper prose) stands for the body named in full
        before it, as when the detector leaves it unmarked; None when it is more than the noun or no
        full name comes before."""
        if self.text[m.start : m.end].lower() != p.head:
            return None
        full = full_name_before(self.text, p.head, p.start, LOOKBACK, self.in_quote)
        return None if full is None else Speaker(self.text[full[0] : full[1]], None, p.start, p.end, "organization")

    def apposed_body(self, p: Phrase) -> Speaker | None:
        """"The union that represents Easton officers, the Police Benevolent Association, did not
        respond. … the union wrote": the name set in apposition to the same noun earlier (in the
        paragraphs above, outside quotes) is the body "the union" stands for."""
        t = self.text
        hits = [h for h in noun_re(frozenset((p.head,))).finditer(t, max(0, p.start - LOOKBACK), p.start) if not self.in_quote(h.start())]
        for h in reversed(hits[-6:]):
            named = _APPOSED_NAME_RE.match(t, h.end())
            if named is None or all(w.lower() in lexicon().date_words for w in named.group(1).split()):
                continue
            ms = [m for m in self.mentions_in(named.start(1), named.end(1)) if m.type == "organization"]
            return self.from_mention(ms[-1], p.start, p.end) if ms else Speaker(named.group(1), None, p.start, p.end)
        return None

    def where_said(self, m: Mention, pos: int) -> bool:
        """"In a post on Facebook on Wednesday, the union wrote": an organization named after "on",
        "via" or "in" earlier in the speaker's own sentence is where the words appeared (a
        platform, a place), not whom "the union" stands for."""
        ps = self.para_start(pos)
        starts = sentence_starts(t := self.text, ps, pos + 1, self.quote_spans)
        return m.start >= starts[-1] and _WHERE_BEFORE_RE.search(t, max(0, m.start - 6), m.start) is not None

    def subject_name(self, pos: int, names_only: bool = False) -> Speaker | None:
        """The named country or organization opening the sentence before `pos` (for "it", and for
        "the hospital" / "the utility" after "West Valley Medical Center says …"); with
        `names_only`, a name only, not an organization noun or a document."""
        ps = self.para_start(pos)
        starts = sentence_starts(self.text, ps, pos + 1, self.quote_spans)
        if len(starts) < 2:
            return None
        one_of = _ONE_OF_RE.match(self.text, starts[-2], starts[-1]) if not names_only else None
        if one_of is not None and lexicon().noun_class(one_of.group(2)) == "statement":
            return Speaker(descriptor(one_of.group(1)), None, pos, pos + 2)  # "One of those emails … was read aloud. “…,” it said"
        s = sentence_subject(self.text, starts[-2], starts[-1])
        if names_only and (s is None or s.kind != "name"):
            return None
        if s is not None and s.kind == "nominal" and lexicon().noun_class(s.head) == "org" and not s.head.endswith("s"):
            return replace(self.nominal(s), start=pos, end=pos + 2)  # "The company said …. In a statement, it added"
        if s is not None and s.kind == "nominal" and lexicon().noun_class(s.head) == "statement" and not s.head.endswith("s"):
            return Speaker(descriptor(self.text[s.start : s.end]), None, pos, pos + 2)  # "The traffic study, …, found …. It concluded"
        if s is None or s.kind != "name":
            return None
        ms = [m for m in self.mentions_in(s.start, s.end) if m.type in ("organization", "place")]
        if ms:
            return self.from_mention(ms[-1], pos, pos + 2)
        words = self.text[s.start : s.end].split()
        L = lexicon()
        if self.mentions_in(s.start, s.end) or any(w.lower().rstrip(".") in L.titles or w.lower() in L.female_names or w.lower() in L.male_names for w in words):
            return None  # a person's name: not "it"
        if names_only and len(words) < 2:
            return None  # "Crews worked through the night": one capitalised word opening a sentence need be no name
        return Speaker(" ".join(words), None, pos, pos + 2)  # "Acme released a statement. “…,” it said."

    def unlisted_apposed_name(self, p: Phrase) -> Speaker | None:
        """"said the baker, Halyna, 58, who …" / "a pharmacist, Oksana, 44, said": a person noun and a
        capitalised name in apposition after it (closed by a comma or the sentence's end) that the
        entity detector did not mark; None for a date, a title, a place or a known mention there."""
        found = apposed_after(self.text, p.end)
        if found is None or lexicon().noun_class(p.head) != "person" or self.mentioned(found.start, found.end):
            return None
        return Speaker(self.text[found.start : found.end], None, found.start, found.end, "person")

    def name_given(self, p: Phrase) -> Speaker | None:
        """"a man who would give only his first name, Wayne," / "A soldier who gave only his call
        sign, “Bison,”" / "a woman who asked to be identified only as Maria" / "One fan, a retired
        nurse from Blacksburg named Pam Ostrowski,": the only name a person noun's relative clause or
        post-modifier gives is the speaker's."""
        found = _NAME_GIVEN_RE.match(self.text, p.end)
        L = lexicon()
        if found is None or L.noun_class(p.head) != "person" and not any(L.noun_class(w) == "person" for w in found.group(0).split()):
            return None  # "our server, a college student named Duy,": the apposition's own noun is a person's
        ms = [m for m in self.mentions_in(found.start(1), found.end(1) + 40) if m.type == "person" and m.start == found.start(1)]
        if ms:
            return self.from_mention(ms[0], p.start, p.end)
        return Speaker(found.group(1), None, found.start(1), found.end(1), "person")

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
        want = noun_gender(p.head)
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

    def holder_named(self, os: int, oe: int, cls: str | None) -> Mention | None:
        """The person named right after the role noun at [os, oe) ("manager Tomás Ibarra"), or in
        apposition after a short phrase ("the owner of Acme, Jane Roe"); None otherwise, or when the
        noun is the object in another person's role ("A spokesperson for the governor, Kayla
        Dunmore,": the name is the spokesperson's)."""
        after = self.mentions_in(oe, oe + 60)
        if not after or after[0].type != "person" or cls == "statement":
            return None
        owner = _ROLE_OF_RE.search(self.text, max(0, os - 40), os)
        if owner is not None and lexicon().noun_class(owner.group(1)) == "person":
            return None
        between = self.text[oe : after[0].start]
        if re.fullmatch(r"[\s,]*(?:(?:[A-Z][\w.]*|of|for|and)\s+){0,5}", between) or _ROLE_PP_RE.fullmatch(between) and self.apposed(after[0]):
            return after[0]
        return None

    def mentioned_last(self, people: list[Mention], pos: int) -> Mention | None:
        """Of `people` (mentions), the one whose person the text mentions last before `pos`, by
        entity or by the bare surname (a "place" Ibarra is Tomás Ibarra here)."""
        for m in self.mentions_before(pos):
            if self.in_quote(m.start):
                continue
            for o in people:
                if m.entity == o.entity or m.text == o.text.split()[-1]:
                    return o
        return None

    def antecedent(self, p: Phrase, syn: frozenset[str], cls: str | None) -> Speaker | None:
        t = self.text
        lo = max(0, p.start - LOOKBACK)
        words = t[p.start : p.end].split()
        if len(words) == 2 and words[1][:1].isupper():
            # "The President" used as a title names whoever holds it here, not an earlier
            # "President Putin" paragraphs back: look in this paragraph and the one before only
            # (this one only when a transcript turn starts here: a new voice)
            ps = self.para_start(p.start)
            prev = self.para_start(max(0, ps - 2))
            lo = max(lo, prev if self.turn_at(p.start) == self.turn_at(max(0, ps - 2)) else ps)
        own = words[0].lower() in _POSSESSIVE_DETS  # "his daughter": the one the article introduced, however far back
        # "the governor": an office's holder named once, near the top ("Gov. Daniel Harwood"); a
        # capitalised "the President" keeps to the paragraphs above
        titled = cls == "person" and len(words) == 2 and words[0].lower() == "the" and words[1] in lexicon().titles
        if own or titled:
            lo = 0
        pat = noun_re(syn)
        # not "Danielle Okafor, the festival’s founder": a possessor names no one by its noun
        hits = [m for m in pat.finditer(t, lo, p.start) if not self.in_quote(m.start()) and t[m.end() : m.end() + 2] not in ("’s", "'s")]
        unnamed: Speaker | None = None  # an indefinite mention of a title, kept while a named holder may come
        for h in reversed(hits if titled else hits[-12:]):
            os, oe = h.start(), h.end()
            ps = self.para_start(os)
            q = phrase_before(t, ps, oe)
            # a person named right after the noun, or right before it in apposition (not after a
            # document: "The letter Kaminski was talking about")
            holder = self.holder_named(os, oe, cls)
            if holder is not None:
                # "Spokane manager Russ Pettibone …. Orchardmen manager Tomás Ibarra …. Ibarra said ….
                # “…,” the manager said": of the people named with the noun, the one mentioned last
                same = [g for g in hits if g.group().lower() == h.group().lower()]  # "manager", not "son" for "daughter"
                others = [o for o in (self.holder_named(g.start(), g.end(), cls) for g in same) if o is not None]
                return self.from_mention(self.mentioned_last(others, p.start) or holder, p.start, p.end)
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
            if (qfirst in _DEFINITE or own and qfirst in _POSSESSIVE_DETS) and (q is None or q.start != p.start):
                continue  # another "the official" / "his daughter": keep looking for the one that introduced it
            if cls == "statement":
                return self.issuer(os, oe, p, t[os:oe].lower(), authored=False)
            qdesc = described(t, q.start, q.end) if q is not None else descriptor(qtext)
            if titled:
                # "the governor said" after "… a governor who said …" and "Gov. Daniel Harwood": the holder named
                unnamed = unnamed or Speaker(qdesc, None, p.start, p.end)
                continue
            return Speaker(qdesc, None, p.start, p.end)
        return unnamed


# "who would give only his first name, Wayne," / "who asked to be identified only by his call sign, “Moth,”"
# or a post-modifier naming the person: "a retired nurse from Blacksburg named Pam Ostrowski"
_NAME_GIVEN_RE = re.compile(
    r"(?:,?\s+who\s+[^,.;:“”\"]{0,60}?\b(?:name|call\s+sign|nickname|as)\s*,?|(?:,\s+(?:a|an)\b)?[^,.;:“”\"]{0,60}?\s+named)"
    r"\s+[“\"‘']?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[,.”\"’' ]"
)
# "One of those emails", "One of the letters": one document of several, opening a sentence
_ONE_OF_RE = re.compile(r"((?:One|one)\s+of\s+(?:the|those|these|its|their|his|her|our)\s+(?:[a-z-]+\s+)?(\w+?)s)\b")
_AGE_RE = re.compile(r"\d{1,3}-year-old")
_PARTY_WORDS = frozenset(("democrat", "republican"))
def _proper_name(np_text: str) -> bool:
    """"The Nevada Republican Party": "the" and two or more capitalised words, the noun among them."""
    words = np_text.split()
    return len(words) >= 3 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:])


def _proper_modifiers(np_text: str) -> frozenset[str]:
    """The capitalised words between a noun phrase's first word and its head ("Chinese" in "the
    Chinese government", "Biden" in "the Biden administration")."""
    return frozenset(w for w in np_text.split()[1:-1] if w[:1].isupper())


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
