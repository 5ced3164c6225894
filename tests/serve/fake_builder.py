"""A small stand-in for site_builder.build.Builder with the same interface.

Markdown-ish articles with YAML front matter (``title``, ``date``) in content/articles/,
one Jinja template per page kind in a templates folder, static files copied as they are.
Incremental like the real one: only files whose bytes change are written, under the lock.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml

from site_builder.errors import BuildError, Problem

_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)

ARTICLE_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{{ title }}</title><link rel="stylesheet" href="../style.css"></head>
<body><article><h1>{{ title }}</h1><p class="date">{{ date }}</p>
{% for p in paragraphs %}<p>{{ p }}</p>
{% endfor %}</article></body></html>
"""
INDEX_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Archive</title><link rel="stylesheet" href="style.css"></head>
<body><h1>Archive</h1><ul>
{% for a in articles %}<li><a href="articles/{{ a.slug }}.html">{{ a.title }}</a></li>
{% endfor %}</ul></body></html>
"""


@dataclass
class FakeOptions:
    content_dir: Path
    output_dir: Path
    base_url: str | None = None
    in_place: bool = False
    templates_dir: Path | None = None
    static_dir: Path | None = None


@dataclass(frozen=True)
class FakeResult:
    written: tuple[str, ...]
    deleted: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()
    seconds: float = 0.0


@dataclass
class _Article:
    slug: str
    title: str
    date: str
    paragraphs: list[str] = field(default_factory=list)


def write_default_templates(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.html").write_text(ARTICLE_TEMPLATE, encoding="utf-8")
    (folder / "index.html").write_text(INDEX_TEMPLATE, encoding="utf-8")


class FakeBuilder:
    def __init__(self, options: FakeOptions) -> None:
        self.options = options
        self.templates_dir = options.templates_dir or options.content_dir.parent / "templates"
        self.static_dir = options.static_dir or options.content_dir.parent / "static"
        self._cache: dict[Path, tuple[tuple[int, int], _Article]] = {}
        self._on_disk: dict[str, bytes] = {}
        self.builds = 0
        self.before_write = None  # test hook: called inside the write lock

    def watched_paths(self) -> list[Path]:
        return [self.options.content_dir, self.templates_dir, self.static_dir]

    def _read(self, path: Path) -> _Article:
        st = path.stat()
        key = (st.st_mtime_ns, st.st_size)
        cached = self._cache.get(path)
        if cached and cached[0] == key:
            return cached[1]
        text = path.read_text(encoding="utf-8")
        match = _FENCE.match(text)
        if not match:
            raise BuildError(Problem(path, 1, "missing YAML front matter (--- ... ---)"))
        try:
            data = yaml.safe_load(match.group(1) or "") or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the fence
            raise BuildError(Problem(path, line, f"bad YAML front matter: {getattr(exc, 'problem', exc)}",
                                     "Check the quoting and the colons.")) from None
        if not isinstance(data, dict) or "title" not in data:
            raise BuildError(Problem(path, 2, "front matter needs a 'title'"))
        body = text[match.end():]
        paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
        article = _Article(path.stem, str(data["title"]), str(data.get("date", "")), paragraphs)
        self._cache[path] = (key, article)
        return article

    def data_file(self, path: str) -> bytes | None:
        return None  # the fake serves everything from disk

    def write_data_files(self) -> None:
        pass

    def build(self, write_lock=None, changed=None) -> FakeResult:  # noqa: ANN001 - `changed` is a hint it ignores
        started = time.perf_counter()
        self.builds += 1
        articles_dir = self.options.content_dir / "articles"
        problems: list[Problem] = []
        articles: list[_Article] = []
        for path in sorted(articles_dir.glob("*.md")):
            if path.name.startswith((".", "_")):
                continue
            try:
                articles.append(self._read(path))
            except BuildError as exc:
                problems.extend(exc.problems)
            except FileNotFoundError:
                continue  # deleted while we listed
        if problems:
            raise BuildError(problems)
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.templates_dir)), autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        try:
            article_t = env.get_template("article.html")
            index_t = env.get_template("index.html")
        except jinja2.TemplateSyntaxError as exc:
            raise BuildError(Problem(exc.filename or "templates", exc.lineno, exc.message or str(exc))) from None
        wanted: dict[str, bytes] = {}
        for a in articles:
            wanted[f"articles/{a.slug}.html"] = article_t.render(
                title=a.title, date=a.date, paragraphs=a.paragraphs).encode()
        wanted["index.html"] = index_t.render(articles=articles).encode()
        if self.static_dir.is_dir():
            for p in sorted(self.static_dir.rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    wanted[p.relative_to(self.static_dir).as_posix()] = p.read_bytes()
        out = self.options.output_dir
        written = tuple(k for k, v in wanted.items() if self._on_disk.get(k) != v or not (out / k).is_file())
        deleted = tuple(k for k in self._on_disk if k not in wanted)
        lock = write_lock if write_lock is not None else _NoLock()
        with lock:
            if self.before_write:
                self.before_write()
            for rel in written:
                target = out / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(wanted[rel])
            for rel in deleted:
                (out / rel).unlink(missing_ok=True)
        self._on_disk = wanted
        return FakeResult(written, deleted, (), time.perf_counter() - started)


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def make_archive(root: Path, count: int = 3) -> Path:
    """content/articles/*.md + templates/ + static/ under ``root``; returns the content folder."""
    content = root / "content"
    (content / "articles").mkdir(parents=True, exist_ok=True)
    (content / "site.yaml").write_text("title: Test Archive\n", encoding="utf-8")
    for i in range(count):
        (content / "articles" / f"article-{i}.md").write_text(
            f"---\ntitle: Article {i}\ndate: 2025-01-{i + 1:02d}\n---\n\n"
            f"First paragraph of article {i}.\n\nSecond paragraph with <b>markup</b> & more.\n",
            encoding="utf-8",
        )
    write_default_templates(root / "templates")
    (root / "static").mkdir(exist_ok=True)
    (root / "static" / "style.css").write_text("body { color: #111; }\n", encoding="utf-8")
    return content
