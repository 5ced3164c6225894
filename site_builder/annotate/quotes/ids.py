"""Stable quote ids: "q-" + 8 hex digits of a hash of the quote's own normalised text.

Finds nothing; derives ids that survive edits elsewhere in the article (quote
marks, curly/straight apostrophes, case and spacing are normalised away). An
identical duplicate gets "-2", "-3", … in reading order.
"""

from __future__ import annotations

import hashlib
import re

_NORM_RE = re.compile(r"[“”\"‘’'`]+")


def normalise(quote_text: str) -> str:
    return " ".join(_NORM_RE.sub("", quote_text).lower().split())


def quote_ids(texts: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for t in texts:
        base = "q-" + hashlib.sha1(normalise(t).encode("utf-8")).hexdigest()[:8]
        k = seen.get(base, 0) + 1
        seen[base] = k
        out.append(base if k == 1 else f"{base}-{k}")
    return out
