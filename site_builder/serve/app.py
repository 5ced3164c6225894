"""`serve` orchestration: build once, serve, watch, rebuild on change, tell the pages.

One thread serves HTTP (plus one per request, ThreadingHTTPServer), the watchdog observer
thread feeds the debouncer, and the debouncer's single worker thread runs every rebuild,
so builds never overlap and the builder's caches are only touched from one thread.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from site_builder.errors import BuildError
from site_builder.serve.events import Broadcaster
from site_builder.serve.overlay import error_payload
from site_builder.serve.rwlock import RWLock
from site_builder.serve.server import LiveHTTPServer
from site_builder.serve.watcher import Watcher

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEBOUNCE_SECONDS = 0.06


class BuilderLike(Protocol):
    def build(self, write_lock: Any = ...) -> Any: ...

    def watched_paths(self) -> list[Path]: ...


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

    def start(self) -> "LiveServer":
        """Listen, watch, then run the first build (a failure is shown in the browser, not fatal).

        The port is bound first so a busy port fails at once; requests during the first build
        get what the output folder already holds (a 404 page that reloads itself when empty).
        """
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self.httpd = LiveHTTPServer(
            (self.host, self.port), self.output_dir, self.lock, self.broadcaster, verbose=self.verbose,
            dynamic=getattr(self.builder, "data_file", None),
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
        """Block until stop() (or Ctrl-C in the calling thread)."""
        while not self._stopped.wait(0.5):
            pass

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

    def __enter__(self) -> "LiveServer":
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
        started = time.perf_counter()
        try:
            if changed and _accepts_changed(self.builder):  # tell the builder which paths changed
                result = self.builder.build(write_lock=self.lock.write, changed=list(changed))
            else:
                result = self.builder.build(write_lock=self.lock.write)
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
        written = list(getattr(result, "written", ()) or ())
        deleted = list(getattr(result, "deleted", ()) or ())
        seconds = float(getattr(result, "seconds", time.perf_counter() - started))
        warnings = [str(w) for w in getattr(result, "warnings", ()) or ()]
        for warning in warnings:  # the whole site's warnings come back on every build: show new ones
            if warning not in self._warned:
                self.log(f"  {warning}")
        self._warned = set(warnings)
        self.broadcaster.built(written, deleted, seconds)
        write_data_files = getattr(self.builder, "write_data_files", None)
        if write_data_files is not None:  # after the reload is announced: the server answers them from memory
            write_data_files()
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


def _accepts_changed(builder: BuilderLike) -> bool:
    """Whether builder.build takes the `changed` paths hint (the real Builder does)."""
    import inspect

    try:
        return "changed" in inspect.signature(builder.build).parameters
    except (TypeError, ValueError):
        return False


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
    from site_builder.write.safety import check_output_dir

    check_output_dir(output_dir, content_dir, (PROJECT_DIR,) if (PROJECT_DIR / "pyproject.toml").exists() else ())
    return Builder(BuildOptions(content_dir=content_dir, output_dir=output_dir, base_url=base_url, in_place=True,
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
