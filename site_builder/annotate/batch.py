"""Annotating many articles: the `Annotator` (registry + backend) that travels to worker processes,
the per-file cache keys, and the executor that runs them: a local process pool, or a `dask.distributed`
cluster named by its scheduler address (any `concurrent.futures.Executor` works: annotation is a pure map
and the results come back to this process, which alone writes the content-addressed cache). Finds each
article's annotations; refuses nothing itself (a file's BuildError comes back as its result, so one bad
file does not stop the others). Cluster workers read articles by path: the content folder must be at the
same path on every worker (a shared file system). A worker sends an article back pickled by
`cache.dumps` (its spans as constructor calls: half the cost of reading the default pickle)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from site_builder.annotate.article import process_article
from site_builder.annotate.backend import AnnotatorBackend
from site_builder.cache import dumps
from site_builder.errors import BuildError, Problem
from site_builder.model.article import Article
from site_builder.model.registry import Registry

POOL_THRESHOLD = 200  # below this many articles to annotate, a process pool costs more than it saves

Result = tuple[Article, list[Problem]] | BuildError
Stat = tuple[int, int]  # (mtime ns, size)


@dataclass(frozen=True)
class Annotator:
    """Everything an article's annotation depends on besides its file: pickled once per pool task."""

    registry: Registry
    backend: AnnotatorBackend

    @property
    def salt(self) -> str:
        """Part of every cache key: the registry's content, the backend's name and version."""
        return f"{self.registry.digest()}:{self.backend.name}:{self.backend.version}"

    def process(self, content_dir: Path, path: Path, key: str) -> Result:
        try:
            return process_article(path, content_dir, self.registry, key, self.backend.annotate)
        except BuildError as exc:
            return exc


@dataclass
class KeyCache:
    """Each article file's last (stat, salt, key), so an unchanged file is not read again."""

    files: dict[Path, tuple[Stat, str, str]] = field(default_factory=dict)

    def keys(self, paths: list[Path], content_dir: Path, salt: str, restat: set[Path] | None = None) -> dict[Path, str]:
        """Each file's cache key, hashing only files whose stat changed. `restat`: the only paths that
        may have changed (None: any of them)."""
        keys: dict[Path, str] = {}
        for path in paths:
            known = self.files.get(path)
            if restat is not None and path not in restat and known and known[1] == salt:
                keys[path] = known[2]
                continue
            st = os.stat(path)
            sig = (st.st_mtime_ns, st.st_size)
            if known and known[0] == sig and known[1] == salt:
                keys[path] = known[2]
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            # The path is part of the key: two byte-identical files are still two articles. Relative to the
            # content folder, so the cache is the same whether the folder was named relatively or not.
            rel = os.path.relpath(path, content_dir).replace(os.sep, "/")
            keys[path] = hashlib.sha256(f"{digest}:{rel}:{salt}".encode()).hexdigest()[:32]
            self.files[path] = (sig, salt, keys[path])
        self.files = {p: v for p, v in self.files.items() if p in keys}
        return keys


def annotate_files(todo: list[Path], content_dir: Path, annotator: Annotator, keys: dict[Path, str],
                   workers: int | None, scheduler: str | None = None,
                   started: Executor | None = None) -> Iterator[tuple[Path, Result]]:
    """(path, result) for each file, in order: on the dask cluster at `scheduler` when one is named, else
    in a process pool when there are many (`started`: a pool of start_pool's for this annotator and
    content folder, which this shuts down), else here."""
    for path, result, _ in annotate_files_packed(todo, content_dir, annotator, keys, workers, scheduler, started):
        yield path, result


def annotate_files_packed(todo: list[Path], content_dir: Path, annotator: Annotator, keys: dict[Path, str],
                          workers: int | None, scheduler: str | None = None, started: Executor | None = None,
                          ) -> Iterator[tuple[Path, Result, bytes | None]]:
    """annotate_files, each result with the bytes a worker sent it as (cache.dumps of it; None when it
    was annotated here or failed): the build stores them as they are rather than pickle it again."""
    workers = workers or os.cpu_count() or 1
    if started is not None:
        with started:
            yield from _mapped(started, todo, keys, workers)
        return
    if scheduler is None and not uses_pool(len(todo), workers):
        for path in todo:
            yield path, annotator.process(content_dir, path, keys[path]), None
        return
    if not todo:
        return
    annotator.registry.digest()  # computed once here, pickled with the registry
    if scheduler is not None:
        with executor(workers, scheduler) as pool:
            work = partial(_process, annotator, content_dir)
            yield from _with_bytes(todo, pool.map(work, todo, [keys[p] for p in todo]))
        return
    with executor(workers, None, (annotator, content_dir)) as pool:
        yield from _mapped(pool, todo, keys, workers)


def uses_pool(files: int, workers: int | None) -> bool:
    """annotate_files annotates `files` articles in a process pool (without a cluster): enough of
    them for a pool to pay, and two workers or more (None: one per CPU)."""
    return files >= POOL_THRESHOLD and (workers or os.cpu_count() or 1) >= 2


def annotate_in_batches(todo: list[Path], content_dir: Path, annotator: Annotator, keys: dict[Path, str],
                        workers: int | None, batch: int, started: Executor | None = None,
                        ) -> Iterator[tuple[Path, Result, bytes | None]]:
    """annotate_files_packed over `todo` in even batches of at most `batch` files, all through one process
    pool (`started`, else one made here; shut down at the end). A pool's map sends every task of its
    batch at once and the results not taken yet wait in memory, hence batches; one pool, because a pool
    per batch forked its workers again from the build process as it grew (~300 MiB at 100,000)."""
    if started is None and not uses_pool(len(todo), workers):
        yield from annotate_files_packed(todo, content_dir, annotator, keys, workers)
        return
    workers = workers or os.cpu_count() or 1
    annotator.registry.digest()  # computed once here, pickled with the registry
    pool = started if started is not None else start_pool(annotator, content_dir, workers)
    size = -(-len(todo) // -(-len(todo) // batch)) if todo else 1  # even batches
    with pool:
        for start in range(0, len(todo), size):
            yield from _mapped(pool, todo[start:start + size], keys, workers)


def _mapped(pool: Executor, todo: list[Path], keys: dict[Path, str], workers: int) -> Iterator[tuple[Path, Result, bytes | None]]:
    # The annotator travels once per worker (inherited by a fork, pickled once otherwise), not with
    # every chunk of tasks; a task is a path and its key.
    results: Iterable[Packed] = pool.map(_process_installed, todo, [keys[p] for p in todo],
                                         chunksize=chunk_size(len(todo), workers))
    yield from _with_bytes(todo, results)


def _with_bytes(todo: list[Path], results: Iterable[Packed]) -> Iterator[tuple[Path, Result, bytes | None]]:
    for path, packed in zip(todo, results, strict=True):
        yield path, _unpacked(packed), packed if isinstance(packed, bytes) else None


def start_pool(annotator: Annotator, content_dir: Path, workers: int | None) -> Executor:
    """A process pool for annotate_files(started=...), its workers started now: each loads the language
    data as it starts (_install), while the caller goes on with what it does before the first task
    (hashing the article files, the templates' fingerprints) instead of after it."""
    workers = workers or os.cpu_count() or 1
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, initializer=_install, initargs=((annotator, content_dir),))
    pool.submit(int)  # a fork pool starts every worker on its first task
    return pool


def chunk_size(tasks: int, workers: int) -> int:
    """Tasks per round trip to a worker: up to 32 (fewer round trips), but at least 8 chunks per
    worker so that no worker is left with a long last chunk while the others idle."""
    return max(1, min(32, tasks // (workers * 8)))


@contextmanager
def executor(workers: int, scheduler: str | None = None, job: tuple[Annotator, Path] | None = None) -> Iterator[Executor]:
    """A process pool of `workers`, or the `concurrent.futures` face of the dask cluster at `scheduler`.
    `job`: installed in each pool worker once, for _process_installed."""
    if scheduler is None:
        from concurrent.futures import ProcessPoolExecutor  # here: most builds annotate nothing

        pool = ProcessPoolExecutor(workers) if job is None else ProcessPoolExecutor(workers, initializer=_install, initargs=(job,))
        with pool:
            yield pool
        return
    try:
        from distributed import Client
    except ImportError as exc:
        raise BuildError([Problem(f"--scheduler {scheduler}", None, "dask.distributed is not installed",
                                  "pip install 'site_builder[dask]'")]) from exc
    try:
        client = Client(scheduler)  # type: ignore[no-untyped-call, unused-ignore]  # waits distributed.comm.timeouts.connect (30 s by default) for the scheduler
    except (OSError, TimeoutError) as exc:
        raise BuildError([Problem(f"--scheduler {scheduler}", None, f"cannot reach the dask scheduler: {exc}",
                                  "start one with `dask scheduler` and workers with `dask worker ADDRESS`")]) from exc
    with client:
        # dask's executor ignores chunksize; each article is one task, which spreads well over workers.
        yield client.get_executor()  # type: ignore[no-untyped-call, unused-ignore]


Packed = bytes | BuildError  # a Result as a worker sends it back


def _packed(result: Result) -> Packed:
    return result if isinstance(result, BuildError) else dumps(result)


def _unpacked(packed: Packed) -> Result:
    if isinstance(packed, BuildError):
        return packed
    article, warnings = pickle.loads(packed)
    return article, warnings


def _process(annotator: Annotator, content_dir: Path, path: Path, key: str) -> Packed:
    return _packed(annotator.process(content_dir, path, key))


_installed: tuple[Annotator, Path] | None = None  # a pool worker's annotator and content folder


def _install(job: tuple[Annotator, Path] | None) -> None:
    """A pool worker's start: keep the job, and load the annotator's language data now (each worker
    loads it once, the workers at the same time; loading it in the build process before the fork
    would keep ~70 MiB there for the rest of the build)."""
    global _installed
    _installed = job
    if job is not None:
        annotator = job[0]
        with contextlib.suppress(Exception):  # an article that fails says why; the warm-up need not
            annotator.backend.annotate(WARM_UP, annotator.registry, ())


WARM_UP = "Warm-up: “We agree,” said Secretary Jane Smith of the Department of State in Paris."


def _process_installed(path: Path, key: str) -> Packed:
    assert _installed is not None, "a pool worker runs _install first"
    annotator, content_dir = _installed
    return _packed(annotator.process(content_dir, path, key))
