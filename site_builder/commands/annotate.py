"""`annotate`: read JSON lines {"id", "text"} on stdin, write mentions and quotes as JSON lines.

Entity ids are folded across all the documents read, as in a built site (index/identity.py), so
output comes once the input ends."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from site_builder.errors import Problem, BuildError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registry", type=Path, metavar="FILE",
                        help="an entities.yaml file (default: an empty registry; names are discovered)")


def _registry(path: Path | None):
    from site_builder.load.registry_model import EMPTY_REGISTRY

    if path is None:
        return EMPTY_REGISTRY
    from site_builder.load.registry import load_registry_file

    registry, warnings = load_registry_file(path)
    for problem in warnings:
        print(problem, file=sys.stderr)
    return registry


def run(args: argparse.Namespace) -> int:
    from site_builder.annotate import annotate_text
    from site_builder.render.data import turn_record

    registry = _registry(args.registry)
    out = sys.stdout
    documents = []  # all read before any is written: ids are folded across documents
    for number, raw in enumerate(sys.stdin, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except ValueError as exc:
            raise BuildError(Problem("<stdin>", number, f"bad JSON line: {exc}",
                                     'each line must be one JSON object: {"id": ..., "text": ...}'))
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise BuildError(Problem("<stdin>", number, 'expected a JSON object with a "text" string',
                                     'each line must be one JSON object: {"id": ..., "text": ...}'))
        documents.append((item.get("id"), item["text"], annotate_text(item["text"], registry)))
    _write_folded(documents, out)
    return 0


def _write_folded(documents: list, out) -> None:  # noqa: ANN001 - (id, text, Annotations) triples; a text stream
    """Fold ids across all the documents read (as the built site does, index/identity.py), then write."""
    from site_builder.index.folding import fold_documents

    folded, _ = fold_documents([(text, result) for _, text, result in documents])
    for (ident, _, _), result in zip(documents, folded):
        out.write(json.dumps({
            "id": ident,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity}
                         for m in result.mentions],
            "quotes": [_quote(q) for q in result.quotes],
            "turns": [turn_record(t) for t in result.turns],
        }, ensure_ascii=False) + "\n")
    out.flush()


def _quote(q) -> dict:
    keys = ("start", "end", "text", "speaker", "speaker_entity", "speaker_start", "speaker_end", "cue")
    data = asdict(q)
    return {k: data.get(k) for k in keys}
