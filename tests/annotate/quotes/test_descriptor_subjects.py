"""An unnamed source named by a trade ("lineman", "foreman", "columnist": data/person_nouns.txt)
with a short prepositional phrase after the noun ("One contractor lineman from Louisiana, who
asked not to be named, said …"; "One contractor from Louisiana said …") is the subject of the
speech verb, so a "he said" in the next paragraph is that source, not a person named earlier.
Negatives: an apposition name after the phrase wins ("A UNHCR spokesperson in Geneva, Marguerite
Osei, told …"); a paragraph back, a subject that did not speak ("… climbed the pole") is passed
over; a noun that is no person ("One truck from Louisiana")."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

LEAD = "Derek Fonseca, a spokesman for the utility, said the work would take weeks. "
QUOTE = '\n\n"We set a pole, we hang wire," he said.'

CASES = [
    (LEAD + "One contractor lineman from Louisiana, who asked not to be named because he was not authorized to "
     "speak, said crews were still finding poles." + QUOTE, "We set", "one contractor lineman"),
    (LEAD + "One contractor from Louisiana said crews were still finding poles." + QUOTE, "We set", "one contractor"),
    (LEAD + "A foreman at the substation said crews were still finding poles." + QUOTE, "We set", "a foreman"),
    # negatives
    ("A UNHCR spokesperson in Geneva, Marguerite Osei, told reporters that the agency had moved 9,000 people. "
     'She described the situation as "one of the most neglected emergencies on earth."', "one of the most", "Marguerite Osei"),
    (LEAD + "One lineman from Louisiana climbed the pole at dawn." + QUOTE, "We set", "Derek Fonseca"),
    (LEAD + "One truck from Louisiana, which arrived on Monday, carried new poles." + QUOTE, "We set", "Derek Fonseca"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_descriptor_with_phrase(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected
