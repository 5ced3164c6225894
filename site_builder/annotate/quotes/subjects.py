"""Subject and apposition reader: does a name open its sentence, or close an apposition?

Finds: a mention that opens its sentence after titles or a role and its comma ("Her opponent,
Tom Briggs, disagreed"), or the subject of a fronted clause ("…, when Secretary Baker was …"); a
name closing an apposition ("a spokeswoman for the agency, Linda Carver, said").
Refuses: a name opening a clause of its own ("the editor of his newspaper, Madeleine said that …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.speaker_names import NameReader
from site_builder.annotate.quotes.speaker_words import role_word, title_res
from site_builder.model.spans import Mention

_SUBORDINATORS = frozenset("when while as after before because since although though if once until".split())
# a sentence-opening participle or adverbial clause up to the comma before a name
_INTRO_CLAUSE_RE = re.compile(
    r"(?:Asked|Told|Pressed|Reached|[A-Z][a-z]+ing|After|Before|When|While|As|Since|Although|Though|If|Once|Until|During|In|At|On"
    r"|By|Back|Later|Earlier|Outside|Inside|Across|Under|Over|Throughout|Within|Late|Early|Last|Then|Afterward|Afterwards|Meanwhile)"
    r"\b[^.!?;:“”\"\n]*,\s+\Z"
)
_DOTTED_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}\.\s+\Z")  # "Ms. ", "Sen. " right before a name
_ROLE_OPENING_RE = re.compile(r"\s*(?:[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,4}?\s+([a-z][\w-]*),\s*")

@dataclass
class SubjectReader(NameReader):
    """Whether a name is its sentence’s subject or an apposition."""

    def is_subject(self, m: Mention) -> bool:
        """The mention opens its sentence (after titles only): "President Smith met …"."""
        lo = max(self.para_start(m.start), m.start - 80)
        window = self.text[lo : m.start]
        dot = window.rfind(". ")
        while dot > 0 and title_res().abbrev_end.search(window, 0, dot + 1):
            dot = window.rfind(". ", 0, dot)  # "between Mr. Biden and Mr. Xi": no sentence ends at "Mr."
        cut = max(dot, window.rfind("\n"), window.rfind(": "), window.rfind("” "))
        before = window[cut + 1 :] if cut >= 0 else (window if lo == self.para_start(m.start) else None)
        if before is not None and all(w[:1].isupper() or role_word(w) for w in before.split()):
            return True
        if before is not None and self.role_apposition(before):
            return True  # "Her opponent, Tom Briggs, disagreed"
        if self.after_intro_clause(m):
            return True  # "Asked what the win meant …, Treviño paused."
        # "…, 1989, when Secretary Baker was hosting …": the subject of a fronted clause
        words = (before if before is not None else window).split()
        while words and words[-1][:1].isupper():
            words.pop()
        return bool(words) and words[-1] in _SUBORDINATORS and (len(words) == 1 or words[-2].endswith(","))

    def after_intro_clause(self, m: Mention) -> bool:
        """The mention follows a fronted participle or adverbial clause that opens its sentence
        ("Asked what the win meant for a school …, Treviño paused"; "After the vote, Smith left")
        and a lower-case verb follows it."""
        ps = self.para_start(m.start)
        start = m.start
        while (title := _DOTTED_BEFORE_RE.search(self.text, max(ps, start - 8), start)) is not None:
            start = title.start()  # "By evening, Ms. Marroquín had posted": the clause ends before the title
        found = _INTRO_CLAUSE_RE.search(self.text, max(ps, start - 200), start)
        if found is None or found.start() != ps and self.text[found.start() - 2 : found.start()] not in (". ", "? ", "! "):
            return False
        return re.match(r"\s+[a-z]", self.text[m.end : m.end + 2]) is not None

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
