"""The fold in a kept Builder: it appears, changes and disappears as articles are edited, and the
built pages follow (the pages' equality with a cold build is checked in test_incremental.py)."""

from __future__ import annotations

from pathlib import Path

from tests.index.test_incremental import FOLD_EDITS, make_builder

# After each of FOLD_EDITS: the folds of discovered ids the built archive must have.
EXPECTED: list[dict[str, str]] = [
    {},
    {"smith": "jennifer-smith"},
    {"smith": "jennifer-smith", "jenny-smith": "jennifer-smith"},
    {"jenny-smith": "jennifer-smith"},
    {"smith": "jennifer-smith", "jenny-smith": "jennifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith", "usda": "department-of-agriculture"},
    {"smith": "jenifer-smith", "jennifer-smith": "jenifer-smith"},
    {"smith": "jenifer-smith"},
]


def test_folds_follow_the_edits(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    builder.build()
    for n, (edit, expected) in enumerate(zip(FOLD_EDITS(content / "articles"), EXPECTED, strict=True)):
        edit()
        builder.build()
        folds = {k: f.target for k, f in builder._fold.fold.folds.items() if "smith" in k or k == "usda"}
        assert folds == expected, f"after edit {n}"
    person = (tmp_path / "site" / "people" / "jenifer-smith.html").read_text()
    assert "smith-1" in person  # the article that says only "Ms. Smith" is listed on her page
    assert not (tmp_path / "site" / "people" / "smith.html").exists()


def test_annotate_over_many_documents_gives_the_built_sites_ids(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    import io
    import json

    from site_builder.cli import main

    builder, content = make_builder(tmp_path)
    edits = FOLD_EDITS(content / "articles")
    for edit in edits[:3]:  # "Ms. Smith", "Jennifer Smith", "Jenny Smith": two folds
        edit()
    builder.build()
    data = json.loads((tmp_path / "site" / "data" / "annotations.json").read_text(encoding="utf-8"))
    lines = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in data["articles"])
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8"))
    assert main(["annotate", "--fold", "--registry", str(content / "entities.yaml")]) == 0
    got = {r["id"]: [m["entity"] for m in r["mentions"]] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert got == {a["id"]: [m["entity"] for m in a["mentions"]] for a in data["articles"]}
    assert got["smith-1"] == ["jennifer-smith", "brussels"]


def test_suggest_shows_the_folds_and_the_ambiguous_names(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from site_builder.cli import main

    _, content = make_builder(tmp_path)
    edits = FOLD_EDITS(content / "articles")
    for edit in edits[:2]:
        edit()
    assert main(["entities", "suggest", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "smith -> jennifer-smith  (surname)" in out and "- id: smith\n" not in out
    edits[3]()  # a second Smith
    assert main(["entities", "suggest", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "smith (Smith): jennifer-smith, john-smith  (surname of several people)" in out
