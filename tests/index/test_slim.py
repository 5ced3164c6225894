"""A CLI build's index holds slim articles (index/slim.py) folded by index/stored_fold.py: every
index read, every fold and every key must equal what the full articles give (ArchiveFold)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from site_builder.build import Builder, BuildOptions
from site_builder.cache import ArticleSpool
from site_builder.index.folding import ArchiveFold
from site_builder.index.site_index import SiteIndex, keys_of_article
from site_builder.index.slim import slim
from site_builder.index.stored_fold import SummaryFold
from site_builder.model.article import Article
from site_builder.model.registry import Registry
from site_builder.render.env import STATIC_DIR, TEMPLATE_DIR
from tests.helpers import copy_fixture
from tests.index.test_incremental import FOLD_EDITS, _files


def _loaded(content: Path, tmp_path: Path) -> tuple[list[Article], Registry]:
    options = BuildOptions(content_dir=content, output_dir=tmp_path / "site", in_place=True,
                           template_dir=TEMPLATE_DIR, static_dir=STATIC_DIR)
    _, registry, articles, _, _ = Builder(options).load()
    return articles, registry


def _articles(content: Path, tmp_path: Path) -> list[Article]:
    return _loaded(content, tmp_path)[0]


def _check(articles: list[Article], registry: Registry) -> None:
    expected = ArchiveFold().apply(articles)
    fold = SummaryFold()
    for a in articles:
        fold.add(a)
    got = fold.apply([slim(a) for a in articles])
    for full, want, have in zip(articles, expected, got, strict=True):
        assert have.key == want.key
        assert have.entity_counts == want.entity_counts
        assert have.annotations == replace(want.annotations, mentions=())
        assert have.meta == want.meta and have.listing == want.listing
        assert keys_of_article(have) == keys_of_article(want)
        assert fold.full(full) == want  # a body read back is folded into the very version the index holds
    full_index, slim_index = SiteIndex(expected, registry), SiteIndex(got, registry)
    for kind in ("person", "organization", "place"):
        assert full_index.entities_of_type(kind) == slim_index.entities_of_type(kind)
    assert [r.quote for r in full_index.all_quotes()] == [r.quote for r in slim_index.all_quotes()]
    assert full_index.months() == slim_index.months() and full_index.tags().keys() == slim_index.tags().keys()
    for entity_id, _ in full_index.mentioned_entities():
        assert [(m.article.key, m.count) for m in full_index.entity_articles(entity_id)] == \
            [(m.article.key, m.count) for m in slim_index.entity_articles(entity_id)]
        assert [t.excerpt for t in full_index.turns_of(entity_id)] == [t.excerpt for t in slim_index.turns_of(entity_id)]


def test_slim_articles_index_and_fold_like_the_full_ones(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    _check(*_loaded(content, tmp_path))


@pytest.mark.parametrize("steps", [1, 2, 3, 5, 6, 8, 10])
def test_the_summary_fold_follows_the_archive_fold_through_edits(tmp_path: Path, steps: int) -> None:
    content = copy_fixture(tmp_path)
    for edit in FOLD_EDITS(content / "articles")[:steps]:
        edit()
    _check(*_loaded(content, tmp_path))


def test_slim_drops_the_body_but_keeps_a_transcript_text(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    for a in _articles(content, tmp_path):
        s = slim(a)
        assert s.source.pieces == () and s.annotations.mentions == ()
        assert s.text == (a.text if a.annotations.turns else "")


def test_the_spool_gives_back_what_was_put(tmp_path: Path) -> None:
    content = copy_fixture(tmp_path)
    articles = _articles(content, tmp_path)[:3]
    spool = ArticleSpool(tmp_path / "articles.spool")
    for a in articles:
        spool.put(a.key, a, [])
    spool.put(articles[0].key, articles[0], [])  # a second put of a key writes nothing
    assert [spool.get(a.key) for a in articles] == [(a, []) for a in articles]
    assert spool.get("no-such-key") is None
    spool.close()


def test_a_stored_build_equals_a_kept_builds_site(tmp_path: Path) -> None:
    """The CLI pipeline (slim index, bodies read back) and serve's (full articles) write the same site."""
    content = copy_fixture(tmp_path)
    for edit in FOLD_EDITS(content / "articles")[:3]:
        edit()
    stored = BuildOptions(content_dir=content, output_dir=tmp_path / "stored", template_dir=TEMPLATE_DIR,
                          static_dir=STATIC_DIR, keep_state=False)
    kept = replace(stored, output_dir=tmp_path / "kept", in_place=True, keep_state=True)
    Builder(stored).build()
    Builder(kept).build()
    a, b = _files(tmp_path / "stored"), _files(tmp_path / "kept")
    a.pop(".site_builder", None)
    b.pop(".site_builder", None)
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    shutil.rmtree(tmp_path / "stored")
