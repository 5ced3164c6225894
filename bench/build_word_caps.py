"""Build data/word_caps.tsv: how often each word of the shared corpus is capitalised mid-sentence.

Usage: python bench/build_word_caps.py [SHARED_DIR]
Reads SHARED/corpus/*.md (unlabelled press releases) and writes, for every word seen at least
MIN_COUNT times, one of four classes the entity model uses as a feature: "L" (almost always
lower case: a common word), "M" (mixed), "C" (almost always capitalised mid-sentence: a name),
"U" (written in capitals); and "s" after the class when the word ends a full name at least once
time (a given name from data/given_names.txt, then one or two capitalised words: "Barack
Obama" makes "obama" a surname the archive knows). Words are stored lower case, one
"word<TAB>class" a line, sorted.
No text is copied: only these per-word classes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "site_builder" / "annotate" / "entities" / "data" / "word_caps.tsv"
MIN_COUNT = 3
MIN_SURNAME = 1
_WORD = re.compile(r"[A-Za-z][a-z'’-]*[a-z]|[A-Z]{2,}")
_SENTENCE_END = re.compile(r"[.!?:\"“”\n#*>\-]\s*$")


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. |[A-Z][a-z]+ )?([A-Z][a-z'’-]+[a-z])\b")


def surnames(texts: list[str]) -> set[str]:
    from site_builder.annotate.entities.lexicon import lexicon

    given = lexicon().given_names
    counts: dict[str, int] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            if m.group(1).lower() in given:
                last = m.group(2).lower().replace("’", "'")
                counts[last] = counts.get(last, 0) + 1
    return {w for w, c in counts.items() if c >= MIN_SURNAME}


def classes(texts: list[str]) -> dict[str, str]:
    lower: dict[str, int] = {}
    cap: dict[str, int] = {}
    upper: dict[str, int] = {}
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group()
            low = w.lower().replace("’", "'")
            if w.islower():
                lower[low] = lower.get(low, 0) + 1
            elif _SENTENCE_END.search(text, max(0, m.start() - 3), m.start()) or m.start() == 0:
                continue  # sentence-initial: a capital that says nothing
            elif w.isupper() and len(w) > 1:
                upper[low] = upper.get(low, 0) + 1
            else:
                cap[low] = cap.get(low, 0) + 1
    out = {}
    for w in set(lower) | set(cap) | set(upper):
        lo, ca, up = lower.get(w, 0), cap.get(w, 0), upper.get(w, 0)
        n = lo + ca + up
        if n < MIN_COUNT:
            continue
        if up > lo + ca:
            out[w] = "U"
        elif lo >= 0.9 * n:
            out[w] = "L"
        elif ca + up >= 0.9 * n:
            out[w] = "C"
        else:
            out[w] = "M"
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args else ROOT.parent / "shared"
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus").glob("*.md"))]
    found = classes(texts)
    for w in surnames(texts):
        found[w] = found.get(w, "?") + "s"
    OUT.write_text("".join(f"{w}\t{c}\n" for w, c in sorted(found.items())), encoding="utf-8")
    print(f"{len(found)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
