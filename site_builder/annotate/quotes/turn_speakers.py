"""Speakers of "I" and "you" in transcript turns.

Finds: "I" inside a transcript turn ("Rebecca: … I said, “…”") → the turn's named speaker;
"you" → the one addressed (the previous turn's speaker; in a question, the nearest briefer).
Refuses: role labels (QUESTION:, MODERATOR:) and one-off labels name nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.annotate.quotes.phrases import Phrase
from site_builder.annotate.quotes.speaker_state import ResolverState, Speaker


@dataclass
class TurnSpeakers(ResolverState):
    """"I" and "you" inside transcript turns."""

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
            if k > 0 and self.turns[k - 1].role == "question":
                return Speaker("the questioner", None, p.start, p.end)  # a briefer's "you" answers the question turn
            return self._turn_as_speaker(k - 1, p)
        before = [j for j in range(k - 1, max(-1, k - 8), -1) if self.turns[j].role == "person"]
        after = [j for j in range(k + 1, min(len(self.turns), k + 4)) if self.turns[j].role == "person"]
        nearest = before[0] if before else (after[0] if after else None)
        return self._turn_as_speaker(nearest, p)
