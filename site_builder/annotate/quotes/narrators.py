"""A "he"/"she" inside a person's transcript turn is never that person: a speaker calls themself "I".

"SECRETARY BLINKEN: I spoke with President Zelenskyy this morning. He told me, “…”" — the "he" is
someone in the speaker's account. Finds: the phrase a first-person narrator's verb reaches before
the cue ("I asked the young man", "we met a nurse", "I spoke with President Zelenskyy").
Refuses: turns with no person speaker (QUESTION:, MODERATOR:) are left to the other readers, and
so is a he/she right after a quote ("“My brother; my mother?” She tells me …": often a reply, not
the quote's cue, in a narrator's account).
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR
from site_builder.lexicon import data_lines


@lru_cache(maxsize=1)
def _narrator_verb_re() -> re.Pattern[str]:
    """"I asked the young man", "we met a nurse", "I spoke with Foreign Minister Kuleba": the
    narrator's verb (data/narrator_verbs.txt, an adverb of data/narrator_adverbs.txt between) and
    where the person it reaches starts. Words are joined by blanks, never a line break."""
    verbs = _on_one_line(data_lines(DATA_DIR / "narrator_verbs.txt"))
    adverbs = _on_one_line(data_lines(DATA_DIR / "narrator_adverbs.txt"))
    return re.compile(rf"(?<![\w’'-])(?:I|[Ww]e)[ \t]+(?:(?:{adverbs})[ \t]+)?(?:{verbs})[ \t]+")


def _on_one_line(phrases: list[str]) -> str:
    """An alternation of the phrases, longest first, blanks between their words."""
    return "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def narrator_objects(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the phrases a first-person narrator's verb reaches in [lo, hi), in reading order."""
    return [m.end() for m in _narrator_verb_re().finditer(text, lo, hi)]


def after_quote(text: str, pos: int) -> bool:
    """The word at `pos` comes right after a closing quote mark ("“…?” She tells me")."""
    return text[max(0, pos - 3) : pos].rstrip()[-1:] in ("”", '"', "’")
