"""A Builder kept alive (as `serve` does) re-renders only pages whose recorded reads changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from site_builder.build import BuildOptions, Builder
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR
from tests.helpers import copy_fixture


def make_builder(tmp_path: Path) -> tuple[Builder, Path]:
    content = copy_fixture(tmp_path)
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, templates)
    options = BuildOptions(content_dir=content, output_dir=tmp_path / "site", in_place=True,
                           template_dir=templates, static_dir=STATIC_DIR)
    return Builder(options), content


def test_nothing_changed_renders_nothing(tmp_path: Path) -> None:
    builder, _ = make_builder(tmp_path)
    first = builder.build()
    assert first.rendered == first.pages
    again = builder.build()
    assert again.rendered == 0 and again.annotated == 0 and again.written == ()


def test_editing_one_article_re_renders_its_dependents_only(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    builder.build()
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    result = builder.build()
    assert result.annotated == 1
    assert "articles/press-note.html" in result.written
    assert "articles/senate-hearing.html" not in result.written  # not a neighbour of the note
    assert "people/pete-hegseth.html" not in result.written  # the note does not mention him
    assert result.rendered < result.pages / 2


def test_a_new_and_a_deleted_article(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    builder.build()
    (content / "articles" / "new.md").write_text("---\ntitle: Brand new\ndate: 2025-03-01\n---\n\nGeneral Jane Smith arrived.\n")
    result = builder.build()
    assert "articles/new.html" in result.written
    assert "Brand new" in (tmp_path / "site" / "index.html").read_text()
    (content / "articles" / "new.md").unlink()
    result = builder.build()
    assert "articles/new.html" in result.deleted
    assert not (tmp_path / "site" / "articles" / "new.html").exists()
    assert "Brand new" not in (tmp_path / "site" / "index.html").read_text()


def test_a_template_edit_re_renders_the_pages_that_use_it(tmp_path: Path) -> None:
    builder, _ = make_builder(tmp_path)
    builder.build()
    tag = tmp_path / "templates" / "tag.html"
    tag.write_text(tag.read_text().replace("<h1>Tag:", "<h1>Topic:"))
    result = builder.build()
    assert result.rendered > 0
    assert all(p.startswith("tags/") and p != "tags/index.html" for p in result.written)
    base = tmp_path / "templates" / "base.html"
    base.write_text(base.read_text().replace("Skip to content", "Skip to the text"))
    result = builder.build()
    assert result.rendered == result.pages - 1  # every page but feed.xml extends base.html


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_incremental_output_equals_a_cold_build_after_every_edit(tmp_path: Path) -> None:
    """The safety net of dependency tracking: a kept Builder never leaves a stale page."""
    builder, content = make_builder(tmp_path)
    builder.build()
    articles = content / "articles"
    edits = [
        # a new mention of an existing person in another article
        lambda: (articles / "2024-nato-summit.md").write_text(
            (articles / "2024-nato-summit.md").read_text() + "\nPete Hegseth did not attend.\n"),
        # a re-dated article moves in the archive and changes prev/next links
        lambda: (articles / "2025" / "senate-hearing.md").write_text(
            (articles / "2025" / "senate-hearing.md").read_text().replace("date: 2025-02-03", "date: 2024-11-20")),
        # a new tag, a new article, a removed one
        lambda: (articles / "2024-nato-summit.md").write_text(
            (articles / "2024-nato-summit.md").read_text().replace("tags: Defense, Europe", "tags: Defense, Europe, Alliances")),
        lambda: (articles / "extra.md").write_text(
            '---\ntitle: Extra\ndate: 2025-01-31\n---\n\n"We are ready," said Mark Rutte of NATO in Brussels.\n'),
        lambda: (articles / "2025" / "press-note.txt").unlink(),
        # a quote's speaker changes through a front-matter fix
        lambda: (articles / "extra.md").write_text(
            '---\ntitle: Extra\ndate: 2025-01-31\nquotes: [{match: 1, speaker: an aide}]\n---\n\n"We are ready," said Mark Rutte of NATO in Brussels.\n'),
        lambda: (content / "site.yaml").write_text((content / "site.yaml").read_text().replace("Fixture Archive", "Fixture Archive II")),
    ]
    for n, edit in enumerate(edits):
        edit()
        builder.build()
        cold = tmp_path / f"cold-{n}"
        Builder(BuildOptions(content_dir=content, output_dir=cold, template_dir=tmp_path / "templates",
                             static_dir=STATIC_DIR)).build()
        assert _files(tmp_path / "site") == _files(cold), f"stale output after edit {n}"


def test_a_type_change_elsewhere_reaches_companion_lists(tmp_path: Path) -> None:
    """An entity not shown among someone's companions can become one through articles that do not
    mention that someone; the incremental build must still match a cold one."""
    builder, content = make_builder(tmp_path)
    articles = content / "articles"
    (articles / "a.md").write_text("---\ntitle: A\ndate: 2025-03-01\n---\n\nJane Roe met Pete Hegseth in Brussels.\n")
    builder.build()
    (articles / "b.md").write_text("---\ntitle: B\ndate: 2025-03-02\n---\n\nSenator Jane Roe and Senator Jane Roe's aides spoke.\n")
    builder.build()
    cold = tmp_path / "cold"
    Builder(BuildOptions(content_dir=content, output_dir=cold, template_dir=tmp_path / "templates",
                         static_dir=STATIC_DIR)).build()
    assert _files(tmp_path / "site") == _files(cold)
