"""Rendering pages: one page with its recorded reads, or many in forked processes for a cold build.

A page's template error becomes a BuildError naming the template file and line. The fork pool
hands the parent's renderer to its workers by inheritance (a module global set only while the
pool runs), never by pickling: the index and the Jinja environment are large.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from site_builder.errors import BuildError, Problem
from site_builder.index.deps import Record, recording
from site_builder.render.env import TEMPLATE_DIR
from site_builder.render.pages import TEMPLATES
from site_builder.render.renderer import Renderer
from site_builder.render.settle import settle, thawed
from site_builder.render.theme import layered
from site_builder.render.urls import PageId, page_path

PARALLEL_RENDER_THRESHOLD = 2000  # pages; below this a process pool costs more than it saves
RENDER_CHUNKS_PER_WORKER = 8


@dataclass
class RenderedPage:
    data: bytes  # b"" when the page went to a sink (a staging folder) instead
    template: str  # fingerprint of the template (and what it extends) it was rendered with
    written: bool = True  # False: the sink found the very same bytes already in the site


Sink = Callable[[str, bytes], bool]  # (output path, bytes) -> was it written; see write/writer.Staging.put


def render_page(renderer: Renderer, page: PageId, fingerprints: dict[str, str], records: dict[PageId, Record] | None,
                template_dir: Path, sink: Sink | None = None) -> RenderedPage:
    """Render one page, recording its reads in `records` (None: a build that keeps no state records nothing,
    and fingerprints no answer); with a `sink`, hand it the bytes instead of keeping them."""
    try:
        if records is None:
            data = renderer.render(page)
        else:
            with recording() as record:
                data = renderer.render(page)
            records[page] = record
    except jinja2.TemplateError as exc:
        raise template_error(exc, template_dir) from None
    template = fingerprints.get(TEMPLATES[page.kind], "")
    if sink is not None:
        return RenderedPage(b"", template, sink(page_path(page), data))
    return RenderedPage(data, template)


def render_pages(renderer: Renderer, todo: list[PageId], fingerprints: dict[str, str], records: dict[PageId, Record],
                 template_dir: Path, workers: int | None, may_fork: bool, sink: Sink | None = None,
                 keep_records: bool = True, meanwhile: Callable[[], None] | None = None) -> dict[PageId, RenderedPage]:
    """Render pages, in forked processes for a cold `build` with many pages (`may_fork` is False for
    the server, which renders few and keeps threads that must not be forked). With a `sink` (a CLI
    build's staging folder) each page is handed over as soon as it is rendered, in the process that
    rendered it, so no process holds the site's bytes. `keep_records` False: a build that saves no state
    records no page's reads (nor fingerprints the answers, nor sends them back from the forks).
    `meanwhile`: other work of this process (the data files), run while the forks render, else after."""
    workers = workers or os.cpu_count() or 1
    if not may_fork or workers < 2 or len(todo) < PARALLEL_RENDER_THRESHOLD or os.name != "posix":
        fresh: dict[PageId, RenderedPage] = {}
        for page in todo:
            fresh[page] = render_page(renderer, page, fingerprints, records if keep_records else None, template_dir, sink)
        if meanwhile is not None:
            meanwhile()
        return fresh
    for name in sorted({TEMPLATES[p.kind] for p in todo}):  # compiled once here, inherited by every worker
        try:
            renderer.env.get_template(name)
        except jinja2.TemplateError as exc:
            raise template_error(exc, template_dir) from None
    global _fork_job
    _fork_job = (renderer, fingerprints, template_dir, sink, keep_records)  # inherited by the forked workers, not pickled
    try:
        # Several chunks a worker, each a sample of every kind of page (pages come grouped by kind), handed
        # out as workers finish: one that gets less of a shared machine's CPU does not hold up the end.
        count = min(len(todo), workers * RENDER_CHUNKS_PER_WORKER)
        chunks = [todo[i::count] for i in range(count)]
        import multiprocessing  # here: a build with nothing to render does not pay for the import

        settle()  # the workers inherit what the parent holds now: nothing more (render/settle.py)
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            thawed()  # the parent's own work (`meanwhile`) collects as usual; the workers' copies stay frozen
            pending = pool.map_async(_render_chunk, chunks, chunksize=1)
            if meanwhile is not None:
                meanwhile()
            results = pending.get()
    finally:
        _fork_job = None
    done: dict[PageId, RenderedPage] = {}
    for result in results:
        if isinstance(result, BuildError):
            raise result
        for page, rendered_page, record in result:
            done[page] = rendered_page
            if keep_records:
                records[page] = record
    return {page: done[page] for page in todo}  # in the order asked, as a render in this process gives them


_fork_job: tuple[Renderer, dict[str, str], Path, Sink | None, bool] | None = None


def _render_chunk(pages: list[PageId]) -> list[tuple[PageId, RenderedPage, Record]] | BuildError:
    """In a forked worker: render some pages with the parent's renderer."""
    assert _fork_job is not None
    renderer, fingerprints, template_dir, sink, keep_records = _fork_job
    # The templates were fingerprinted before the fork: a worker has no reason to stat their files
    # again for every page (Jinja's auto_reload), and a template saved mid-build must not be read.
    renderer.env.auto_reload = False
    records: dict[PageId, Record] = {}
    try:
        done = [(page, render_page(renderer, page, fingerprints, records if keep_records else None, template_dir, sink))
                for page in pages]
    except BuildError as exc:
        return BuildError(exc.problems)
    return [(page, rendered, records.get(page, {})) for page, rendered in done]


def template_error(exc: jinja2.TemplateError, template_dir: Path) -> BuildError:
    """A template problem as a BuildError naming the template file and line."""
    name = getattr(exc, "filename", None) or getattr(exc, "name", None)
    line = getattr(exc, "lineno", None)
    if line is None:  # a runtime error: the template frame is in the traceback
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.startswith(tuple(str(d) for d in layered(template_dir, TEMPLATE_DIR))):
                name, line = frame.filename, frame.lineno
                break
    path = Path(name) if name else template_dir
    if not path.is_absolute():  # the project's own template, else the default theme's
        path = next((d / path for d in layered(template_dir, TEMPLATE_DIR) if (d / path).is_file()), template_dir / path)
    return BuildError(Problem(path, line, f"template error: {exc.message or exc}", "fix the template and save it again"))
