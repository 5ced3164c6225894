"""org_names.org_in_full: an organization's name the entity layer cut short, written whole.

Each case: (text, the mention's text (its first occurrence), the name shown or None).
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.org_names import org_in_full

CASES = [
    # the capitalised words right after the mention, up to a word ending a body's name
    ("The Seattle Police Officers Guild, which represents Brandt, said", "Seattle Police", "Seattle Police Officers Guild"),
    ("The Nevada Republican Party said", "Nevada Republican", "Nevada Republican Party"),
    ("Ohio Nurses Association filed a complaint", "Ohio Nurses", "Ohio Nurses Association"),
    # a one-word mention: the article's first writing of the word with a company name after it
    ("Lomax led Stonebridge Federal Solutions, a contractor.\n\nStonebridge, which was bought, said", "Stonebridge, which",
     "Stonebridge Federal Solutions"),
    # negatives: no word ending a body's name; a company word only for one-word mentions found elsewhere
    ("Seattle Police Chief Adrian Diaz said", "Seattle Police", None),
    ("Acme said on Monday", "Acme", None),
    ("Chicago said the Chicago Police Department would respond.", "Chicago said", None),
    ("the Wexford Heights lodge said", "Wexford Heights", None),
]


@pytest.mark.parametrize(("text", "mention", "name"), CASES, ids=[c[1] for c in CASES])
def test_org_in_full(text: str, mention: str, name: str | None) -> None:
    start = text.index(mention)
    word = mention.split(",")[0].removesuffix(" said")
    assert org_in_full(text, start, start + len(word)) == name
