"""The no-op check (write/quick.py): a CLI build after no change answers from stats alone, and any change
to an input or to the output folder sends it to the full build."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.build import Builder
from site_builder.write.quick import check
from tests.build.test_state import Project, _files
from tests.helpers import ROOT


def _touch_later(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))  # an older mtime: a change, and not racy


def _edit_article(p: Project) -> None:
    note = p.articles / "2025" / "press-note.txt"
    note.write_text(note.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    _touch_later(note)


def _new_hidden_file(p: Project) -> None:
    (p.content / ".notes").write_text("x", encoding="utf-8")
    _touch_later(p.content / ".notes")


def _edit_template(p: Project) -> None:
    base = p.templates / "base.html"
    base.write_text(base.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _touch_later(base)


def _delete_output(p: Project) -> None:
    (p.site / "index.html").unlink()


def _stray_output(p: Project) -> None:
    (p.site / "stray.html").write_text("x", encoding="utf-8")


def _edit_output(p: Project) -> None:
    page = p.site / "index.html"
    page.write_bytes(page.read_bytes() + b" ")


CHANGES: list[tuple[str, Callable[[Project], None] | None, bool]] = [
    ("nothing", None, True),
    ("an article", _edit_article, False),
    ("a file the scan skips", _new_hidden_file, False),  # conservative: any file of the content folder
    ("a template", _edit_template, False),
    ("an output deleted", _delete_output, False),
    ("a stray output", _stray_output, False),
    ("an output edited", _edit_output, False),
]


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


@pytest.mark.parametrize(("name", "change", "answered"), CHANGES, ids=[c[0] for c in CHANGES])
def test_only_an_unchanged_site_is_answered_from_stats(project: Project, name: str,
                                                       change: Callable[[Project], None] | None, answered: bool) -> None:
    first = project.build()
    project.build()  # the first build may have been racy (files written in its clock tick)
    if change is not None:
        change(project)
    quick = check(project.options())
    assert (quick.result is not None) == answered, name
    if quick.result is not None:
        assert (quick.result.rendered, quick.result.written, quick.result.pages) == (0, (), first.pages)
        assert quick.result.warnings == first.warnings
    else:  # the full build runs, and then the check answers again
        project.build()
        project.build()
        assert check(project.options()).result is not None


def test_a_file_changed_in_the_clock_tick_of_the_check_is_not_trusted(project: Project) -> None:
    project.build()
    note = project.articles / "2025" / "press-note.txt"
    os.utime(note, ns=(note.stat().st_atime_ns, time.time_ns() + 3600 * 10**9))  # "now or later"
    assert check(project.options()).inputs == ""


def test_a_no_op_cli_build_imports_no_pipeline(project: Project) -> None:
    cmd = [sys.executable, "-c", "import sys; from site_builder.cli import main; main(sys.argv[1:]); "
           "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'markdown_it', 'yaml')"
           " or m.startswith(('site_builder.annotate', 'site_builder.build'))))",
           "build", "--content", str(project.content), "--output", str(project.site), "--cache", str(project.cache),
           "--quiet"]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    out = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_a_one_off_build_gives_the_same_site_as_a_kept_one(project: Project) -> None:
    """`build --no-cache` keeps no state (no records, no change set): the same bytes all the same."""
    project.build()
    one_off = project.tmp / "one-off"
    Builder(dataclasses.replace(project.options(), output_dir=one_off, cache_dir=None, keep_state=False)).build()
    assert _files(one_off) == _files(project.site)
