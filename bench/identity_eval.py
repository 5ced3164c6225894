"""Cross-article identity against the GUM gold (../shared/eval/entities): linking by Wikipedia id.

Usage: python bench/identity_eval.py [SHARED_DIR] [--gold FILE ...] [--out-of-fold [--folds 5] [--seed 7] [--epochs 10]]
                                     [--only-folds 0,1]

Annotates every gold document with an empty registry (as a site with no registry would), then
scores the ids twice with the shared scorer (--outermost-only --names-only --neutral-nonnamed):
as annotated (per article), and after the archive fold over the whole set (index/identity.py),
which is what the built site and `annotate` over many documents use. Prints, per gold file and
for all of them together, cross-document B³ for persons and for all P/O/P, and within-document
person linking (which the fold must not hurt). Nothing from the gold files is written into the
project; predictions go to a temporary folder.

The fold has no parameters fitted to data: its rules and word lists were written against the
shared corpus, never against these gold files. The shipped detector, though, was trained on them,
so the default figures are in-sample for the mentions the fold starts from. --out-of-fold gives
the clean figure: each document is annotated by a detector trained without its fold
(bench/entities_cv.py's split and training, same seed and epochs), then the archive-wide fold
runs over those predictions; the in-sample table is printed beside it. --only-folds 0,1 scores
only the dev folds' documents (the ones whose errors may be read), as bench/entities_cv.py does.
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
from site_builder.annotate.entities.model import Weights  # noqa: E402
from site_builder.index.folding import fold_documents  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402
from site_builder.model.spans import Annotations  # noqa: E402

FLAGS = ("--outermost-only", "--names-only", "--neutral-nonnamed")
FIGURES = (("cross_doc_wikipedia_person", "cross-doc persons"), ("cross_doc_wikipedia_all", "cross-doc P/O/P"),
           ("within_doc_named_person", "within-doc persons"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", nargs="*", help="gold JSONL files (default: both dev files)")
    parser.add_argument("--out-of-fold", action="store_true",
                        help="also annotate each document with a detector trained without its fold")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--only-folds", help="score only the documents of these folds (e.g. 0,1: the dev "
                        "folds of bench/entities_cv.py); out-of-fold trains only the models they need")
    args = parser.parse_args(argv)
    folder = Path(args.shared) / "eval" / "entities"
    golds = [Path(g) for g in args.gold] if args.gold else [folder / "gum_news_train.jsonl", folder / "gum_more_train.jsonl"]
    docs = {gold: [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            for gold in golds}
    only = {int(f) for f in args.only_folds.split(",")} if args.only_folds else None
    if only is not None:
        docs = _in_folds(Path(args.shared), docs, args.folds, args.seed, only)
    annotated = {d["id"]: annotate_text(d["text"], EMPTY_REGISTRY) for ds in docs.values() for d in ds}
    print("in-sample (the shipped detector, trained on these documents):")
    table(folder, docs, annotated)
    if args.out_of_fold:
        print(f"\nout-of-fold ({args.folds}-fold by document, seed {args.seed}, as bench/entities_cv.py):")
        table(folder, docs, out_of_fold(Path(args.shared), args.folds, args.seed, args.epochs, only))
    return 0


def _in_folds(shared: Path, docs: dict[Path, list[dict]], folds: int, seed: int,
              only: set[int]) -> dict[Path, list[dict]]:
    """The gold documents whose fold (bench/entities_cv.py's split) is one of `only`."""
    from bench.entities_cv import fold_assignment
    from bench.train_entities import load_docs

    fold_of = fold_assignment(load_docs(shared), folds, seed)
    return {gold: [d for d in ds if fold_of.get(d["id"]) in only] for gold, ds in docs.items()}


def out_of_fold(shared: Path, folds: int, seed: int, epochs: int,
                only: set[int] | None = None) -> dict[str, Annotations]:
    """Every dev document (of the folds `only`, if given) annotated by a detector trained on the
    other folds' documents."""
    from bench.entities_cv import fold_assignment
    from bench.train_entities import examples, load_docs, scorer_module, train

    sc = scorer_module(shared)
    pool = load_docs(shared)
    fold_of = fold_assignment(pool, folds, seed)
    out: dict[str, Annotations] = {}
    for f in sorted(only) if only is not None else range(folds):
        weights = train(examples([d for d in pool if fold_of[d["id"]] != f], sc), epochs)
        out.update({d["id"]: annotate_with(d["text"], weights) for d in pool if fold_of[d["id"]] == f})
    return out


def annotate_with(text: str, weights: Weights) -> Annotations:
    """annotate_text with the detector's weights given (no registry): mentions, turns, quotes."""
    return annotate_text(text, EMPTY_REGISTRY, weights=weights)


def table(folder: Path, docs: dict[Path, list[dict]], annotated: dict[str, Annotations]) -> None:
    """Per gold file and all together: each figure as annotated → after the archive fold."""
    scorer = folder / "score_entities.py"
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
