"""Score the entity annotator (empty registry) against the GUM news gold set.

Usage: python bench/entities_eval.py [SHARED_DIR] [--gold FILE] [--pred PRED.jsonl] [--keep PRED.jsonl] [--full] [--errors [TYPE]]
SHARED_DIR defaults to ../shared beside the repository. Runs the scorer with
--outermost-only --names-only --neutral-nonnamed and prints its report (--full: all of it).
--errors: error analysis instead (typed, relaxed, same neutral rules as the scorer): every false
positive and miss with its context, grouped by type (optionally one type). Printed only; nothing
from the gold file is written anywhere.
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

from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", help="gold JSONL (default: SHARED/eval/entities/gum_news_train.jsonl)")
    parser.add_argument("--keep", help="also write the predictions to this file")
    parser.add_argument("--full", action="store_true", help="print the scorer's whole report")
    parser.add_argument("--pred", help="score these predictions (JSONL, e.g. entities_cv.py --errors) instead")
    parser.add_argument("--errors", nargs="?", const="all", help="print false positives and misses (all or a type)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    gold = Path(args.gold) if args.gold else shared / "eval" / "entities" / "gum_news_train.jsonl"
    scorer = shared / "eval" / "entities" / "score_entities.py"
    lines = []
    if args.pred:
        wanted = {json.loads(r)["id"] for r in gold.read_text(encoding="utf-8").splitlines() if r.strip()}
        lines = [r for r in Path(args.pred).read_text(encoding="utf-8").splitlines() if json.loads(r)["id"] in wanted]
    for raw in ([] if args.pred else gold.read_text(encoding="utf-8").splitlines()):
        if not raw.strip():
            continue
        doc = json.loads(raw)
        mentions, _ = find_entities(doc["text"], EMPTY_REGISTRY)
        lines.append(json.dumps({"id": doc["id"], "mentions": [
            {"start": m.start, "end": m.end, "type": m.type, "entity": m.entity} for m in mentions]}))
    if args.errors:
        _errors(scorer, gold, lines, args.errors)
        return 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        pred = f.name
    if args.keep:
        Path(args.keep).write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), pred, "--outermost-only", "--names-only", "--neutral-nonnamed"],
        capture_output=True, text=True, check=False,
    )
    Path(pred).unlink(missing_ok=True)
    if out.returncode != 0:
        print(out.stdout, out.stderr, file=sys.stderr)
        return out.returncode
    print(out.stdout if args.full else _summary(out.stdout))
    return 0


def _errors(scorer: Path, gold: Path, lines: list[str], which: str) -> None:
    """False positives and misses per type (relaxed, typed), reusing the scorer's own matching."""
    import importlib.util
    from collections import Counter

    spec = importlib.util.spec_from_file_location("score_entities", scorer)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)  # type: ignore[union-attr]
    preds = {json.loads(x)["id"]: json.loads(x) for x in lines}
    out: dict[str, list[str]] = {t: [] for t in sc.TYPES}
    counts: Counter = Counter()
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        doc = sc.Doc(json.loads(raw))
        if doc.id not in preds:
            continue  # a document the predictions do not cover (entities_cv.py --only-folds)
        text = doc.text
        pp = [p for p in sc.prep_predictions(doc, preds.get(doc.id), Counter()) if p["type"] in sc.TYPES]
        named = [g for g in doc.mentions if g["type"] in sc.TYPES and g["is_named"]]
        ignored = sc.nested_in_other(named)
        ignored += [g for g in named if sc.is_group_or_title(g) and g not in ignored]
        kept = [g for g in named if g not in ignored]
        ignored += [g for g in doc.mentions if g["type"] in sc.TYPES and not g["is_named"]]

        def ctx(s: int, e: int, text: str = text) -> str:
            return (text[max(0, s - 40):s] + "[[" + text[s:e] + "]]" + text[e:e + 40]).replace("\n", " / ")

        for t in sc.TYPES:
            gt = [g for g in kept if g["type"] == t]
            pt = [p for p in pp if p["type"] == t]
            pairs = sc.align(gt, pt, sc.RELAXED, same_type=True)
            mg = {gi for gi, _ in pairs}
            mp = {pi for _, pi in pairs}
            for gi, g in enumerate(gt):
                if gi not in mg:
                    over = [p for p in pp if p["start"] < g["end"] and g["start"] < p["end"]]
                    why = ",".join(f"{p['type'][:3]}:{text[p['start']:p['end']]}" for p in over) or "-"
                    out[t].append(f"MISS {doc.id[9:]:14} {ctx(g['start'], g['end'])}   <pred {why}>")
                    counts[(t, "miss")] += 1
            for pi, p in enumerate(pt):
                if pi in mp or any(sc.match_level(g, p) >= sc.RELAXED for g in ignored):
                    continue
                over = [g for g in doc.mentions if g["start"] < p["end"] and p["start"] < g["end"]]
                why = ",".join(f"{g['type'][:3]}{'N' if g['is_named'] else ''}:{g['text']}" for g in over[:3]) or "-"
                out[t].append(f"FP   {doc.id[9:]:14} {ctx(p['start'], p['end'])}   <gold {why}>")
                counts[(t, "fp")] += 1
    for t in sc.TYPES:
        if which not in ("all", t):
            continue
        print(f"== {t}: {counts[(t, 'fp')]} false positives, {counts[(t, 'miss')]} misses")
        for row in sorted(out[t]):
            print("  " + row)


def _summary(report: str) -> str:
    keep = []
    for line in report.splitlines():
        low = line.lower()
        if any(k in low for k in ("person", "organization", "place", "micro", "b-cubed", "b3", "linking", "relaxed")):
            keep.append(line)
    return "\n".join(keep) if keep else report


if __name__ == "__main__":
    raise SystemExit(main())
