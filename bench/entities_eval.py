"""Score the entity annotator (empty registry) against the GUM news gold set.

Usage: python bench/entities_eval.py [SHARED_DIR] [--gold FILE] [--keep PRED.jsonl] [--full]
SHARED_DIR defaults to ../shared beside the repository. Runs the scorer with
--outermost-only --names-only --neutral-nonnamed and prints its report (--full: all of it).
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
from site_builder.load.registry_model import EMPTY_REGISTRY  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", help="gold JSONL (default: SHARED/eval/entities/gum_news_train.jsonl)")
    parser.add_argument("--keep", help="also write the predictions to this file")
    parser.add_argument("--full", action="store_true", help="print the scorer's whole report")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    gold = Path(args.gold) if args.gold else shared / "eval" / "entities" / "gum_news_train.jsonl"
    scorer = shared / "eval" / "entities" / "score_entities.py"
    lines = []
    for raw in gold.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        doc = json.loads(raw)
        mentions, _ = find_entities(doc["text"], EMPTY_REGISTRY)
        lines.append(json.dumps({"id": doc["id"], "mentions": [
            {"start": m.start, "end": m.end, "type": m.type, "entity": m.entity} for m in mentions]}))
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


def _summary(report: str) -> str:
    keep = []
    for line in report.splitlines():
        low = line.lower()
        if any(k in low for k in ("person", "organization", "place", "micro", "b-cubed", "b3", "linking", "relaxed")):
            keep.append(line)
    return "\n".join(keep) if keep else report


if __name__ == "__main__":
    raise SystemExit(main())
