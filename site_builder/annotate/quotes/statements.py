"""Statement reader: who issued a statement, readout or document, and "it" as a document.

Finds: "Netanyahu’s office issued a statement" → "Netanyahu’s office"; "a statement from the
ministry said" → the ministry's statement; "in this document … It says" → "this document".
Refuses: a person named near "the complaint" is not its author when the phrase only refers back
to it: the document speaks as written ("The complaint says").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.person_antecedents import PersonAntecedents
from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_state import Speaker
from site_builder.annotate.quotes.speaker_words import SENT_END_RE, described, noun_re

_POSS_ORG_RE_CACHE: list[re.Pattern[str]] = []
def _poss_org_re() -> re.Pattern[str]:
    if not _POSS_ORG_RE_CACHE:
        nouns = "|".join(sorted(map(re.escape, lexicon().org_nouns), key=len, reverse=True))
        _POSS_ORG_RE_CACHE.append(re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’))\s+(?:" + nouns + r")\b"))
    return _POSS_ORG_RE_CACHE[0]


@dataclass
class StatementReader(PersonAntecedents):
    """Statements and documents, and who issued them."""

    def document_before(self, p: Phrase) -> Speaker | None:
        """"You talk about … in this document … It says that you have “…”": "it" is the document
        named earlier in the paragraph, when no organization is named after it."""
        ps = self.para_start(p.start)
        hits = [h for h in noun_re(lexicon().statement_nouns).finditer(self.text, ps, p.start) if not self.in_quote(h.start())]
        if not hits:
            return None
        h = hits[-1]
        if any(m.type == "organization" for m in self.mentions_in(h.end(), p.start)):
            return None
        det = re.search(r"\b(this|that|the|its|his|her|their)\s+\Z", self.text[max(ps, h.start() - 8) : h.start()])
        if det is None:
            return None
        return Speaker(f"{det.group(1)} {h.group().lower()}", None, p.start, p.end)

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
            end = SENT_END_RE.search(t, oe, oe + 400)  # the rest of the sentence, in its paragraph
            hi = min(end.start() if end is not None else oe + 200, self._next_para(oe) or len(t))
            cue = lexicon().cue_re.search(t, oe, hi)  # "a statement from the ministry said": the issuer stands before the verb
            hi = cue.start() if cue is not None else hi
            ms = [m for m in self.mentions_in(oe, hi) if not self.in_quote(m.start)]
        persons = [m for m in ms if m.type == "person"]
        orgs = [m for m in ms if m.type == "organization"]
        if orgs:
            ent = persons[-1] if persons else orgs[0]
            return Speaker(f"{self.name_of(orgs[0])} {head}", ent.entity, p.start, p.end, ent.type)
        if persons and authored:
            return self.from_mention(persons[-1], p.start, p.end)
        return Speaker(described(t, p.start, p.end), None, p.start, p.end)
