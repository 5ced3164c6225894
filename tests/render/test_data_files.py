"""The data files a CLI build streams (`DataFiles.put_files`: search shards and annotation files in one
pass, each body read once; `put_files_kept`, which keeps the search state) equal the ones kept in memory
(`annotation_files`, `search_files`), in one file and in month shards, whatever the months' sizes."""

from __future__ import annotations

from datetime import date

import pytest

from site_builder.index.site_index import SiteIndex
from site_builder.model.article import Article, ArticleMeta, SourceArticle
from site_builder.model.registry import Registry
from site_builder.model.spans import Annotations, Mention
from site_builder.render import data
from site_builder.render.data import DataFiles


def _article(n: int, day: date) -> Article:
    text = f"Ana Díaz spoke in Paris on day {n}, “and more,” she said."
    meta = ArticleMeta(title=f"Title {n}", date=day, tags=("Défense",))
    mentions = (Mention(0, 8, "Ana Díaz", "person", "ana-diaz"), Mention(21, 26, "Paris", "place", "paris"))
    return Article(SourceArticle(f"a-{n:02}", f"a-{n:02}.md", meta, text, (text,), "d" * 64),
                   Annotations(mentions=mentions), f"k{n}", (("ana-diaz", 1), ("paris", 1)), "l")


# (case, size limit of one annotations file, days): one file; a shard per month; a limit passed mid-way
CASES = [
    ("one file", 10**9, [date(2024, 1 + i % 3, 1 + i) for i in range(12)]),
    ("shards", 1, [date(2024, 1 + i % 3, 1 + i) for i in range(12)]),
    ("limit passed mid-way", 1500, [date(2023 + i % 2, 1 + i % 5, 2) for i in range(14)]),
    ("one article", 1, [date(2024, 5, 5)]),
    ("no article", 1, []),
]


@pytest.mark.parametrize(("case", "limit", "days"), CASES)
def test_streamed_data_files_equal_the_kept_ones(case: str, limit: int, days: list[date], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "SINGLE_FILE_BYTES", limit)
    index = SiteIndex([_article(n, day) for n, day in enumerate(days)], Registry())
    kept = DataFiles()
    want = {**kept.annotation_files(index), **kept.search_files(index)}
    got: dict[str, bytes] = {}
    paths = DataFiles().put_files(index, got.__setitem__)
    assert got == want
    assert sorted(paths) == sorted(want)
    kept_state = DataFiles()
    for round_ in ("cold", "search state kept"):
        annotations: dict[str, bytes] = {}
        search, paths = kept_state.put_files_kept(index, annotations.__setitem__)
        assert {**annotations, **search} == want, round_
        assert sorted(paths) == sorted(want), round_
