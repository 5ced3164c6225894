"""Bad input: a message naming file and line, what was expected and what to do; exit non-zero;
the previous site left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cli import main
from tests.helpers import build, copy_fixture, snapshot

CASES = [
    # (file name, bytes, expected fragments of the message)
    ("broken.md", b"---\ntitle: [unclosed\ndate: 2025-01-01\n---\nText\n", ["broken.md:3", "invalid YAML", "starts on line 2"]),
    ("unclosed.md", b"---\ntitle: x\ndate: 2025-01-01\nText\n", ["unclosed.md:1", "never closed", "hint:"]),
    ("nodate.md", b"---\ntitle: No date\n---\nText\n", ["nodate.md:1", "missing 'date'", "YYYY-MM-DD"]),
    ("baddate.md", b"---\ntitle: Bad\ndate: 2025-02-30\n---\nText\n", ["baddate.md:3", "impossible date"]),
    ("baddate.txt", b"date 2025-13-01 Text of the article.\n", ["baddate.txt:1", "impossible date"]),
    ("noline.txt", b"Text without a date line.\n", ["noline.txt:1", "date YYYY-MM-DD"]),
    ("latin1.txt", "date 2025-01-01\n\nCaf\u00e9 au lait\n".encode("latin-1"), ["latin1.txt:3", "not UTF-8", "iconv"]),
    ("empty.md", b"---\ntitle: Empty\ndate: 2025-01-01\n---\n\n", ["empty.md", "no text"]),
    ("empty.txt", b"", ["empty.txt:1", "date YYYY-MM-DD"]),
    ("notitle.md", b"---\ndate: 2025-01-01\n---\nText\n", ["notitle.md:1", "missing 'title'"]),
    ("badfixes.md", b"---\ntitle: T\ndate: 2025-01-01\nquotes: 3\n---\nText\n", ["badfixes.md:4", "'quotes' must be a list"]),
]


@pytest.mark.parametrize("name,data,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_article_fails_clearly_and_keeps_the_site(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      name: str, data: bytes, expected: list[str]) -> None:
    content = copy_fixture(tmp_path)
    site = tmp_path / "site"
    assert build(content, site) == 0
    before = snapshot(site)
    (content / "articles" / name).write_bytes(data)
    capsys.readouterr()
    assert build(content, site) == 1
    err = capsys.readouterr().err
    for fragment in expected:
        assert fragment in err, err
    assert "Nothing in the output folder was changed" in err
    assert snapshot(site) == before


def test_duplicate_slug_names_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "senate-hearing.txt").write_text("date 2025-01-01 Another article with the same slug.\n")
    assert build(content, tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "slug 'senate-hearing'" in err and "2025/senate-hearing.md" in err and "hint:" in err


def test_every_error_is_reported_not_just_the_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "a.md").write_text("---\ntitle: A\n---\nText\n")
    (content / "articles" / "b.md").write_text("---\ndate: 2025-01-01\n---\nText\n")
    assert build(content, tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "a.md:1" in err and "b.md:1" in err and "2 error(s)" in err


def test_unknown_front_matter_key_warns_with_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "typo.md").write_text("---\ntitle: T\ndate: 2025-01-01\ntagz: [a]\n---\nText\n")
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "site"), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "typo.md:4: warning: unknown key 'tagz'" in err and "did you mean 'tags'?" in err


def test_bad_settings_are_errors_with_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    (content / "site.yaml").write_text("title: T\nper_page: many\ntitel: x\n")
    assert build(content, tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "site.yaml:2" in err and "'per_page' must be a int" in err


@pytest.mark.parametrize("where", ["content", "parent", "inside", "project"])
def test_dangerous_output_folders_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    content = copy_fixture(tmp_path)
    root = Path(__file__).resolve().parents[2]
    output = {"content": content, "parent": tmp_path, "inside": content / "site", "project": root}[where]
    before = sorted(p.as_posix() for p in output.rglob("*")) if where != "project" else None
    assert build(content, output) == 1
    assert "output folder" in capsys.readouterr().err
    if before is not None:
        assert sorted(p.as_posix() for p in output.rglob("*")) == before


def test_a_foreign_non_empty_folder_is_never_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    output = tmp_path / "documents"
    output.mkdir()
    (output / "thesis.txt").write_text("precious")
    assert build(content, output) == 1
    assert "was not made by site_builder" in capsys.readouterr().err
    assert (output / "thesis.txt").read_text() == "precious"


def test_nothing_is_written_beside_the_output_folder(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    out_parent = tmp_path / "out"
    out_parent.mkdir()
    build(content, out_parent / "site")
    build(content, out_parent / "site")
    assert sorted(p.name for p in out_parent.iterdir()) == ["site"]
