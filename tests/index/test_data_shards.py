"""data/annotations.json: one file for a small site; above a size, month shards listed by an index file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions
from site_builder.render import data
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR
from tests.helpers import copy_fixture


def _build(content: Path, out: Path) -> Path:
    Builder(BuildOptions(content_dir=content, output_dir=out, template_dir=TEMPLATE_DIR, static_dir=STATIC_DIR)).build()
    return out


def test_a_small_site_keeps_one_file(tmp_path: Path) -> None:
    site = _build(copy_fixture(tmp_path), tmp_path / "site")
    single = json.loads((site / "data" / "annotations.json").read_text())
    assert single["version"] == 1 and len(single["articles"]) == 4
    assert not (site / "data" / "annotations").exists()


def test_a_big_site_gets_month_shards_with_the_same_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = copy_fixture(tmp_path)
    single = json.loads((_build(content, tmp_path / "one") / "data" / "annotations.json").read_text())
    monkeypatch.setattr(data, "SINGLE_FILE_BYTES", 100)
    site = _build(content, tmp_path / "sharded")
    listing = json.loads((site / "data" / "annotations.json").read_text())
    assert listing["version"] == 1 and listing["total"] == 4
    assert [s["month"] for s in listing["shards"]] == sorted(s["month"] for s in listing["shards"])
    records = []
    for shard in listing["shards"]:
        raw = (site / "data" / shard["path"]).read_bytes()
        part = json.loads(raw)
        assert part["version"] == 1 and len(part["articles"]) == shard["articles"]
        assert all(r["date"].startswith(shard["month"]) for r in part["articles"])
        records += part["articles"]
    assert sorted(records, key=lambda r: r["id"]) == single["articles"]  # the same records, nothing more


def test_shards_follow_edits_in_a_kept_builder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "SINGLE_FILE_BYTES", 100)
    content = copy_fixture(tmp_path)
    builder = Builder(BuildOptions(content_dir=content, output_dir=tmp_path / "site", in_place=True,
                                   template_dir=TEMPLATE_DIR, static_dir=STATIC_DIR))
    builder.build()
    note = content / "articles" / "2025" / "press-note.txt"
    note.write_text(note.read_text().replace("only a word", "only one word"))
    result = builder.build()
    changed = [p for p in result.written if p.startswith("data/")]
    assert len(changed) == 1 and changed[0].startswith("data/annotations/2025-")  # one month's shard
    note.unlink()
    builder.build()
    cold = _build(content, tmp_path / "cold")
    for path in sorted((cold / "data").rglob("*")):
        if path.is_file():
            assert (tmp_path / "site" / path.relative_to(cold)).read_bytes() == path.read_bytes()
    assert sorted(p.name for p in (tmp_path / "site" / "data" / "annotations").iterdir()) == \
        sorted(p.name for p in (cold / "data" / "annotations").iterdir())
