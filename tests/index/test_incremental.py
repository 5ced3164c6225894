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
