"""A clip played in an interview: "Ukrainian President Zelenskyy called for the U.S. to impose
sanctions now. He did that in Munich yesterday. I want you to take a listen:\n\n“(Via interpreter)
What are you waiting for? …”" — the words are the person the introducing text last named.

Finds: a clip intro (data/clip_intros.txt) closing the text before the quote (a colon or period may
follow); the speaker is the last person mention in that text outside quotations.
Refuses: no intro right before the quote ("take a listen to the debate later. “…”" has more after
it), no person named in that text (a clip from "the ad" stays for other rules).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from site_builder.annotate.quotes.lexicon import DATA_DIR
from site_builder.lexicon import data_lines
from site_builder.model.spans import Mention


@cache
def _intro_re() -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data_lines(DATA_DIR / "clip_intros.txt"))
    return re.compile(r"(?<![\w’'-])(?:" + alts + r")\s*[:.]?\s*\Z", re.I)


def clip_speaker(text: str, lo: int, qstart: int, mentions_in: Callable[[int, int], list[Mention]], in_quote: Callable[[int], bool]) -> Mention | None:
    """The person mention the clip intro before `qstart` hands the quote to (the last one in
    [lo, intro)); None without an intro or a person."""
    m = _intro_re().search(text, max(lo, qstart - 60), qstart)
    if m is None:
        return None
    people = [x for x in mentions_in(lo, m.start()) if x.type == "person" and not in_quote(x.start)]
    return people[-1] if people else None
