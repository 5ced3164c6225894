"""honorific_suffixes.py: "Varadakar-ji" is the person named in full; "Hye-ji" is a name.
Sentences are written for the test; names are invented."""

from __future__ import annotations

from tests.annotate.entities.helpers import spans


def test_hyphenated_honorific_links_to_the_full_name() -> None:
    text = ("Secretary Lloyd Holm welcomed Dr. Subrahmanyam Varadakar, the Indian minister. Holm said: we thank "
            "my esteemed colleague, Dr. Varadakar-ji, for coming.")
    ids = {t: i for t, kind, i in spans(text) if kind == "person"}
    assert ids["Varadakar-ji"] == ids["Subrahmanyam Varadakar"]


def test_korean_given_name_keeps_its_syllable() -> None:
    text = "Kim Hye-ji won gold. Lee Min-ji took silver."
    ids = {t: i for t, kind, i in spans(text) if kind == "person"}
    assert ids.get("Kim Hye-ji") == "kim-hye-ji"
