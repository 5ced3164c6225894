"""Inter-annotator agreement on the quote dev set (articles marked A+B in articles.tsv).

Usage: python bench/quotes_dev/agreement.py [--corpus DIR] [--a gold_a.jsonl] [--b gold_b.jsonl]
DIR defaults to ../shared/corpus beside the repository; the gold files default to this folder.

Reports, over the articles both annotators labelled:
- quote span agreement: precision / recall / F1 of A against B, where a match is a pair in the same
  article whose character overlap is at least 50% of the longer span (one-to-one, greedy by overlap);
- kind agreement (full / partial) on matched quotes, with Cohen's kappa;
- speaker agreement on matched quotes, by the scorer's rule (bench/quotes_eval.same_speaker, A read
  as the gold): the agreement figure and the system's speaker accuracy use one yardstick; both null
  counts as agreement, one null as disagreement. Cohen's kappa is given for "named vs null" only:
  speakers are an open set, so a chance-corrected figure over names means nothing.
Refuses (exits 2) when a record's text is not found in its article.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from bench.quotes_eval import same_speaker  # noqa: E402  (the scorer's rule, not a looser copy)


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    kind: str
    speaker: str | None


def article_text(path: Path) -> str:
    """Article text as the conventions define it: after the front matter, stripped."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[0] == "---":
        lines = lines[lines.index("---", 1) + 1:]
    return "\n".join(lines).strip()


def nth(text: str, needle: str, occurrence: int) -> int:
    """Offset of the occurrence-th (0-based) occurrence of needle in text, or -1."""
    pos = text.find(needle)
    for _ in range(occurrence):
        if pos < 0:
            return -1
        pos = text.find(needle, pos + 1)
    return pos


def locate(text: str, records: Iterable[Mapping[str, object]]) -> list[Quote]:
    """Turn (text, occurrence) records into offset spans; ValueError when one is not found."""
    out = []
    for rec in records:
        span = str(rec["text"])
        start = nth(text, span, int(rec.get("occurrence", 0)))  # type: ignore[arg-type]
        if start < 0:
            raise ValueError(f"quote not found: {span[:60]!r}")
        speaker = rec.get("speaker")
        out.append(Quote(start, start + len(span), str(rec.get("kind", "full")),
                         None if speaker is None else str(speaker)))
    return out


def overlap_match(a: list[Quote], b: list[Quote]) -> list[tuple[Quote, Quote]]:
    """One-to-one pairs whose overlap is >= 50% of the longer span, best overlaps first."""
    scored = []
    for i, qa in enumerate(a):
        for j, qb in enumerate(b):
            ov = min(qa.end, qb.end) - max(qa.start, qb.start)
            longer = max(qa.end - qa.start, qb.end - qb.start)
            if ov > 0 and 2 * ov >= longer:
                scored.append((-ov, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i], b[j]))
    return pairs


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa over paired labels; None when undefined (no pairs, or chance agreement 1)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    labels = {x for x, _ in pairs} | {y for _, y in pairs}
    expected = sum(
        (sum(x == lab for x, _ in pairs) / n) * (sum(y == lab for _, y in pairs) / n) for lab in labels
    )
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def read_jsonl(path: Path) -> dict[str, list[Mapping[str, object]]]:
    out: dict[str, list[Mapping[str, object]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["file"]] = rec["quotes"]
    return out


def both_files(tsv: Path) -> list[str]:
    """Articles whose annotator column is A+B, in file order."""
    files = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) >= 3 and cols[2].strip() == "A+B":
            files.append(cols[0])
    return files


def agreement(texts: Mapping[str, str], gold_a: Mapping[str, list[Mapping[str, object]]],
              gold_b: Mapping[str, list[Mapping[str, object]]]) -> dict[str, object]:
    """All figures over the articles in texts (each must be in both gold sets)."""
    n_a = n_b = 0
    matched: list[tuple[Quote, Quote]] = []
    for name, text in texts.items():
        qa, qb = locate(text, gold_a[name]), locate(text, gold_b[name])
        n_a += len(qa)
        n_b += len(qb)
        matched += overlap_match(qa, qb)
    m = len(matched)
    precision = m / n_a if n_a else 0.0
    recall = m / n_b if n_b else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kinds = [(x.kind, y.kind) for x, y in matched]
    named = [("named" if x.speaker else "null", "named" if y.speaker else "null") for x, y in matched]
    speaker_agree = sum(same_speaker(x.speaker, y.speaker) for x, y in matched)
    return {
        "articles": len(texts), "quotes_a": n_a, "quotes_b": n_b, "matched": m,
        "span_precision": precision, "span_recall": recall, "span_f1": f1,
        "kind_agreement": sum(x == y for x, y in kinds) / m if m else None,
        "kind_kappa": cohen_kappa(kinds),
        "speaker_agreement": speaker_agree / m if m else None,
        "speaker_named_kappa": cohen_kappa(named),
        "speaker_disagreements": [(x.speaker, y.speaker) for x, y in matched
                                  if not same_speaker(x.speaker, y.speaker)],
    }


def fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--a", type=Path, default=HERE / "gold_a.jsonl")
    ap.add_argument("--b", type=Path, default=HERE / "gold_b.jsonl")
    ap.add_argument("--tsv", type=Path, default=HERE / "articles.tsv")
    args = ap.parse_args(argv)
    gold_a, gold_b = read_jsonl(args.a), read_jsonl(args.b)
    files = [f for f in both_files(args.tsv) if f in gold_a and f in gold_b]
    missing = [f for f in both_files(args.tsv) if f not in files]
    texts = {f: article_text(args.corpus / f) for f in files}
    try:
        report = agreement(texts, gold_a, gold_b)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for key, value in report.items():
        if key != "speaker_disagreements":
            print(f"{key:22} {fmt(value)}")
    for x, y in report["speaker_disagreements"]:  # type: ignore[union-attr]
        print(f"  speaker A={x!r} B={y!r}")
    if missing:
        print(f"not in both files ({len(missing)}): " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
