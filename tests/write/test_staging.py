"""Writing a site through a staging folder (write/writer.py): files streamed in as they are made,
unchanged bytes hard-linked from the current site, the swap done only when something differs."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.write.writer import Staging, write_swap
from tests.helpers import snapshot

OLD = {"index.html": b"home", "articles/a.html": b"a", "articles/b.html": b"b"}

# (files put through the staging folder, files given to write_swap, expected written, expected deleted)
CASES: list[tuple[str, dict[str, bytes], dict[str, bytes], list[str], list[str]]] = [
    ("same site, streamed", {"articles/a.html": b"a", "articles/b.html": b"b"}, {"index.html": b"home"}, [], []),
    ("one page changed", {"articles/a.html": b"A", "articles/b.html": b"b"}, {"index.html": b"home"}, ["articles/a.html"], []),
    ("a page gone", {"articles/a.html": b"a"}, {"index.html": b"home"}, [], ["articles/b.html"]),
    ("a new page in a new folder", {**OLD, "people/x.html": b"x"}, {}, ["people/x.html"], []),
    ("nothing streamed", {}, dict(OLD), [], []),
]


def _site(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    write_swap(OLD, out)
    return out


@pytest.mark.parametrize(("name", "streamed", "given", "written", "deleted"), CASES, ids=[c[0] for c in CASES])
def test_staged_files_are_written_only_when_their_bytes_differ(tmp_path: Path, name: str, streamed: dict[str, bytes],
                                                               given: dict[str, bytes], written: list[str],
                                                               deleted: list[str]) -> None:
    out = _site(tmp_path)
    before = snapshot(out)
    staging = Staging(out)
    for rel, data in streamed.items():
        staging.put(rel, data)
    report = write_swap(given, out, staging=staging)
    assert (sorted(report.written), list(report.deleted)) == (written, deleted), name
    expected = {**streamed, **given}
    assert {rel: snap[0] for rel, snap in snapshot(out).items() if rel != ".site_builder"} == expected
    for rel in expected:  # an unchanged file is the very same file (inode and mtime)
        if rel not in written and rel in before:
            assert snapshot(out)[rel][1:] == before[rel][1:], rel
    if not written and not deleted:
        assert not report.swapped and snapshot(out) == before
    assert not list(tmp_path.glob(".site.new-*")), "the staging folder is gone"


def test_files_put_by_another_process_are_adopted(tmp_path: Path) -> None:
    out = _site(tmp_path)
    staging = Staging(out)
    (staging.folder / "articles").mkdir()
    (staging.folder / "articles" / "a.html").write_bytes(b"from a fork")  # as a render fork does
    staging.adopt(["articles/a.html"], ["articles/a.html"])
    report = write_swap({"index.html": b"home"}, out, ["articles/b.html"], staging)
    assert report.written == ("articles/a.html",) and report.deleted == ()
    assert (out / "articles" / "a.html").read_bytes() == b"from a fork"
    assert (out / "articles" / "b.html").read_bytes() == b"b"


def test_a_failed_write_leaves_the_site_and_no_staging_folder(tmp_path: Path) -> None:
    out = _site(tmp_path)
    before = snapshot(out)
    staging = Staging(out)
    staging.put("articles/a.html", b"new")
    with pytest.raises(FileNotFoundError):
        write_swap({}, out, ["articles/missing.html"], staging)  # a kept file that is not there
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".site.new-*"))
