"""Validate the hand-written newspaper quote set (bench/quotes_news/<part>/) against its own articles.

Usage: python bench/quotes_news/check.py [PART ...]     (PART: dev, test; default every part here)

Layout per part: articles/NN-<genre>-<slug>.txt, plain text "as delivered" (first line
`date YYYY-MM-DD`, a blank line, the title, a blank line, paragraphs separated by one blank
line), and gold.jsonl, one record per article in the shape of bench/quotes_dev/gold_a.jsonl with
`file` = the article's file name. The article text the offsets refer to is the whole file with
leading and trailing whitespace stripped (bench/quotes_eval.py --set news reads it the same way).

Checks, per article: the date line, blank lines and title; no article without a gold record and no
record without an article. Per quote the checks of bench/quotes_gum/check.py (span found at its
occurrence inside one paragraph, from mark or paragraph edge to mark or paragraph edge; kind;
speaker; speaker_text at its occurrence; no quote twice). Refuses to judge content (whether a span
is a quote, whether the speaker is right). Standard library only. Prints one line per problem and
exits 1 if any, else a per-part summary.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quotes_gum"))
from check import print_summary, quotes_problems, verdict  # noqa: E402  (the GUM set's per-quote checks, summary and verdict)

HERE = Path(__file__).resolve().parent
RECORD_KEYS = frozenset({"file", "annotator", "quotes"})
DATE_LINE = re.compile(r"date \d{4}-\d{2}-\d{2}\Z")


def article_text(path: Path) -> str:
    """The text gold offsets refer to: the whole file, stripped."""
    return path.read_text(encoding="utf-8").strip()


def layout_problems(text: str) -> Iterator[str]:
    lines = text.split("\n")
    if len(lines) < 5 or not DATE_LINE.match(lines[0]) or lines[1] or not lines[2].strip() or lines[3]:
        yield "does not start with `date YYYY-MM-DD`, a blank line, a title, a blank line"
    if "\n\n\n" in text:
        yield "paragraphs separated by more than one blank line"


def record_problems(record: Mapping[str, Any], text: str) -> Iterator[str]:
    if set(record) != RECORD_KEYS:
        yield f"record keys {sorted(record)} != {sorted(RECORD_KEYS)}"
        return
    yield from quotes_problems(text, record["quotes"])


def tally_record(record: Mapping[str, Any], tally: Counter[str]) -> None:
    tally["articles"] += 1
    for quote in record.get("quotes", []):
        tally["quotes"] += 1
        tally[quote.get("kind", "?")] += 1
        tally["null speaker"] += quote.get("speaker") is None


def check_part(part: Path) -> int:
    """Print the problems of one part and its summary; return the number of problems."""
    problems: list[str] = []
    articles = {p.name: p for p in sorted((part / "articles").glob("*.txt"))}
    gold_path = part / "gold.jsonl"
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()] if gold_path.exists() else []
    tally: Counter[str] = Counter()
    names: set[str] = set()
    for record in records:
        name = record.get("file", "")
        if name in names:
            problems.append(f"{name}: listed twice")
        names.add(name)
        if name not in articles:
            problems.append(f"{name}: no such article")
            continue
        text = article_text(articles[name])
        problems += [f"{name}: {p}" for p in record_problems(record, text)]
        tally_record(record, tally)
    for name, path in articles.items():
        problems += [f"{name}: {p}" for p in layout_problems(article_text(path))]
        if name not in names:
            problems.append(f"{name}: no gold record")
    for problem in problems:
        print(f"{part.name}/{problem}")
    print_summary(part.name, tally)
    return len(problems)


def main(argv: list[str] | None = None) -> int:
    parts = [HERE / p for p in (argv if argv is not None else sys.argv[1:])] or sorted(p.parent for p in HERE.glob("*/articles"))
    return verdict(sum(check_part(part) for part in parts))


if __name__ == "__main__":
    sys.exit(main())
