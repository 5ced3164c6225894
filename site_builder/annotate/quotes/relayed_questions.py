"""A question an interpreter or moderator relays is the asker's words.

"MR PRICE: We’ll turn to Hikmet Yosef from PalSawa. ¶ QUESTION: (In Arabic.) ¶ INTERPRETER: So his
question was: “…” ¶ And he’s asking also: “…”" — both quotes are Hikmet Yosef's.
Finds: in a moderator's turn (INTERPRETER:, MODERATOR:, OPERATOR:), a quote right after "his/her/the
question was", "he’s asking (also)", "she asks"; its asker is the person named last before the quote
(in the turn or a few turns back), outside the turn labels, or the name a host called on there ("We’ll turn
to Hikmet Yosef", which the entity layer may not know).
Refuses: a relay with no person named in the turns before (the asker stays unknown); a quote in a
person's or a question turn.
"""

from __future__ import annotations

import re

from site_builder.model.spans import Mention, Turn

# "So his question was: ", "And he’s asking also: ", "She asks, " (not "The question is: ": whose
# question that is, quotes/cue_markers.py decides)
_RELAY_RE = re.compile(
    r"(?:(?<![\w’'-])(?:his|her|their)[ \t]+(?:\w+[ \t]+)?question[ \t]+(?:was|is)"
    r"|(?<![\w’'-])(?:he|she|they)(?:[’']s|[ \t]+is|[ \t]+was|[ \t]+are)?[ \t]+(?:also[ \t]+)?"
    r"(?:asking|asks|asked)(?:[ \t]+also)?)[ \t]*[:,]?[ \t]*\Z",
    re.I,
)
TURNS_BACK = 4
# "We’ll turn to Hikmet Yosef from PalSawa", "Let’s go to the line of Jane Roe", "the next question
# is from Said Arikat": the host calling on a journalist the entity layer may not know
_CALLED_RE = re.compile(
    r"(?<![\w’'-])(?:turn|go|come)[ \t]+(?:over[ \t]+)?to[ \t]+(?:the[ \t]+line[ \t]+of[ \t]+)?"
    r"|(?<![\w’'-])call[ \t]+on[ \t]+|(?<![\w’'-])question[ \t]+(?:is[ \t]+|comes[ \t]+)?from[ \t]+"
    r"|(?<![\w’'-])line[ \t]+of[ \t]+"
)
_NAME_RE = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}")


def relays(text: str, turn: Turn, qstart: int) -> bool:
    """The quote follows a relay of a question in a moderator's turn ("So his question was: “…”")."""
    if turn.role != "moderator":
        return False
    lo = max(turn.start, text.rfind("\n", 0, qstart) + 1, qstart - 80)
    return _RELAY_RE.search(text, lo, qstart) is not None


def asker(turns: tuple[Turn, ...], mentions: list[Mention]) -> Mention | None:
    """The person named last among `mentions` (those before the quote, from `TURNS_BACK` turns
    back, in reading order), outside any turn's label."""
    labels = [(t.label_start, t.label_end) for t in turns]
    found = None
    for m in mentions:
        if m.type == "person" and not any(a <= m.start < b for a, b in labels):
            found = m
    return found


def called_on(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the name of the journalist a host called on last in [lo, hi) ("We’ll turn to
    Hikmet Yosef"), two or three capitalised words; None when there is none."""
    found = None
    for m in _CALLED_RE.finditer(text, lo, hi):
        name = _NAME_RE.match(text, m.end(), hi)
        if name is not None:
            found = (name.start(), name.end())
    return found
