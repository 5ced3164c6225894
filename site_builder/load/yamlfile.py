"""Read YAML with line numbers, so every message can point at the line to fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from site_builder.errors import Problem, did_you_mean, error


def read_utf8(path: Path) -> str:
    """Read a text file, refusing anything that is not UTF-8 with a message that says where."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            path, line,
            f"this file is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "re-save the file as UTF-8 (for example: iconv -f latin1 -t utf-8 FILE > FILE.new)",
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe YAML that leaves dates as text, so an impossible date is our error with a line, not a crash."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str, path: Path, first_line: int = 1) -> tuple[Any, yaml.Node | None]:
    """Parse YAML; return (data, node tree). `first_line` is the file line where `text` begins."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        what = exc.problem or str(exc)
        if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            what += f" ({exc.context} that starts on line {first_line + exc.context_mark.line})"
        raise error(
            path, line, f"invalid YAML: {what}",
            "check indentation and quoting; a value containing ': ' or starting with a quote mark needs quotes",
        ) from None
    return data, node


def key_lines(node: yaml.Node | None, first_line: int = 1) -> dict[str, int]:
    """Line number of each top-level key of a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: first_line + k.start_mark.line for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def unknown_key_warnings(
    data: dict[str, Any], known: set[str], path: Path, lines: dict[str, int], what: str
) -> list[Problem]:
    """A warning per unknown key, with a near-miss suggestion when one is close."""
    problems = []
    for key in sorted(set(data) - known, key=str):
        close = did_you_mean(str(key), known)
        message = f"unknown key '{key}'" + (f"; did you mean '{close}'?" if close else f" in {what} (ignored)")
        problems.append(Problem(path, lines.get(key), message, f"known keys: {', '.join(sorted(known))}", "warning"))
    return problems
