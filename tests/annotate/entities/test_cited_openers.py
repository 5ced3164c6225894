"""features._CITED_OPENERS is a hand list of the characters _CITED_AFTER can begin with (it spares
the regex on most words): every match the regex finds must begin with one of them."""

from __future__ import annotations

import random

from site_builder.annotate.entities import features


def test_every_citation_match_begins_with_a_listed_opener() -> None:
    rng = random.Random(3)
    pieces = ["'", "’", "'s", "’s", ",", " ", "(", "1999", "2010a", "1492", "et al", "x", ".", "b"]
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if features._CITED_AFTER.match(text):
            found += 1
            assert text[0] in features._CITED_OPENERS, text
    assert found > 100  # the sample reaches the pattern


def test_an_opener_outside_the_list_is_caught() -> None:
    # negative: the check above fails for a list that misses one
    assert features._CITED_AFTER.match(", 2010")
    assert "," in features._CITED_OPENERS
