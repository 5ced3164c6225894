"""`serve` orchestration: build once, serve, watch, rebuild on change, tell the pages.

One thread serves HTTP (plus one per request, ThreadingHTTPServer), the watchdog observer
thread feeds the debouncer, and the debouncer's single worker thread runs every rebuild,
so builds never overlap and the builder's caches are only touched from one thread.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from site_builder.errors import BuildError
from site_builder.serve.events import Broadcaster
from site_builder.serve.overlay import error_payload
from site_builder.serve.rwlock import RWLock
from site_builder.serve.server import LiveHTTPServer
from site_builder.serve.watcher import Watcher

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEBOUNCE_SECONDS = 0.06


class BuildResultLike(Protocol):
    @property
    def written(self) -> tuple[str, ...]: ...

    @property
    def deleted(self) -> tuple[str, ...]: ...

    @property
    def warnings(self) -> tuple[Any, ...]: ...

    @property
    def seconds(self) -> float: ...


class BuilderLike(Protocol):
    """What the server needs of a builder (site_builder.build.Builder; a fake in the tests)."""

    def build(self, write_lock: Any = ..., changed: list[Path] | None = ...) -> BuildResultLike: ...

    def watched_paths(self) -> list[Path]: ...

    def data_file(self, path: str) -> bytes | None: ...  # a file served from memory, or None

    def write_data_files(self) -> None: ...


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class LiveServer:
    """Build with ``builder``, serve ``output_dir``, rebuild + notify pages on every change."""

    def __init__(
        self,
        builder: BuilderLike,
        output_dir: Path,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        watch: Iterable[Path] | None = None,
        debounce: float = DEBOUNCE_SECONDS,
        verbose: bool = False,
        log: Callable[[str], None] = _stderr,
    ) -> None:
        self.builder = builder
        self.output_dir = Path(output_dir)
        self.host = host
        self.port = port
        self.watch = [Path(p) for p in (watch if watch is not None else builder.watched_paths())]
        self.debounce = debounce
        self.verbose = verbose
        self.log = log
        self.lock = RWLock()
        self.broadcaster = Broadcaster()
        self.httpd: LiveHTTPServer | None = None
        self.watcher: Watcher | None = None
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()
        self.builds = 0  # attempts, successful or not
        self._warned: set[str] = set()
        self._build_mutex = threading.Lock()  # the first build runs on the caller's thread
        self.last_error: BaseException | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> LiveServer:
        """Listen, watch, then run the first build (a failure is shown in the browser, not fatal).

        The port is bound first so a busy port fails at once; requests during the first build
        get what the output folder already holds (a 404 page that reloads itself when empty).
        """
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self.httpd = LiveHTTPServer(
            (self.host, self.port), self.output_dir, self.lock, self.broadcaster, verbose=self.verbose,
            dynamic=self.builder.data_file,
        )
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, name="serve-http", daemon=True
        )
        self._thread.start()
        self.watcher = Watcher(self.watch, self.rebuild, ignore_under=[self.output_dir], delay=self.debounce)
        self.watcher.start()
        self.rebuild([])
        return self

    @property
    def url(self) -> str:
        assert self.httpd is not None, "start() first"
        return self.httpd.url

    def wait(self) -> None:
        """Block until stop() (or Ctrl-C in the calling thread).

        Sleeps rather than waiting on the event: a KeyboardInterrupt that lands inside
        Event.wait can leave the event's lock held, and stop() would then hang on set()."""
        while not self._stopped.is_set():
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop watching, end the event streams, close the server. Safe to call twice."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        if self.watcher is not None:
            self.watcher.stop()
        self.broadcaster.close()
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(5.0)

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- rebuilding ----------------------------------------------------------------------

    def rebuild(self, changed: list[Path]) -> None:
        """Run one (incremental) build and publish its outcome. Called on the debounce thread."""
        with self._build_mutex:
            if not self._stopped.is_set():
                self._rebuild(changed)

    def _rebuild(self, changed: list[Path]) -> None:
        self.builds += 1
        try:
            # the changed paths spare the builder a scan of every file (none on the first build)
            result = self.builder.build(write_lock=self.lock.write, changed=list(changed) or None)
        except BuildError as exc:
            self.last_error = exc
            payload = error_payload(exc, self.watch)
            self.broadcaster.failed(payload)
            self.log(f"Build failed ({self._describe(changed)}); still serving the last good site:")
            for problem in exc.problems:
                self.log(f"  {problem}")
            return
        except Exception as exc:  # a builder bug: keep serving, show it
            self.last_error = exc
            self.broadcaster.failed(error_payload(exc, self.watch))
            import traceback

            self.log(f"Build crashed ({self._describe(changed)}); still serving the last good site:")
            self.log("".join(traceback.format_exception(exc)).rstrip())
            return
        self.last_error = None
        if not changed:
            _settle_after_first_build()
        written, deleted, seconds = list(result.written), list(result.deleted), result.seconds
        warnings = [str(w) for w in result.warnings]
        for warning in warnings:  # the whole site's warnings come back on every build: show new ones
            if warning not in self._warned:
                self.log(f"  {warning}")
        self._warned = set(warnings)
        self.broadcaster.built(written, deleted, seconds)
        self.builder.write_data_files()  # after the reload is announced: the server answers them from memory
        if changed or self.verbose:
            self.log(
                f"Rebuilt in {seconds:.3f}s: {len(written)} written, {len(deleted)} deleted"
                f" ({self._describe(changed)})"
            )
        else:
            self.log(f"Built in {seconds:.3f}s: {len(written)} files")

    def _describe(self, changed: list[Path]) -> str:
        if not changed:
            return "first build"
        names = [_short(p) for p in changed[:3]]
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        return "changed: " + ", ".join(names) + more


def _short(path: Path) -> str:
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def make_builder(
    content_dir: Path,
    output_dir: Path,
    base_url: str | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
) -> BuilderLike:
    """The real incremental builder, writing changed files in place (under the site lock).

    Raises BuildError at once if the output folder is unsafe (the builder's own check), so
    `serve` stops with the message instead of serving an error overlay forever.
    """
    from site_builder.build import PROJECT_DIR, Builder, BuildOptions
    from site_builder.render.theme import project_theme_dirs
    from site_builder.write.safety import check_output_dir

    check_output_dir(output_dir, content_dir, (PROJECT_DIR,) if (PROJECT_DIR / "pyproject.toml").exists() else ())
    templates, static = project_theme_dirs(content_dir)
    return Builder(BuildOptions(content_dir=content_dir, output_dir=output_dir, base_url=base_url, in_place=True,
                                template_dir=templates, static_dir=static,
                                cache_dir=cache_dir, workers=workers, defer_data=True))


def _settle_after_first_build() -> None:
    """Make the next rebuilds fast: load the annotators' language data in this process (the first
    build may have annotated in a process pool) and move the long-lived objects of the first build
    out of the garbage collector's way (gc.freeze), so a collection does not walk the whole archive."""
    import gc

    from site_builder.annotate import warm_up

    warm_up()
    gc.collect()
    gc.freeze()
