"""The no-op check of a CLI build: are every input and the output folder as the last written build left them?

Finds it by stat alone, as make and git do: one digest of the path, size, mtime and inode of every file
a build may read (the code of site_builder, the whole content folder, the template and static folders,
the options) and one of every file in the output folder, compared with the digests the build state
store (write/state.py) saved with the last build that put its site in place. When both match, that
build's result (counts and warnings) is the answer, and nothing is imported, read or written.

Refuses to answer (the full build then decides) whenever unsure: no store, another store layout, a
folder reached through a symbolic link, or a file modified in the same clock tick as the check ("racy",
as git calls it: a second edit in that tick would keep the same mtime), whose digest is not saved.
"""

from __future__ import annotations

import base64
import hashlib
import os
import pickle
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import site_builder
from site_builder.render.theme import DEFAULT_STATIC_DIR, DEFAULT_TEMPLATE_DIR
from site_builder.write.options import BuildOptions, BuildResult, state_path

INPUTS, OUTPUTS, RESULT = "quick_inputs", "quick_outputs", "quick_result"  # names in the store's meta table
PACKAGE_DIR = Path(site_builder.__file__).resolve().parent


@dataclass(frozen=True)
class Check:
    inputs: str  # the inputs' digest as stat-ed now; "" when it must not be trusted next time (racy, links)
    result: BuildResult | None  # the last build's result when nothing changed; None: build


def check(options: BuildOptions) -> Check:
    """Stat the inputs (and, when they match, the output folder) against the build state store."""
    started = time.perf_counter()
    inputs = input_digest(options)
    path = state_path(options)
    if not inputs or not path.is_file():
        return Check(inputs, None)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT name, value FROM meta WHERE name IN (?, ?, ?)", (INPUTS, OUTPUTS, RESULT)))
        finally:
            db.close()
    except sqlite3.Error:
        return Check(inputs, None)
    if meta.get(INPUTS) != inputs or meta.get(OUTPUTS) != output_digest(options.output_dir) or RESULT not in meta:
        return Check(inputs, None)
    try:
        last: BuildResult = pickle.loads(base64.b64decode(meta[RESULT]))  # noqa: S301 - our own store
    except Exception:  # noqa: BLE001 - written by other code: not an answer
        return Check(inputs, None)
    seconds = time.perf_counter() - started
    return Check(inputs, BuildResult((), (), last.warnings, last.articles, 0, 0, last.pages, seconds, (("check", seconds),)))


def saved_meta(inputs: str, output_dir: Path, result: BuildResult) -> dict[str, str]:
    """What to save in the store's meta with a written build (after its site was swapped in)."""
    return {INPUTS: inputs, OUTPUTS: output_digest(output_dir),
            RESULT: base64.b64encode(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)).decode("ascii")}


def input_digest(options: BuildOptions) -> str:
    """A digest of every file a build may read and of the options; "" when it is not to be trusted."""
    skip = {os.path.abspath(options.output_dir)}
    if options.cache_dir is not None:
        skip.add(os.path.abspath(options.cache_dir))
    lines = [repr((os.path.abspath(options.content_dir), os.path.abspath(options.output_dir), options.base_url))]
    clock = _clock(options)  # before the stats: an edit after them lands in this tick or later
    newest = 0
    for folder in dict.fromkeys(os.path.abspath(p) for p in (
            PACKAGE_DIR, options.content_dir, options.template_dir, options.static_dir, DEFAULT_TEMPLATE_DIR, DEFAULT_STATIC_DIR)):
        stats = _stats(folder, skip)
        if stats is None:
            return ""
        lines.append(folder)
        for rel, size, mtime, ino in stats:
            lines.append(f"{rel}\0{size}\0{mtime}\0{ino}")
            newest = max(newest, mtime)
    if newest >= clock:
        return ""  # racy: an edit later in the tick of the newest file would not change its mtime
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=16).hexdigest()


def output_digest(output_dir: Path) -> str:
    """A digest of every file in the output folder (path, size, mtime, inode); "" when there is none."""
    stats = _stats(os.path.abspath(output_dir), set())
    if not stats:
        return ""
    return hashlib.blake2b("\n".join(f"{r}\0{s}\0{m}\0{i}" for r, s, m, i in stats).encode(), digest_size=16).hexdigest()


def _stats(root: str, skip: set[str]) -> list[tuple[str, int, int, int]] | None:
    """(relative path, size, mtime ns, inode) of every file under `root`, sorted; None when a folder is a
    symbolic link (where it leads is not stat-ed here). A missing root is an empty list."""
    found: list[tuple[str, int, int, int]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            continue
        except NotADirectoryError:
            return None
        for entry in entries:
            if entry.name == "__pycache__" or entry.path in skip:
                continue
            if entry.is_symlink():
                return None
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
                continue
            st = entry.stat(follow_symlinks=False)
            found.append((entry.path[len(root) + 1:], st.st_size, st.st_mtime_ns, st.st_ino))
    found.sort()
    return found


def _clock(options: BuildOptions) -> int:
    """Now, as the file system writes it (its own granularity): the mtime of a file touched in the cache."""
    assert options.cache_dir is not None
    stamp = state_path(options).with_suffix(".clock")
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_bytes(b"")
        return os.stat(stamp).st_mtime_ns
    except OSError:
        return 0  # every mtime is >= 0: racy, nothing is trusted
