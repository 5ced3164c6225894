"""Turn an article body into plain text (what annotators see) and render pieces (what pages show).

A body becomes a tuple of pieces: a `str` is trusted HTML produced by markdown-it (tags only),
a `TextRange(start, end)` is a stretch of the plain text, escaped and annotated at render time.
Paragraphs of the plain text are separated by one blank line, so annotators see the same
shape for Markdown and for articles as delivered.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from site_builder.load.links import link_allowed
from site_builder.model.article import Piece, TextRange

PARAGRAPH_BREAK = "\n\n"
_SENTINEL = re.compile("\x00(\\d+)\x00")


def _markdown() -> MarkdownIt:
    # html=False: raw HTML in an article is shown as text, never injected into the page.
    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable(["table", "strikethrough"])
    md.validateLink = link_allowed  # type: ignore[method-assign]  # the content URL policy; a refused link stays as its text

    def sentinel(self: object, tokens: list[Token], idx: int, options: object, env: object) -> str:
        return f"\x00{tokens[idx].meta['range']}\x00"

    def code_inline(self: object, tokens: list[Token], idx: int, options: object, env: object) -> str:
        return f"<code>\x00{tokens[idx].meta['range']}\x00</code>"

    md.add_render_rule("text", sentinel)
    md.add_render_rule("softbreak", sentinel)
    md.add_render_rule("code_inline", code_inline)
    return md


_MD = _markdown()


def parse_plain(body: str) -> tuple[str, tuple[Piece, ...]]:
    """An article as delivered: paragraphs split by blank lines, lines inside joined by a space."""
    paragraphs = [" ".join(line.strip() for line in block.splitlines()).strip() for block in re.split(r"\n\s*\n", body)]
    paragraphs = [p for p in paragraphs if p]
    pieces: list[Piece] = []
    offset = 0
    for p in paragraphs:
        pieces += ["<p>", TextRange(offset, offset + len(p)), "</p>\n"]
        offset += len(p) + len(PARAGRAPH_BREAK)
    return PARAGRAPH_BREAK.join(paragraphs), tuple(pieces)


# A body markdown-it would read as plain paragraphs only, with nothing in them but text: none of the
# characters that open inline syntax (emphasis, code, links, images, escapes, entities, HTML,
# strikethrough, tables), no tab, and no line that could open another block (see _plain_paragraphs).
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<>&~|\t\x00]")
_BLOCK_OPENER = re.compile(r"[#>=+-]|\d{1,9}[.)]")  # heading, quote, setext line, list item, rule


def _plain_paragraphs(body: str) -> list[str] | None:
    """The paragraphs (lines joined by a space) of a body that is plain paragraphs only, else None:
    what markdown-it makes of such a body, without running it (a third of reading an article).
    Any line with whitespace at either end (indented code, a hard break) or opening a block falls
    back to markdown-it, as does a body with any character of _INLINE_SYNTAX."""
    if _INLINE_SYNTAX.search(body):
        return None
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in body.split("\n"):
        if not line:
            if lines:
                paragraphs.append(" ".join(lines))
                lines = []
            continue
        if line != line.strip() or _BLOCK_OPENER.match(line):
            return None
        lines.append(line)
    if lines:
        paragraphs.append(" ".join(lines))
    return paragraphs or None


def parse_markdown(body: str) -> tuple[str, tuple[Piece, ...]]:
    """Markdown: each block's inline text becomes one paragraph of the plain text."""
    paragraphs = _plain_paragraphs(body)
    if paragraphs is not None:  # markdown-it's answer for plain paragraphs (tests/load/test_body.py)
        pieces: list[Piece] = ["<p>"]
        offset = 0
        for p in paragraphs:
            if offset:
                pieces.append("</p>\n<p>")
            pieces.append(TextRange(offset, offset + len(p)))
            offset += len(p) + len(PARAGRAPH_BREAK)
        pieces.append("</p>\n")
        return PARAGRAPH_BREAK.join(paragraphs), tuple(pieces)
    return _parse_with_markdown_it(body)


def _parse_with_markdown_it(body: str) -> tuple[str, tuple[Piece, ...]]:
    tokens = _MD.parse(body)
    parts: list[str] = []
    ranges: list[TextRange] = []
    offset = 0
    for block in tokens:
        if block.type != "inline" or not block.children:
            continue
        if parts:
            parts.append(PARAGRAPH_BREAK)
            offset += len(PARAGRAPH_BREAK)
        for child in block.children:
            if child.type in ("text", "code_inline", "softbreak"):
                content = " " if child.type == "softbreak" else child.content
                child.meta = {"range": len(ranges)}
                ranges.append(TextRange(offset, offset + len(content)))
                parts.append(content)
                offset += len(content)
    html = _MD.renderer.render(tokens, _MD.options, {})
    pieces: list[Piece] = []
    for i, chunk in enumerate(_SENTINEL.split(html)):
        if i % 2:
            rng = ranges[int(chunk)]
            last = pieces[-1] if pieces else None
            if isinstance(last, TextRange) and last.end == rng.start:  # text + softbreak + text: one range
                pieces[-1] = TextRange(last.start, rng.end)
            else:
                pieces.append(rng)
        elif chunk:
            pieces.append(chunk)
    return "".join(parts), tuple(pieces)
