"""The build state store: a CLI build in a new process redoes only what changed, and a build killed
half-way never leaves the store claiming what was not written."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions, BuildResult
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR
from tests.helpers import ROOT, copy_fixture, snapshot


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Project:
    """A content folder, a templates folder and a cache, built the way `site_builder build` does."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.content = copy_fixture(tmp_path)
        self.templates = tmp_path / "templates"
        shutil.copytree(TEMPLATE_DIR, self.templates)
        self.site = tmp_path / "site"
        self.cache = tmp_path / "cache"
        self.articles = self.content / "articles"

    def options(self, **extra: object) -> BuildOptions:
        return BuildOptions(content_dir=self.content, output_dir=self.site, template_dir=self.templates,
                            static_dir=STATIC_DIR, cache_dir=self.cache, **extra)  # type: ignore[arg-type]

    def build(self) -> BuildResult:
        return Builder(self.options()).build()  # a new Builder: nothing kept in memory

    def cold(self, name: str = "cold") -> dict[str, bytes]:
        out = self.tmp / name
        shutil.rmtree(out, ignore_errors=True)
        Builder(BuildOptions(content_dir=self.content, output_dir=out, template_dir=self.templates,
                             static_dir=STATIC_DIR)).build()
        return _files(out)


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_a_second_build_renders_and_writes_nothing(project: Project) -> None:
    first = project.build()
    assert first.rendered == first.pages > 0
    before = snapshot(project.site)
    again = project.build()
    assert (again.rendered, again.annotated, again.written, again.deleted) == (0, 0, (), ())
    assert again.pages == first.pages and again.articles == first.articles
    assert snapshot(project.site) == before  # same bytes, same inodes, same mtimes


def test_the_cli_keeps_its_state_between_processes(project: Project) -> None:
    cmd = [sys.executable, "-m", "site_builder", "build", "--content", str(project.content),
           "--output", str(project.site), "--cache", str(project.cache)]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    before = snapshot(project.site)
    out = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True).stdout
    assert "0 files written" in out and "0 annotated" in out
    assert snapshot(project.site) == before


def test_one_edited_article_re_renders_only_its_dependents(project: Project) -> None:
    first = project.build()
    note = project.articles / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    result = project.build()
    assert result.annotated == 1
    assert 0 < result.rendered < first.pages / 2
    assert "articles/press-note.html" in result.written
    assert "articles/senate-hearing.html" not in result.written
    assert "people/pete-hegseth.html" not in result.written
    assert _files(project.site) == project.cold()


def test_a_template_edit_re_renders_only_the_pages_that_use_it(project: Project) -> None:
    project.build()
    tag = project.templates / "tag.html"
    tag.write_text(tag.read_text().replace("<h1>Tag:", "<h1>Topic:"))
    result = project.build()
    tag_pages = [p for p in _files(project.site) if p.startswith("tags/") and not p.startswith("tags/index")]
    assert result.rendered == len(tag_pages) > 0
    assert sorted(result.written) == sorted(tag_pages)
    base = project.templates / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the text"))
    # every HTML page extends base.html; feeds, the sitemap, robots.txt and the filters' data do not
    assert project.build().rendered == sum(1 for f in _files(project.site) if f.endswith(".html"))
    assert _files(project.site) == project.cold()


EDITS: list[tuple[str, Callable[[Project], object]]] = [
    ("new mention", lambda p: (p.articles / "2024-nato-summit.md").write_text(
        (p.articles / "2024-nato-summit.md").read_text() + "\nPete Hegseth did not attend.\n")),
    ("re-dated", lambda p: (p.articles / "2025" / "senate-hearing.md").write_text(
        (p.articles / "2025" / "senate-hearing.md").read_text().replace("date: 2025-02-03", "date: 2024-11-20"))),
    ("new tag", lambda p: (p.articles / "2024-nato-summit.md").write_text(
        (p.articles / "2024-nato-summit.md").read_text().replace("tags: Defense, Europe", "tags: Defense, Europe, Alliances"))),
    ("new article", lambda p: (p.articles / "extra.md").write_text(
        '---\ntitle: Extra\ndate: 2025-01-31\n---\n\n"We are ready," said Mark Rutte of NATO in Brussels.\n')),
    ("deleted article", lambda p: (p.articles / "2025" / "press-note.txt").unlink()),
    ("quote fix", lambda p: (p.articles / "extra.md").write_text(
        '---\ntitle: Extra\ndate: 2025-01-31\nquotes: [{match: 1, speaker: an aide}]\n---\n\n"We are ready," said Mark Rutte of NATO in Brussels.\n')),
    ("registry", lambda p: (p.content / "entities.yaml").write_text(
        (p.content / "entities.yaml").read_text().replace("name: Pete Hegseth", "name: Peter Hegseth"))),
    ("settings", lambda p: (p.content / "site.yaml").write_text(
        (p.content / "site.yaml").read_text().replace("Fixture Archive", "Fixture Archive II"))),
    ("output page removed by hand", lambda p: (p.site / "articles" / "extra.html").unlink()),
    ("output page edited by hand", lambda p: (p.site / "index.html").write_text("vandalised")),
    ("data file edited by hand", lambda p: (p.site / "data" / "annotations.json").write_text("{}")),
    ("stray file in the output", lambda p: (p.site / "stray.html").write_text("stray")),
]


def test_every_edit_then_a_new_process_equals_a_cold_build(project: Project) -> None:
    project.build()
    for name, edit in EDITS:
        edit(project)
        project.build()
        assert _files(project.site) == project.cold(), f"stale output after: {name}"
        again = project.build()
        assert (again.rendered, again.written) == (0, ()), f"not settled after: {name}"


# --- a build killed half-way -------------------------------------------------------------------

KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    point, after = sys.argv[1], int(sys.argv[2])
    calls = 0

    def killing(original):
        def wrapper(*args, **kwargs):
            global calls
            calls += 1
            if calls > after:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)
        return wrapper

    import site_builder.render.renderer as renderer, site_builder.write.writer as writer, site_builder.write.state as state
    if point == "render":
        renderer.Renderer.render = killing(renderer.Renderer.render)
    elif point == "write":
        Path.write_bytes = killing(Path.write_bytes)
    elif point == "swapped":  # the new site is in place, the store not yet saved
        writer.shutil.rmtree = killing(writer.shutil.rmtree)
    elif point == "saving":  # half-way through the store's transaction
        state.StateStore.save_outputs = killing(state.StateStore.save_outputs)
    from site_builder.build import BuildOptions, Builder
    content, site, templates, static, cache = map(Path, sys.argv[3:])
    Builder(BuildOptions(content_dir=content, output_dir=site, template_dir=templates, static_dir=static, cache_dir=cache)).build()
""")


@pytest.mark.parametrize(("point", "after"), [("render", 5), ("write", 3), ("swapped", 0), ("saving", 0)])
def test_a_build_killed_half_way_then_rebuilt_equals_a_cold_build(project: Project, point: str, after: int) -> None:
    project.build()
    for _, edit in EDITS[:4] + EDITS[6:7]:  # several articles, the registry
        edit(project)
    tag = project.templates / "tag.html"
    tag.write_text(tag.read_text().replace("<h1>Tag:", "<h1>Topic:"))
    args = [str(p) for p in (project.content, project.site, project.templates, STATIC_DIR, project.cache)]
    run = subprocess.run([sys.executable, "-c", KILLER, point, str(after), *args], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True)
    assert run.returncode == -9, run.stderr.decode()
    result = project.build()
    assert _files(project.site) == project.cold()
    assert result.rendered > 0 or point in ("saving",)
    again = project.build()
    assert (again.rendered, again.written) == (0, ())


@pytest.mark.parametrize("damage", ["garbage", "empty", "old layout"])
def test_a_damaged_store_is_started_afresh(project: Project, damage: str) -> None:
    from site_builder.build import state_path

    project.build()
    store = state_path(project.options())
    assert store.is_file()
    if damage == "garbage":
        store.write_bytes(b"not a database at all" * 100)
    elif damage == "empty":
        store.write_bytes(b"")
    else:
        import sqlite3

        with sqlite3.connect(store) as db:
            db.execute("DROP TABLE pages")
            db.execute("CREATE TABLE pages (page TEXT PRIMARY KEY, path TEXT)")
            db.execute("UPDATE meta SET value = 'other' WHERE name = 'schema'")
    for suffix in ("-wal", "-shm"):
        store.with_name(store.name + suffix).unlink(missing_ok=True)
    note = project.articles / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only two words"))
    project.build()
    assert _files(project.site) == project.cold()
    assert project.build().rendered == 0


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5])
def test_a_build_killed_at_any_moment_then_rebuilt_equals_a_cold_build(project: Project, delay: float) -> None:
    """The same with a real signal at a time, not at a chosen call: wherever it lands."""
    sys.path.insert(0, str(ROOT))
    from bench.generate_archive import generate

    generate(40, project.tmp / "generated")
    for path in (project.tmp / "generated" / "articles").iterdir():
        shutil.copy(path, project.articles / path.name)
    project.build()
    for _, edit in EDITS[:4]:
        edit(project)
    for path in sorted(project.articles.glob("*-article-0000*.md")):
        path.write_text(path.read_text().replace("on Tuesday", "on Thursday"))
    args = [str(p) for p in (project.content, project.site, project.templates, STATIC_DIR, project.cache)]
    proc = subprocess.Popen([sys.executable, "-c", KILLER, "none", "0", *args], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    project.build()
    assert _files(project.site) == project.cold()
    assert project.build().rendered == 0
