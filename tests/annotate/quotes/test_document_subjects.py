"""Issue 9, release 9: documents that open their sentence speak for the quote in it.

* a narrowed document (a participle or a name and a participle after its noun) past up to three
  modifiers: "A 2006 council resolution honoring her described …", "An internal memo circulated
  to donors … and obtained by POLITICO warns …" (the memo, not the outlet that obtained it);

and the negatives: a person opening the sentence speaks, a modifier that is no document noun is no
document ("A council member honoring her described …").

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('Over the years the room received small grants. A 2006 council resolution honoring her described the reading room '
     'as “a refuge, a classroom and a lending library.”', 'a refuge', 'a 2006 council resolution honoring her'),
    ('The campaign’s polling tells a similar story. An internal memo circulated to donors this month and obtained by '
     'POLITICO warns that the message has “lost much of its force with younger voters” and urges a pivot.',
     'lost much', 'an internal memo circulated to donors this month'),
    # negatives: a person noun narrowed the same way is no document; a named person speaks
    ('Over the years the room received small grants. Mary Jones, honoring her, described the reading room as '
     '“a refuge, a classroom and a lending library.”', 'a refuge', 'Mary Jones'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker
