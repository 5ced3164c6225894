"""build(): load -> annotate -> index -> render -> write, reading top to bottom.

A `Builder` keeps what it learnt between builds (annotated articles, each page's recorded
dependencies and bytes), so `serve` rebuilds only what an edit changed. `build` from the
command line uses one Builder once, with an on-disk cache of annotated articles.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ContextManager

import jinja2

import site_builder
from site_builder.annotate.article import Article, process_article
from site_builder.errors import BuildError, Problem
from site_builder.index.deps import DependencyGraph, Key, recording
from site_builder.index.site_index import COUNTS, INFOS, ORDER, QUOTES, SiteIndex, keys_of_article
from site_builder.load.articles import find_article_files
from site_builder.load.registry_model import EMPTY_REGISTRY, Registry
from site_builder.load.settings import SETTINGS_FILE, Settings, load_settings
from site_builder.render.data import DataFiles
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR, make_environment, template_fingerprints
from site_builder.render.pages import TEMPLATES, all_pages
from site_builder.render.renderer import ASSET_FOLDER, Renderer
from site_builder.render.urls import PageId, page_path
from site_builder.write.safety import check_output_dir
from site_builder.write.writer import write_in_place, write_swap

PROJECT_DIR = Path(site_builder.__file__).resolve().parents[1]
POOL_THRESHOLD = 200  # below this many articles to annotate, a process pool costs more than it saves


@dataclass(frozen=True)
class BuildOptions:
    content_dir: Path
    output_dir: Path
    base_url: str | None = None
    in_place: bool = False  # serve: write changed files in place (under a lock) instead of aside-and-swap
    template_dir: Path = TEMPLATE_DIR
    static_dir: Path = STATIC_DIR
    cache_dir: Path | None = None  # on-disk cache of annotated articles; None: memory only
    workers: int | None = None  # processes for annotation; None: one per core


@dataclass(frozen=True)
class BuildResult:
    written: tuple[str, ...]
    deleted: tuple[str, ...]
    warnings: tuple[Problem, ...]
    articles: int
    annotated: int  # articles (re-)annotated in this build
    rendered: int  # pages (re-)rendered in this build
    pages: int
    seconds: float
    stages: tuple[tuple[str, float], ...] = ()  # seconds per pipeline stage


@dataclass
class _RenderedPage:
    data: bytes
    template: str  # fingerprint of the template (and what it extends) it was rendered with


@dataclass
class _State:
    """What a Builder remembers between builds."""

    files: dict[Path, tuple[tuple[int, int], str, str]] = field(default_factory=dict)  # path -> (stat, salt, key)
    articles: dict[str, Article] = field(default_factory=dict)  # cache key -> article
    warnings: dict[str, list[Problem]] = field(default_factory=dict)
    pages: dict[PageId, _RenderedPage] = field(default_factory=dict)
    graph: DependencyGraph = field(default_factory=DependencyGraph)
    index: SiteIndex | None = None
    settings: Settings | None = None
    output: dict[str, bytes] | None = None  # what the last build wrote


class Builder:
    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self._state = _State()
        self._data = DataFiles()
        self._env = make_environment(options.template_dir)

    def watched_paths(self) -> list[Path]:
        return [self.options.content_dir, self.options.template_dir, self.options.static_dir]

    def build(self, write_lock: ContextManager[Any] | None = None) -> BuildResult:
        started = time.perf_counter()
        opts = self.options
        check_output_dir(opts.output_dir, opts.content_dir, (PROJECT_DIR,) if (PROJECT_DIR / "pyproject.toml").exists() else ())

        stages: list[tuple[str, float]] = []
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            stages.append((stage, now - clock))
            clock = now

        # 1-2. Load settings, registry and articles; annotate each article (cached).
        settings, registry, articles, annotated, warnings = self.load()
        articles = [a for a in articles if settings.show_drafts or not a.meta.draft]
        lap("load+annotate")

        # 3. Index: what pages need across articles.
        index = self._state.index.evolve(articles, registry) if self._state.index else SiteIndex(articles, registry)
        lap("index")

        # 4. Render: only pages whose recorded reads, template or settings changed.
        files, rendered = self._render(index, settings)
        lap("render")

        # 5. Write: aside then swap, or in place under the server's lock.
        with write_lock or contextlib.nullcontext():
            if opts.in_place:
                report = write_in_place(files, opts.output_dir, self._state.output)
            else:
                report = write_swap(files, opts.output_dir)
        lap("write")
        self._state.output = files
        self._state.settings = settings
        return BuildResult(report.written, report.deleted, tuple(warnings), len(articles), annotated,
                           rendered, len(self._state.pages), time.perf_counter() - started, tuple(stages))

    def load(self) -> tuple[Settings, Registry, list[Article], int, list[Problem]]:
        """Load and annotate everything (no rendering); `check` stops here."""
        opts = self.options
        # 1. Load: settings, registry and the list of article files.
        settings, warnings = load_settings(opts.content_dir, opts.base_url)
        registry, registry_warnings = _load_registry(opts.content_dir)
        warnings += registry_warnings
        paths = find_article_files(opts.content_dir)
        # 2. Annotate: every article, cached by file digest + registry + code version.
        articles, annotated, article_warnings = self._annotate(paths, registry)
        return settings, registry, articles, annotated, warnings + article_warnings

    # --- annotate -------------------------------------------------------------
    def _annotate(self, paths: list[Path], registry: Registry) -> tuple[list[Article], int, list[Problem]]:
        state = self._state
        salt = registry.digest() + code_version()
        keys: dict[Path, str] = {}
        for path in paths:
            st = os.stat(path)
            sig = (st.st_mtime_ns, st.st_size)
            known = state.files.get(path)
            if known and known[0] == sig and known[1] == salt:
                keys[path] = known[2]
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            # The path is part of the key: two byte-identical files are still two articles.
            keys[path] = hashlib.sha256(f"{digest}:{path.as_posix()}:{salt}".encode()).hexdigest()[:32]
            state.files[path] = (sig, salt, keys[path])
        state.files = {p: v for p, v in state.files.items() if p in keys}

        todo = [p for p in paths if keys[p] not in state.articles and not self._from_disk(keys[p])]
        problems: list[Problem] = []
        for path, result in _run(todo, self.options.content_dir, registry, keys, self.options.workers):
            if isinstance(result, BuildError):
                problems += result.problems
                continue
            article, warnings = result
            state.articles[keys[path]] = article
            state.warnings[keys[path]] = warnings
            self._to_disk(keys[path], article, warnings)

        articles = [state.articles[keys[p]] for p in paths if keys[p] in state.articles]
        problems += _duplicate_slugs(articles, self.options.content_dir) + _unknown_speakers(articles, registry, self.options.content_dir)
        if problems:
            raise BuildError(problems)
        live = set(keys.values())
        state.articles = {k: a for k, a in state.articles.items() if k in live}
        warnings = [w for k in keys.values() for w in state.warnings.get(k, [])]
        return articles, len(todo), warnings

    def _cache_file(self, key: str) -> Path | None:
        return self.options.cache_dir / key[:2] / f"{key}.pickle" if self.options.cache_dir else None

    def _from_disk(self, key: str) -> bool:
        path = self._cache_file(key)
        if path is None or not path.exists():
            return False
        try:
            article, warnings = pickle.loads(path.read_bytes())
        except Exception:  # a cache from another version or a torn write: just annotate again
            return False
        self._state.articles[key] = article
        self._state.warnings[key] = warnings
        return True

    def _to_disk(self, key: str, article: Article, warnings: list[Problem]) -> None:
        path = self._cache_file(key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((article, warnings), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)

    # --- render ---------------------------------------------------------------
    def _render(self, index: SiteIndex, settings: Settings) -> tuple[dict[str, bytes], int]:
        env = self._env  # kept between builds: FileSystemLoader reloads a template whose file changed
        try:
            fingerprints = template_fingerprints(env)
        except jinja2.TemplateSyntaxError as exc:
            raise _template_error(exc, self.options.template_dir) from None
        renderer = Renderer(env, index, settings)
        state = self._state
        settings_changed = state.settings != settings
        stale = state.graph.stale_pages(_touched_keys(state.index, index), index) if state.index else set()
        pages: dict[PageId, _RenderedPage] = {}
        files: dict[str, bytes] = {}
        rendered = 0
        for page in all_pages(index, settings):
            template = TEMPLATES[page.kind]
            old = state.pages.get(page)
            if old is None or settings_changed or page in stale or old.template != fingerprints.get(template):
                try:
                    with recording() as record:
                        data = renderer.render(page)
                except jinja2.TemplateError as exc:
                    raise _template_error(exc, self.options.template_dir) from None
                old = _RenderedPage(data, fingerprints.get(template, ""))
                state.graph.set(page, record)
                rendered += 1
            pages[page] = old
            files[page_path(page)] = old.data
        for gone in set(state.pages) - set(pages):
            state.graph.forget(gone)
        state.index = index
        state.pages = pages
        self._data.forget_except(index.articles)
        files["data/annotations.json"] = self._data.annotations_json(index)
        files[f"{ASSET_FOLDER}/search-data.js"] = self._data.search_js(index)
        files[".nojekyll"] = b""
        for path in sorted(self.options.static_dir.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files[f"{ASSET_FOLDER}/{path.relative_to(self.options.static_dir).as_posix()}"] = path.read_bytes()
        if settings.base_url:
            files["sitemap.xml"] = _sitemap(settings.base_url, sorted(p for p in files if p.endswith(".html") and p != "404.html"))
        return files, rendered


def _touched_keys(old: SiteIndex, new: SiteIndex) -> set[Key]:
    """The index keys fed by every article that was added, removed or changed since `old`."""
    before = {a.slug: a for a in old.articles}
    after = {a.slug: a for a in new.articles}
    touched: set[Key] = set()
    for slug in before.keys() | after.keys():
        a, b = before.get(slug), after.get(slug)
        if a is not None and b is not None and a.key == b.key:
            continue
        for version in (a, b):
            if version is not None:
                touched |= keys_of_article(version)
        if a is None or b is None or a.meta.date != b.meta.date:
            touched.add(ORDER)
        if a is None or b is None or a.entity_counts != b.entity_counts:
            touched.add(COUNTS)
        if (a is not None and a.annotations.quotes) or (b is not None and b.annotations.quotes):
            touched.add(QUOTES)
    if old.registry is not new.registry and old.registry.digest() != new.registry.digest():
        touched |= {("entity", e) for e in old.registry.entities.keys() | new.registry.entities.keys()}
    entity_ids = {key[1] for key in touched if key[0] == "entity"}
    if any(old.entity_info(e) != new.entity_info(e) for e in entity_ids):
        touched.add(INFOS)
    return touched


def build_site(options: BuildOptions) -> BuildResult:
    return Builder(options).build()


def _load_registry(content_dir: Path) -> tuple[Registry, list[Problem]]:
    try:
        from site_builder.load.registry import load_registry
    except ImportError:  # pragma: no cover - registry loader not installed
        return EMPTY_REGISTRY, []
    return load_registry(content_dir)


@cache
def code_version() -> str:
    """A hash of the code that loads and annotates articles, part of every cache key."""
    root = Path(site_builder.__file__).parent
    digest = hashlib.sha256(site_builder.__version__.encode())
    for folder in ("load", "annotate"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".yaml", ".yml", ".json", ".tsv"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_worker_registry: Registry = EMPTY_REGISTRY


def _init_worker(registry: Registry) -> None:
    global _worker_registry
    _worker_registry = registry


def _work(path: Path, content_dir: Path, key: str) -> Any:
    try:
        return process_article(path, content_dir, _worker_registry, key)
    except BuildError as exc:
        return exc


def _run(todo: list[Path], content_dir: Path, registry: Registry, keys: dict[Path, str], workers: int | None) -> Iterable[tuple[Path, Any]]:
    workers = workers or os.cpu_count() or 1
    if len(todo) < POOL_THRESHOLD or workers < 2:
        _init_worker(registry)
        for path in todo:
            yield path, _work(path, content_dir, keys[path])
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(registry,)) as pool:
        results = pool.map(_work, todo, [content_dir] * len(todo), [keys[p] for p in todo], chunksize=32)
        yield from zip(todo, results)


def _duplicate_slugs(articles: list[Article], content_dir: Path) -> list[Problem]:
    seen: dict[str, Article] = {}
    problems = []
    for a in articles:
        if a.slug in seen:
            problems.append(Problem(
                content_dir / a.source.path, 1,
                f"two articles have the slug '{a.slug}': this one and {seen[a.slug].source.path}",
                "rename one file or set a different 'slug:' in its front matter"))
        else:
            seen[a.slug] = a
    return problems


def _unknown_speakers(articles: list[Article], registry: Registry, content_dir: Path) -> list[Problem]:
    """A quote fix naming what looks like an entity id must name a known one."""
    import difflib
    import re

    problems = []
    for a in articles:
        known = set(registry.entities) | {ref.id for ref in a.annotations.entities}
        for fix in a.meta.quote_fixes:
            if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", fix.speaker) and fix.speaker not in known:
                close = difflib.get_close_matches(fix.speaker, sorted(known), n=1)
                problems.append(Problem(
                    content_dir / a.source.path, None, f"unknown entity id '{fix.speaker}' in 'quotes'",
                    f"did you mean '{close[0]}'?" if close else "use an id from entities.yaml, or a descriptor with spaces"))
    return problems


def _template_error(exc: jinja2.TemplateError, template_dir: Path) -> BuildError:
    import traceback

    name = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line = getattr(exc, "lineno", None)
    if line is None:  # a runtime error: the template frame is in the traceback
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.startswith(str(template_dir)):
                name, line = frame.filename, frame.lineno
                break
    path = Path(name) if name else template_dir
    if not path.is_absolute():
        path = template_dir / path
    return BuildError(Problem(path, line, f"template error: {exc.message or exc}", "fix the template and save it again"))


def _sitemap(base_url: str, paths: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    base = base_url.rstrip("/") + "/"
    urls = "".join(f"<url><loc>{escape(base + p)}</loc></url>\n" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + urls + "</urlset>\n").encode()
