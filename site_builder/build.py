"""build(): load -> annotate -> index -> render -> write, reading top to bottom.

A `Builder` keeps what it learnt between builds (annotated articles, each page's recorded
dependencies and bytes), so `serve` rebuilds only what an edit changed. `build` from the
command line uses one Builder once, with an on-disk cache of annotated articles.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

import site_builder
from site_builder.annotate.backend import backend_named
from site_builder.annotate.batch import (
    Annotator,
    KeyCache,
    Result,
    annotate_files_packed,
    annotate_in_batches,
    start_pool,
    uses_pool,
)
from site_builder.annotate.checks import duplicate_slugs, unknown_speakers
from site_builder.cache import ArticleCache, ArticleSpool
from site_builder.errors import BuildError, Problem
from site_builder.index.deps import Record, recording
from site_builder.index.folding import ArchiveFold
from site_builder.index.site_index import SiteIndex
from site_builder.index.slim import slim
from site_builder.index.stored_fold import SummaryFold
from site_builder.load.files import ArticleFiles
from site_builder.load.registry import load_registry
from site_builder.load.settings import Settings, load_settings
from site_builder.model.article import Article
from site_builder.model.registry import Registry
from site_builder.render.claims import check_page_paths
from site_builder.render.data import DataFiles
from site_builder.render.env import _REFS as _TEMPLATE_REFS  # the parse cache of template_fingerprints
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR, make_environment, template_fingerprints
from site_builder.render.pages import all_pages
from site_builder.render.pool import RenderedPage, render_page, render_pages, template_error
from site_builder.render.renderer import ASSET_FOLDER, Renderer
from site_builder.render.search import load_state as load_search
from site_builder.render.search import save_state as save_search
from site_builder.render.served import ServedData
from site_builder.render.stale import PAGE_LIST, PageState, render_stale
from site_builder.render.theme import layered, static_files
from site_builder.render.urls import PageId, page_path
from site_builder.write.options import BuildOptions as BuildOptions  # re-exported: the pipeline's face
from site_builder.write.options import BuildResult as BuildResult
from site_builder.write.options import state_path as state_path
from site_builder.write.plan import Plan, StoredWork
from site_builder.write.quick import check as quick_check
from site_builder.write.quick import saved_meta
from site_builder.write.safety import check_output_dir
from site_builder.write.state import Changes, StateStore, changes_since, page_text
from site_builder.write.writer import Staging, write_in_place, write_swap

PROJECT_DIR = Path(site_builder.__file__).resolve().parents[1]
ANNOTATE_BATCH = 8192  # files per annotation pool in a CLI build (see Builder._annotated)


@dataclass
class _State:
    """What a Builder remembers between builds."""

    keys: KeyCache = field(default_factory=KeyCache)  # article file -> (stat, salt, key)
    articles: dict[str, Article] = field(default_factory=dict)  # cache key -> article
    warnings: dict[str, list[Problem]] = field(default_factory=dict)
    rendered: PageState = field(default_factory=PageState)  # pages, their records and bytes
    index: SiteIndex | None = None
    settings: Settings | None = None
    output: dict[str, bytes] | None = None  # what the last build wrote
    files: ArticleFiles | None = None  # the article files the last build found


class Builder:
    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self._state = _State()
        self._data = DataFiles()
        self._env = make_environment(options.template_dir)
        self._cache = ArticleCache(options.cache_dir)
        self._served = ServedData(self._data)  # serve: the data files of the last written build
        self._fold = ArchiveFold()  # cross-article identity, kept between builds
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # the state store of a build without a cache folder
        self._spool: ArticleSpool | None = None  # and its annotated articles
        self._started: Executor | None = None  # an annotation pool started ahead of the first batch

    def watched_paths(self) -> list[Path]:
        opts = self.options
        return [opts.content_dir, *layered(opts.template_dir, TEMPLATE_DIR), *layered(opts.static_dir, STATIC_DIR)]

    def build(self, write_lock: AbstractContextManager[Any] | None = None, changed: Iterable[Path] | None = None,
              inputs: str | None = None) -> BuildResult:
        """Build the site. `changed`: the paths that changed since the last build (serve's watcher knows);
        with it, article files are not all stat-ed and the folder is rescanned only when a path may be a
        new, deleted or renamed article (or a folder). None: look at every file. `inputs`: a CLI build
        whose no-op check (write/quick.py) already ran and said "build": the input digest it found."""
        started = time.perf_counter()
        opts = self.options
        check_output_dir(opts.output_dir, opts.content_dir, (PROJECT_DIR,) if (PROJECT_DIR / "pyproject.toml").exists() else ())
        if not opts.in_place and not opts.defer_data:  # one pipeline for every build that swaps its site in
            if inputs is None and opts.cache_dir is not None:
                quick = quick_check(opts)
                if quick.result is not None:
                    return quick.result
                inputs = quick.inputs
            return self._build_stored(started, inputs or "")

        laps = _Laps()

        # 1-2. Load settings, registry and articles; annotate each article (cached).
        settings, registry, articles, annotated, warnings = self.load(changed)
        articles = [a for a in articles if settings.show_drafts or not a.meta.draft]
        laps.lap("load+annotate")

        # 3. Index: fold the ids that name one person or organization across the archive, then
        # aggregate what pages need across articles.
        articles = self._fold.apply(articles)
        index = self._state.index.evolve(articles, registry) if self._state.index else SiteIndex(articles, registry)
        laps.lap("index")

        # 4. Render: only pages whose recorded reads, template or settings changed.
        files, rendered, maybe_changed = self._render(index, settings)
        laps.lap("render")

        # 5. Write: aside then swap, or in place under the server's lock.
        try:
            with write_lock or contextlib.nullcontext():
                if opts.in_place:
                    report = write_in_place(files, opts.output_dir, self._state.output, maybe_changed)
                else:
                    report = write_swap(files, opts.output_dir)
                self._served.publish(index)  # from now on, data files describe this build
        except BaseException:
            self._state.output = None  # not known what the disk holds now: the next build compares with it
            raise
        laps.lap("write")
        self._state.output = files
        self._state.settings = settings
        return BuildResult(report.written, report.deleted, tuple(warnings), len(articles), annotated,
                           rendered, len(self._state.rendered.pages), time.perf_counter() - started, tuple(laps.stages))

    # --- a CLI build: state kept in the store between processes ----------------------
    def _build_stored(self, started: float, inputs: str) -> BuildResult:
        """Build with the state store: only what changed since the last written build is read,
        indexed, rendered and written."""
        opts = self.options
        laps = _Laps()
        store = StateStore(self._state_file(), package_version())
        try:
            # 1. Load settings, registry and the article files' keys (the stat cache is in the store).
            settings, registry, warnings = self._settings_and_registry()
            paths, _ = self._article_files().find(None)
            stored_files = store.files()  # the stat cache, and what Plan.save compares with
            if not self._state.keys.files:
                self._state.keys.files = {Path(p): ((e.mtime, e.size), e.salt, e.key) for p, e in stored_files.items()}
            annotator = Annotator(registry, backend_named(settings.annotator))
            self._start_ahead(annotator, len(paths))
            keys = self._state.keys.keys(paths, opts.content_dir, annotator.salt)
            fingerprints = self._template_fingerprints(store)
            plan = Plan(store, opts.output_dir, _settings_fingerprint(settings), registry.digest(), keys, fingerprints,
                        stored_files)
            plan.extra_meta["template_refs"] = json.dumps({d: sorted(r) for d, r in sorted(_TEMPLATE_REFS.items())})
            laps.lap("load")
            # 2-4. Annotate, index and render only when some page or data file may differ.
            work = self._stored_work(plan, settings, annotator, paths, keys, laps) if plan.needs_index() else None
            try:
                files, kept, data = self._assemble(plan, work, settings)
            except BaseException:
                if work and work.staging:
                    work.staging.discard()
                raise
            # 5. Write aside and swap; then, and only then, remember what was written.
            report = write_swap(files, opts.output_dir, kept, work.staging if work else None)
            laps.lap("write")
            warnings += work.warnings if work else [w for p in paths for w in plan.stored_warnings.get(p.as_posix(), [])]
            file_warnings = work.warnings_by_path if work else plan.stored_warnings
            articles = len(work.index.articles) if work else plan.article_count()
            result = BuildResult(report.written, report.deleted, tuple(warnings), articles,
                                 work.annotated if work else 0, len(work.fresh) if work else 0,
                                 len(work.page_ids) if work else len(plan.pages), 0.0)
            if inputs:  # what the next no-op check compares with
                plan.extra_meta.update(saved_meta(inputs, opts.output_dir, result))
            placed = work.staging.placed if work and work.staging else set()  # streamed pages and data files
            if opts.keep_state:
                plan.save(self._state.keys.files, file_warnings, work, [*files, *kept, *placed], data, report.swapped)
            laps.lap("state")
        finally:
            if self._started is not None:  # not used: the build stopped before annotating
                self._started.shutdown(cancel_futures=True)
                self._started = None
            store.close()
        return dataclasses.replace(result, seconds=time.perf_counter() - started, stages=tuple(laps.stages))

    def _stored_work(self, plan: Plan, settings: Settings, annotator: Annotator, paths: list[Path],
                     keys: dict[Path, str], laps: _Laps) -> StoredWork:
        registry = annotator.registry
        articles, fold, annotated, by_path = self._annotate_stored(paths, keys, annotator, settings)
        laps.lap("load+annotate")
        articles = fold.apply(articles)  # cross-article identity, as ArchiveFold in build()
        index = SiteIndex(articles, registry)
        index.bodies = _Bodies(self._bodies(), fold).load  # the article page and data files read bodies back
        if self.options.keep_state:
            changes = changes_since(plan.store, index)
            stale = plan.store.stale_pages(changes.touched, index)
        else:  # nothing is saved for a next build, and the store is new: every page is rendered anyway
            changes, stale = Changes(set(), {}, {}), set()
        laps.lap("index")
        records: dict[PageId, Record] = {}
        if plan.settings_changed() or not plan.pages or page_text(PAGE_LIST) in stale:
            with recording() as records[PAGE_LIST]:  # what the list of pages was read from
                page_ids = list(all_pages(index, settings))
        else:
            page_ids = sorted(plan.pages)
        check_page_paths(page_ids, index, self.options.content_dir)  # one page per file, or an error
        todo = plan.pages_to_render(page_ids, stale)
        staging = Staging(self.options.output_dir)  # pages (and data files) go to disk as they are made
        data: list[tuple[dict[str, bytes], list[str]]] = []  # the data files, made while the forks render pages

        def make_data() -> None:
            data.append(self._data_files(index, staging.put))

        try:
            fresh = render_pages(Renderer(self._env, index, settings), todo, plan.fingerprints, records, self.options.template_dir,
                                 self.options.workers, True, staging.put, self.options.keep_state,
                                 make_data if plan.data_kept() is None else None)
        except BaseException:
            staging.discard()
            raise
        staging.adopt((page_path(p) for p in fresh), (page_path(p) for p, r in fresh.items() if r.written))  # forked workers'
        laps.lap("render")
        warnings = [w for file_warnings in by_path.values() for w in file_warnings]
        return StoredWork(index, changes, page_ids, fresh, records, annotated, warnings, by_path, staging,
                          data[0] if data else None)

    def _assemble(self, plan: Plan, work: StoredWork | None, settings: Settings) -> tuple[dict[str, bytes], set[str], set[str]]:
        """The files to write (rendered pages, data, static), the paths kept from the current site, and
        which of both are data files."""
        files: dict[str, bytes] = {}
        kept: set[str] = set()
        page_ids = work.page_ids if work else list(plan.pages)
        for page in page_ids:
            if not (work and page in work.fresh):  # fresh pages are in the staging folder already
                kept.add(page_path(page))
        data = plan.data_kept()
        if data is not None:
            kept.update(data)
        else:
            assert work is not None and work.data is not None  # Plan.needs_index() says so; _stored_work made them
            made, data = work.data
            files.update(made)
        files[".nojekyll"] = b""
        files.update(self._static_files())
        return files, kept, set(data)

    def _data_files(self, index: SiteIndex, put: Callable[[str, bytes], object]) -> tuple[dict[str, bytes], list[str]]:
        """The data files (search shards, annotations): those handed to `put` as they were made, and those
        returned as bytes; and the paths of all of them."""
        files: dict[str, bytes] = {}
        if self.options.keep_state:  # the search index keeps its terms, for the next build to update
            search_state = self._state_file().with_suffix(".search.pickle")
            if not self._data.search.has_state():
                self._data.search = load_search(search_state)
            self._data.forget_except(index.articles)
            files, paths = self._data.put_files_kept(index, put)  # the annotation files streamed: ~100 MB at 40k
            save_search(self._data.search, search_state)
            return files, paths
        return files, self._data.put_files(index, put)  # both streamed, one body read at a time

    def _state_file(self) -> Path:
        """The build state store; a Builder without a cache folder keeps one in a temporary folder of its
        own (gone with the Builder), so that every build that swaps its site in runs one pipeline."""
        if self.options.cache_dir is not None:
            return state_path(self.options)
        return state_path(dataclasses.replace(self.options, cache_dir=self._scratch_dir()))

    def _scratch_dir(self) -> Path:
        """The Builder's own temporary folder (state store and spool of a build without a cache folder)."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="site_builder-state-")
        return Path(self._scratch.name)

    def _static_files(self) -> dict[str, bytes]:
        """The theme's static files (the project's own over the default's) under assets/."""
        return {f"{ASSET_FOLDER}/{rel}": path.read_bytes() for rel, path in static_files(self.options.static_dir).items()}

    def _template_fingerprints(self, store: StateStore | None = None) -> dict[str, str]:
        """The templates' fingerprints; with a store, the references found by parsing each template
        source are remembered there (parsing is the slow part)."""
        if store is not None:
            known = store.meta("template_refs")
            for digest, refs in (json.loads(known) if known else {}).items():
                _TEMPLATE_REFS.setdefault(digest, set(refs))
        try:
            return template_fingerprints(self._env)
        except jinja2.TemplateSyntaxError as exc:
            raise template_error(exc, self.options.template_dir) from None

    def data_file(self, path: str) -> bytes | None:
        """serve: the bytes of a deferred data file as of the last written build; None for any other path."""
        return self._served.file(path)

    def write_data_files(self) -> None:
        """serve: put the deferred data files of the last written build on disk."""
        self._served.write(self.options.output_dir)

    def load(self, changed: Iterable[Path] | None = None) -> tuple[Settings, Registry, list[Article], int, list[Problem]]:
        """Load and annotate everything (no rendering); `check` stops here."""
        # 1. Load: settings, registry and the list of article files.
        settings, registry, warnings = self._settings_and_registry()
        paths, restat = self._article_files().find(changed)
        # 2. Annotate: every article, cached by file digest + registry + code version.
        annotator = Annotator(registry, backend_named(settings.annotator))
        articles, annotated, article_warnings = self._annotate(paths, annotator, restat)
        return settings, registry, articles, annotated, warnings + article_warnings

    def _settings_and_registry(self) -> tuple[Settings, Registry, list[Problem]]:
        settings, warnings = load_settings(self.options.content_dir, self.options.base_url)
        registry, registry_warnings = load_registry(self.options.content_dir)
        return settings, registry, warnings + registry_warnings

    # --- annotate -------------------------------------------------------------
    def _article_files(self) -> ArticleFiles:
        if self._state.files is None:
            self._state.files = ArticleFiles(self.options.content_dir)
        return self._state.files

    def _annotate(self, paths: list[Path], annotator: Annotator, restat: set[Path] | None = None,
                  ) -> tuple[list[Article], int, list[Problem]]:
        """`restat`: the only paths that may have changed since the last build (None: any of them)."""
        state = self._state
        registry = annotator.registry
        keys = state.keys.keys(paths, self.options.content_dir, annotator.salt, restat)
        todo = [p for p in paths if keys[p] not in state.articles and not self._from_disk(keys[p])]
        problems: list[Problem] = []
        for path, result, packed in annotate_files_packed(todo, self.options.content_dir, annotator, keys,
                                                          self.options.workers, self.options.scheduler):
            if isinstance(result, BuildError):
                problems += result.problems
                continue
            article, warnings = result
            state.articles[keys[path]] = article
            state.warnings[keys[path]] = warnings
            self._cache.put(keys[path], article, warnings, packed)  # a worker's bytes are stored as they came

        articles = [state.articles[keys[p]] for p in paths if keys[p] in state.articles]
        problems += duplicate_slugs(articles, self.options.content_dir) + unknown_speakers(articles, registry, self.options.content_dir)
        if problems:
            raise BuildError(problems)
        live = set(keys.values())
        state.articles = {k: a for k, a in state.articles.items() if k in live}
        warnings = [w for k in keys.values() for w in state.warnings.get(k, [])]
        return articles, len(todo), warnings

    def _from_disk(self, key: str) -> bool:
        cached = self._cache.get(key)
        if cached is None:
            return False
        self._state.articles[key], self._state.warnings[key] = cached
        return True

    def _annotate_stored(self, paths: list[Path], keys: dict[Path, str], annotator: Annotator, settings: Settings,
                         ) -> tuple[list[Article], SummaryFold, int, dict[str, list[Problem]]]:
        """A CLI build's annotate: every article annotated or read from the cache, one at a time, and
        held only as its slim version (index/slim.py); the full one goes to `_bodies()` (when it is not
        there already) and through the identity fold's census on its way. Returns the articles the
        site shows (drafts left out unless shown), the fold, how many were annotated, and each file's
        warnings (by posix path, in file order)."""
        bodies = self._bodies()
        fold = SummaryFold()
        slims: dict[str, Article] = {}
        speakers: dict[str, list[Problem]] = {}  # unknown speaker ids, reported in file order after the rest
        content_dir = self.options.content_dir

        def shown(article: Article) -> bool:  # drafts only when the settings show them
            return settings.show_drafts or not article.meta.draft

        def take(key: str, article: Article, warnings: list[Problem]) -> None:
            if warnings:  # at 40,000 articles, an empty list each is ~5 MB
                self._state.warnings[key] = warnings
            unknown = unknown_speakers([article], annotator.registry, content_dir)
            if unknown:
                speakers[key] = unknown
            if shown(article):
                fold.add(article)
            slims[key] = slim(article)

        todo = []
        for path in paths:
            found = bodies.get(keys[path])
            if found is None:
                todo.append(path)
            else:
                take(keys[path], *found)
        problems: list[Problem] = []
        for path, result, packed in self._annotated(todo, annotator, keys):
            if isinstance(result, BuildError):
                problems += result.problems
                continue
            bodies.put(keys[path], *result, packed)  # a worker's bytes are stored as they came
            take(keys[path], *result)
        articles = [slims[keys[p]] for p in paths if keys[p] in slims]
        problems += duplicate_slugs(articles, content_dir) + [w for p in paths for w in speakers.get(keys[p], [])]
        if problems:
            raise BuildError(problems)
        by_path = {p.as_posix(): self._state.warnings.get(keys[p], []) for p in paths}
        return [a for a in articles if shown(a)], fold, len(todo), by_path

    def _annotated(self, todo: list[Path], annotator: Annotator, keys: dict[Path, str],
                   ) -> Iterator[tuple[Path, Result, bytes | None]]:
        """annotate_files_packed over `todo`, in batches of at most ANNOTATE_BATCH files through one pool: a
        pool's map sends every task at once, and the results the main process has not taken yet wait in
        memory (full articles, ~10 KiB each: at 100,000 articles the main process fell ~40,000 behind)."""
        opts = self.options
        if opts.scheduler is not None:  # a cluster client is made once; its results come as they finish
            yield from annotate_files_packed(todo, opts.content_dir, annotator, keys, opts.workers, opts.scheduler)
            return
        started, self._started = self._started, None  # the pool, when started ahead
        yield from annotate_in_batches(todo, opts.content_dir, annotator, keys, opts.workers, ANNOTATE_BATCH, started)

    def _start_ahead(self, annotator: Annotator, files: int) -> None:
        """Start the annotation pool now when every article will be annotated (no cache folder, nothing
        spooled yet, enough files for a pool): its workers load the language data while this process
        hashes the files and reads the templates, instead of after."""
        opts = self.options
        if opts.cache_dir is None and self._spool is None and opts.scheduler is None and uses_pool(files, opts.workers):
            self._started = start_pool(annotator, opts.content_dir, opts.workers)

    def _bodies(self) -> ArticleCache | ArticleSpool:
        """Where a CLI build keeps full annotated articles: the cache folder, else a spool file in the
        Builder's scratch folder."""
        if self.options.cache_dir is not None:
            return self._cache
        if self._spool is None:
            self._spool = ArticleSpool(self._scratch_dir() / "articles.spool")
        return self._spool

    # --- render ---------------------------------------------------------------
    def _render(self, index: SiteIndex, settings: Settings) -> tuple[dict[str, bytes], int, set[str] | None]:
        """The site's files, the number of pages rendered, and the only paths whose bytes may differ from
        the last build's (None: any of them)."""
        fingerprints = self._template_fingerprints()
        renderer = Renderer(self._env, index, settings)  # the env is kept: FileSystemLoader reloads a changed template
        state = self._state
        result = render_stale(state.rendered, state.index, index, settings, fingerprints, state.settings != settings,
                              state.output is not None,
                              lambda page, records: self._render_page(renderer, page, fingerprints, records),
                              lambda todo, records: self._render_pages(renderer, todo, fingerprints, records),
                              self.options.content_dir)
        state.index = index
        files = dict(result.files)
        if not self.options.defer_data:
            self._data.forget_except(index.articles)
            files.update(self._data.files(index))
        files[".nojekyll"] = b""
        files.update(self._static_files())
        maybe_changed = result.maybe_changed
        if maybe_changed is not None:  # and every file that is not a page
            maybe_changed.update(p for p in files if p not in state.rendered.page_files)
        return files, result.count, maybe_changed

    def _render_pages(self, renderer: Renderer, todo: list[PageId], fingerprints: dict[str, str],
                      records: dict[PageId, Record]) -> dict[PageId, RenderedPage]:
        opts = self.options
        return render_pages(renderer, todo, fingerprints, records, opts.template_dir, opts.workers, not opts.in_place)

    def _render_page(self, renderer: Renderer, page: PageId, fingerprints: dict[str, str],
                     records: dict[PageId, Record]) -> RenderedPage:
        return render_page(renderer, page, fingerprints, records, self.options.template_dir)




@cache
def package_version() -> str:
    """A hash of all of site_builder's code and data: the build state of other code is not trusted."""
    root = Path(site_builder.__file__).parent
    digest = hashlib.sha256(site_builder.__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _settings_fingerprint(settings: Settings) -> str:
    return hashlib.blake2b(repr(settings).encode(), digest_size=12).hexdigest()


class _Bodies:
    """The full version of a slim article the index holds: read back from the cache or spool by its
    own key (a folded version's key is `key~digest`, folding.fold_article), then folded again."""

    def __init__(self, store: ArticleCache | ArticleSpool, fold: SummaryFold) -> None:
        self.store = store
        self.fold = fold

    def load(self, article: Article) -> Article:
        found = self.store.get(article.key.partition("~")[0])
        if found is None:
            raise BuildError(Problem(Path(article.source.path), None, "the annotated article vanished from the cache during the build",
                                     "build again"))
        return self.fold.full(found[0])


class _Laps:
    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []
        self.clock = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages.append((stage, now - self.clock))
        self.clock = now


