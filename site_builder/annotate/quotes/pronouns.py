"""Pronoun resolver: he/she/they/it (and I/you via turns) to the speaker they stand for.

Finds: he/she → the right earlier person (gender from given names, honorifics and gendered
nouns; the previous quote's speaker when it is still the topic, else the most recent compatible
person, or a speaker noun phrase opening a sentence of the paragraph: "The editor shot her down.
“…,” he said"); a lede's he/she that no earlier person fits ("“Why now?” she asked. Senator Amy
Klobuchar …") → the person opening the next sentence; a name the entity detector missed opening a
sentence just before ("Rathbun asked …. He described …"); they/it → the named body opening the
pronoun's own sentence ("Republicans blocked the bill, which they described as “…”"), else the
company or unnamed body opening the sentence before, else the latest organization.
In a paragraph that opens with the quote, the paragraph before is read too, for a speech verb's
subject ("a pharmacist, Oksana, 44, said …. ¶ “…,” she said"), the source the reporter spoke with
("KIDW spoke with one mother …") or a name the entity detector missed; a next paragraph opening
"That was Representative X, …" names the speaker outright.
Refuses: antecedents inside quotations or beyond a few paragraphs back; a plural group ("People
who …") for he/she; a paragraph back, a noun that is no speech verb's subject ("His grandfather
made it, he said"); an unresolved pronoun is
None, never the pronoun itself.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from site_builder.annotate.quotes.attribution import has_break
from site_builder.annotate.quotes.cues_after import revealed_speaker
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.narrators import after_quote, narrator_objects
from site_builder.annotate.quotes.nominals import NominalReader
from site_builder.annotate.quotes.phrases import Phrase, phrase_after
from site_builder.annotate.quotes.sentence_subjects import sentence_subject, speaks
from site_builder.annotate.quotes.sentences import sentence_starts
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.annotate.quotes.speaker_words import SENT_END_RE, noun_gender
from site_builder.annotate.quotes.vocative_addressee import vocative_person
from site_builder.model.spans import Mention

_THERE_RE = re.compile(r"There\s+(?:was|were|is|are)\s+")
_GROUPS = frozenset("staff people police government team family crowd council committee".split())

# "spoke with one mother", "talked to a nurse", "interviewed a farmer": an indefinite source
_SPOKE_WITH_RE = re.compile(r"\b(?:spoke|talked|speaks|talks)\s+(?:with|to)\s+(?=(?:a|an|one|another)\s)|\binterviewed\s+(?=(?:a|an|one|another)\s)")


@dataclass
class PronounReader(NominalReader):
    """Pronoun speakers."""

    def pronoun(self, p: Phrase) -> Speaker | None:
        """he/she → an earlier person; I/you → a transcript turn's speaker / the one addressed;
        they/it → the latest organization. Unresolved: None, never the pronoun itself."""
        kind = lexicon().pronouns.get(p.head)
        if kind in ("male", "female"):
            return self.gendered(p, kind)
        if p.head == "i":
            return self.turn_speaker(p)
        if p.head == "you":
            return self.called_by_name(p) or self.addressed(p)
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

    def called_by_name(self, p: Phrase) -> Speaker | None:
        """"Dear Tony, … you said, “…”": the person a vocative earlier in the paragraph names
        (vocative_addressee.py), shown by the fullest name; None when no vocative names anyone."""
        seen: dict[str, tuple[Mention, str]] = {}
        for m in self.mentions_before(p.start, 20000):
            if m.type == "person" and m.entity not in seen:
                seen[m.entity] = (m, self.name_of(m))
        found = vocative_person(self.text, self.para_start(p.start), p.start, list(seen.values()))
        if found is None:
            return None
        start, end, m, _ = found
        return Speaker(self.full_name(m), m.entity, start, end, "person")

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

    def gendered(self, p: Phrase, kind: str) -> Speaker | None:
        sp = self._gendered(p, kind)
        return sp if sp is None else self.not_narrator(p, kind, sp)

    def not_narrator(self, p: Phrase, kind: str, sp: Speaker) -> Speaker | None:
        """A he/she in a person's turn is not that person (narrators.py): the person the narrator
        spoke with or met before it in the paragraph, else unresolved."""
        k = self.turn_at(p.start)
        t = self.turns[k] if k is not None else None
        if t is None or t.role != "person" or t.speaker is None or after_quote(self.text, p.start):
            return sp
        if not (sp.entity is not None and sp.entity == t.speaker_entity or sp.name == t.speaker):
            return sp
        for start in reversed(narrator_objects(self.text, max(t.start, self.para_start(p.start)), p.start)):
            obj = phrase_after(self.text, start, p.start)
            if obj is None or self.in_quote(obj.start):
                continue
            if obj.kind == "nominal" and self.fits(obj, kind):
                return replace(self.nominal(obj), start=p.start, end=p.end)
            if obj.kind == "name":
                found = self.name(obj)
                if found.entity != t.speaker_entity and found.name != t.speaker:
                    return replace(found, start=p.start, end=p.end)
        return None

    def _gendered(self, p: Phrase, kind: str) -> Speaker | None:
        revealed = self.revealed_next(p, kind)
        if revealed is not None:
            return revealed  # "“…,” she said …. \n\nThat was Representative Tanya Okonjo-Reyes, …"
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

    def starts_back(self, pos: int, word: str = "") -> list[int]:
        """The starts of the sentences of `pos`'s paragraph up to `pos`; when the paragraph opens with
        a quote ("“…,” she said"), the previous paragraph's come first: the person the pronoun
        stands for is often introduced at its end ("At the pharmacy, a pharmacist, Oksana, said …").
        A one-sentence paragraph with the same pronoun (`word`) in between carries the look one
        paragraph further ("In the bakery, Halyna began …. ¶ Asked whether she would leave, she
        shrugged. ¶ “…,” she said")."""
        ps = self.para_start(pos)
        starts = sentence_starts(self.text, ps, pos + 1, self.quote_spans)
        k = bisect.bisect_right(self._qstarts, ps) - 1
        if ps == 0 or k < 0 or self.quote_spans[k][0] != ps:
            return starts
        for _ in range(2):
            prev = self.para_start(max(0, ps - 2))
            if prev >= ps:
                break
            back = sentence_starts(self.text, prev, ps, self.quote_spans)
            starts = back + starts
            if not word or len(back) != 1 or not re.search(rf"\b{word}\b", self.text[prev:ps], re.I) or self.in_quote(prev):
                break
            ps = prev
        return starts

    def revealed_next(self, p: Phrase, kind: str) -> Speaker | None:
        """He/she right after a quote opening its paragraph, when the next paragraph opens by naming
        who spoke ("That was Representative Tanya Okonjo-Reyes, a Democrat …", "So said …"); None
        otherwise, or when the name's gender goes against the pronoun's."""
        ps = self.para_start(p.start)
        k = bisect.bisect_right(self._qstarts, p.start) - 1
        if k < 0 or self.quote_spans[k][0] != ps or not 0 <= p.start - self.quote_spans[k][1] < 40:
            return None
        nxt = self._next_para(p.start)
        if nxt is None:
            return None
        found, _ = revealed_speaker(self.text, nxt, self._next_para(nxt) or len(self.text))
        if found is None or found.kind != "name":
            return None
        sp = replace(self.name(found), start=p.start, end=p.end)
        if sp.entity is not None and self.gender_of(sp.entity, sp.name) not in (None, kind):
            return None
        return sp

    def unmentioned_subject(self, pos: int, kind: str) -> Phrase | None:
        """A name the entity detector missed, opening one of the two sentences before `pos` in its
        paragraph as the subject of a verb ("Rathbun requested donations …. He described …"):
        capitalised words only, no organization word, no mention over it, gender not against."""
        starts = self.starts_back(pos, "she" if kind == "female" else "he" if kind == "male" else "")
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
        end = SENT_END_RE.search(self.text, frm, frm + 160)
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

    def subject_descriptor(self, pos: int, kind: str, word: str = "") -> tuple[Phrase | None, bool]:
        """The nearest speaker noun phrase opening a sentence of this paragraph before `pos` (this
        sentence or the two before it): "A mother who escaped …", "The editor …", "My staff …",
        "There was a woman …". Sentences that open with the same pronoun (`word`) carry the chain
        further back ("There was a woman. She was … She handed me … she said"); the flag tells
        whether the phrase was reached through such a chain.
        For he/she a person noun of that gender or none; for they a plural or group noun."""
        starts = self.starts_back(pos)
        ps = self.para_start(pos)
        chained, misses = False, 0
        for i in range(len(starts) - 1, max(-1, len(starts) - 13), -1):
            lo = starts[i]
            s = self.sentence_speaker(lo, pos)
            hi = starts[i + 1] if i + 1 < len(starts) else pos
            # a paragraph back, only the subject of a speech verb ("a pharmacist, Oksana, said …")
            if s is not None and self.fits(s, kind) and (lo >= ps or speaks(self.text, s, hi)):
                return s, chained
            s = self.interviewed(lo, hi)
            if s is not None and self.fits(s, kind):
                return s, chained  # "KIDW spoke with one mother in Middleton …. She asked …"
            if word and lo < pos and self.opens_with(lo, word):
                chained = True
                continue
            misses += 1
            if misses >= 3:
                break
        return None, False

    def interviewed(self, lo: int, hi: int) -> Phrase | None:
        """The person a sentence says the reporter spoke with: "KIDW spoke with one mother in
        Middleton whose …", "A reporter interviewed a nurse …" (an indefinite person noun only)."""
        found = _SPOKE_WITH_RE.search(self.text, lo, hi)
        if found is None or self.in_quote(found.start()):
            return None
        s = phrase_after(self.text, found.end(), hi)
        return s if s is not None and s.kind == "nominal" and lexicon().noun_class(s.head) == "person" else None

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
            single = not s.head.endswith("s") and s.head not in _GROUPS  # not "People who …"
            return cls == "person" and noun_gender(s.head) in (None, kind) and single
        return cls in ("person", "org") and (s.head.endswith("s") or s.head in _GROUPS)

    def opens_with(self, lo: int, word: str) -> bool:
        """The pronoun stands among the first words of the sentence at `lo` ("Last year she came …")."""
        first = self.text[lo : lo + 60].split()[:6]
        return word in (w.strip(",;:").lower() for w in first)
