"""Read YAML with line numbers, so every message can point at the line to fix.

Every YAML file (front matter, registry, site.yaml) is read here. Finds: the data, the node tree
and each key's line. Refuses, with file, line and hint: characters YAML cannot carry (control
characters, lone surrogates), nesting deeper than `MAX_DEPTH`, aliases in content files and alias
expansion past a small budget elsewhere (a ten-line "billion laughs" would otherwise eat the
machine's memory), alias cycles, and a key given twice in one mapping.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from site_builder.errors import BuildError, Problem, did_you_mean, error


def read_utf8(path: Path) -> str:
    """Read a text file, refusing anything that is not UTF-8 with a message that says where."""
    return decode_utf8(path.read_bytes(), path)


def decode_utf8(data: bytes, path: Path) -> str:
    """read_utf8 for bytes already read (an article's bytes are hashed as well: read once)."""
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

MAX_DEPTH = 40  # nested lists/mappings; libyaml's composer recurses in C and crashes on 100,000
ALIAS_BUDGET = 100  # alias uses in a registry or site.yaml (content files get none)
EXPANSION_BUDGET = 100_000  # extra nodes that aliases may add once expanded
# YAML's printable set (YAML 1.1 §5.1) without tab and newline: what a file may not contain.
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_HINT = "check indentation and quoting; a value containing ': ' or starting with a quote mark needs quotes"


def parse_yaml(text: str, path: Path, first_line: int = 1, aliases: bool = True,
               checked: bool = False) -> tuple[Any, yaml.Node | None]:
    """Parse YAML; return (data, node tree). `first_line` is the file line where `text` begins.
    `aliases=False` (content files) refuses any alias; otherwise they are allowed within a budget.
    `checked`: the caller has already refused control characters in a text holding this one."""
    if not checked:
        refuse_control_characters(text, path, first_line)
    try:
        if _may_need_scan(text):
            _scan_events(text, path, first_line, aliases)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _check_nodes(node, path, first_line)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, path, first_line) from None
    except yaml.YAMLError as exc:  # e.g. a ReaderError the character check did not foresee
        raise error(path, first_line, f"invalid YAML: {exc}", _HINT) from None
    return data, node


def _yaml_error(exc: yaml.MarkedYAMLError, path: Path, first_line: int) -> BuildError:
    mark = exc.problem_mark or exc.context_mark
    line = first_line + mark.line if mark else first_line
    what = exc.problem or str(exc)
    if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
        what += f" ({exc.context} that starts on line {first_line + exc.context_mark.line})"
    return error(path, line, f"invalid YAML: {what}", _HINT)


def refuse_control_characters(text: str, path: Path, first_line: int = 1) -> None:
    """A BuildError at the first character no text file should hold (it breaks YAML and the XML feed)."""
    bad = _NOT_PRINTABLE.search(text)
    if bad is None:
        return
    line = first_line + text.count("\n", 0, bad.start())
    column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
    raise error(path, line, f"invisible control character U+{ord(bad.group()):04X} at column {column}",
                "delete it (it often comes from copying out of a PDF or a word processor)")


def _scan_events(text: str, path: Path, first_line: int, aliases: bool) -> None:
    """One pass over libyaml's events, before anything is built: depth and alias count."""
    loader = _Loader(text)
    depth = uses = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise error(path, _event_line(event, first_line), f"nested more than {MAX_DEPTH} levels deep",
                                "flatten the structure; no setting needs this much nesting")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                uses += 1
                if not aliases or uses > ALIAS_BUDGET:
                    raise _alias_error(path, _event_line(event, first_line), aliases)
    finally:
        loader.dispose()


_OPENERS = "[{-:?"  # the characters a collection's start needs one of (flow, block sequence, key)


def _may_need_scan(text: str) -> bool:
    """Whether _scan_events could refuse the text, or report another error than the composer
    would. An alias needs a "*", and each level of nesting its own "[", "{", "-", ":" or "?": a
    text with no "*" and at most MAX_DEPTH of those is neither too deep nor holds an alias. The
    composer's own errors (a duplicate anchor "&", a second document "---" or "...") could come
    before a syntax error the first pass would have reported first: with none of them, skipping
    the first pass raises the same error at the same place."""
    if "*" in text or "&" in text or "---" in text or "..." in text:
        return True
    return sum(text.count(c) for c in _OPENERS) > MAX_DEPTH


def _event_line(event: yaml.Event, first_line: int) -> int:
    return first_line + (event.start_mark.line if event.start_mark else 0)


def _alias_error(path: Path, line: int, allowed: bool) -> BuildError:
    if not allowed:
        return error(path, line, "YAML aliases (*name) are not allowed here",
                     "write the value out in full instead of referring to an anchor (&name)")
    return error(path, line, f"too many YAML aliases (more than {ALIAS_BUDGET}) or aliases that expand too far",
                 "write the values out in full instead of referring to anchors (&name)")


def _check_nodes(root: yaml.Node, path: Path, first_line: int) -> None:
    """Duplicate keys, escaped control characters, alias cycles and expansion, without recursion."""
    sizes: dict[int, int] = {}  # id(node) -> expanded size, once known
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    distinct = 0
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise error(path, first_line + node.start_mark.line, "a YAML alias refers to a value that contains it",
                        "remove the alias (*name) inside its own anchor (&name)")
        distinct += 1
        on_path.add(key)
        _check_node(node, path, first_line)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    if sizes[id(root)] - distinct > EXPANSION_BUDGET:
        raise _alias_error(path, first_line + root.start_mark.line, True)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_node(node: yaml.Node, path: Path, first_line: int) -> None:
    if isinstance(node, yaml.ScalarNode):
        if _NOT_PRINTABLE.search(node.value):  # written as an escape ("\x01") in a quoted string
            raise error(path, first_line + node.start_mark.line, "a value contains an invisible control character",
                        "remove the escape sequence (\\x.., \\u....) that makes it")
        return
    if not isinstance(node, yaml.MappingNode):
        return
    seen: dict[str, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            continue
        line = first_line + key_node.start_mark.line
        if key_node.value in seen:
            raise error(path, line, f"key '{key_node.value}' given twice (first on line {seen[key_node.value]})",
                        "keep one of the two lines; YAML would silently use the last one")
        seen[key_node.value] = line


def key_lines(node: yaml.Node | None, first_line: int = 1) -> dict[str, int]:
    """Line number of each top-level key of a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: first_line + k.start_mark.line for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def value_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value node of `key` in a mapping node (None when absent)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def scalar_text(value: Any, key: str, path: Path, line: int | None, problems: list[Problem],
                allow_empty: bool = True) -> str | None:
    """A value that must be one piece of text (numbers are read as text). None when absent or wrong,
    with a problem added for a list, a mapping, true/false or (unless allowed) an empty string."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        what = "true/false" if isinstance(value, bool) else type(value).__name__
        problems.append(Problem(path, line, f"'{key}' must be text, got {what}",
                                f"write one value, in quotes if it looks like a number or yes/no: {key}: \"…\""))
        return None
    text = str(value).strip()
    if not text and not allow_empty:
        problems.append(Problem(path, line, f"'{key}' is empty", f"write a {key}, or remove the line"))
        return None
    return text


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
