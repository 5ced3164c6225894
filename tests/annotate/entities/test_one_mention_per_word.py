"""Two cues that find the same word give one mention (pipeline._outside): a surname found again
that is also a lone word before ", who" ("Raines, who has not endorsed") was once listed twice.
Names are invented."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities import find_entities
from site_builder.model.registry import EMPTY_REGISTRY


@pytest.mark.parametrize("text,word,count", [
    ("Dana Raines spoke first.\n\nRaines, who has not endorsed, said it.", "Raines", 2),
    ("Mayor Dana Raines spoke first.\n\nRaines, who has not endorsed, said it.", "Raines", 2),
    ("Council member Tom Feeney spoke.\n\nFeeney, who is widely expected to run, said no.", "Feeney", 2),
    # negatives: one cue alone still finds the word once
    ("Dana Raines spoke first.\n\nRaines said in a written statement that she would vote.", "Raines", 2),
    ("Odom, whose district includes Tillery, said the vote was close.", "Odom", 1),
])
def test_each_word_is_one_mention(text: str, word: str, count: int) -> None:
    mentions, _ = find_entities(text, EMPTY_REGISTRY)
    places = [(m.start, m.end) for m in mentions if word in m.text]
    assert len(places) == len(set(places)) == count
    assert all(m.type == "person" for m in mentions if word in m.text)
