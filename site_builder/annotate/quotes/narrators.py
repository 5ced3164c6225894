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

# "I asked the young man", "we met a nurse", "I spoke with Foreign Minister Kuleba": the narrator's
# verb and where the person it reaches starts
_NARRATOR_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:I|[Ww]e)[ \t]+(?:(?:just|then|once|also|first|finally|recently)[ \t]+)?"
    r"(?:met[ \t]+with|sat[ \t]+down[ \t]+with|spoke[ \t]+(?:with|to)|talked[ \t]+(?:with|to)|"
    r"asked|met|told|saw|visited|called|heard|greeted|thanked)[ \t]+"
)


def narrator_objects(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the phrases a first-person narrator's verb reaches in [lo, hi), in reading order."""
    return [m.end() for m in _NARRATOR_VERB_RE.finditer(text, lo, hi)]


def after_quote(text: str, pos: int) -> bool:
    """The word at `pos` comes right after a closing quote mark ("“…?” She tells me")."""
    return text[max(0, pos - 3) : pos].rstrip()[-1:] in ("”", '"', "’")
