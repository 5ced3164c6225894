"""Build dev5's articles/*.txt and gold.jsonl from the marked-up sources src/*.src.

Markup: ⟦span⟧{speaker; speaker_text; f|p; <|>; note} — speaker `-` for none (then no speaker_text);
`<` = the nearest whole-word mention of speaker_text before the quote, `>` = the first one after it.
(⟪span⟫{…} for a quote nested in a ⟦…⟧ one.) The span is kept in the article with its marks; everything else in braces is dropped.
Standard library only: python3 bench/quotes_news/dev5/src/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PART = HERE.parent


def occurrences_before(text: str, needle: str, pos: int) -> int:
    """How many (overlapping) occurrences of needle start before pos."""
    count, at = 0, text.find(needle)
    while 0 <= at < pos:
        count += 1
        at = text.find(needle, at + 1)
    return count


def mention(text: str, cue: str, start: int, end: int, after: bool) -> int:
    word = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")
    hits = [m.start() for m in word.finditer(text)]
    if after:
        hits = [h for h in hits if h >= end]
        if not hits:
            raise ValueError(f"no {cue!r} after {text[start:end][:40]!r}")
        return hits[0]
    hits = [h for h in hits if h + len(cue) <= start]
    if not hits:
        raise ValueError(f"no {cue!r} before {text[start:end][:40]!r}")
    return hits[-1]


TOKEN = re.compile(r"[⟦⟪]|[⟧⟫]\{(.*?)\}", re.S)


def strip(raw: str) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """The article text and each mark's (start, end, fields); ⟪…⟫ nests inside ⟦…⟧."""
    out: list[str] = []
    marks: list[tuple[int, int, list[str]]] = []
    opened: list[int] = []
    pos = length = 0
    for m in TOKEN.finditer(raw):
        out.append(raw[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(1) is None:
            opened.append(length)
        else:
            marks.append((opened.pop(), length, [f.strip() for f in m.group(1).split(";", 4)]))
    out.append(raw[pos:])
    return "".join(out), sorted(marks)


def build(src: Path) -> dict[str, object]:
    raw = src.read_text(encoding="utf-8").strip()
    text, found = strip(raw)
    marks = [(start, end, text[start:end], fields) for start, end, fields in found]
    if any(c in text for c in "⟦⟧⟪⟫{}"):
        raise ValueError(f"{src.name}: stray markup")
    quotes = []
    for start, end, span, fields in marks:
        speaker, cue, kind = fields[0], fields[1], fields[2]
        direction = fields[3] if len(fields) > 3 else "<"
        note = fields[4] if len(fields) > 4 else ""
        q: dict[str, object] = {"text": span, "occurrence": occurrences_before(text, span, start),
                                "kind": {"f": "full", "p": "partial"}[kind]}
        if speaker == "-":
            q.update(speaker=None, speaker_text=None, speaker_occurrence=None)
        else:
            at = mention(text, cue, start, end, direction == ">")
            q.update(speaker=speaker, speaker_text=cue, speaker_occurrence=occurrences_before(text, cue, at))
        if note:
            q["note"] = note
        quotes.append(q)
    name = src.stem + ".txt"
    (PART / "articles" / name).write_text(text + "\n", encoding="utf-8")
    return {"file": name, "annotator": "N8", "quotes": quotes}


def main() -> int:
    records = [build(src) for src in sorted(HERE.glob("*.src"))]
    with (PART / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    for record in records:
        text = (PART / "articles" / record["file"]).read_text(encoding="utf-8")
        print(record["file"], len(text.split()), "words", len(record["quotes"]), "quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
