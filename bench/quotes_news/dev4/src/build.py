"""Build dev4's articles/*.txt and gold.jsonl from the marked-up sources in src/*.src.

Markup: header lines `key = Speaker Name` up to a `---` line; then the article text, in which
`<<words|label>>` marks a naming mention (label = key or key:n) and `[[label|f|“...”]]` (or `p`,
`-` as label for no speaker, `f#note` for a note) marks a quote span, nestable. Occurrences are
counted on the final text the way bench/quotes_dev/agreement.nth does (overlaps counted).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PART = HERE.parent


def occurrence(text: str, needle: str, start: int) -> int:
    count, pos = 0, text.find(needle)
    while 0 <= pos < start:
        count += 1
        pos = text.find(needle, pos + 1)
    if pos != start:
        raise ValueError(f"{needle!r} not at {start}")
    return count


def parse(body: str) -> tuple[str, dict[str, tuple[str, int]], list[dict]]:
    out: list[str] = []
    n = 0
    mentions: dict[str, tuple[str, int]] = {}
    stack: list[tuple[str, str, int]] = []
    quotes: list[dict] = []
    i = 0
    while i < len(body):
        if body.startswith("<<", i):
            j = body.index(">>", i)
            words, label = body[i + 2:j].rsplit("|", 1)
            if label in mentions:
                raise ValueError(f"mention label {label} twice")
            mentions[label] = (words, n)
            out.append(words)
            n += len(words)
            i = j + 2
        elif body.startswith("[[", i):
            a = body.index("|", i)
            b = body.index("|", a + 1)
            stack.append((body[i + 2:a], body[a + 1:b], n))
            i = b + 1
        elif body.startswith("]]", i):
            label, kind, start = stack.pop()
            quotes.append({"label": label, "kind": kind, "start": start, "end": n})
            i += 2
        else:
            out.append(body[i])
            n += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed quote {stack}")
    return "".join(out), mentions, quotes


def paragraph_of(text: str, pos: int) -> int:
    return text.count("\n\n", 0, pos)


def pick_mention(text: str, mentions: dict[str, tuple[str, int]], q: dict) -> tuple[str, int]:
    """The speaker's mention the attribution rests on: a label written `!key:n` is taken as is;
    else the nearest marked mention of that speaker in the quote's paragraph, else the nearest before."""
    if q["label"].startswith("!"):
        return mentions[q["label"][1:]]
    key = q["label"].split(":")[0]
    own = [(w, p) for label, (w, p) in mentions.items() if label.split(":")[0] == key]
    para = paragraph_of(text, q["start"])
    same = [m for m in own if paragraph_of(text, m[1]) == para]
    if same:
        return min(same, key=lambda m: min(abs(m[1] - q["start"]), abs(m[1] - q["end"])))
    before = [m for m in own if m[1] < q["start"]]
    if not before:
        raise ValueError(f"no mention of {key} before {text[q['start']:q['end']][:40]}")
    best = max(before, key=lambda m: m[1])
    print(f"  far cue: {text[q['start']:q['end']][:40]!r} -> {best[0]!r} (para {paragraph_of(text, best[1])} vs {para})", file=sys.stderr)
    return best


def build(src: Path) -> dict:
    raw = src.read_text(encoding="utf-8")
    head, body = raw.split("\n---\n", 1)
    lines = [ln for ln in head.splitlines() if ln.strip()]
    name = lines[0].split(":", 1)[1].strip()
    speakers = dict((k.strip(), v.strip()) for k, v in (ln.split("=", 1) for ln in lines[1:]))
    text, mentions, quotes = parse(body.strip())
    records = []
    for q in sorted(quotes, key=lambda q: q["start"]):
        span = text[q["start"]:q["end"]]
        kind, _, note = q["kind"].partition("#")
        rec = {"text": span, "occurrence": occurrence(text, span, q["start"]), "kind": {"f": "full", "p": "partial"}[kind]}
        if q["label"] == "-":
            rec.update(speaker=None, speaker_text=None, speaker_occurrence=None)
        else:
            words, pos = pick_mention(text, mentions, q)
            rec.update(speaker=speakers[q["label"].lstrip("!").split(":")[0]], speaker_text=words, speaker_occurrence=occurrence(text, words, pos))
        if note:
            rec["note"] = note
        records.append(rec)
    unused = set(speakers) - {q["label"].lstrip("!").split(":")[0] for q in quotes}
    if unused:
        print(f"{name}: unused speakers {sorted(unused)}", file=sys.stderr)
    (PART / "articles" / name).write_text(text + "\n", encoding="utf-8")
    return {"file": name, "annotator": "N7", "quotes": records}


def main() -> int:
    records = [build(src) for src in sorted(HERE.glob("*.src"))]
    with (PART / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in records:
        kinds = [q["kind"] for q in rec["quotes"]]
        words = len((PART / "articles" / rec["file"]).read_text(encoding="utf-8").split())
        print(f'{rec["file"]}: {len(kinds)} quotes ({kinds.count("partial")} partial), {words} words')
    return 0


if __name__ == "__main__":
    sys.exit(main())
