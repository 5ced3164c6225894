"""Table-driven negatives: scare quotes, titles, nicknames, terms, apostrophes, stray marks."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import body, run

NOT_QUOTES = [
    "The court labelled the groups “extremist” on Monday.",
    "The “reset” failed within a year, Smith said later.",
    "Smith wrote a book titled “The Long Road Home” last year.",
    "The conference, “Building a Better Future Together,” opens on Monday.",
    "Heads of state met under the theme “Shared Values: Building Green and Inclusive Future.”",
    "Benjamin “Bibi” Netanyahu arrived in Washington.",
    "Ambassador C.B. “Sully” Sullenberger will attend.",
    "The so-called “peace dividend” has vanished since then.",
    "The administration’s “no blank check” policy remains in force.",
    "We are proud to be Mongolia’s “third neighbor” and strategic partner.",
    "The film “Gone with the Wind” was shown again.",
    "The group, known as “Dragonfly,” targeted energy firms.",
    "Trump's plan and Israel’s right to defend itself were discussed at length.",
    "The dogs' owners said the O'Briens’ house was empty.",
    'The "no blank check" policy ended, officials said.',
    'A 12" pipe burst on Monday, the city said.',
    "The momentum on “ocean and climate action” carried into the autumn.",
    "At the Brussels Conference on “Supporting the Future of Syria and the Region,” Smith announced new aid.",
    "As far as I can tell, the site features “free as in beer” content.",
    "The attacks were aimed at the church's attempts to remove the video from the Internet: “Scientology vs. the Internet, part XVII”.",
    "Visas were restricted under the “Khashoggi Ban,” a tool the Administration announced last year.",
    "The i reported no one will be refused “based solely on a form” this year.",
    "Smith expressed his concern regarding recent reports of a sham “trial” last week.",
    "What Russia and China called a, quote/unquote, “no limits” partnership worries Smith.",
    "One question goes back to “imminent.” It was almost daily the Pentagon says the same thing.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:40] for t in NOT_QUOTES])
def test_not_a_quotation(text: str) -> None:
    quotes, warnings = run(text)
    assert [body(q) for q in quotes] == []
    assert warnings == ()


STRAY = [
    # (text, paragraph number warned about, quotes still found elsewhere)
    # a curly quote left open at a sentence's end runs to the paragraph's end (still warned about)
    ("He said “we will win this.\n\nThe next paragraph is normal.\n\n“Yes, we will,” Smith said.", 1, ["we will win this", "Yes, we will"]),
    ("“We did it,” Smith said. “Now the hard part.\n\nJones agreed.", 1, ["We did it", "Now the hard part"]),
    # straight marks too, when every straight mark of the paragraph reads one way
    ('"We lost the barn," he said. "We lost the house.\n\nSmith stopped. "But not each other."', 1,
     ["We lost the barn", "We lost the house", "But not each other"]),
    # not when the paragraph ends mid-sentence, nor when a straight single mark could be the closer
    ("He said “we will win this\n\nThe next paragraph is normal.\n\n“Yes, we will,” Smith said.", 1, ["Yes, we will"]),
    ('Have you met "new readers\' through your work?\n\nSmith said yes. "We have," he said.', 1, ["We have"]),
    ("“Fine words,” Smith said.\n\nThis ends” oddly, with a stray mark.", 2, ["Fine words"]),
    # a curly closing mark whose opening one is lost: the paragraph's other quotes stand
    ("Smith said the plan was dead on arrival,” he said. “We will fight it,” Jones said.", 1, ["We will fight it"]),
    ("“One “two “three” four,” she said.\n\n“Four five six seven,” Smith said.", 1, ["Four five six seven"]),
    ('He said "we will win.\n\nThe rest "of the article" is here.\n\n"Yes, we will," Smith said.', 1,
     ["we will win", "Yes, we will"]),
    ("Smith said: “We will win.\n\n“Nobody can stop us\n\nThe article goes on.", 1, []),
]


@pytest.mark.parametrize(("text", "para", "found"), STRAY, ids=[s[0][:30] for s in STRAY])
def test_unbalanced_marks_abstain_on_the_paragraph(text: str, para: int, found: list[str]) -> None:
    quotes, warnings = run(text)
    assert [body(q) for q in quotes] == found
    assert warnings and warnings[0].startswith(f"paragraph {para}:")
    first_words = text.split("\n\n")[para - 1].split()[0]
    assert first_words in warnings[0]
    # no quote swallows a paragraph boundary it has no right to
    assert all("\n\n" not in q.text for q in quotes)


def test_nested_double_marks_make_one_quote() -> None:
    quotes, warnings = run("“When he told me, “You’re fired,” I laughed,” Jones said.")
    assert warnings == ()
    assert [body(q) for q in quotes] == ["When he told me, “You’re fired,” I laughed"]


def test_straight_quote_article() -> None:
    text = (
        'Residents of the town said on Monday that the "new normal" had arrived.\n\n'
        '"We have never seen anything like this," said Mary Jones, who runs a bakery.\n\n'
        '"It is frightening," she added. "But we will rebuild."\n\n'
        'The mayor called it a "disaster" and asked for help.'
    )
    quotes, warnings = run(text)
    assert warnings == ()
    assert [(body(q), q.speaker) for q in quotes] == [
        ("We have never seen anything like this", "Mary Jones"),
        ("It is frightening", "Mary Jones"),
        ("But we will rebuild", "Mary Jones"),
        ("disaster", "the mayor"),  # a partial quote: a reporting frame ("called it a") introduces it
    ]


def test_never_crashes_on_odd_input() -> None:
    for text in ["", "“", "”", '"', '""', "“”", "\n\n“\n\n", "‘’'", "``odd'' quotes", "a\n\n\n\n“b c d e f g” h said"]:
        quotes, warnings = run(text)
        assert isinstance(quotes, tuple) and isinstance(warnings, tuple)


def test_unclosed_quote_over_paragraphs_runs_to_its_last_paragraph() -> None:
    """A quote over paragraphs whose last re-opened paragraph ends a sentence with no closing mark
    runs to that paragraph's end (warned about); the quote closed before it stands."""
    quotes, warnings = run("“We lost the barn,” Smith said. “We lost the house.\n\n“We lost the truck.\n\nJones said nothing.")
    assert [body(q) for q in quotes] == ["We lost the barn", "We lost the house.\n\n“We lost the truck"]
    assert warnings and warnings[0].startswith("paragraph 2:")
