"""`check` and `entities suggest` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cli import main
from tests.helpers import copy_fixture


def test_check_reports_unused_entries_and_stray_quote_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    registry = content / "entities.yaml"
    registry.write_text(registry.read_text() + "\n- id: nobody-here\n  name: Nobody Here\n  type: person\n")
    (content / "articles" / "stray.md").write_text(
        '---\ntitle: Stray\ndate: 2025-03-01\n---\n\nShe said “we will see and then nothing closes this.\n')
    assert main(["check", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "nobody-here" in out and "not mentioned in any article" in out
    assert "stray.md" in out and "paragraph 1" in out
    assert main(["check", "--content", str(content), "--strict"]) == 1


def test_check_fails_on_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    (content / "articles" / "bad.md").write_text("---\ntitle: x\n---\nText\n")
    assert main(["check", "--content", str(content)]) == 1
    assert "bad.md:1" in capsys.readouterr().err


def test_suggest_lists_unregistered_names_as_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    assert main(["entities", "suggest", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "Jack Reed" in out and "senate-hearing.md" in out
    assert "- id: jack-reed\n  name: Jack Reed\n  type: person" in out
    assert "- id: pete-hegseth" not in out  # already registered


def test_a_speaker_fix_in_front_matter_reaches_the_pages_and_survives_edits(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    article = content / "articles" / "2025" / "senate-hearing.md"
    text = article.read_text().replace("license:", 'quotes:\n  - {match: "Numbers matter", speaker: pete-hegseth}\nlicense:')
    article.write_text(text)
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "site"), "--no-cache", "-q"]) == 0
    hegseth = (tmp_path / "site" / "people" / "pete-hegseth.html").read_text()
    reed = (tmp_path / "site" / "people" / "jack-reed.html").read_text()
    assert "Numbers matter" in hegseth and "Numbers matter" not in reed
    article.write_text(text.replace("Senators on the", "Members of the Senate on the"))
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "site"), "--no-cache", "-q"]) == 0
    assert "Numbers matter" in (tmp_path / "site" / "people" / "pete-hegseth.html").read_text()


def test_unknown_speaker_id_in_a_fix_is_an_error_with_a_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = copy_fixture(tmp_path)
    article = content / "articles" / "2025" / "senate-hearing.md"
    article.write_text(article.read_text().replace("license:", "quotes: [{match: 1, speaker: pete-hegset}]\nlicense:"))
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "site"), "--no-cache", "-q"]) == 1
    err = capsys.readouterr().err
    assert "unknown entity id 'pete-hegset'" in err and "did you mean 'pete-hegseth'?" in err


def test_suggest_folds_surname_only_people_and_drops_title_aliases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "a.md").write_text(
        "---\ntitle: A\ndate: 2025-01-01\n---\n\nPresident Vladimir Putin met envoys. The President spoke.\n")
    (content / "articles" / "b.md").write_text(
        "---\ntitle: B\ndate: 2025-01-02\n---\n\nOfficials said President Putin will travel.\n")
    assert main(["entities", "suggest", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    entry = out[out.index("- id: vladimir-putin"):]
    assert "Putin" in entry.split("\n")[3]  # the aliases line
    assert "President" not in entry.split("\n")[3]
    assert "- id: putin" not in out
