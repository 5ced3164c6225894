"""Print every quote the finder left without a speaker, with context, grouped by a rough pattern.

Usage: .venv/bin/python bench/quotes_unattributed.py [CORPUS_DIR] [--width N] [--only PATTERN]

The pattern is a coarse guess from the text around the quote (what precedes it in its
paragraph, what follows it), meant to show which attribution shapes are missed most.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quotes_corpus import load_corpus  # noqa: E402
from site_builder.annotate.entities import find_entities  # noqa: E402
from site_builder.annotate.quotes import find_quotes  # noqa: E402
from site_builder.annotate.quotes.lexicon import lexicon  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402

_TURN_RE = re.compile(r"^[A-Z][\w.’' -]{0,40}:\s")


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n\n", 0, pos)
    e = text.find("\n\n", pos)
    return (0 if s < 0 else s + 2), (len(text) if e < 0 else e)


def classify(text: str, start: int, end: int) -> str:
    """A rough name for the shape around an unattributed quote."""
    cue_re = lexicon().cue_re
    ps, pe = _para_bounds(text, start)
    before = text[ps:start]
    after = text[end:pe]
    tail = before[-80:]
    low_tail = tail.lower()
    if re.search(r"\bquot(?:e|ing)\b", low_tail):
        return "'quote' / 'and I quote' cue"
    if re.search(r"\b(?:reads?|read)\s*[:,]?\s*$", low_tail):
        return "document 'reads:'"
    if re.search(r"\bquestion\b|\basks?\s*:?\s*$", low_tail):
        return "question intro"
    if re.match(r"[\s,]*(?:that’s|that's|those were|this is)\b", after, re.I):
        return "cue in next sentence ('That's what X said')"
    if re.match(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+[a-z]+ed\b", after):
        return "Name + unknown -ed verb after"
    m = re.match(r"[\s,]*((?:[\w’'.-]+\s+){0,4}?)([a-z]+(?:ed|s))\b", after)
    if m and not cue_re.match(m.group(2)) and re.match(r"[\s,]*(?:he|she|they|[A-Z])", after):
        return "subject + unknown verb after"
    if re.search(r"[a-z]+ed\s*[,:]\s*$", tail) and not cue_re.search(tail[-25:]):
        return "unknown -ed verb before"
    if tail.rstrip().endswith(":"):
        return "colon intro (no cue)"
    turn = " (in a transcript turn)" if _TURN_RE.match(text[ps:pe]) else ""
    if re.search(r"\b(?:say|saying|says|think|thinking)\s*[,:]?\s*$", low_tail):
        return "generic 'say,' with no speaker" + turn
    if cue_re.search(before) or cue_re.search(after):
        return "cue present, speaker not found" + turn
    if turn:
        return "transcript turn, no cue"
    if not before.strip() and not after.strip():
        return "whole paragraph"
    if not before.strip():
        return "opens paragraph, no cue"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--width", type=int, default=160, help="characters of context on each side")
    ap.add_argument("--only", default=None, help="print only groups whose name contains this")
    args = ap.parse_args(argv)
    groups: dict[str, list[str]] = defaultdict(list)
    total = 0
    for name, text in load_corpus(Path(args.corpus)):
        mentions, entities = find_entities(text, EMPTY_REGISTRY)
        quotes, _ = find_quotes(text, mentions, entities, EMPTY_REGISTRY)
        total += len(quotes)
        for q in quotes:
            if q.speaker is not None:
                continue
            ps, pe = _para_bounds(text, q.start)
            lo = max(ps, q.start - args.width)
            hi = min(max(pe, q.end), q.end + args.width)
            prev = text[max(0, ps - 2 - args.width // 2) : max(0, ps - 2)].replace("\n", " ⏎ ")
            ctx = (
                ("[prev: …" + prev + "]\n    " if ps > 0 else "")
                + text[lo : q.start].replace("\n", " ⏎ ")
                + " ⟦"
                + text[q.start : q.end][:200].replace("\n", " ⏎ ")
                + "⟧ "
                + text[q.end : hi].replace("\n", " ⏎ ")
            )
            groups[classify(text, q.start, q.end)].append(f"  {name}\n    {ctx}")
    missing = sum(len(v) for v in groups.values())
    print(f"{missing} of {total} quotes without a speaker")
    for g, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):4d}  {g}")
    for g, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if args.only and args.only not in g:
            continue
        print(f"\n=== {g} ({len(items)})")
        for it in items:
            print(it)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
