"""A cue-less quote paragraph whose next paragraph opens by naming its speaker with a lead from
data/next_sentence_leads.txt ("That was how Clint Hargrove put it …", "So said …"): that name,
which beats whatever the paragraph before reports. Negatives: a next paragraph opening with some
other person as subject leaves the reported speech of the paragraph before in charge; no lead and
nothing before: the next paragraph's person, as before."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

BEFORE = ("Clint Hargrove, 58, who owns three auto-parts stores, spent more than $1.1 million on the race, according "
          "to campaign finance reports. He has campaigned on public safety.\n\n")
QUOTE = "“We’ve got a city that can’t keep its police officers. That’s the choice in this runoff.”\n\n"

CASES = [
    (BEFORE + QUOTE + "That was how Hargrove put it to supporters at a watch party.", "Clint Hargrove"),
    ("Rosa Villarreal said the city had failed the east side.\n\n" + QUOTE + "So said Clint Hargrove, at a steakhouse.",
     "Clint Hargrove"),
    # negatives: no lead, the speaker reported just before carries over
    ("Rosa Villarreal said the city had failed the east side.\n\n" + QUOTE + "Clint Hargrove, her rival, spent the night "
     "at a steakhouse.", "Rosa Villarreal"),
    ("Rosa Villarreal said the city had failed the east side.\n\n" + QUOTE + "That was the week the runoff began.",
     "Rosa Villarreal"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lead_in_next_paragraph(text: str, expected: str) -> None:
    assert speaker_of(text, "We’ve got") == expected
