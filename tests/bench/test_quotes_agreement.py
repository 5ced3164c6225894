"""Agreement script of the quote dev set, on a tiny made-up pair of annotations."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "bench" / "quotes_dev" / "agreement.py")
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
sys.modules["agreement"] = agreement  # dataclasses look their module up
_spec.loader.exec_module(agreement)

TEXT = ('“We will not back down,” Jane Roe said. Mr. Poe called it “reckless”.\n\n'
        'So-called “experts” agree. “Fine,” said Ann Lee.')


def q(text: str, kind: str = "full", speaker: str | None = None, occurrence: int = 0) -> dict[str, object]:
    return {"text": text, "occurrence": occurrence, "kind": kind, "speaker": speaker}


A = [q("“We will not back down,”", speaker="Jane Roe"), q("“reckless”", "partial", "Sam Poe"),
     q("“Fine,”", speaker="Ann Lee")]
B = [q("“We will not back down,”", speaker="Roe"), q("“reckless”", "full", "Poe"),
     q("“experts”", "partial", None), q("“Fine,”", speaker=None)]


@pytest.mark.parametrize(("x", "y", "same"), [
    ("Jane Roe", "Roe", True), ("Mr. Sam Poe", "sam poe", True), ("James A. Baker III", "Baker", True),
    ("the spokesperson", "Spokesperson", True), (None, None, True), ("Roe", None, False),
    ("Jane Roe", "Jane Doe", False),
    # the scorer's rule (quotes_eval.same_speaker), not "the same last word": a descriptor is not its possessor
    ("James A. Baker III's father", "his father", False), ("a senior official", "the official", True),
])
def test_same_speaker(x: str | None, y: str | None, same: bool) -> None:
    assert agreement.same_speaker(x, y) is same


def test_figures_on_a_made_up_pair() -> None:
    r = agreement.agreement({"x.md": TEXT}, {"x.md": A}, {"x.md": B})
    assert (r["quotes_a"], r["quotes_b"], r["matched"]) == (3, 4, 3)
    assert r["span_precision"] == 1.0 and r["span_recall"] == 0.75
    assert abs(r["span_f1"] - 6 / 7) < 1e-9
    assert abs(r["kind_agreement"] - 2 / 3) < 1e-9
    assert abs(r["speaker_agreement"] - 2 / 3) < 1e-9
    assert r["speaker_disagreements"] == [("Ann Lee", None)]


@pytest.mark.parametrize(("a", "b", "matches"), [
    ((0, 10), (0, 10), 1), ((0, 10), (4, 10), 1), ((0, 10), (6, 10), 0), ((0, 10), (10, 20), 0),
])
def test_overlap_is_half_the_longer_span(a: tuple[int, int], b: tuple[int, int], matches: int) -> None:
    qa, qb = agreement.Quote(*a, "full", None), agreement.Quote(*b, "full", None)
    assert len(agreement.overlap_match([qa], [qb])) == matches


@pytest.mark.parametrize(("pairs", "kappa"), [
    ([("a", "a"), ("b", "b")], 1.0), ([("a", "b"), ("b", "a")], -1.0), ([("a", "a")], None), ([], None),
])
def test_cohen_kappa(pairs: list[tuple[str, str]], kappa: float | None) -> None:
    assert agreement.cohen_kappa(pairs) == kappa


def test_main_reads_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.md").write_text("---\ntitle: x\n---\n\n" + TEXT + "\n", encoding="utf-8")
    (tmp_path / "articles.tsv").write_text("# file\tgenre\tannotator\tsplit\nx.md\twikinews\tA+B\ttest\n"
                                           "y.md\twikinews\tA\ttest\n", encoding="utf-8")
    for name, quotes in (("a", A), ("b", B)):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"file": "x.md", "quotes": quotes}) + "\n",
                                                encoding="utf-8")
    args = ["--corpus", str(corpus), "--tsv", str(tmp_path / "articles.tsv"),
            "--a", str(tmp_path / "a.jsonl"), "--b", str(tmp_path / "b.jsonl")]
    assert agreement.main(args) == 0
    assert "span_f1" in capsys.readouterr().out


def test_missing_quote_is_refused() -> None:
    with pytest.raises(ValueError):
        agreement.locate(TEXT, [q("“absent”")])


def test_same_speaker_is_the_scorers() -> None:
    from bench import quotes_eval
    assert agreement.same_speaker is quotes_eval.same_speaker
