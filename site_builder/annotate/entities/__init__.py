"""Entity mentions: people, organizations and places, each linked to one canonical id.

`find_entities(text, registry)` runs this package over an article's plain text: tokens.py (runs
of capitalised words as `Token`s, and the article's evidence beyond the sentence), pipeline.py
(speaker labels and registry names first, then the learned model of model.py over candidate
spans described by features.py, people.py, organizations.py and places.py; every decision a
`Claim`), linking.py (trims, one id per person in the article), extents.py (post-modifiers that
belong to a name: "Lena Markovic of the Civic Party", "Tampa, Florida"). Language data and the
model's weights live in data/ (weights from bench/train_entities.py). Pure: no HTML, no global
mutable state (the data, the weights and the per-registry name table are loaded once).
"""

from __future__ import annotations

# First: chooses compiled or .py modules before any of them loads (native.py).
import site_builder.annotate.entities.native  # noqa: F401
from site_builder.annotate.entities.body_titles import people_after_bodies
from site_builder.annotate.entities.branches import group_branches
from site_builder.annotate.entities.ensembles import ensemble_names
from site_builder.annotate.entities.extents import sentence_stops, widen
from site_builder.annotate.entities.features import document_heads
from site_builder.annotate.entities.function_word_surnames import function_word_surnames_named
from site_builder.annotate.entities.gazetteer import country_names
from site_builder.annotate.entities.honorific_suffixes import strip_honorific_suffixes
from site_builder.annotate.entities.lexicon import lexicon
from site_builder.annotate.entities.linking import (
    drop_non_people,
    landform_places,
    link,
    prune,
    the_named,
    trim_non_name_words,
)
from site_builder.annotate.entities.model import Weights, default_weights
from site_builder.annotate.entities.mottos import drop_motto_words
from site_builder.annotate.entities.names import name_table
from site_builder.annotate.entities.org_tails import companies_opened
from site_builder.annotate.entities.patronymics import patronymic_names
from site_builder.annotate.entities.pipeline import scan
from site_builder.annotate.entities.romanised_names import romanised_names
from site_builder.annotate.entities.suffixed_eponyms import suffixed_eponyms
from site_builder.annotate.entities.things import drop_things
from site_builder.annotate.entities.title_fragments import drop_title_fragments
from site_builder.annotate.entities.work_titles import drop_work_titles
from site_builder.model.registry import Registry
from site_builder.model.spans import EntityRef, Mention

__all__ = ["find_entities"]


def find_entities(text: str, registry: Registry) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """Return the mentions in `text` (sorted by start) and one EntityRef per entity mentioned."""
    return find_entities_with(text, registry, default_weights())


def find_entities_with(
    text: str, registry: Registry, weights: Weights
) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """`find_entities` with the model's weights given (cross-validation trains its own)."""
    table = name_table(registry)
    lex = lexicon()
    hits = scan(text, table, lex, weights)
    suffixed_eponyms(text, hits)
    trim_non_name_words(text, hits, lex.not_name_words)
    drop_non_people(text, hits, lex.calendar, document_heads(), lex.given_names)
    patronymic_names(text, hits, lex.given_names, lex.org_heads)
    romanised_names(text, hits, lex)
    function_word_surnames_named(text, hits, lex.given_names)
    companies_opened(text, hits, lex)
    drop_things(text, hits)
    drop_title_fragments(text, hits, lex)
    group_branches(text, hits, table, lex)
    drop_work_titles(text, hits, lex.given_names)
    drop_motto_words(text, hits, lex.given_names)
    people_after_bodies(text, hits, lex)
    ensemble_names(text, hits)
    landform_places(text, hits, lex.given_names)
    the_named(text, hits)
    prune(text, hits, lex.given_names)
    widen(text, hits)
    sentence_stops(text, hits)
    strip_honorific_suffixes(hits)
    return link(text, hits, table, country_names())
