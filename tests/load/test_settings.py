"""site.yaml: types, ranges and base_url, each error on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.errors import BuildError
from site_builder.load.settings import load_settings

BAD = [
    # (site.yaml, line, fragment)
    ("title: T\nper_page: 0\n", 2, "'per_page' must be between 1 and 100000"),
    ("per_page: -3\n", 1, "between 1"),
    ("home_articles: 99999999\n", 1, "'home_articles' must be between 0"),
    ("feed_articles: -1\n", 1, "'feed_articles' must be between 0"),
    ("per_page: true\n", 1, "must be a int"),
    ("per_page: 1.5\n", 1, "must be a int"),
    ("show_drafts: maybe\n", 1, "must be a bool"),
    ("title: [a]\n", 1, "must be a str"),
    ("language: '\"><b>'\n", 1, "language tag"),
    ("title: T\nbase_url: \"https://a.example//evil.example/\"\n", 2, "empty or dot path segment"),
    ("base_url: javascript:alert(1)\n", 1, "absolute http(s) URL"),
    ("title: a\x0bb\n", 1, "U+000B"),
]


@pytest.mark.parametrize("text,line,fragment", BAD)
def test_bad_settings(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    (tmp_path / "site.yaml").write_text(text)
    with pytest.raises(BuildError) as info:
        load_settings(tmp_path)
    problem = info.value.problems[0]
    assert problem.line == line and fragment in problem.message, str(problem)


def test_good_settings(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("per_page: 1\nhome_articles: 0\nlanguage: pt-BR\nbase_url: https://a.example/r/\n")
    settings, warnings = load_settings(tmp_path)
    assert (settings.per_page, settings.home_articles, settings.language, settings.base_path) == (1, 0, "pt-BR", "/r/")
    assert warnings == []


def test_base_url_option_is_checked_and_named(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as info:
        load_settings(tmp_path, base_url="https://a.example//evil.example/")
    assert str(info.value.problems[0]).startswith("--base-url: error:")
