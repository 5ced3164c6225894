"""Validate the hand-made GUM quote gold (bench/quotes_gum/gold_*.jsonl) against the GUM texts.

Usage: python bench/quotes_gum/check.py [--gum DIR] [GOLD ...]
DIR defaults to ../shared/eval/entities beside the repository; GOLD defaults to every gold_*.jsonl here.

Checks, per record: the keys of bench/quotes_dev/CONVENTIONS.md with `doc` / `source` / `genre` in
place of `file`; the document exists in its source file with that genre; no document twice. Per quote:
`text` found at its `occurrence` in the document's `text`, inside one paragraph, starting with a
quote mark (or at the paragraph's start) and ending with one (or at the paragraph's end); `kind` full or partial;
`speaker` a non-empty string or null; `speaker_text` found at `speaker_occurrence`, and null only with
its occurrence null; no quote listed twice. Refuses to judge content (whether a span is a quote).
Standard library only. Prints one line per problem and exits 1 if any, else a per-genre summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeGuard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quotes_dev"))
from agreement import nth  # noqa: E402  (one way to find the n-th occurrence, overlaps counted)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ("gum_news_train.jsonl", "gum_more_train.jsonl")
OPENING = "\"“‘'`"  # ` : the token-rebuilt texts keep PTB-style `` openings
CLOSING = "\"”’'"
KINDS = frozenset({"full", "partial"})
RECORD_KEYS = frozenset({"doc", "source", "genre", "annotator", "quotes"})
QUOTE_KEYS = frozenset({"text", "occurrence", "kind", "speaker", "speaker_text", "speaker_occurrence"})


def load_docs(gum_dir: Path) -> dict[tuple[str, str], Mapping[str, Any]]:
    """(source file name, document id) -> GUM record."""
    docs: dict[tuple[str, str], Mapping[str, Any]] = {}
    for source in SOURCES:
        with (gum_dir / source).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                docs[(source, record["id"])] = record
    return docs


def is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def span_problems(text: str, quote: Mapping[str, Any]) -> Iterator[str]:
    """Problems with the quote's own span."""
    span = quote.get("text")
    if not isinstance(span, str) or len(span) < 2 or not is_count(quote.get("occurrence")):
        yield f"bad text/occurrence: {span!r}"
        return
    start = nth(text, span, quote["occurrence"])
    if start < 0:
        yield f"text not found at occurrence {quote['occurrence']}: {span[:60]!r}"
        return
    end = start + len(span)
    # A quote running over paragraphs is cut at the paragraph's end; a malformed continuation
    # paragraph without an opening mark starts at the paragraph's start (CONVENTIONS.md).
    opens = span[0] in OPENING or start == 0 or text[start - 2:start] == "\n\n"
    closes = span[-1] in CLOSING or end == len(text) or text[end:end + 2] == "\n\n"
    if not (opens and closes):
        yield f"span does not run from mark (or paragraph edge) to mark: {span[:40]!r}...{span[-20:]!r}"
    if "\n\n" in span:
        yield f"span crosses a paragraph break: {span[:40]!r}"


def speaker_problems(text: str, quote: Mapping[str, Any]) -> Iterator[str]:
    """Problems with speaker, speaker_text and speaker_occurrence."""
    speaker, cue, cue_occ = quote.get("speaker"), quote.get("speaker_text"), quote.get("speaker_occurrence")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        yield f"speaker must be a non-empty string or null: {speaker!r}"
    if speaker is None and cue is not None:
        yield f"speaker_text {cue!r} given for a null speaker"
    if cue is None:
        if cue_occ is not None:
            yield "speaker_occurrence given without speaker_text"
        return
    if not isinstance(cue, str) or not cue or not is_count(cue_occ):
        yield f"bad speaker_text/speaker_occurrence: {cue!r} {cue_occ!r}"
    elif nth(text, cue, cue_occ) < 0:
        yield f"speaker_text {cue!r} not found at occurrence {cue_occ}"


def quote_problems(text: str, quote: Mapping[str, Any]) -> Iterator[str]:
    missing = QUOTE_KEYS - quote.keys()
    if missing:
        yield f"quote lacks {sorted(missing)}"
        return
    extra = quote.keys() - QUOTE_KEYS - {"note"}
    if extra:
        yield f"quote has unknown keys {sorted(extra)}"
    if quote["kind"] not in KINDS:
        yield f"kind {quote['kind']!r} is not full/partial"
    yield from span_problems(text, quote)
    yield from speaker_problems(text, quote)


def quotes_problems(text: str, quotes: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """Each quote's problems, and any quote listed twice."""
    seen: set[tuple[str, int]] = set()
    for quote in quotes:
        key = (quote.get("text"), quote.get("occurrence"))
        if key in seen:
            yield f"quote listed twice: {str(key[0])[:40]!r} occurrence {key[1]}"
        seen.add(key)
        yield from quote_problems(text, quote)


def record_problems(record: Mapping[str, Any], docs: Mapping[tuple[str, str], Mapping[str, Any]]) -> Iterator[str]:
    if set(record) != RECORD_KEYS:
        yield f"record keys {sorted(record)} != {sorted(RECORD_KEYS)}"
        return
    doc = docs.get((record["source"], record["doc"]))
    if doc is None:
        yield f"document {record['doc']!r} not in {record['source']!r}"
        return
    if doc["genre"] != record["genre"]:
        yield f"genre {record['genre']!r} != GUM genre {doc['genre']!r}"
    yield from quotes_problems(doc["text"], record["quotes"])


def check_file(path: Path, docs: Mapping[tuple[str, str], Mapping[str, Any]], tally: Counter[str]) -> int:
    """Print the problems of one gold file; count documents and quotes per genre into tally."""
    problems, names = 0, set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        if record.get("doc") in names:
            print(f"{path.name}:{number}: document {record['doc']!r} listed twice")
            problems += 1
        names.add(record.get("doc"))
        for problem in record_problems(record, docs):
            print(f"{path.name}:{number} {record.get('doc')}: {problem}")
            problems += 1
        tally[f"{record.get('genre')} docs"] += 1
        tally[f"{record.get('genre')} quotes"] += len(record.get("quotes", []))
    return problems


def print_summary(name: str, tally: Counter[str]) -> None:
    print(f"{name}: " + ", ".join(f"{key} {value}" for key, value in sorted(tally.items())))


def verdict(problems: int) -> int:
    """Print the number of problems or "ok"; the exit status."""
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gum", type=Path, default=ROOT.parent / "shared" / "eval" / "entities")
    parser.add_argument("gold", nargs="*", type=Path)
    args = parser.parse_args(argv)
    docs = load_docs(args.gum)
    problems = 0
    for path in args.gold or sorted(HERE.glob("gold_*.jsonl")):
        tally: Counter[str] = Counter()
        problems += check_file(path, docs, tally)
        print_summary(path.name, tally)
    return verdict(problems)


if __name__ == "__main__":
    sys.exit(main())
