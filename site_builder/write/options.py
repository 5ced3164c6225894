"""What a build is asked to do and what it reports: kept apart from build.py so that a no-op CLI build
(write/quick.py) can answer without importing the pipeline (Jinja, markdown-it, the annotators)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.render.theme import DEFAULT_STATIC_DIR, DEFAULT_TEMPLATE_DIR

if TYPE_CHECKING:
    from site_builder.errors import Problem


@dataclass(frozen=True)
class BuildOptions:
    content_dir: Path
    output_dir: Path
    base_url: str | None = None
    in_place: bool = False  # serve: write changed files in place (under a lock) instead of aside-and-swap
    template_dir: Path = DEFAULT_TEMPLATE_DIR
    static_dir: Path = DEFAULT_STATIC_DIR
    cache_dir: Path | None = None  # on-disk cache of annotated articles; None: memory only
    workers: int | None = None  # processes for annotation; None: one per core
    scheduler: str | None = None  # a dask.distributed scheduler address: annotate on that cluster instead
    # serve: the data files (annotations.json, search data) are not part of a build's write; the
    # server asks `data_file()` for them, and `write_data_files()` puts them on disk afterwards.
    defer_data: bool = False
    keep_state: bool = True  # False: a one-off build (`build --no-cache`) saves no build state for a next one


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


def state_path(options: BuildOptions) -> Path:
    """One store per (content, output, templates, static) folders, under the cache folder."""
    import hashlib
    import os

    assert options.cache_dir is not None
    folders = "\0".join(os.path.abspath(p) for p in (options.content_dir, options.output_dir, options.template_dir, options.static_dir))
    return options.cache_dir / "state" / f"{hashlib.sha256(folders.encode()).hexdigest()[:16]}.sqlite"
