"""A role used as a name inside someone's quote ("Coach kept saying, ‘Trust it,’"; "Coach said the
same thing. He said, ‘…’") speaks for the person the article named with that role before
("Cedar Prairie coach Brad Ahlquist"), else for the outer speaker's one ("Okoro’s coach"), and is
never shown bare. Negatives: a plural ("Officials said …") is no role-name; a named person opening
the sentence keeps the pronoun; a "my father" still goes to the father."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

COACH = "With 1:52 left, Cedar Prairie coach Brad Ahlquist gathered his offense on the sideline.\n\n"

CASES = [
    (COACH + "\"Coach kept saying, 'Trust it, trust it,'\" said Lindgren, a senior. \"So I trusted it.\"", "Trust it",
     "Brad Ahlquist"),
    ("Okoro, a junior guard, missed his first six shots.\n\n“I told myself the next one’s going in,” Okoro said. "
     "“Coach said the same thing. He said, ‘You’re not a 0-for-6 guy.’”", "‘You’re not", "Okoro’s coach"),
    (COACH + "“Coach said the same thing. He said, ‘You’re not a 0-for-6 guy.’” Okoro said.", "‘You’re not",
     "Brad Ahlquist"),
    # negatives
    ("Okoro, a junior guard, missed his first six shots.\n\n“I told myself the next one’s going in,” Okoro said. "
     "“Coach Hollis never talked to me. My father did. He said, ‘You’re not a 0-for-6 guy.’”", "‘You’re not",
     "Okoro’s father"),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_role_as_name(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected
