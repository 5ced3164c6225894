"""Read articles from content/articles/ (any depth) in both formats.

1. As delivered (`*.txt`): first line `date YYYY-MM-DD`, the first paragraph may follow on the
   same line; paragraphs split by blank lines; no title (derived from the first sentence).
   An optional YAML front matter block before the date line overrides title and the rest.
2. Markdown (`*.md`, `*.markdown`) with YAML front matter: `title` and `date` required.

Either way the result is a `SourceArticle`: metadata, plain text and render pieces.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from site_builder.errors import BuildError, Problem, error
from site_builder.load.body import parse_markdown, parse_plain
from site_builder.load.contentfs import walk_files
from site_builder.load.links import clean_url, link_problem
from site_builder.load.yamlfile import (
    decode_utf8,
    key_lines,
    parse_yaml,
    refuse_control_characters,
    scalar_text,
    unknown_key_warnings,
    value_node,
)
from site_builder.model.article import ArticleMeta, SourceArticle
from site_builder.model.spans import QuoteFix
from site_builder.text import shorten, slugify

ARTICLE_SUFFIXES = {".txt": "plain", ".md": "markdown", ".markdown": "markdown"}
FRONT_MATTER_KEYS = {
    "title", "date", "source", "url", "author", "authors", "tags", "summary", "draft",
    "license", "slug", "quotes",
}
_DATE_LINE = re.compile(r"date[ \t]+(\S+)[ \t]*(.*)\Z", re.S)
_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def find_article_files(content_dir: Path) -> list[Path]:
    """Every article file, sorted. A folder with no articles/ subfolder is itself the article folder.

    Hidden and `_`-prefixed files and folders, and README/LICENSE files, are not articles.
    Symbolic links out of the content folder and link loops are errors (load/contentfs.py).
    """
    root = content_dir / "articles"
    if not root.is_dir():
        root = content_dir
    found = walk_files(root, content_dir, _keep_folder, _is_article_name)
    return [Path(p) for p in sorted(found)]


def _keep_folder(entry: os.DirEntry[str]) -> bool:
    return not entry.name.startswith((".", "_"))


def _is_article_name(entry: os.DirEntry[str]) -> bool:
    return (not entry.name.startswith((".", "_")) and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
            and entry.name.upper() not in ("README.MD", "LICENSE.MD", "LICENSE.TXT"))


def read_article(path: Path, content_dir: Path) -> tuple[SourceArticle, list[Problem]]:
    """Parse one file. Raises BuildError naming the file and line; returns warnings."""
    raw = path.read_bytes()
    text = decode_utf8(raw, path)
    refuse_control_characters(text, path)
    rel = path.relative_to(content_dir).as_posix() if path.is_relative_to(content_dir) else path.as_posix()
    front, body, body_line = _split_front_matter(text, path)
    data, lines, warnings = _front_matter(front, path)
    fmt = ARTICLE_SUFFIXES[path.suffix.lower()]
    if fmt == "plain":
        body, line_date, body_line = _date_line(body, path, body_line, has_date="date" in data)
        if line_date is not None and "date" not in data:
            data["date"] = line_date
            lines["date"] = body_line - 1 if body_line > 1 else 1
        plain, pieces = parse_plain(body)
    else:
        plain, pieces = parse_markdown(body)
    if not plain.strip():
        raise error(path, body_line, "the article has no text", "write the article below its date line or front matter, or delete the file")
    meta = _meta(data, lines, path, plain, fmt)
    slug = _slug(data, lines, path)
    article = SourceArticle(slug, rel, meta, plain, pieces, hashlib.sha256(raw).hexdigest())
    return article, warnings


def _split_front_matter(text: str, path: Path) -> tuple[str | None, str, int]:
    """Return (front matter or None, body, line number where the body starts)."""
    if not text.startswith("---"):
        return None, text, 1
    match = _FENCE.match(text)
    if not match:
        raise error(path, 1, "front matter opened with '---' but never closed",
                    "add a line with only '---' after the last front matter key")
    return match.group(1) or "", text[match.end():], text[: match.end()].count("\n") + 1


def _front_matter(front: str | None, path: Path) -> tuple[dict[str, Any], dict[str, int], list[Problem]]:
    if front is None:
        return {}, {}, []
    data, node = parse_yaml(front, path, first_line=2, aliases=False, checked=True)  # read_article checked the file
    if data is None:
        return {}, {}, []
    if not isinstance(data, dict):
        raise error(path, 2, "front matter must be a mapping of keys (title: …, date: …)",
                    "write one 'key: value' per line between the '---' lines")
    lines = key_lines(node, first_line=2)
    quotes = value_node(node, "quotes")
    for i, item in enumerate(getattr(quotes, "value", []) if isinstance(quotes, yaml.SequenceNode) else []):
        lines[f"quotes[{i}]"] = 2 + item.start_mark.line
    return dict(data), lines, unknown_key_warnings(data, FRONT_MATTER_KEYS, path, lines, "front matter")


def _date_line(body: str, path: Path, body_line: int, has_date: bool) -> tuple[str, str | None, int]:
    stripped = body.lstrip("\n")
    line_no = body_line + body[: len(body) - len(stripped)].count("\n")
    first, _, rest = stripped.partition("\n")
    match = _DATE_LINE.match(first.strip())
    if not match:
        if has_date:
            return body, None, body_line
        raise error(path, line_no, f"expected a first line 'date YYYY-MM-DD', found {first[:40]!r}",
                    "start the file with a line such as 'date 2025-01-30'")
    return match.group(2) + "\n" + rest, match.group(1), line_no + 1


def _parse_date(value: Any, path: Path, line: int | None) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _in_range(value, path, line)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise error(path, line, f"'date' must be one date, got {type(value).__name__}", "write date: YYYY-MM-DD")
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", text, re.S):
        raise error(path, line, f"expected a date YYYY-MM-DD, found {text[:40]!r}", "write a date such as 2025-01-30")
    try:
        parsed = date.fromisoformat(text[:10])
    except ValueError:
        raise error(path, line, f"impossible date {text[:40]!r}: no such day",
                    "write a real calendar date as YYYY-MM-DD") from None
    return _in_range(parsed, path, line)


def _in_range(value: date, path: Path, line: int | None) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise error(path, line, f"date {value.isoformat()} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                    "check the year for a typo")
    return value


def _strings(value: Any, key: str, path: Path, line: int | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v).strip() for v in value if str(v).strip())
    raise error(path, line, f"'{key}' must be a list of strings or a comma-separated string", f"for example: {key}: [a, b]")


def _meta(data: dict[str, Any], lines: dict[str, int], path: Path, plain: str, fmt: str) -> ArticleMeta:
    problems: list[Problem] = []
    if "date" not in data:
        problems.append(Problem(path, 1, "missing 'date'", "add 'date: YYYY-MM-DD' to the front matter"))
    title = data.get("title")
    if title is None:
        if fmt == "markdown":
            problems.append(Problem(path, 1, "missing 'title'", "add 'title: …' to the front matter"))
        title = derive_title(plain)
    texts, url = _checked(data, lines, path, problems)
    if problems:
        raise BuildError(problems)
    the_date = _parse_date(data["date"], path, lines.get("date"))
    fixes, fix_lines = _quote_fixes(data.get("quotes"), path, lines)
    authors = _strings(data.get("authors"), "authors", path, lines.get("authors")) or _strings(
        [data["author"]] if isinstance(data.get("author"), str) else data.get("author"), "author", path, lines.get("author"))
    return ArticleMeta(
        title=str(title).strip(),
        date=the_date,
        source=texts["source"] or "",
        url=url,
        authors=authors,
        tags=_strings(data.get("tags"), "tags", path, lines.get("tags")),
        summary=texts["summary"] or _summary(plain, derived_title=data.get("title") is None),
        draft=bool(data.get("draft", False)),
        license=texts["license"] or "",
        quote_fixes=fixes,
        quote_fix_lines=fix_lines,
        key_lines=tuple((k, v) for k, v in sorted(lines.items()) if k in FRONT_MATTER_KEYS),
    )


def _summary(plain: str, derived_title: bool) -> str:
    """The first real paragraph, shortened: lead-in lines ("The below is attributable to …:") and
    datelines ("Brussels, Belgium") are skipped; when the title is the first sentence, what follows it."""
    text = plain
    if derived_title:
        text = plain[len(first_sentence(plain)):].lstrip() or plain
    paragraphs = text.split("\n\n")
    chosen = next((p for p in paragraphs if len(p) >= _SHORT_PARAGRAPH and not p.rstrip().endswith(":")), paragraphs[0])
    return shorten(chosen, 240)


_SHORT_PARAGRAPH = 60  # shorter paragraphs are datelines, headings or lead-ins, not summaries


def _quote_fixes(value: Any, path: Path, lines: dict[str, int]) -> tuple[tuple[QuoteFix, ...], tuple[int | None, ...]]:
    if value is None:
        return (), ()
    line = lines.get("quotes")
    hint = "write: quotes: [{match: 2, speaker: pete-hegseth}] (match: quote number or its first words)"
    if not isinstance(value, list):
        raise error(path, line, "'quotes' must be a list of {match, speaker}", hint)
    fixes = []
    for i, item in enumerate(value):
        at = lines.get(f"quotes[{i}]", line)
        if not (isinstance(item, dict) and set(item) == {"match", "speaker"}
                and isinstance(item["match"], (int, str)) and not isinstance(item["match"], bool)
                and isinstance(item["speaker"], str) and item["speaker"].strip()):
            raise error(path, at, f"bad entry in 'quotes': {item!r}"[:200], hint)
        fixes.append(QuoteFix(item["match"], item["speaker"]))
    return tuple(fixes), tuple(lines.get(f"quotes[{i}]", line) for i in range(len(fixes)))


def _slug(data: dict[str, Any], lines: dict[str, int], path: Path) -> str:
    problems: list[Problem] = []
    wanted = scalar_text(data.get("slug"), "slug", path, lines.get("slug"), problems) or path.stem
    if problems:
        raise BuildError(problems)
    slug = slugify(wanted, max_length=200)
    if not slug:
        raise error(path, lines.get("slug"), f"cannot make a URL slug from {wanted[:80]!r}", "set 'slug: some-words' in the front matter")
    return slug


TITLE_FULL_SENTENCE = 120  # a first sentence up to this long is the whole title
TITLE_WIDTH = 90  # a longer one is shortened to this, at a clause or phrase boundary


def derive_title(plain: str) -> str:
    """A title from the first sentence: the whole sentence (without its full stop) when it is short
    enough, else shortened at a sentence, clause or phrase boundary (text.shorten), never mid-phrase."""
    sentence = " ".join(first_sentence(plain).split())
    if len(sentence) <= TITLE_FULL_SENTENCE:
        return sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
    return shorten(sentence, TITLE_WIDTH)


def _checked(data: dict[str, Any], lines: dict[str, int], path: Path,
             problems: list[Problem]) -> tuple[dict[str, str | None], str]:
    """The text keys (one scalar each; a title not empty) and the source URL (load/links.py)."""
    texts = {key: scalar_text(data.get(key), key, path, lines.get(key), problems, allow_empty=key != "title")
             for key in _TEXT_KEYS}
    if "draft" in data and not isinstance(data["draft"], bool):
        problems.append(Problem(path, lines.get("draft"), "'draft' must be true or false"))
    return texts, _url(texts["url"] or "", path, lines.get("url"), problems)


def _url(url: str, path: Path, line: int | None, problems: list[Problem]) -> str:
    """The source link, cleaned as a browser would read it; a problem unless http(s) or mailto."""
    if not url:
        return ""
    url = clean_url(url)
    problem = link_problem(url, str(path), line, "url")
    if problem:
        problems.append(problem)
    return url


_TEXT_KEYS = ("title", "source", "url", "summary", "license", "author")
MIN_YEAR, MAX_YEAR = 1000, 2999  # four-digit years only: "%Y" and feeds need them, and 9999 is a typo


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def first_sentence(text: str) -> str:
    paragraph = text.split("\n\n", 1)[0]
    match = _SENTENCE_END.search(paragraph)
    return paragraph[: match.start()].rstrip() if match else paragraph
