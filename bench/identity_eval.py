"""Cross-article identity against the GUM gold (../shared/eval/entities): linking by Wikipedia id.

Usage: python bench/identity_eval.py [SHARED_DIR] [--gold FILE ...]

Annotates every gold document with an empty registry (as a site with no registry would), then
scores the ids twice with the shared scorer (--outermost-only --names-only --neutral-nonnamed):
as annotated (per article), and after the archive fold over the whole set (index/identity.py),
which is what the built site and `annotate` over many documents use. Prints, per gold file and
for all of them together, cross-document B³ for persons and for all P/O/P, and within-document
person linking (which the fold must not hurt). Nothing from the gold files is written into the
project; predictions go to a temporary folder.

The fold has no parameters fitted to data: its rules and word lists were written against the
shared corpus, never against these gold files, so every document here is held out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.index.folding import fold_documents  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

FLAGS = ("--outermost-only", "--names-only", "--neutral-nonnamed")
FIGURES = (("cross_doc_wikipedia_person", "cross-doc persons"), ("cross_doc_wikipedia_all", "cross-doc P/O/P"),
           ("within_doc_named_person", "within-doc persons"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", nargs="*", help="gold JSONL files (default: both dev files)")
    args = parser.parse_args(argv)
    folder = Path(args.shared) / "eval" / "entities"
    golds = [Path(g) for g in args.gold] if args.gold else [folder / "gum_news_train.jsonl", folder / "gum_more_train.jsonl"]
    scorer = folder / "score_entities.py"
    docs = {gold: [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            for gold in golds}
    annotated = {d["id"]: annotate_text(d["text"], EMPTY_REGISTRY) for ds in docs.values() for d in ds}
    print(f"{'gold':28s} {'docs':>4s}  " + "  ".join(f"{label:>26s}" for _, label in FIGURES))
    print(f"{'':28s} {'':4s}  " + "  ".join(f"{'as annotated → folded':>26s}" for _ in FIGURES))
    with tempfile.TemporaryDirectory() as tmp:
        sets = [(gold.name, ds) for gold, ds in docs.items()]
        if len(sets) > 1:
            sets.append(("all together", [d for ds in docs.values() for d in ds]))
        for name, ds in sets:
            gold_file = Path(tmp) / f"{name}.gold.jsonl"
            gold_file.write_text("".join(json.dumps(d) + "\n" for d in ds), encoding="utf-8")
            before = _score(scorer, gold_file, {d["id"]: annotated[d["id"]] for d in ds}, Path(tmp))
            folded, fold = fold_documents([(d["text"], annotated[d["id"]]) for d in ds])
            after = _score(scorer, gold_file, {d["id"]: a for d, a in zip(ds, folded, strict=True)}, Path(tmp))
            cells = [f"{100 * before[key]['f1']:12.1f} → {100 * after[key]['f1']:5.1f}" for key, _ in FIGURES]
            print(f"{name:28s} {len(ds):4d}  " + "  ".join(f"{c:>26s}" for c in cells)
                  + f"   ({len(fold.folds)} folds, {len(fold.ambiguous)} ambiguous)")
    return 0


def _score(scorer: Path, gold: Path, predictions: dict, tmp: Path) -> dict:
    pred = tmp / "pred.jsonl"
    pred.write_text("".join(json.dumps({"id": ident, "mentions": [
        {"start": m.start, "end": m.end, "type": m.type, "entity": m.entity} for m in a.mentions]}) + "\n"
        for ident, a in predictions.items()), encoding="utf-8")
    out = tmp / "scores.json"
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), *FLAGS, "--json", str(out)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(out.read_text(encoding="utf-8"))["linking"]


if __name__ == "__main__":
    raise SystemExit(main())
