"""Newspaper attribution, round 4 (issue 9): made-up US newspaper sentences through the whole
pipeline (real entity detection), one group per class, each with negatives.

Classes: a quote that closes its sentence with a period after a cue in that sentence keeps that
cue (the next sentence's "X said" is about something else); a titled person typed as a place by
the entity detector ("Councilwoman Irene Park") is a person for he/she; local-government titles
("Councilwoman", "Superintendent", "Sheriff") are titles.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.speakers import Resolver
from site_builder.model.spans import Mention
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # the cue before a sentence-closing quote stands; the next sentence's cue is another statement
    ('Officials at the county health department said the outbreak was “under control.” A department spokesman, '
     'Luis Ortega, said the county would keep testing.', 'under control', 'Officials at the county health department'),
    ('The mayor said the garage was “a waste of money.” Councilman Ed Burke said he agreed.', 'a waste', 'the mayor'),
    ('Ms. Lane said, “We are done here.” Her lawyer, Tom Reyes, said the family would appeal.', 'We are done', 'Lane'),
    ('The report called the plan “reckless.” Smith agreed.', 'reckless', 'the report'),
    # negatives: no cue before the quote, an echo, a comma or a question mark: the cue after it stands
    ('“We are done here.” Smith said the family would appeal.', 'We are done', 'Smith'),
    ('He said, and I quote, “massive consequences.” That is what the G7 leaders said.', 'massive', 'the G7 leaders'),
    ('“We will appeal,” Tom Reyes said. “The verdict was wrong.” His client, Dana Lane, said nothing.', 'The verdict', 'Tom Reyes'),
    ('Asked about the delay, Ms. Lane said, “Are you kidding me?” asked Tom Reyes.', 'Are you', 'Tom Reyes'),
    # a titled person the entity detector typed as a place; local-government titles
    ('Mayor Ray Delgado and Councilwoman Irene Park clashed over the proposal on Monday.\n\n“We cannot afford it,” she said.',
     'We cannot', 'Irene Park'),
    ('Superintendent Angela Ruiz visited the school on Monday.\n\n“The building is not safe,” she said.', 'The building', 'Angela Ruiz'),
    ('Sheriff Tom Bradley spoke first. “We made an arrest,” the sheriff said.', 'We made', 'Tom Bradley'),
]


@pytest.mark.parametrize(("text", "first", "speaker"), CASES)
def test_round4_speakers(text: str, first: str, speaker: str | None) -> None:
    assert speaker_of(text, first) == speaker


PLACES = [
    # (text, the mention, its type as the speaker readers see it)
    ("Councilwoman Irene Park spoke.", "Councilwoman Irene Park", "person"),
    ("Irene Park spoke.", "Irene Park", "person"),
    # negatives: after a preposition of place, or ending in a place word, a place stays one
    ("They met near General Grant Park.", "General Grant Park", "place"),
    ("She lives on Councilwoman Irene Street.", "Councilwoman Irene Street", "place"),
    ("Lake Irene Park flooded.", "Lake Irene Park", "place"),
]


@pytest.mark.parametrize(("text", "surface", "typ"), PLACES)
def test_titled_place_read_as_person(text: str, surface: str, typ: str) -> None:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, "place", "x")
    r = Resolver(text, (m,), {}, [], [0])
    assert r.mentions[0].type == typ
