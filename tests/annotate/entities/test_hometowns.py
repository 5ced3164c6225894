"""extents.py: "Doris Keane of Marlow," — a full name, "of" and a town (a known place, or a name
that ends the clause with no "the" and no organization word) is the person, then the place: the
person's mention is not widened over the town, and the town is a place mention of its own (also
where the model took it for a one-word person). An organization after "of" still widens the
person ("Lena Markovic of the Civic Party"). Sentences are written for the test; names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

HOMETOWNS = [
    ("The former mayor, Daniel Brooks of Chicago, spoke.", "Daniel Brooks", "Chicago"),
    ("Doris Keane of Marlow, who said she voted for him twice, left early.", "Doris Keane", "Marlow"),
    ("She leaves a sister, Anna Ricci of Lanciano; and five grandchildren.", "Anna Ricci", "Lanciano"),
    ("Survivors include two sons, Curtis Marchand of Bowie and Eugene Marchand of Atlanta.",
     "Curtis Marchand", "Bowie"),
    ("Sen. Harlan Tuttle of Kansas, the ranking Republican, asked first.", "Harlan Tuttle", "Kansas"),
    ("In line was Kayla Brandenburg of Ridgeway.", "Kayla Brandenburg", "Ridgeway"),
]


@pytest.mark.parametrize("text,person,town", HOMETOWNS)
def test_person_then_town(text: str, person: str, town: str) -> None:
    found = [(t, kind) for t, kind, _ in spans(text)]
    assert (person, "person") in found, found
    assert (town, "place") in found, found
    assert not any(t.startswith(person + " of") for t, _ in found), found


AFFILIATIONS = [
    ("Lena Markovic of the Civic Party won a seat.", "Lena Markovic of the Civic Party"),
    ("Ruth Okafor of Demosphere was elected.", "Ruth Okafor of Demosphere"),
    ("Frederick Fung of ADPL, a small party, agreed.", "Frederick Fung of ADPL"),
    ("Dana Reyes of Harmon Bank, a lender, said.", "Dana Reyes of Harmon Bank"),
]


@pytest.mark.parametrize("text,person", AFFILIATIONS)
def test_affiliation_still_widens(text: str, person: str) -> None:
    found = [(t, kind) for t, kind, _ in spans(text)]
    assert (person, "person") in found, found
