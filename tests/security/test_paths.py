"""Output paths: capped file names, one claim per path, slugs with a hash past the cap, symlinks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from site_builder.errors import BuildError
from site_builder.load.contentfs import walk_files
from site_builder.render.urls import MAX_NAME_BYTES, PageId, claim_paths, file_name, page_path
from site_builder.text import MAX_SLUG, slugify

NAMES = [
    # (key, stays as it is?)
    ("pete-hegseth", True), ("a" * MAX_NAME_BYTES, True), ("a" * (MAX_NAME_BYTES + 1), False),
    ("é" * 80, False), ("中" * 60, False), ("x" * 10_000, False),
]


@pytest.mark.parametrize("key,kept", NAMES)
def test_file_names_are_capped_by_bytes(key: str, kept: bool) -> None:
    name = file_name(key)
    assert (name == key) == kept
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert file_name(key + "b") != name or kept  # the hash keeps two long keys apart


def test_every_page_kind_gets_a_capped_name() -> None:
    for kind in ("article", "tag", "person", "organization", "place", "year"):
        path = page_path(PageId(kind, "w" * 1000, 3 if kind == "tag" else 1))
        assert all(len(part.encode()) <= MAX_NAME_BYTES + 10 for part in path.split("/")), path


SLUGS = [
    # (text, max_length, expected)
    ("Pete Hegseth", 80, "pete-hegseth"),
    ("Ngũgĩ wa Thiong'o", 80, "ngugi-wa-thiongo"),
    ("one two three", 8, "one-two"),
    ("", 80, ""),
    ("a\ud800b", 80, "ab"),
]


@pytest.mark.parametrize("text,max_length,expected", SLUGS)
def test_slugify(text: str, max_length: int, expected: str) -> None:
    assert slugify(text, max_length) == expected


def test_long_slugs_end_in_a_hash_and_stay_apart() -> None:
    one = slugify(" ".join(["Word"] * 100) + " one", 10_000)
    two = slugify(" ".join(["Word"] * 100) + " two", 10_000)
    assert len(one) <= MAX_SLUG and len(two) <= MAX_SLUG and one != two


CLAIMS = [
    # (pages, conflicting path or None)
    ([PageId("tags"), PageId("tag", "index")], "tags/index.html"),
    ([PageId("tag", "foo", 2), PageId("tag", "foo-2")], "tags/foo-2.html"),
    ([PageId("entities", "person"), PageId("person", "index")], None),  # a found name moves aside
    ([PageId("quotes", "", 2), PageId("quotes", "", 3)], None),
    ([PageId("article", "A"), PageId("article", "a")], "articles/a.html"),  # case-insensitive file systems
    ([PageId("tag", "x" * 400), PageId("tag", "x" * 401)], None),
]


@pytest.mark.parametrize("pages,conflict", CLAIMS)
def test_claims(pages: list[PageId], conflict: str | None) -> None:
    if conflict is None:
        assert len(claim_paths(pages)) == len(pages)
        return
    with pytest.raises(BuildError) as info:
        claim_paths(pages)
    message = str(info.value)
    assert conflict in message or conflict.lower() in message.lower()


def test_symlinks_outside_and_loops_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("x")
    (tmp_path / "secret.txt").write_text("x")
    (tmp_path / "outside").mkdir()
    os.symlink(root / "sub", root / "inside-link")  # a second way into a folder
    os.symlink(tmp_path / "secret.txt", root / "s.txt")
    os.symlink(tmp_path / "outside", root / "o")
    os.symlink("self", root / "self")  # a link to itself: neither file nor folder, skipped
    keep = lambda entry: True  # noqa: E731
    with pytest.raises(BuildError) as info:
        walk_files(root, root, keep, keep)
    messages = sorted(p.message.split(" (")[0].split(",")[0] for p in info.value.problems)
    assert messages == ["symbolic link loop", "symbolic link to " + str(tmp_path / "outside"),
                        "symbolic link to " + str(tmp_path / "secret.txt")]


def test_symlinks_inside_the_content_folder_are_followed(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.txt").write_text("x")
    os.symlink(root / "real" / "a.txt", root / "b.txt")
    keep = lambda entry: True  # noqa: E731
    assert sorted(Path(p).name for p in walk_files(root, root, keep, keep)) == ["a.txt", "b.txt"]
