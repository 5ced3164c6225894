"""frames._frame_search answers as the frame pattern's own search does, trying fewer places."""

from __future__ import annotations

import random

import pytest

from site_builder.annotate.quotes.frames import _frame_re, _frame_search

WINDOWS = [
    # (text before the quote, a frame found?)
    ("The minister called it ", True),
    ("He described the plan as ", True),
    ("She accused the board of ", True),
    ("They vowed to ", True),
    ("(called it ", True),  # a frame right after punctuation inside one token
    ("He CALLED it ", True),  # any case, as re.I
    ("It was ſo-called ", False),  # not ASCII: still asked of the pattern
    ("The group, called ", False),  # "called" needs an object
    ("She recalled him as ", True),
    ("uncalled it ", False),  # inside a word
    ("The weather was fine, and ", False),
    ("", False),
]


@pytest.mark.parametrize("before,found", WINDOWS)
def test_same_answer_as_the_search(before: str, found: bool) -> None:
    text = before + "“words”"
    q = len(before)
    expected = _frame_re().search(text, 0, q)
    got = _frame_search(text, 0, q)
    assert (got is not None) == found
    assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))


def test_random_windows_agree() -> None:
    rng = random.Random(11)
    words = "called described as accused of vowed to the plan it ſaid CALLED not ’s - ( , : by was".split()
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) + rng.choice(["", " ", "("])
        start = rng.randint(0, 3)
        a, b = _frame_re().search(text, start, len(text)), _frame_search(text, start, len(text))
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text
