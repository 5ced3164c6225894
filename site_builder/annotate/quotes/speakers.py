"""Speaker resolution: from the phrase a cue rests on to a display name and entity id.

`Resolver` reads a cue's phrase by its kind: a pronoun (pronouns.py, with person_antecedents.py
and turn_speakers.py), a name (speaker_names.py; a bare title through nominals.py), or a noun
phrase (nominals.py, statements.py). The readers are layered classes, each in its own module and
each using only the ones below it: speaker_state → turn_speakers → speaker_names → subjects →
person_antecedents → statements → nominals → pronouns → speakers.

Refuses: an unresolved pronoun is None; an unresolved nominal stays a descriptor with no entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.pronouns import PronounReader
from site_builder.annotate.quotes.speaker_state import Speaker

__all__ = ["Resolver", "Speaker"]


@dataclass
class Resolver(PronounReader):
    """A cue’s phrase → its speaker."""

    # ---- resolution ----------------------------------------------------
    def resolve(self, p: Phrase) -> Speaker | None:
        if p.kind == "pronoun":
            return self.pronoun(p)
        if p.kind == "name":
            return self.title_only(p) or self.name(p)
        return self.nominal(p)
