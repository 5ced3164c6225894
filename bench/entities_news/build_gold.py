"""Turn a blind annotator's name list (TSV) into gold JSONL the shared entity scorer reads.

Usage: python bench/entities_news/build_gold.py PART.tsv [--check] [--out GOLD.jsonl]

The TSV (see README.md here) names each mention by its exact text and which occurrence it is
in the article's text; this script finds the offsets, tokenizes, and writes one GUM-shaped
document per article (named person / organization / place mentions only, chains per article).
`--check` reports strings not found, an nth past the last occurrence and heads outside their
mention, and exits non-zero if there are any. Score with
`python bench/entities_eval.py --gold GOLD.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
NEWS = ROOT / "bench" / "quotes_news"
TOKEN_RE = re.compile(r"\w+(?:[-.]\w+)*|['’]s\b|[^\w\s]")
TYPES = {"person", "organization", "place"}


def article_text(path: Path) -> str:
    """The text the gold counts in: the file after its `date` line and the blank lines after it."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[0].startswith("date "):
        lines = lines[1:]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return "\n".join(lines)


def occurrences(text: str, needle: str) -> list[int]:
    """Every start of needle in text, overlapping ones included."""
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def head_token(tokens: list[tuple[int, int]], text: str, start: int, end: int, head: str) -> int | None:
    inside = [k for k, (s, e) in enumerate(tokens) if s >= start and e <= end]
    named = [k for k in inside if text[tokens[k][0]:tokens[k][1]] == head]
    return named[-1] if named else None


def build(tsv: Path, part: str) -> tuple[list[dict[str, object]], list[str]]:
    """The gold documents of one part, and every problem found (file:line: what)."""
    by_article: dict[str, list[tuple[int, str, str, str, str, str]]] = {}
    problems: list[str] = []
    for n, raw in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 6:
            problems.append(f"{tsv}:{n}: expected 6 tab-separated cells, found {len(cells)}")
            continue
        article, nth, mention, kind, chain, head = (c.strip() for c in cells)
        if kind not in TYPES:
            problems.append(f"{tsv}:{n}: type {kind!r} is not one of {sorted(TYPES)}")
            continue
        by_article.setdefault(article, []).append((n, nth, mention, kind, chain, head))
    docs = []
    for article in sorted(by_article):
        path = NEWS / part / "articles" / article
        if not path.exists():
            problems.append(f"{tsv}: no article {path}")
            continue
        text = article_text(path)
        tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        mentions = []
        for n, nth, mention, kind, chain, head in by_article[article]:
            starts = occurrences(text, mention)
            if not nth.isdigit() or not 1 <= int(nth) <= len(starts):
                problems.append(f"{tsv}:{n}: {mention!r} occurs {len(starts)} times in {article}; nth {nth!r} is out of range")
                continue
            start = starts[int(nth) - 1]
            end = start + len(mention)
            k = head_token(tokens, text, start, end, head)
            if k is None:
                problems.append(f"{tsv}:{n}: head {head!r} is not a whole word of {mention!r}")
                continue
            mentions.append({"start": start, "end": end, "text": mention, "type": kind,
                             "entity_id": f"{part}/{article}:{chain}", "wikipedia": None, "wikidata": None,
                             "is_named": True, "form": "named", "head": head, "head_upos": "PROPN",
                             "head_xpos": "NNP", "head_tok": k})
        mentions.sort(key=lambda m: (m["start"], -m["end"]))
        docs.append({"id": f"{part}/{article}", "split": part, "genre": "news", "title": article,
                     "text": text, "mentions": mentions, "tokens": [list(t) for t in tokens]})
    return docs, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--part", help="the quotes_news part whose articles it names (default: the file's stem)")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    docs, problems = build(args.tsv, args.part or args.tsv.stem)
    for problem in problems:
        print(problem, file=sys.stderr)
    count = sum(len(d["mentions"]) for d in docs)  # type: ignore[arg-type]
    print(f"{len(docs)} articles, {count} mentions, {len(problems)} problems", file=sys.stderr)
    if args.out:
        args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
