"""The one YAML loader: what it reads, and what it refuses with file, line and hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.errors import BuildError
from site_builder.load.yamlfile import parse_yaml, scalar_text
from tests.security.generate import alias_bomb

P = Path("x.yaml")

READS = [
    # (yaml, data)
    ("title: T\ndate: 2025-01-01\n", {"title": "T", "date": "2025-01-01"}),
    ("tags: [a, b]\n", {"tags": ["a", "b"]}),
    ("a: &x 1\nb: *x\n", {"a": 1, "b": 1}),  # aliases within the budget (not in content files)
    ("t: \"tab\\there\"\n", {"t": "tab\there"}),
    ("t: '\u00e9\u4e2d\U0001F600'\n", {"t": "\u00e9\u4e2d\U0001F600"}),
    ("<<: {a: 1}\nb: 2\n", {"a": 1, "b": 2}),
    ("", None),
]


@pytest.mark.parametrize("text,data", READS)
def test_reads(text: str, data: object) -> None:
    assert parse_yaml(text, P)[0] == data


REFUSES = [
    # (yaml, aliases allowed, line, fragment)
    ("title: a\x01b\n", True, 1, "U+0001"),
    ("a: 1\nb: x\x0by\n", True, 2, "U+000B"),
    ("a: 1\nb: \x7f\n", True, 2, "U+007F"),
    ("a: 1\nb: \x85\x9f\n", True, 2, "U+009F"),
    ('a: "\\x01"\n', True, 1, "control character"),
    ('a: "\\ud800"\n', True, 1, "invalid YAML"),  # libyaml refuses the escape itself
    ("a: 1\nb: 2\na: 3\n", True, 3, "'a' given twice (first on line 1)"),
    ("- {id: x, id: y}\n", True, 1, "'id' given twice"),
    (alias_bomb(), True, 1, "aliases"),
    ("a: &x 1\nb: *x\n", False, 2, "aliases (*name) are not allowed"),
    ("a: &x [*x]\n", True, 1, "refers to a value that contains it"),
    ("a: " + "[" * 60 + "]" * 60 + "\n", True, 1, "nested more than 40"),
    ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", True, 1, "nest"),
    ("a: [unclosed\nb: 2\n", True, 2, "invalid YAML"),
    ("a: !!python/object:os.system x\n", True, 1, "invalid YAML"),
    ("x: " + ", ".join(f"&a{i} {i}" for i in range(101)) + "\ny: [" + ", ".join(f"*a{i}" for i in range(101)) + "]\n",
     True, 2, "too many YAML aliases"),
]


@pytest.mark.parametrize("text,aliases,line,fragment", REFUSES)
def test_refuses_with_a_line(text: str, aliases: bool, line: int, fragment: str) -> None:
    with pytest.raises(BuildError) as info:
        parse_yaml(text, P, aliases=aliases)
    problem = info.value.problems[0]
    assert problem.line == line and fragment in problem.message and problem.hint, str(problem)


def test_first_line_offsets_every_message() -> None:
    with pytest.raises(BuildError) as info:
        parse_yaml("a: 1\na: 2\n", P, first_line=2)
    assert info.value.problems[0].line == 3


SCALARS = [
    # (value, allow_empty, result, problem fragment or "")
    ("text", True, "text", ""),
    (12, True, "12", ""),
    (1.5, True, "1.5", ""),
    (None, True, None, ""),
    ("  ", True, "", ""),
    ("", False, None, "is empty"),
    (True, True, None, "got true/false"),
    (["a", "b"], True, None, "got list"),
    ({"a": 1}, True, None, "got dict"),
]


@pytest.mark.parametrize("value,allow_empty,result,fragment", SCALARS)
def test_scalar_text(value: object, allow_empty: bool, result: str | None, fragment: str) -> None:
    problems: list = []
    assert scalar_text(value, "title", P, 3, problems, allow_empty) == result
    assert [fragment in p.message and p.line == 3 for p in problems] == ([True] if fragment else [])


# parse_yaml skips its first pass (depth, aliases) when the text cannot need it: the same data or
# the same error either way. Each text is parsed both ways and must agree.
_SCAN_CASES = [
    "title: A\ndate: 2020-01-02\ntags: [a, b]\n",  # skipped: plain front matter
    "a: [1, 2\n",  # a syntax error, first pass skipped
    "a: &x 1\nb: &x 2\nc: [\n",  # duplicate anchor, then a syntax error: first pass kept
    "a: 1\n--- \nb: [\n",  # a second document, then a syntax error: first pass kept
    "a: *x\n",  # an alias: refused by the first pass
    "a: " + "[" * 41 + "]" * 41 + "\n",  # too deep: refused by the first pass
    "a: " + "[" * 20 + "]" * 20 + "\n",  # deep but allowed
]


@pytest.mark.parametrize("text", _SCAN_CASES)
def test_skipping_the_first_pass_changes_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from site_builder.load import yamlfile

    def outcome() -> object:
        try:
            data, _ = yamlfile.parse_yaml(text, Path("front.md"), first_line=2, aliases=False)
            return data
        except BuildError as exc:
            return str(exc)

    fast = outcome()
    monkeypatch.setattr(yamlfile, "_may_need_scan", lambda _text: True)
    assert outcome() == fast
