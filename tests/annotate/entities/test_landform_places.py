"""linking.landform_places: a person shape ending with a landform word (data/landform_tails.txt),
with no given name first and no title, is a place. Sentences written for the test; names invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


@pytest.mark.parametrize("text,name,kind", [
    ("The Cedar Prairie student section poured onto the track. Cedar Prairie won.", "Cedar Prairie", "place"),
    ("Students at Pine Hollow were sent home. Pine Hollow has a low rate.", "Pine Hollow", "place"),
    ("Ranchers in towns like Kiowa Flats depend on the wells.", "Kiowa Flats", "place"),
    ("Tom Ridge spoke at the dinner.", "Tom Ridge", "person"),  # a given name first
    ("Mayor Ann Grove spoke at the dinner.", "Ann Grove", "person"),
    # a French landform: a travel guide's islands
    ("You have a view of the islands Grande Terre and far away Basse Terre.", "Basse Terre", "place"),
    ("You have a view of the islands Grande Terre and far away Basse Terre.", "Grande Terre", "place"),
    ("The ferry leaves Basse Terre every morning.", "Basse Terre", "place"),
    ("Pierre Terre spoke at the dinner.", "Pierre Terre", "person"),  # a given name first
])
def test_landform_places(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(t, k) for t, k, _ in spans(text)], spans(text)


@pytest.mark.parametrize("text,word,expected", [
    ("results from the Harris County Clerk’s Office", "Harris", ("Harris County", "place")),
    ("crews in Wayne Township worked late", "Wayne", ("Wayne Township", "place")),
    ("Harris countered the claim", "Harris", ("Harris", "person")),  # no region word after it
    ("Harris Clerk said no", "Harris", ("Harris", "person")),
])
def test_single_before_region_word(text: str, word: str, expected: tuple[str, str]) -> None:
    from site_builder.annotate.entities.claims import SINGLE, Claim
    from site_builder.annotate.entities.linking import landform_places

    start = text.index(word)
    hits = [Claim(start, start + len(word), SINGLE, "person", None, words=(word,))]
    landform_places(text, hits, frozenset())
    assert (text[hits[0].start:hits[0].end], hits[0].type) == expected
