"""A "you" the speaker calls by name earlier in the paragraph is that person."""

import pytest

from site_builder.annotate.quotes.vocative_addressee import vocative_person
from site_builder.model.spans import Mention

BLINKEN = Mention(0, 14, "Antony Blinken", "person", "antony-blinken")
TONY = Mention(0, 4, "Tony", "person", "tony")
JONES = Mention(0, 10, "Mary Jones", "person", "mary-jones")
PEOPLE = [(TONY, "Tony"), (BLINKEN, "Antony Blinken"), (JONES, "Mary Jones")]

CASES = [
    ("Dear Tony, I know this. You said, ", "antony-blinken", "Tony"),
    ("Mary, as you said, ", "mary-jones", "Mary"),
    ("We met. Jones, you wrote ", "mary-jones", "Jones"),
    ("My dear Mary, you said ", "mary-jones", "Mary"),
    # negatives: a word naming nobody, a vocative mid-sentence, a two-letter tail, none at all
    ("Well, you said ", None, None),
    ("I told Mary, you said ", None, None),
    ("Ny, you said ", None, None),
    ("As you said ", None, None),
]


@pytest.mark.parametrize(("text", "entity", "word"), CASES)
def test_vocative_person(text: str, entity: str | None, word: str | None) -> None:
    found = vocative_person(text, 0, len(text), PEOPLE)
    if entity is None:
        assert found is None
    else:
        assert found is not None
        start, end, m, _ = found
        assert (m.entity, text[start:end]) == (entity, word)


def test_you_said_after_a_vocative_is_the_one_called() -> None:
    from tests.annotate.quotes.helpers import run

    text = (
        "MS DOE: Thank you, Minister Jones.\n\nMR SMITH: Antony Blinken is here.\n\n"
        "Dear Tony, I know how much this means. On your first day, you said, and I quote, “Power is moral choice.”"
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Antony Blinken"]


def test_you_said_without_a_vocative_is_the_turn_addressed() -> None:
    from tests.annotate.quotes.helpers import run

    text = "MR SMITH: We are glad.\n\nMS DOE: Thank you. You said, “Power is moral choice.”"
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Smith"]
