"""A name with a hyphenated honorific ("Dr. Jaishankar-ji", "Singh-sahib") is the name without it.

Finds: a discovered person whose last word ends in a hyphen and an honorific (data/honorific_suffixes.txt)
after a stem of three or more letters that another person of the article ends with ("S. Jaishankar")
or that the archive knows as a surname; the claim's words lose the honorific (in place), so linking
ties it to the full name and its id is the name's. The mention keeps its text. Refuses: registered
names and speaker labels, and a stem that is no known name ("Hye-ji", a Korean given name, stays).
"""

from __future__ import annotations

from functools import lru_cache

from site_builder.annotate.entities.claims import Claim
from site_builder.annotate.entities.features import archive_surname
from site_builder.annotate.entities.lexicon import data_lines


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return frozenset(data_lines("honorific_suffixes.txt"))


def strip_honorific_suffixes(hits: list[Claim]) -> None:
    """Each suffixed person's words without the honorific (in place)."""
    people = [h for h in hits if h.type == "person" and h.words and not h.registered and not h.label]
    lasts = {h.words[-1].lower() for h in people}
    for h in people:
        stem, hyphen, suffix = h.words[-1].rpartition("-")
        if hyphen and suffix.lower() in _suffixes() and len(stem) >= 3 \
                and (stem.lower() in lasts or archive_surname(stem.lower())):
            h.words = (*h.words[:-1], stem)
