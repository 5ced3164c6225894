"""The learned entity model and the site's conventions around it (table-driven, invented names).

Each table holds (text, expected (surface, type, id) triples) or (text, surfaces that must not be
a mention of that type). The model is trained by bench/train_entities.py; these cases pin what
the site needs whatever the weights: speaker labels, groups, laws, title fragments, apostrophes.
"""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.model import Span, best_spans, default_weights
from tests.annotate.entities.helpers import spans

BRIEFING = ("Spokesperson Ned Price held a briefing.\n\nMR PRICE: Good afternoon.\n\n"
            "QUESTION: Thank you, Ned.\n\nMODERATOR: Next question.\n\nMR PRICE: Go ahead.")

FOUND = [
    # a speaker label names the person speaking, linked to the article's full name
    (BRIEFING, [("PRICE", "person", "ned-price"), ("Ned Price", "person", "ned-price")]),
    ("SECRETARY BLINKEN: Thank you all.\n\nQUESTION: Yes.\n\nSECRETARY BLINKEN: Good.",
     [("BLINKEN", "person", "blinken")]),
    # apostrophes and hyphens stay inside a name
    ("The award went to Mary O'Neill and Ana Ruiz-O'Brien on Friday.",
     [("Mary O'Neill", "person", "mary-oneill"), ("Ana Ruiz-O'Brien", "person", "ana-ruiz-obrien")]),
    # a title word last after a given name is a surname
    ("The novel by Stephen King sold well.", [("Stephen King", "person", "stephen-king")]),
    # countries are never people, even beside a person whose given name they spell
    ("Israel Katz said Israel would respond.", [("Israel Katz", "person", "israel-katz"), ("Israel", "place", "israel")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = spans(text)
    for item in expected:
        assert item in found, (item, found)


NOT_PEOPLE = [
    (BRIEFING, ["QUESTION", "MODERATOR", "MR PRICE"]),
    ("Hispanic Americans and Pacific Islanders met Afghan refugees. South Americans joined.",
     ["Hispanic Americans", "Americans", "Pacific Islanders", "South Americans", "Afghan"]),
    ("The Inflation Reduction Act and the Marshall Plan were discussed. The Paris Agreement and the "
     "Abraham Accords were signed.",
     ["Inflation Reduction Act", "Marshall Plan", "Paris Agreement", "Abraham Accords"]),
    ("The Deputy Chief and the General Counsel met the Ambassador Extraordinary and Plenipotentiary.",
     ["Deputy Chief", "Counsel", "General Counsel", "Extraordinary", "Extraordinary and Plenipotentiary"]),
    ("Secretary Announces New Partnership Funding\n\nThe Secretary of State announced new funding.",
     ["Announces New Partnership Funding", "Announces", "Partnership Funding"]),
    ("Ebola and Omicron spread in the region.", ["Ebola and Omicron"]),
    ("VESSEL NAME: Polar Star\n\nVESSEL FLAG: Russia\n\nThe vessel flag was Russian.", ["VESSEL FLAG", "VESSEL NAME"]),
]


@pytest.mark.parametrize(("text", "refused"), NOT_PEOPLE)
def test_not_people(text: str, refused: list[str]) -> None:
    people = [s for s, t, _ in spans(text) if t == "person"]
    for surface in refused:
        assert surface not in people, (surface, people)


NOT_MENTIONS = [
    ("The Inflation Reduction Act passed.", ["Inflation Reduction Act"]),
    # "the Council" is the body the article names (GUM and the news gold mark it: organizations.named_bodies)
    ("The Department said the Council would meet.", ["Department"]),
    ("The Food and Drug Administration approved it.", ["Drug Administration"]),
    # a country in diplomatic copy is a place, not a national team
    ("Russia and Ukraine held talks; the goal of the match of wills was a final deal, the coach said.",
     ["Russia national team"]),
]


@pytest.mark.parametrize(("text", "refused"), NOT_MENTIONS)
def test_not_mentions(text: str, refused: list[str]) -> None:
    found = [s for s, _, _ in spans(text)] + [i for _, _, i in spans(text)]
    for surface in refused:
        assert surface not in found and surface.lower().replace(" ", "-") not in found, (surface, found)


def test_jr_ends_a_name() -> None:
    """"Jr." never leaks into the next name, and is no name by itself."""
    found = spans("The portrait shows Robert Kennedy Jr. Maria Shriver stands beside him.")
    assert not [s for s, _, _ in found if "Jr." in s and "Maria" in s]
    assert "Jr." not in [s for s, _, _ in found]


def test_weights_load_and_are_small() -> None:
    weights = default_weights()
    assert 100 < len(weights) < 50_000
    assert all(len(v) == 3 for v in weights.values())


@pytest.mark.parametrize(("n", "scored", "expected"), [
    # the best set of non-overlapping spans, not the best single span
    (3, [(0, 3, 0, 5.0), (0, 2, 0, 3.0), (2, 3, 1, 3.0)], [Span(0, 2, 0), Span(2, 3, 1)]),
    (2, [(0, 2, 2, 1.0), (0, 1, 0, -1.0)], [Span(0, 2, 2)]),
    (2, [(0, 1, 0, -0.5)], []),  # a span with no positive score is left out
])
def test_best_spans(n: int, scored: list[tuple[int, int, int, float]], expected: list[Span]) -> None:
    assert best_spans(n, scored) == expected
