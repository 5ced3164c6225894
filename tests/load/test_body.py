"""parse_markdown's plain-paragraph path gives markdown-it's answer, and leaves everything else to it."""

from __future__ import annotations

import random

import pytest

from site_builder.load.body import _parse_with_markdown_it, _plain_paragraphs, parse_markdown
from site_builder.model.article import TextRange

PLAIN = [
    "One line.",
    "\nFirst paragraph.\n\nSecond “quoted” one, with a colon: yes.\n",
    "Two lines\nof one paragraph.\n\n\n\nThen another after blank lines.",
    "2021 was a year; 300 people came (they said) -- and left.",
    "Ünïcödé, em dash — and an apostrophe’s end. A hyphen-ated word.",
    "Text with a # and a = inside the line, and 1. too.",
]
NOT_PLAIN = [
    "",  # no paragraph
    "\n\n",
    "*emphasis*",
    "_emphasis_",
    "`code`",
    "[a link](https://example.org)",
    "![image](x.png)",
    "an escaped \\* star",
    "an entity &amp; more",
    "<b>html</b>",
    "~~struck~~",
    "a | table",
    "a\ttab",
    "# heading",
    "> quote",
    "- item",
    "+ item",
    "1. item",
    "3) item",
    "Title\n===",
    "Title\n---",
    "    indented code",
    " one leading space",
    "hard break  \nnext line",
    "non-breaking space at the end\u00a0",
]


@pytest.mark.parametrize("body", PLAIN)
def test_plain_paragraphs_are_what_markdown_it_makes(body: str) -> None:
    assert _plain_paragraphs(body) is not None
    assert parse_markdown(body) == _parse_with_markdown_it(body)


@pytest.mark.parametrize("body", NOT_PLAIN)
def test_anything_else_goes_to_markdown_it(body: str) -> None:
    assert _plain_paragraphs(body) is None


def test_plain_paragraphs_shape() -> None:
    text, pieces = parse_markdown("One two.\nThree.\n\nFour.\n")
    assert text == "One two. Three.\n\nFour."
    assert pieces == ("<p>", TextRange(0, 15), "</p>\n<p>", TextRange(17, 22), "</p>\n")


def test_random_bodies_agree_with_markdown_it() -> None:
    rng = random.Random(7)
    alphabet = [*"ab cd\n1.)-#=+>:'\"“”é9", "\u00a0", "\u2028", "\n\n", "word ", "2021 ", "1. ", "  "]
    for _ in range(3000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert parse_markdown(body) == _parse_with_markdown_it(body), repr(body)
