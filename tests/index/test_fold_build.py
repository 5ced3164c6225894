"""The fold in a kept Builder: it appears, changes and disappears as articles are edited, and the
built pages follow (the pages' equality with a cold build is checked in test_incremental.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# --- the share rule: a name shared by several people joins the one that overwhelms the others ---
from site_builder.index.identity import ArticleSummary, EntitySummary, fold_summaries  # noqa: E402
from site_builder.text import slugify  # noqa: E402


def _folds(*people: tuple[str, int]) -> dict[str, str]:
    """One article per (name, mentions), every name a person."""
    summaries = [ArticleSummary((EntitySummary(slugify(name), name, "person", False, n),)) for name, n in people]
    return {source: fold.target for source, fold in fold_summaries(summaries).folds.items()}


@pytest.mark.parametrize("people,expected", [
    # a typo's "Secretar Blinken" (a cut title) is the Secretary too, and keeps no "Blinken" from him
    ([("Antony Blinken", 2000), ("Secretar Blinken", 10), ("Blinken", 900)],
     {"blinken": "antony-blinken", "secretar-blinken": "antony-blinken"}),
    # 19 to 1 is not enough: the bare surname may be the rarer one
    ([("Jake Sullivan", 38), ("John Sullivan", 2), ("Sullivan", 29)], {}),
    # nor is a dominant name mentioned too rarely (at least 50 mentions)
    ([("Jake Sullivan", 40), ("Sullivan", 29)], {"sullivan": "jake-sullivan"}),  # one candidate: as before
    ([("Mara Doss", 30), ("Lee Doss", 1), ("Doss", 5)], {}),
    # a bare given name joins the one bearer who overwhelms the others, named by that very word
    ([("Ned Price", 4000), ("Ned Kelly", 3), ("Ned", 300)], {"ned": "ned-price"}),
    ([("Ned Price", 40), ("Ned", 300)], {}),  # too rarely named to stand for every "Ned"
    ([("Matt Lee", 60), ("Matt Murray", 20), ("Matt", 200)], {}),  # no one overwhelms
    # a word that is no known given name and opens one full name: a family name written first
    ([("Hayashi Yoshimasa", 30), ("Hayashi", 30)], {"hayashi": "hayashi-yoshimasa"}),
    # ... but a demonym or a common word opens nobody's name
    ([("Afghan Women", 25), ("Afghan", 2)], {}),
])
def test_shared_names(people: list[tuple[str, int]], expected: dict[str, str]) -> None:
    assert _folds(*people) == expected
