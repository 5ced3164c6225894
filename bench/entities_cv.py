"""Cross-validate the entity model by document: figures on text the model was not trained on.

Usage: python bench/entities_cv.py [SHARED_DIR] [--folds 5] [--seed 7] [--epochs 10] [--logo] [--errors FILE]
                                  [--only-folds 0,1]
Pools SHARED/eval/entities/{gum_news_train,gum_more_train}.jsonl (84 documents, six genres),
splits the documents into k folds (fixed seed), trains on k-1 folds (bench/train_entities.py),
predicts the held-out fold with an empty registry, and scores the pooled out-of-fold predictions
with score_entities.py --outermost-only --names-only --neutral-nonnamed (relaxed match): person
F1, typed micro F1 and within-article person B³, overall and per genre. --logo adds
leave-one-genre-out (train on five genres, score the sixth). --errors FILE writes the
out-of-fold predictions (JSONL) for bench/entities_eval.py-style reading; nothing from the gold
files is written into the project. --only-folds runs a fixed subset of the folds: features are
explored on the errors of folds 0 and 1 only, and every figure reported is all five folds + LOGO.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.train_entities import examples, load_docs, scorer_module, train  # noqa: E402
from site_builder.annotate.entities import find_entities_with  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402


def predict(docs: list[dict], weights) -> dict[str, str]:
    out = {}
    for doc in docs:
        mentions, _ = find_entities_with(doc["text"], EMPTY_REGISTRY, weights)
        out[doc["id"]] = json.dumps({"id": doc["id"], "mentions": [
            {"start": m.start, "end": m.end, "type": m.type, "entity": m.entity} for m in mentions]})
    return out


def score(shared: Path, docs: list[dict], preds: dict[str, str]) -> dict[str, float]:
    scorer = shared / "eval" / "entities" / "score_entities.py"
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred, res = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl", Path(tmp) / "res.json"
        gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        pred.write_text("".join(preds[d["id"]] + "\n" for d in docs), encoding="utf-8")
        subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--outermost-only", "--names-only",
                        "--neutral-nonnamed", "--json", str(res)], check=True, capture_output=True)
        r = json.loads(res.read_text(encoding="utf-8"))
    det = r["detection"]["relaxed"]
    return {"pP": det["person"]["precision"], "pR": det["person"]["recall"], "person": det["person"]["f1"], "org": det["organization"]["f1"], "place": det["place"]["f1"],
            "typed": det["micro (typed)"]["f1"], "b3": r["linking"]["within_doc_named_person"]["f1"],
            "docs": len(docs)}


def row(name: str, s: dict[str, float]) -> str:
    return (f"  {name:10} docs {s['docs']:3}  person {s['person']:.3f} (P {s['pP']:.2f} R {s['pR']:.2f})  org {s['org']:.3f}  place {s['place']:.3f}"
            f"  typed {s['typed']:.3f}  person B3 {s['b3']:.3f}")


def report(title: str, shared: Path, docs: list[dict], preds: dict[str, str]) -> None:
    print(title)
    print(row("all", score(shared, docs, preds)))
    for genre in sorted({d["genre"] for d in docs}):
        sub = [d for d in docs if d["genre"] == genre]
        print(row(genre, score(shared, sub, preds)))


def fold_assignment(docs: list[dict], folds: int = 5, seed: int = 7) -> dict[str, int]:
    """Document id -> its fold (ids sorted, then shuffled with the seed): the one split every
    out-of-fold figure uses (bench/identity_eval.py --out-of-fold too)."""
    order = sorted(range(len(docs)), key=lambda k: docs[k]["id"])
    random.Random(seed).shuffle(order)
    return {docs[k]["id"]: n % folds for n, k in enumerate(order)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--logo", action="store_true", help="also leave one genre out")
    parser.add_argument("--errors", help="write the out-of-fold predictions to this JSONL file")
    parser.add_argument("--only-folds", help="run and score only these folds (e.g. 0,1): the subset whose "
                        "errors may be read while choosing features; report all folds")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    sc = scorer_module(shared)
    docs = load_docs(shared)
    fold_of = fold_assignment(docs, args.folds, args.seed)
    preds: dict[str, str] = {}
    folds = [int(f) for f in args.only_folds.split(",")] if args.only_folds else list(range(args.folds))
    for f in folds:
        train_docs = [d for d in docs if fold_of[d["id"]] != f]
        weights = train(examples(train_docs, sc), args.epochs)
        preds.update(predict([d for d in docs if fold_of[d["id"]] == f], weights))
    scored = [d for d in docs if d["id"] in preds]
    report(f"{args.folds}-fold cross-validation by document (seed {args.seed}, folds {folds}), relaxed:",
           shared, scored, preds)
    if args.errors:
        Path(args.errors).write_text("".join(preds[d["id"]] + "\n" for d in scored), encoding="utf-8")
    if args.logo:
        logo: dict[str, str] = {}
        for genre in sorted({d["genre"] for d in docs}):
            weights = train(examples([d for d in docs if d["genre"] != genre], sc), args.epochs)
            logo.update(predict([d for d in docs if d["genre"] == genre], weights))
        report("leave-one-genre-out (each genre scored by a model trained on the others), relaxed:",
               shared, docs, logo)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
