"""Word classes learned from the corpus, document evidence, citations, units, place prefixes and
shared surnames (table-driven, with negative cases). Names are invented or generic."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.features import cluster_of, word_clusters
from site_builder.annotate.entities.gazetteer import small_place
from site_builder.annotate.entities.lexicon import data_lines
from site_builder.annotate.entities.tokens import evidence, runs_of
from tests.annotate.entities.helpers import people, spans


def test_word_clusters_file_is_sorted_and_well_formed() -> None:
    lines = data_lines("word_clusters.tsv")
    words = [line.split("\t")[0] for line in lines]
    assert words == sorted(words) and len(words) == len(set(words)) > 1000
    assert all(len(line.split("\t")) == 3 and all(x.isdigit() for x in line.split("\t")[1:]) for line in lines)
    assert all(w == w.lower() for w in words)


@pytest.mark.parametrize("word,known", [
    ("said", True), ("minister", True), ("Minister", True), ("zzqxv", False), ("", False),
])
def test_cluster_lookup(word: str, known: bool) -> None:
    found = cluster_of(word.lower())
    assert (found != ("?", "?")) is known
    assert (word.lower() in word_clusters()) is known


@pytest.mark.parametrize("text,field,word,present", [
    ("He met Lina Haddad. Haddad said no.", "mid", "haddad", True),
    ("Haddad said no. He left.", "mid", "haddad", False),  # only where a sentence starts
    ("The Office of Space Studies (OSS) met. OSS said so.", "defined", "oss", True),
    ("The OSS met. Nobody said so.", "defined", "oss", False),
])
def test_document_evidence(text: str, field: str, word: str, present: bool) -> None:
    ev = evidence(text, runs_of(text))
    assert (word in getattr(ev, field)) is present


@pytest.mark.parametrize("text,person,absent", [
    # a reference in scholarly text names its authors
    ("Attention improves with practice (Dorvek & Malinari, 2010).", "Malinari", None),
    ("As Tessaro (2013) argued, it holds.", "Tessaro", None),
    ("Prior work (Tessaro et al., 2013) found it.", "Tessaro", None),
    # a unit's scale is no person
    ("Warming must stay below 1.5 degrees Celsius this century.", None, "Celsius"),
    ("They set a 1.5-degree Celsius pathway.", None, "Celsius"),
    # a polity word before a place the model keeps alone joins it, and is no person
    ("He spoke with the People’s Republic of China (PRC) today.", None, "Republic"),
    # common words only, none a name, are no person; one after a title may be a surname
    ("VESSEL TYPE: General Cargo Ship\n\nVESSEL FLAG: Panama", None, "Cargo Ship"),
    ("Secretary Rice met the press.", "Rice", None),
    ("Judge Young ruled on Monday.", "Young", None),
    # the rest of a place after its prefix is no person
    ("The park lies in Fort Lee near the river.", None, "Lee"),
])
def test_learned_conventions(text: str, person: str | None, absent: str | None) -> None:
    found = people(text)
    if person is not None:
        assert person in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize("name,small", [("Sapulpa", True), ("Napier", True), ("London", False), ("Tuesday", False)])
def test_small_places(name: str, small: bool) -> None:
    assert small_place(name) is small


def test_shared_surname_links_to_the_person_named_most_often() -> None:
    text = ("Jeanne Carvell is an actress. Jeanne Carvell was born in Paris. Her father, Paul Carvell, "
            "ran a restaurant. Carvell later moved to Rome.")
    ids = {t: e for t, kind, e in spans(text) if kind == "person"}
    assert ids.get("Carvell") == "jeanne-carvell"


def test_shared_surname_without_a_majority_takes_the_nearest_full_name_before() -> None:
    text = "Ana Roble met Luis Roble. Later, Roble left."
    ids = [e for t, kind, e in spans(text) if kind == "person" and t == "Roble"]
    assert ids in ([], ["luis-roble"])
