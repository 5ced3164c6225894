"""The search index of a 40,000-article archive: what one query loads stays under 1.5 MB."""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from site_builder.render.search import FOLDER, SearchIndex, chosen_shards, decode, encode, fold, query_files, shard_keys, words
from site_builder.text import slugify
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT))
from bench import generate_archive as gen  # noqa: E402

BUDGET = 1_500_000
QUERIES = ["trade", "minister", "coop", "sec", "climate policy", "okafor", "maria okafor", "person:okafor",
           "geneva year:2020", "tag:trade year:2021", "org:nato place:kenya", "said talks"]


def _archive(n: int) -> tuple[list[SimpleNamespace], list[tuple[str, str, str, str, int]]]:
    """Articles as the search index sees them, from bench/generate_archive's model (no annotation: fast)."""
    rng = random.Random(1)
    people = re.compile(rf"\b({'|'.join(gen.FIRST)}) ({'|'.join(gen.LAST)})\b")
    entities: dict[str, tuple[str, str]] = {}
    articles = []
    for i in range(n):
        day = date(2019, 1, 1) + timedelta(days=i * 1000 // n)
        front, body = gen.article(rng, i, day).split("\n---\n", 1)
        title = re.search(r'title: "(.*)"', front).group(1)  # type: ignore[union-attr]
        tag = re.search(r'tags: \["(.*)"\]', front).group(1)  # type: ignore[union-attr]
        found = {slugify(m.group(0)): (m.group(0), "person") for m in people.finditer(body)}
        found.update({slugify(o): (o.removeprefix("the "), "organization") for o in gen.ORGS if o in body})
        found.update({slugify(p): (p, "place") for p in gen.PLACES if p in body})
        entities.update(found)
        meta = SimpleNamespace(title=title, date=day, summary="", tags=(tag,))
        articles.append(SimpleNamespace(key=f"k{i}", slug=f"article-{i:05d}", meta=meta, text=body.strip(),
                                        entity_counts=tuple((e, 1) for e in sorted(found))))
    articles.sort(key=lambda a: (-a.meta.date.toordinal(), a.slug))
    listed = [(e, name, kind, f"x/{e}.html", 1) for e, (name, kind) in sorted(entities.items())]
    return articles, listed


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    articles, entities = _archive(40_000)
    return SearchIndex().files(articles, entities)


def _terms(query: str) -> list[str]:
    prefixes = {"person": "p", "org": "o", "place": "l", "tag": "t", "year": "y"}
    terms = []
    for token in query.split():
        kind, _, value = token.partition(":")
        terms += [f"{prefixes[kind]}:{w}" for w in words(value)] if value else words(token)
    return terms


@pytest.mark.parametrize("query", QUERIES)
def test_one_query_loads_at_most_the_budget(files: dict[str, bytes], query: str) -> None:
    meta = json.loads(files[f"{FOLDER}/index.js"].removeprefix(b"SEARCH.meta(").removesuffix(b");\n"))
    assert meta["n"] == 40_000
    # a page of 10 results in 10 different document shards, the biggest ones: the worst case
    docs = sorted((n for n in files if n.startswith(f"{FOLDER}/d")), key=lambda n: -len(files[n]))[:10]
    results = [int(n.removeprefix(f"{FOLDER}/d").removesuffix(".js")) * meta["docShard"] for n in docs]
    loaded = query_files(meta, _terms(query), results)
    size = sum(len(files[n]) for n in loaded)
    assert size <= BUDGET, f"{query!r} loads {size:,} bytes in {len(loaded)} files"


def test_the_whole_index_is_far_bigger_than_one_query(files: dict[str, bytes]) -> None:
    assert sum(len(v) for v in files.values()) > 10 * BUDGET


@pytest.mark.parametrize(("text", "expected"), [
    ("Šefčovič", "sefcovic"), ("ZÜRICH", "zurich"), ("Ångström", "angstrom"), ("naïve café", "naive cafe"),
    ("plain", "plain"), ("Łódź", "łodz"),  # Ł has no decomposition: kept, as in the browser
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(("sizes", "limit", "expected"), [
    ({"aa": 10, "ab": 10}, 100, {"aa": "", "ab": ""}),  # everything fits: one shard
    ({"aa": 60, "ab": 60, "b": 10}, 100, {"aa": "aa", "ab": "ab", "b": "b"}),
    ({"a": 5, "ab": 90, "abc": 90}, 100, {"a": "a", "ab": "ab", "abc": "abc"}),  # a term as long as its key stays
    ({"big": 500}, 100, {"big": ""}),  # one term alone is never split
])
def test_shard_keys(sizes: dict[str, int], limit: int, expected: dict[str, str]) -> None:
    assert shard_keys(sizes, limit) == expected


def test_a_word_loads_its_exact_shard_and_two_deeper_ones_at_most() -> None:
    listing = [["", 10], ["c", 10], ["co", 50], ["con", 90], ["cont", 80], ["conf", 70], ["conc", 60]]
    assert chosen_shards(listing, "co") == [2]  # a two-letter word: exact only
    assert chosen_shards(listing, "con") == [3, 4, 5]
    assert chosen_shards(listing, "zebra") == [0]


def test_postings_round_trip() -> None:
    postings = [(0, 1), (1, 17), (31, 63), (32, 0), (5000, 5), (5001, 48)]
    assert decode(encode(postings)) == postings


def test_an_updated_index_equals_a_fresh_one() -> None:
    articles, entities = _archive(300)
    kept = SearchIndex()
    kept.files(articles, entities)
    for n in (0, 7, 150, 299):  # new text, other names, other tags: same slugs in the same order
        a = articles[n]
        meta = SimpleNamespace(title=a.meta.title + " revised", date=a.meta.date, summary="Now with a summary",
                               tags=("Élection",))
        articles[n] = SimpleNamespace(key=a.key + "v2", slug=a.slug, meta=meta, text=a.text.replace("the", "a") + " Zürich.",
                                      entity_counts=a.entity_counts[1:])
    assert kept.files(articles, entities) == SearchIndex().files(articles, entities)
    assert kept.has_state()
