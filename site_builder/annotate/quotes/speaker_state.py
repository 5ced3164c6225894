"""What a speaker resolver reads an article with: its text, mentions, quotes, paragraphs, turns.

Finds: the mentions in or before a stretch (outside quotations), the paragraph holding an
offset, the transcript turn holding an offset; `Speaker`, the answer every reader returns.
Refuses: mentions inside quotations as antecedents, and anything beyond the look-back window.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from site_builder.annotate.quotes.speaker_words import LOOKBACK
from site_builder.model.spans import EntityRef, Mention, Turn


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    entity: str | None
    start: int | None
    end: int | None
    type: str | None = None  # person / organization / place when known


@dataclass
class ResolverState:
    """The article as the speaker readers see it, and the previous quote’s speaker."""

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
    _qstarts: list[int] = field(default_factory=list, init=False)  # quote starts, set by __post_init__
    _org_openers: dict[str, Mention] = field(default_factory=dict, init=False)  # first word → organization mention
    # what other readers work out once per article (nearby_speakers: name counts, each mention's
    # speaker): kept with the article's resolver, so it lives and dies with that article
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

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

    def mentions_before(self, pos: int, lookback: int = LOOKBACK) -> Iterator[Mention]:
        k = bisect.bisect_left(self._starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= pos - lookback:
            m = self.mentions[k]
            if m.end <= pos and not self.in_quote(m.start):
                yield m
            k -= 1

    def _next_para(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.para_starts, pos)
        return self.para_starts[k] if k < len(self.para_starts) else None

    def turn_at(self, pos: int) -> int | None:
        """Index of the transcript turn holding `pos`."""
        k = bisect.bisect_right([t.start for t in self.turns], pos) - 1
        return k if k >= 0 and pos < self.turns[k].end else None
