"""Paragraph boundaries of an article's plain text.

Finds the (start, end) offsets of every paragraph; paragraphs are separated by a
blank line. Refuses nothing: whitespace-only stretches are simply not paragraphs.
"""

from __future__ import annotations

import re

_PARA_RE = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trailing whitespace excluded."""
    spans = []
    for m in _PARA_RE.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans
