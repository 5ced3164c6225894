"""Watching: editor noise is ignored, bursts are debounced into one rebuild, output is ignored."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import pytest

from site_builder.serve.watcher import Debouncer, PathFilter, Watcher, is_ignored_name

from .helpers import WAIT


@pytest.mark.parametrize(
    "name",
    [".article.md.swp", ".article.md.swo", ".article.md.swx", "article.md~", ".#article.md", "#article.md#",
     "4913", "article.md.tmp", ".DS_Store", "._article.md", ".goutputstream-ABC123", "article.md.kate-swp",
     "article.md___jb_tmp___", ".~lock.site.yaml#", "article.md.bak"],
)
def test_editor_files_are_ignored(name):
    assert is_ignored_name(name)


@pytest.mark.parametrize("name", ["article.md", "2025-01-30-hegseth.txt", "site.yaml", "entities.yaml",
                                  "style.css", "base.html", "swp.md", "tmp.md"])
def test_real_files_are_not_ignored(name):
    assert not is_ignored_name(name)


def test_path_filter(tmp_path: Path):
    f = PathFilter([tmp_path / "content"], ignore_under=[tmp_path / "content" / "_site"])
    assert f.relevant(tmp_path / "content" / "articles" / "a.md")
    assert not f.relevant(tmp_path / "content" / "_site" / "index.html")
    assert not f.relevant(tmp_path / "content" / "_site")
    assert not f.relevant(tmp_path / "content" / ".git" / "index")
    assert not f.relevant(tmp_path / "content" / "articles" / ".a.md.swp")


def test_debouncer_collapses_a_burst_into_one_call():
    calls: queue.Queue[list[Path]] = queue.Queue()
    debouncer = Debouncer(calls.put, delay=2.0, max_wait=60.0)  # a long quiet time: the loop is far quicker
    try:
        for i in range(50):
            debouncer.add(Path(f"/x/{i % 5}.md"))
        paths = calls.get(timeout=WAIT)
        assert paths == sorted({Path(f"/x/{i}.md") for i in range(5)})
        with pytest.raises(queue.Empty):
            calls.get(timeout=1.5)
    finally:
        debouncer.stop()


def test_debouncer_never_overlaps_and_keeps_events_from_during_a_call():
    started, release = threading.Event(), threading.Event()
    calls: list[list[Path]] = []
    active = []

    def on_change(paths: list[Path]) -> None:
        active.append(1)
        assert len(active) == 1, "calls overlap"
        calls.append(paths)
        if len(calls) == 1:
            started.set()
            release.wait(WAIT)
        active.pop()

    debouncer = Debouncer(on_change, delay=0.02)
    try:
        debouncer.add(Path("/a"))
        assert started.wait(WAIT)
        debouncer.add(Path("/b"))
        debouncer.add(Path("/c"))
        release.set()
        deadline = threading.Event()
        for _ in range(int(WAIT / 0.05)):
            if len(calls) >= 2:
                break
            deadline.wait(0.05)
        assert calls == [[Path("/a")], [Path("/b"), Path("/c")]]
    finally:
        debouncer.stop()


def _watch(tmp_path: Path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    out = tmp_path / "content" / "_out"  # an output folder inside the watched one must be ignored
    out.mkdir()
    calls: queue.Queue[list[Path]] = queue.Queue()
    watcher = Watcher([content, tmp_path / "templates-missing"], calls.put, ignore_under=[out], delay=0.05)
    watcher.start()
    return content, out, calls, watcher


def _wait_for(calls: queue.Queue[list[Path]], target: Path) -> list[Path]:
    seen: list[Path] = []
    for _ in range(100):
        paths = calls.get(timeout=WAIT)
        seen += paths
        if target in paths:
            return seen
    raise AssertionError(f"{target} never reported; saw {seen}")


def test_atomic_save_swap_files_and_output_are_handled(tmp_path: Path):
    content, out, calls, watcher = _watch(tmp_path)
    try:
        target = content / "articles" / "a.md"
        # vim-style: probe file, swap file, backup, then write + rename
        (content / "articles" / "4913").write_text("")
        (content / "articles" / "4913").unlink()
        (content / "articles" / ".a.md.swp").write_bytes(b"\0" * 64)
        (content / "articles" / "a.md~").write_text("old")
        (out / "index.html").write_text("built")
        tmp = content / "articles" / ".a.md.tmp"
        tmp.write_text("---\ntitle: A\n---\n")
        os.replace(tmp, target)
        seen = _wait_for(calls, target)
        names = {p.name for p in seen}
        assert names == {"a.md"}, seen  # nothing but the real file
    finally:
        watcher.stop()


def test_several_files_and_a_new_folder(tmp_path: Path):
    content, _, calls, watcher = _watch(tmp_path)
    try:
        sub = content / "articles" / "2025"
        sub.mkdir()
        for name in ("x.md", "y.md", "z.md"):
            (sub / name).write_text("text")
        (content / "site.yaml").write_text("title: T\n")
        seen = _wait_for(calls, content / "site.yaml")
        for name in ("x.md", "y.md", "z.md"):
            if sub / name not in seen:
                seen += _wait_for(calls, sub / name)
    finally:
        watcher.stop()


def test_backup_by_rename_save(tmp_path: Path):
    """vim (backupcopy=no) and others: rename the file to a backup, write a new file, drop the backup."""
    content, _, calls, watcher = _watch(tmp_path)
    try:
        target = content / "articles" / "b.md"
        target.write_text("one")
        _wait_for(calls, target)
        os.rename(target, content / "articles" / "b.md~")
        target.write_text("two")
        (content / "articles" / "b.md~").unlink()
        seen = _wait_for(calls, target)
        assert {p.name for p in seen} == {"b.md"}, seen
    finally:
        watcher.stop()
