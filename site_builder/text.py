"""Small text helpers shared by several stages: slugs and shortening at a word boundary."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


MAX_SLUG = 120  # bytes (a slug is ASCII); longer ones, e.g. entity ids, end in a hash of the whole


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII, lower case, hyphens; cut at a word boundary. Whatever `max_length`, a slug longer
    than MAX_SLUG is cut and ends in a short hash of the whole, so two long names stay two ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower().replace("'", "").replace("’", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug


def shorten(text: str, width: int) -> str:
    """Cut at a word boundary and add an ellipsis when the text is longer than `width`."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;:-—–")
    return cut + "…"
