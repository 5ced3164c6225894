"""A coordinated cue inside the clause an earlier cue reports ("Kendrick Oyewole said Mr.
Marchand charged him nothing and insisted only that he practice scales “…”") has that clause's
subject, not the reporter. Negatives: a comma or quote between ("Cooper said her party backed it
“for months”, and said …": Cooper goes on); a reported clause whose subject is no name."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ("Kendrick Oyewole, 24, a saxophonist who studied with him, said Lonnie Marchand charged him nothing and insisted "
     "only that he practice scales “until your neighbors know them by heart.”", "until your", "Lonnie Marchand"),
    ("Jane Doe said John Smith met the board and warned that the plan was “a disaster in waiting.”", "a disaster",
     "John Smith"),
    # negatives
    ("Jane Doe said her party had backed the plan “for months”, and said the vote was “damning for everyone.”",
     "damning", "Jane Doe"),
    ("Jane Doe said the board met on Monday and warned that the plan was “a disaster in waiting.”", "a disaster",
     "Jane Doe"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_reported_coordinated_cue(text: str, first: str, expected: str) -> None:
    assert speaker_of(text, first) == expected
