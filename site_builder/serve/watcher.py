"""Watch content, templates and static folders; ignore editor noise; debounce bursts.

``Watcher`` feeds every relevant path into a ``Debouncer``; the debouncer calls
``on_change(paths)`` on its own single worker thread once no new event has arrived for
``delay`` seconds (or ``max_wait`` seconds after the first event of a burst, so a stream of
events cannot starve the rebuild). Calls never overlap: events that arrive during a
rebuild are collected and trigger one more call after it.
"""

from __future__ import annotations

import fnmatch
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

# Basenames of files that editors, OSes and tools write next to the real ones.
IGNORED_NAMES: tuple[str, ...] = (
    ".*.swp", ".*.swo", ".*.swx", ".*.swpx", "*.swp", "*.swo", "*.swx",  # vim
    "*~", "#*#", ".#*",  # emacs, vim backups, emacs lock links
    "4913",  # vim's "can I write here" probe
    "*.tmp", "*.temp", "*.part", "*.crdownload", "*.bak", "*.orig", "*.rej",
    ".goutputstream-*",  # gedit / GIO atomic save
    "*.kate-swp", ".~lock.*#",  # kate, LibreOffice
    "___jb_tmp___*", "*___jb_tmp___", "*___jb_old___",  # JetBrains safe write
    ".DS_Store", "._*", "Thumbs.db", "desktop.ini", ".directory",
    "*.pyc", "*.pyo",
    ".sb-*",  # Sublime/other atomic-save temporaries
)
# A path with any of these folder names in it is ignored altogether.
IGNORED_DIRS: frozenset[str] = frozenset(
    {".git", ".hg", ".svn", "__pycache__", ".idea", ".vscode", ".cache", "node_modules", ".pytest_cache"}
)
# Event types that do not change a file.
_PASSIVE_EVENTS = frozenset({"opened", "closed_no_write"})


def is_ignored_name(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in IGNORED_NAMES)


class PathFilter:
    """Decides whether a path reported by watchdog can change the site."""

    def __init__(self, watched: Iterable[Path], ignore_under: Iterable[Path] = ()) -> None:
        self.watched = [Path(os.path.abspath(p)) for p in watched]
        self.ignore_under = [Path(os.path.abspath(p)) for p in ignore_under]

    def relevant(self, path: str | Path) -> bool:
        p = Path(os.path.abspath(os.fsdecode(path)))
        for root in self.ignore_under:
            if p == root or root in p.parents:
                return False
        if is_ignored_name(p.name):
            return False
        if any(part in IGNORED_DIRS for part in p.parts):
            return False
        return True


class Debouncer:
    """Collects paths; calls ``on_change(sorted_paths)`` once the burst has settled."""

    def __init__(
        self,
        on_change: Callable[[list[Path]], None],
        delay: float = 0.06,
        max_wait: float = 1.0,
    ) -> None:
        self.on_change = on_change
        self.delay = delay
        self.max_wait = max_wait
        self._cond = threading.Condition()
        self._pending: set[Path] = set()
        self._first = 0.0
        self._last = 0.0
        self._stopped = False
        self._busy = False
        self._thread = threading.Thread(target=self._run, name="serve-debounce", daemon=True)
        self._thread.start()

    def add(self, path: Path) -> None:
        now = time.monotonic()
        with self._cond:
            if not self._pending:
                self._first = now
            self._pending.add(path)
            self._last = now
            self._cond.notify_all()

    @property
    def idle(self) -> bool:
        """No event waiting and no call running."""
        with self._cond:
            return not self._pending and not self._busy

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                # wait for the burst to settle
                while not self._stopped:
                    now = time.monotonic()
                    quiet_at = self._last + self.delay
                    give_up_at = self._first + self.max_wait
                    due = min(quiet_at, give_up_at)
                    if now >= due:
                        break
                    self._cond.wait(due - now)
                if self._stopped:
                    return
                paths = sorted(self._pending)
                self._pending.clear()
                self._busy = True
            try:
                self.on_change(paths)
            except Exception:  # the callback reports its own errors; never kill the thread
                import traceback

                traceback.print_exc()
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)


class _Handler(FileSystemEventHandler):
    def __init__(self, path_filter: PathFilter, sink: Callable[[Path], None]) -> None:
        self.filter = path_filter
        self.sink = sink

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _PASSIVE_EVENTS:
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's mtime changes with every file in it: the file event is enough
        paths = [event.src_path]
        dest = getattr(event, "dest_path", "")
        if dest:
            paths.append(dest)
        for raw in paths:
            if raw and self.filter.relevant(os.fsdecode(raw)):
                self.sink(Path(os.path.abspath(os.fsdecode(raw))))


class Watcher:
    """Recursive watchdog observer over folders (or single files) feeding a Debouncer."""

    def __init__(
        self,
        paths: Iterable[Path],
        on_change: Callable[[list[Path]], None],
        ignore_under: Iterable[Path] = (),
        delay: float = 0.06,
        max_wait: float = 1.0,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.filter = PathFilter(self.paths, ignore_under)
        self.debouncer = Debouncer(on_change, delay=delay, max_wait=max_wait)
        self.observer = Observer()
        self.observer.daemon = True
        handler = _Handler(self.filter, self.debouncer.add)
        scheduled: set[Path] = set()
        for path in self._roots(self.paths):
            if path in scheduled:
                continue
            scheduled.add(path)
            if path.is_dir():
                self.observer.schedule(handler, str(path), recursive=True)
            elif path.parent.is_dir():  # a single file: watch its folder, shallowly
                self.observer.schedule(handler, str(path.parent), recursive=False)

    @staticmethod
    def _roots(paths: list[Path]) -> list[Path]:
        """Drop folders already inside another watched folder (one inotify watch each)."""
        absolute = sorted({Path(os.path.abspath(p)) for p in paths if p.exists()}, key=lambda p: len(p.parts))
        roots: list[Path] = []
        for p in absolute:
            if not any(r.is_dir() and (r == p or r in p.parents) for r in roots):
                roots.append(p)
        return roots

    def start(self) -> None:
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        self.debouncer.stop()
        if self.observer.is_alive():
            self.observer.join(5.0)
