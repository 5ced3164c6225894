"""`annotate`: read JSON lines {"id", "text"} on stdin, write mentions and quotes as JSON lines.

A service, not a batch: each input line gets exactly one output line, written and flushed at
once, so a client may wait for each answer before sending the next line. A bad line (not UTF-8,
not JSON, nested too deep, longer than `MAX_LINE` bytes, no "text" string) gets an error record
{"id", "error", "line"} on stdout and a message on stderr, and the stream goes on; the exit
status is then 1. `--strict` stops at the first bad line instead. Lone surrogates ("\\ud800")
are kept, so offsets still count Python string positions, and written as JSON escapes.

`--fold` reads the whole input first and folds entity ids across all the documents read, as a
built site does over its archive (index/identity.py: "Blinken" and "Antony J. Blinken" become one
id); the answers, error records included, then come in input order once the input ends.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from site_builder.errors import BuildError, Problem

if TYPE_CHECKING:  # imported when used: `annotate --help` stays fast
    from site_builder.model.registry import Registry
    from site_builder.model.spans import Quote

MAX_LINE = 16 * 1024 * 1024  # bytes; a longer line is an error record, read past without being kept
_SHAPE = 'each line must be one JSON object: {"id": ..., "text": "..."}'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registry", type=Path, metavar="FILE",
                        help="an entities.yaml file (default: an empty registry; names are discovered)")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first bad line (exit status 1) instead of writing an error record")
    parser.add_argument("--fold", action="store_true",
                        help="read all input, then fold entity ids across the documents as a built site does")


def _registry(path: Path | None) -> Registry:
    from site_builder.model.registry import EMPTY_REGISTRY

    if path is None:
        return EMPTY_REGISTRY
    from site_builder.load.registry import load_registry_file

    registry, warnings = load_registry_file(path)
    for problem in warnings:
        print(problem, file=sys.stderr)
    return registry


class BadLine(Exception):
    """One input line that cannot be annotated; `id` when the line said which item it was."""

    def __init__(self, message: str, item_id: Any = None) -> None:
        super().__init__(message)
        self.item_id = item_id


def run(args: argparse.Namespace) -> int:
    try:
        registry = _registry(args.registry)
    except BuildError as exc:
        _report(exc.problems, "annotate: the registry has errors; nothing was read from stdin.")
        return 1
    answers = _answers(sys.stdin.buffer, registry, strict=args.strict)
    failed = 0
    if args.fold:
        answers = iter(_folded(list(answers)))
    for answer in answers:
        if answer is None:  # --strict and a bad line: reported, stop
            return 1
        failed += "error" in answer
        _write(sys.stdout, _output(answer))
    return 1 if failed else 0


Answer = dict[str, Any]  # an error record, or {"id", "text", "annotations"} before output


def _answers(stream: IO[bytes], registry: Registry, strict: bool) -> Iterator[Answer | None]:
    """One answer per input line, as the lines arrive; None after a bad line under --strict."""
    from site_builder.annotate import annotate_text

    for number, raw in _lines(stream):
        try:
            item = _item(raw)
            try:
                annotations = annotate_text(item["text"], registry)
            except RecursionError:
                raise BadLine("the text could not be annotated (nested too deep)", _plain_id(item.get("id"))) from None
            yield {"id": _plain_id(item.get("id")), "text": item["text"], "annotations": annotations}
        except BadLine as bad:
            problem = Problem("<stdin>", number, str(bad), _SHAPE)
            if strict:
                _report([problem], f"annotate stopped at line {number} (--strict); the lines before it were answered.")
                yield None
                return
            print(problem, file=sys.stderr, flush=True)
            yield {"id": bad.item_id, "error": str(bad), "line": number}


def _folded(answers: list[Answer | None]) -> list[Answer | None]:
    """The answers with entity ids folded across every document that was annotated."""
    from site_builder.index.folding import fold_documents

    good = [a for a in answers if a is not None and "annotations" in a]
    folded, _ = fold_documents([(a["text"], a["annotations"]) for a in good])
    for answer, folded_one in zip(good, folded, strict=True):
        answer["annotations"] = folded_one
    return answers


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each non-blank line; None for a line over MAX_LINE, read past in pieces."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE)
            yield number, None
            continue
        raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte order mark (an editor's, or files joined with cat)
        if raw.strip():
            yield number, raw


def _item(raw: bytes | None) -> dict[str, Any]:
    """The line's JSON object, or BadLine saying what is wrong with it."""
    if raw is None:
        raise BadLine(f"line longer than {MAX_LINE} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    try:
        item = json.loads(text)
    except RecursionError:
        raise BadLine("bad JSON line: nested too deep") from None
    except ValueError as exc:
        raise BadLine(f"bad JSON line: {exc}") from None
    if not isinstance(item, dict):
        raise BadLine(f"expected a JSON object, got {type(item).__name__}")
    if not isinstance(item.get("text"), str):
        raise BadLine('expected a JSON object with a "text" string', _plain_id(item.get("id")))
    return item


def _plain_id(value: Any) -> Any:
    """An id to echo back: scalars as given; anything else is not an id."""
    return value if value is None or isinstance(value, (str, int, float, bool)) else None


def _output(answer: Answer) -> dict[str, Any]:
    """The output record of one answer: an error record as it is, else the annotations."""
    from site_builder.render.data import turn_record

    if "annotations" not in answer:
        return answer
    result = answer["annotations"]
    return {
        "id": answer["id"],
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity}
                     for m in result.mentions],
        "quotes": [_quote(q) for q in result.quotes],
        "turns": [turn_record(t) for t in result.turns],
    }


def _write(out: IO[str], record: dict[str, Any]) -> None:
    """One JSON line, flushed. Text with lone surrogates cannot be UTF-8: it is written as JSON escapes."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        line = json.dumps(record, ensure_ascii=True)
    out.write(line + "\n")
    out.flush()


def _report(problems: list[Problem], summary: str) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(summary, file=sys.stderr, flush=True)


def _quote(q: Quote) -> dict[str, Any]:
    keys = ("start", "end", "text", "speaker", "speaker_entity", "speaker_start", "speaker_end", "cue")
    data = asdict(q)
    return {k: data.get(k) for k in keys}
