"""Person antecedents of he/she: the latest person of the pronoun's gender, or the last speaker.

Finds: the subject of the sentence holding the latest person over its object ("Mary Jones thanked
Jane Doe …. “…,” she said"); whose words the sentence is about ("comments by Jake Sullivan"); the
previous quote's speaker while still the topic (quoted in the last two paragraphs, nobody else
opening a sentence since).
Refuses (entity slips): a person after "moved to"/"born" (a place, a birth name); a bare surname
linked to a family member of the other gender is read as the right one; a birth name that is the
obituary's subject.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from site_builder.annotate.quotes.attribution import has_break
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.annotate.quotes.speaker_words import noun_gender
from site_builder.annotate.quotes.subjects import SubjectReader
from site_builder.model.spans import Mention

# a speech noun and its author: "comments by National Security Advisor Jake Sullivan"
_WORDS_BY_RE = re.compile(r"\b(?:comments?|remarks?|words|testimony|speech|statement|interview|letter|post|tweet)\s+(?:by|from)\s+(?:[A-Z][\w.]*\s+){0,4}\Z")
_WAS_BORN_RE = re.compile(r",?\s+(?:was|were)\s+born\b")
_PREP_OBJECT_RE = re.compile(r"\b(?:by|with|to|for|from|of|at|about|against|on|in|like|than)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?\Z")
_LOCATIVE_RE = re.compile(
    r"\b(?:born|(?:moved|returned|went|came|back|relocated|traveled|travelled)\s+to|in|near|outside|throughout|across"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?(?:(?:El|La|Los|Las|San|Santa|Fort|Port)\s+)?\Z"
)
# "a junior guard from Gary": one unknown word after "from" is a hometown, not a person
_FROM_RE = re.compile(r"\bfrom\s+\Z")

@dataclass
class PersonAntecedents(SubjectReader):
    """The person a he/she points back to."""

    def recent_person(self, pos: int, kind: str) -> Mention | None:
        """The latest person of the pronoun's gender before `pos`; "Mary Jones thanked Jane
        Doe …. “…,” she said": the subject of the sentence that holds it beats its object."""
        recent = None
        for m in self.mentions_before(pos):
            if m.type == "person" and self.gender(m) not in (None, kind):
                m = self.namesake(m, kind) or m  # "Dr. Marsh" linked to her son Peter Marsh
            if m.type == "person" and _WAS_BORN_RE.match(self.text, m.end):
                m = self.birth_name_of(m) or m  # "Ruth Olufunke Adeyemi was born …": Ruth Adeyemi Kessler
            if m.type != "person" or self.gender(m) not in (None, kind) or self.placed(m):
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

    def placed(self, m: Mention) -> bool:
        """A "person" mention read as a place by the words before it: "moved to Baltimore", "east of
        Branson", "in El Geneina", a lone unknown word "from Gary"."""
        if _LOCATIVE_RE.search(self.text, max(0, m.start - 30), m.start):
            return True
        return " " not in m.text.strip() and self.gender(m) is None and _FROM_RE.search(self.text, max(0, m.start - 8), m.start) is not None

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
        if recent is None or recent.entity == last.entity or recent.start <= self.last_quote_end:
            return True
        # "… named Clifton Dockery teach a boy …. “…,” he told the boy": a person the article
        # introduces after the last quote, in this paragraph or the one before, is the new topic
        return not (self.is_subject(recent) or self.introduced(recent, pos, kind))

    def introduced(self, m: Mention, pos: int, kind: str) -> bool:
        """`m` is the first mention of its person in the article, in `pos`'s paragraph or the one
        before, named in full with a given name of the pronoun's gender (not "Hurricane Beryl",
        not a "Terrell Bowman" whose gender the lists do not know)."""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        if m.start < self.para_starts[max(0, k - 1)] or len(m.text.split()) < 2 or self.gender(m) != kind:
            return False
        if _PREP_OBJECT_RE.search(self.text, max(0, m.start - 16), m.start):
            return False  # "praised by Mary Jones and by Antony Blinken": a preposition's object is no new topic
        return not any(o.entity == m.entity for o in self.mentions_before(m.start, m.start + 1))

    def other_person(self, pos: int, kind: str, outer: Speaker) -> Speaker | None:
        """"“He used to tell me, ‘…,’” Oyewole said": a he/she inside someone's quote is not that
        speaker; the latest other person of the pronoun's gender named outside quotes in the
        quote's paragraph or the one before (`pos` the outer quote's start); None when there is none."""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        lo = self.para_starts[max(0, k - 1)]
        for m in self.mentions_before(pos, pos - lo):
            if m.type != "person" or self.in_quote(m.start) or m.entity == outer.entity or self.name_of(m) == outer.name or self.placed(m):
                continue
            if self.gender(m) in (None, kind):
                return self.from_mention(m)
            # a person of the other gender is passed over ("her daughter, Lucinda, said Mr. Marsh …")
        return None

    def is_person_speaker(self, sp: Speaker, kind: str) -> bool:
        """A named person of the pronoun's gender, or a person descriptor ("the President", "a mother")."""
        head = sp.name.split()[-1].lower() if sp.name.split() else ""
        L = lexicon()
        if L.noun_class(head) in ("statement", "org"):
            return False  # "the GAO report" (its entity the senator who asked for it), "the mayor's office"
        if sp.entity is not None:
            return sp.type == "person" and self.gender_of(sp.entity, sp.name) in (None, kind)
        if self.unlinked_name_gender(sp.name) == kind:
            return True  # "Principal Joan Whitaker wrote …": a name the entity layer missed, of the pronoun's gender
        return L.noun_class(head) == "person" and not head.endswith("s") and noun_gender(head) in (None, kind)

    def unlinked_name_gender(self, name: str) -> str | None:
        """The gender of a capitalised name of two words or more with no entity ("Principal Joan
        Whitaker"), leading titles and role nouns skipped; None when the given name tells none."""
        L = lexicon()
        words = name.split()
        while words and (words[0].lower().rstrip(".") in L.titles or words[0].lower() in L.titles or L.noun_class(words[0]) == "person"):
            words = words[1:]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        rest = " ".join(words)
        return self.gender_of("?" + rest, rest)
