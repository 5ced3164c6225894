"""A Builder kept alive (as `serve` does) re-renders only pages whose recorded reads changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions
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
    # every HTML page extends base.html; feeds, the sitemap, robots.txt and the filters' data do not
    assert result.rendered == sum(1 for f in _files(tmp_path / "site") if f.endswith(".html"))


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
        # a re-dated article stays in its month (the order is kept, the archive aggregates are patched)
        lambda: (articles / "extra.md").write_text((articles / "extra.md").read_text().replace("date: 2025-01-31", "date: 2025-01-30")),
        # a tag removed, a registry alias added
        lambda: (articles / "2024-nato-summit.md").write_text(
            (articles / "2024-nato-summit.md").read_text().replace("tags: Defense, Europe, Alliances", "tags: Defense")),
        lambda: (content / "entities.yaml").write_text(
            (content / "entities.yaml").read_text().replace("aliases: [Rutte]", "aliases: [Rutte, M. Rutte]", 1)),
        *FOLD_EDITS(articles),
    ]
    for n, edit in enumerate(edits):
        edit()
        builder.build()
        cold = tmp_path / f"cold-{n}"
        Builder(BuildOptions(content_dir=content, output_dir=cold, template_dir=tmp_path / "templates",
                             static_dir=STATIC_DIR)).build()
        assert _files(tmp_path / "site") == _files(cold), f"stale output after edit {n}"


def FOLD_EDITS(articles: Path) -> list:  # noqa: N802 - a constant list of edits, built per folder
    """Edits that make a cross-article fold appear, change and disappear (index/identity.py)."""
    def write(name: str, body: str, day: str = "2025-03-01") -> None:
        (articles / name).write_text(f"---\ntitle: {name}\ndate: {day}\n---\n\n{body}\n")

    return [
        # "Smith" alone, then the one full name that claims it: the fold appears
        lambda: write("smith-1.md", '"We will see," Ms. Smith said in Brussels.'),
        lambda: write("smith-2.md", "General Jennifer Smith arrived in Brussels.", "2025-03-02"),
        # a short form of the name folds in too
        lambda: write("smith-3.md", "Jenny Smith spoke.", "2025-03-03"),
        # a second Smith makes "Smith" ambiguous: the fold disappears
        lambda: write("smith-4.md", "Senator John Smith spoke.", "2025-03-04"),
        # ... and reappears when he is gone
        lambda: (articles / "smith-4.md").unlink(),
        # the canonical id changes when another spelling becomes the most mentioned
        lambda: write("smith-3.md", "General Jenifer Smith spoke. General Jenifer Smith left. Later General Jenifer Smith came back.",
                      "2025-03-03"),
        # an acronym defined in one article, used alone in another
        lambda: write("usda-1.md", "USDA officials spoke in Brussels."),
        lambda: write("usda-2.md", "The Department of Agriculture (USDA) said so.", "2025-03-05"),
        lambda: (articles / "usda-2.md").unlink(),
        lambda: (articles / "smith-2.md").unlink(),
    ]


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


def _cold_equals(builder_site: Path, content: Path, tmp_path: Path, name: str) -> bool:
    cold = tmp_path / name
    Builder(BuildOptions(content_dir=content, output_dir=cold, template_dir=tmp_path / "templates",
                         static_dir=STATIC_DIR)).build()
    return _files(builder_site) == _files(cold)


def test_changed_paths_hint_matches_a_cold_build(tmp_path: Path) -> None:
    """serve passes the paths its watcher saw; the shortcuts they allow must never leave a stale page."""
    builder, content = make_builder(tmp_path)
    builder.build()
    articles = content / "articles"
    nato = articles / "2024-nato-summit.md"
    extra = articles / "extra.md"
    folder = articles / "sub"
    edits = [
        # a body edit, with the hint
        lambda: [nato.write_text(nato.read_text() + "\nPete Hegseth did not attend.\n"), nato][1:],
        # a body edit seen without the hint (CLI)
        lambda: [nato.write_text(nato.read_text().replace("did not attend", "stayed home")), None][1:],
        # a new file, with the hint naming only it
        lambda: [extra.write_text('---\ntitle: Extra\ndate: 2025-01-31\n---\n\n"We are ready," said Mark Rutte of NATO.\n'), extra][1:],
        # an edit that changes no page list but a quote
        lambda: [extra.write_text(extra.read_text().replace("We are ready", "We are set")), extra][1:],
        # a rename: the watcher reports the old and the new path
        lambda: [extra.rename(articles / "renamed.md"), extra, articles / "renamed.md"][1:],
        # an editor's save: a hidden temporary file renamed over the article (both paths reported)
        lambda: [(articles / ".renamed.md.swp1").write_text((articles / "renamed.md").read_text().replace("set", "steady")),
                 (articles / ".renamed.md.swp1").rename(articles / "renamed.md"),
                 articles / ".renamed.md.swp1", articles / "renamed.md"][2:],
        # a hidden folder with an article-like file in it is not part of the site
        lambda: [(articles / "_drafts").mkdir(), (articles / "_drafts" / "x.md").write_text("---\ntitle: X\ndate: 2024-01-01\n---\n\nX.\n"),
                 articles / "_drafts" / "x.md"][2:],
        # ... until it is renamed to a visible one (the watcher reports both folder paths)
        lambda: [(articles / "_drafts").rename(articles / "drafts"), articles / "_drafts", articles / "drafts"][1:],
        # a deletion, with the hint
        lambda: [(articles / "renamed.md").unlink(), articles / "renamed.md"][1:],
        # a new folder moved in: the watcher reports the folder only
        lambda: [folder.mkdir(), (folder / "deep.md").write_text("---\ntitle: Deep\ndate: 2023-05-05\n---\n\nJane Roe spoke.\n"), folder][2:],
        # the folder deleted: the watcher reports the folder
        lambda: [shutil.rmtree(folder), folder][1:],
        # an edit that changes the title only (listings of the article change, the page list does not)
        lambda: [nato.write_text(nato.read_text().replace("title: ", "title: Renamed ", 1)), nato][1:],
        # a template edit reported alongside an article edit
        lambda: [(tmp_path / "templates" / "article.html").write_text(
            (tmp_path / "templates" / "article.html").read_text() + "\n<!-- edited -->\n"),
            nato.write_text(nato.read_text() + "\nMore text.\n"), tmp_path / "templates" / "article.html", nato][2:],
    ]
    for n, edit in enumerate(edits):
        changed = [p for p in edit() if p is not None]
        builder.build(changed=changed or None) if n != 1 else builder.build()
        assert _cold_equals(tmp_path / "site", content, tmp_path, f"cold-{n}"), f"stale output after edit {n}"


def test_a_hinted_body_edit_renders_and_writes_little(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    first = builder.build()
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    result = builder.build(changed=[note])
    assert result.annotated == 1
    assert "articles/press-note.html" in result.written
    assert result.rendered < first.pages / 2
    assert builder.build(changed=[note]).written == ()


def test_the_hint_spares_the_folder_scan_only_when_it_can(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import site_builder.load.files as files_module

    builder, content = make_builder(tmp_path)
    builder.build()
    scans = []
    real = files_module.find_article_files
    monkeypatch.setattr(files_module, "find_article_files", lambda folder: scans.append(folder) or real(folder))
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text() + "\nMore.\n")
    builder.build(changed=[note, content / "site.yaml", tmp_path / "templates" / "base.html"])
    assert scans == []
    new = content / "articles" / "new.md"
    new.write_text("---\ntitle: New\ndate: 2025-03-01\n---\n\nNew.\n")
    assert "articles/new.html" in builder.build(changed=[new]).written
    assert len(scans) == 1
    builder.build()  # no hint: scan
    assert len(scans) == 2


def test_deferred_data_files_equal_a_cold_build(tmp_path: Path) -> None:
    """As `serve` runs it: data files come from `data_file()` and reach the disk via `write_data_files()`."""
    content = copy_fixture(tmp_path)
    options = BuildOptions(content_dir=content, output_dir=tmp_path / "site", in_place=True, defer_data=True,
                           template_dir=TEMPLATE_DIR, static_dir=STATIC_DIR)
    builder = Builder(options)
    builder.build()
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    builder.build(changed=[note])
    cold = tmp_path / "cold"
    Builder(BuildOptions(content_dir=content, output_dir=cold, template_dir=TEMPLATE_DIR, static_dir=STATIC_DIR)).build()
    data = [p.relative_to(cold).as_posix() for p in sorted(cold.rglob("*")) if p.is_file()
            and p.relative_to(cold).as_posix().startswith(("data/", "assets/search/"))]
    assert "data/annotations.json" in data and "assets/search/index.js" in data
    for rel in data:
        assert builder.data_file(rel) == (cold / rel).read_bytes()
    assert builder.data_file("index.html") is None
    builder.write_data_files()
    assert _files(tmp_path / "site") == _files(cold)
