"""Runs and their tokens: the one-pass tokenizer (tokens.runs_of, runs.split_run) gives exactly what
matching the piece pattern token by token gives (table-driven, with negative cases)."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.runs import find_runs, patterns, run_pattern
from site_builder.annotate.entities.tokens import Run, Token, make_token, runs_of

CASES = [
    ("US Secretary of Defense Pete Hegseth said", [["US", "Secretary", "of", "Defense", "Pete", "Hegseth"]]),
    ("Minister Ursula von der Leyen spoke.", [["Minister", "Ursula", "von", "der", "Leyen"]]),
    ("George W. Bush met Mary O'Neill", [["George", "W.", "Bush"], ["Mary", "O'Neill"]]),
    ("Sen. Ana Ruiz-O'Brien of the Civic Party", [["Sen.", "Ana", "Ruiz-O'Brien", "of", "the", "Civic", "Party"]]),
    ("the U.S. and al-Assad", [["U.S.", "and", "al-Assad"]]),
    ("Netanyahu’s office in Łódź", [["Netanyahu"], ["Łódź"]]),
    ("Baron & Beresford, 2010", [["Baron", "&", "Beresford"]]),
    ("no names here at all", []),  # negative: lower case only
    ("Paris\nLondon", [["Paris"], ["London"]]),  # negative: a run never crosses a line
    ("Acme 2030 Games", [["Acme"], ["Games"]]),  # negative: digits break a run
]


@pytest.mark.parametrize("text,expected", CASES)
def test_runs_tokens(text: str, expected: list[list[str]]) -> None:
    assert [[t.text for t in run.tokens] for run in runs_of(text)] == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_runs_of_equals_find_runs_piece_by_piece(text: str, expected: list[list[str]]) -> None:
    """The one-pass runs_of and splitting at spaces agree with the piece pattern of runs.patterns."""
    piece_re = patterns()[1]
    by_pieces = []
    for match in patterns()[0].finditer(text):
        run_text, start = match.group(), match.start()
        pieces = [(p.group(), start + p.start(), start + p.end(), p.group()[0].islower() and "-" not in p.group())
                  for p in piece_re.finditer(run_text)]
        by_pieces.append([(run_text, start, match.end(), False)] if " " not in run_text else pieces)
    assert [toks for toks, _ in find_runs(text)] == by_pieces
    made = [Run(tuple(make_token(*t) for t in toks), initial) for toks, initial in find_runs(text)]
    assert runs_of(text) == made


@pytest.mark.parametrize("text,initial", [
    ("Hegseth said", [True]),
    ("He met Hegseth", [True, False]),
    ("It rained. Hegseth left", [True, True]),
    ("“Yes,” Hegseth said", [True, True]),  # after a closing quote mark
    ("and Hegseth", [False]),  # negative
])
def test_sentence_initial(text: str, initial: list[bool]) -> None:
    assert [run.initial for run in runs_of(text)] == initial


@pytest.mark.parametrize("text,low,connector", [
    ("Sen.", "sen", False), ("of", "of", True), ("al-Assad", "al-assad", False), ("U.S.", "u.s", False),
])
def test_token_forms(text: str, low: str, connector: bool) -> None:
    tokens = [t for run in runs_of(f"Ada {text} Lin") for t in run.tokens if t.text == text]
    assert tokens and tokens[0] == Token(text, 4, 4 + len(text), connector, low)


GUARD_CASES = [
    "Sen. Ana Lin met Gov. Bo Tran and Lt. Col. Ada Smith in St. Louis.",
    "Sen.Ana and Sen Ana, SEN. ANA: St.Louis, Ft. Lee, Mt.",
    "the U.S.A. and U.K. said; J. Smith, Jr. and W. Bush",
    "el-Sisi, al-Assad, and al Qaeda; e-mail; a-Team; Éamon Ó Cuív and Łukasz",
    "“Yes,” said Dr. No. (Prof. Ng) [Rev. Al] — Mr. and Mrs. O’Neill-Smith’s",
    "",
    "lower case only, no names at all.",
]


@pytest.mark.parametrize("text", GUARD_CASES + [text for text, _ in CASES])
def test_guarded_run_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    plain, guarded = run_pattern(False), run_pattern(True)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
