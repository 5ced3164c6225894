"""Bands and ensembles named after their leader: "the Lonnie Marchand Quintet", "the Count Basie
Orchestra" are organisations, not the person or place the model read in them.

Changes: a person or place mention of three or more words (a leader's full name) whose last word
is an ensemble noun (data/ensemble_heads.txt) into an organisation (its id from its words).
Refuses: registered, titled and labelled names, and "the Lonnie Quintet" (two words: the model's
person there also stands for the lone "Lonnie" the article goes on to name).
"""

from __future__ import annotations

from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.slug import slugify


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(data_lines("ensemble_heads.txt"))


def ensemble_names(text: str, hits: list[Claim]) -> None:
    """Retype (in place) each person or place hit that names an ensemble (module docstring)."""
    for h in hits:
        if h.type in ("person", "place") and not h.registered and not h.roles and not h.label and len(h.words) >= 3 \
                and h.words[-1].lower().strip(".,") in _heads():
            h.type, h.kind, h.id = "organization", FOUND, slugify(text[h.start:h.end])
