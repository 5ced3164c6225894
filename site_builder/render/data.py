"""Machine-readable outputs: data/annotations.json for researchers and the search index.

Each article's part is computed once per article version (keyed by its cache key) and the
parts are joined, so an edit re-serialises one article, not the archive. The record of one
article is `article_annotations`; how records are split into files is `annotation_files`.
A site whose annotations exceed SINGLE_FILE_BYTES gets one file per month of publication
(`data/annotations/YYYY-MM.json`, same record schema) listed by `data/annotations.json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from site_builder.index.aggregates import MONTHS
from site_builder.index.site_index import SiteIndex
from site_builder.model.article import Article
from site_builder.model.spans import Turn
from site_builder.render.search import SearchIndex
from site_builder.render.urls import PageId, page_path

SINGLE_FILE_BYTES = 8_000_000  # above this, annotations are split by month
ANNOTATIONS = "data/annotations.json"


def article_annotations(article: Article) -> dict[str, Any]:
    """The `annotate` command's record for one article, plus its identity."""
    a = article.annotations
    return {
        "id": article.slug,
        "path": page_path(PageId("article", article.slug)),
        "title": article.meta.title,
        "date": article.meta.date.isoformat(),
        "text": article.text,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity} for m in a.mentions],
        "quotes": [
            {"id": q.id, "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
             "speaker_entity": q.speaker_entity, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue}
            for q in a.quotes
        ],
        "turns": [turn_record(t) for t in a.turns],
    }


def turn_record(t: Turn) -> dict[str, Any]:
    """A transcript turn as `annotate` and data/annotations.json give it."""
    return {"start": t.start, "end": t.end, "speaker": t.speaker, "speaker_entity": t.speaker_entity,
            "label_start": t.label_start, "label_end": t.label_end, "role": t.role}


class DataFiles:
    """Renders the JSON outputs, remembering each article's serialised part between builds."""

    def __init__(self) -> None:
        self._parts: dict[tuple[str, str], bytes] = {}
        # per kind, the last joined parts: their keys (in order), their lengths, the bytes, (head, tail)
        self._last: dict[str, tuple[list[str], list[int], bytes, tuple[bytes, bytes]]] = {}
        self.search = SearchIndex()  # public: `build` keeps its state in the cache folder

    def _part(self, kind: str, article: Article) -> bytes:
        key = (kind, article.key + article.slug)
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = _encoded(article)
        return part

    def forget_except(self, articles: list[Article]) -> None:
        self.search.forget_except(articles)
        if len(self._parts) <= 2 * len(articles) + 64:  # a few old versions' parts are cheaper to keep than to sweep
            return
        live = {a.key + a.slug for a in articles}
        self._parts = {k: v for k, v in self._parts.items() if k[1] in live}

    _HEAD = b'{"version":1,"articles":[\n'
    _SEP = b",\n"
    _TAIL = b"\n]}\n"

    def annotations_json(self, index: SiteIndex) -> bytes:
        articles = sorted(index.articles, key=lambda a: a.slug)
        return self._joined("a", articles, self._HEAD, self._TAIL)

    def _joined(self, kind: str, articles: list[Article], head: bytes, tail: bytes) -> bytes:
        """head + the articles' parts joined by _SEP + tail; spliced into the last one when few parts changed."""
        keys = [a.key + a.slug for a in articles]
        last = self._last.get(kind)
        if last is not None and len(last[0]) == len(keys) and last[3] == (head, tail):
            changed = [i for i, (old, new) in enumerate(zip(last[0], keys, strict=True)) if old != new]
            if len(changed) <= 16:  # splice the changed parts into the last bytes: one copy, no re-join
                lengths = list(last[1])
                view = memoryview(last[2])
                pieces: list[Any] = []
                start = len(head)
                done = 0  # bytes of the last data already taken
                position = 0  # index of the part that starts at `start`
                for i in changed:
                    for j in range(position, i):
                        start += lengths[j] + len(self._SEP)
                    part = self._part("a", articles[i])
                    pieces.append(view[done:start])
                    pieces.append(part)
                    done = start + lengths[i]
                    start = done + len(self._SEP)
                    lengths[i] = len(part)
                    position = i + 1
                pieces.append(view[done:])
                data = b"".join(pieces)
                self._last[kind] = (keys, lengths, data, (head, tail))
                return data
        parts = [self._part("a", a) for a in articles]
        data = b"".join((head, self._SEP.join(parts), tail))
        self._last[kind] = (keys, [len(p) for p in parts], data, (head, tail))
        return data

    def files(self, index: SiteIndex) -> dict[str, bytes]:
        """Every data file: the annotations (one file or shards) and the search index."""
        return {**self.annotation_files(index), **self.search_files(index)}

    def annotation_files(self, index: SiteIndex) -> dict[str, bytes]:
        if one_file(parts_size(self._part("a", a) for a in index.articles)):
            return {ANNOTATIONS: self.annotations_json(index)}
        months = _by_month(index)
        files = {}
        shards = []
        for month, articles in sorted(months.items()):
            name, shard = shard_entry(month, len(articles))
            files[name] = self._joined(f"a{month}", articles, self._HEAD, self._TAIL)
            shards.append(shard)
        files[ANNOTATIONS] = _listing(index, shards)
        return files

    def put_files(self, index: SiteIndex, put: Callable[[str, bytes], object]) -> list[str]:
        """`search_files` and `annotation_files`, each file handed to `put` as it is made, in one pass over
        the articles for a build that keeps no search state: each body is read back once for both
        (`SearchIndex.stream` reads them in index order, where a month's articles are together), and
        held one at a time. Returns the paths."""
        shards = _Shards(put)

        def load(article: Article) -> Article:
            body = index.body_of(article)
            part = self._parts.get(("a", article.key + article.slug))
            shards.add(article, part if part is not None else _encoded(body))
            return body

        searched = self.search.stream(index.articles, _listed_entities(index), load, put)
        return [*searched, *shards.finish(index)]

    def put_files_kept(self, index: SiteIndex, put: Callable[[str, bytes], object]) -> tuple[dict[str, bytes], list[str]]:
        """`put_files` for a build that keeps the search state: the annotation files handed to `put`, the
        search files returned (`search_files`); a body is read back once, for the search terms the
        state lacks and the annotation part, not once for each."""
        shards = _Shards(put)
        for article in index.articles:
            part = self._parts.get(("a", article.key + article.slug))
            known = self.search.knows(article)
            if part is None or not known:
                body = index.body_of(article)
                if not known:
                    self.search.learn(article, body)
                part = part if part is not None else _encoded(body)
            shards.add(article, part)
        files = self.search_files(index)
        return files, [*files, *shards.finish(index)]

    def search_files(self, index: SiteIndex) -> dict[str, bytes]:
        return self.search.files(index.articles, _listed_entities(index), index.body_of)


def _listed_entities(index: SiteIndex) -> list[tuple[str, str, str, str, int]]:
    """(id, name, type, link, mentions) of every entity the index lists, as the search index takes them."""
    return [(info.id, info.name, info.type, page_path(PageId(info.type, info.id)), mentions)
            for kind in ("person", "organization", "place") for info, mentions, _ in index.entities_of_type(kind)]


def parts_size(parts: Iterable[bytes]) -> int:
    """The bytes of the articles' parts in an annotation file, each with its separator."""
    return sum(len(p) + len(DataFiles._SEP) for p in parts)


def one_file(size: int) -> bool:
    """The one decision of how annotations are laid out: one file while the parts' size (parts_size) fits
    SINGLE_FILE_BYTES, else a shard per month listed by annotations.json."""
    return size <= SINGLE_FILE_BYTES


def shard_entry(month: str, articles: int) -> tuple[str, dict[str, Any]]:
    """A month shard's site path and its entry in the listing (no size: an edit rewrites one file)."""
    path = f"annotations/{month}.json"
    return f"data/{path}", {"path": path, "month": month, "articles": articles}


class _Shards:
    """The annotation files of `put_files` and `put_files_kept`, made as the articles come in index order (a
    month's articles together): one month's shard at a time. While the parts so far fit in one file
    (`one_file`, as `annotation_files` decides) they and the shards made are kept; past it,
    the kept shards are handed to `put` and each further one as soon as its month is complete."""

    def __init__(self, put: Callable[[str, bytes], object]) -> None:
        self.put = put
        self.small: dict[str, bytes] | None = {}  # slug -> part, while the total may still fit one file
        self.pending: dict[str, bytes] = {}  # shards made while the total fitted
        self.total = 0
        self.shards: list[dict[str, Any]] = []
        self.month = ""  # the month being gathered, and its (slug, part)s
        self.parts: list[tuple[str, bytes]] = []
        self.done: set[str] = set()

    def add(self, article: Article, part: bytes) -> None:
        month = article.meta.date.strftime("%Y-%m")
        if month != self.month:
            self._close_month()
            assert month not in self.done, "articles come a month at a time (index order)"
            self.month = month
        self.parts.append((article.slug, part))

    def _close_month(self) -> None:
        if not self.parts:
            return
        self.parts.sort()
        parts = [p for _, p in self.parts]
        self.total += parts_size(parts)
        name, entry = shard_entry(self.month, len(parts))
        shard = b"".join((DataFiles._HEAD, DataFiles._SEP.join(parts), DataFiles._TAIL))
        self.shards.append(entry)
        if self.small is not None and one_file(self.total):
            self.small.update(self.parts)
            self.pending[name] = shard
        else:
            self.small = None
            for pending, data in self.pending.items():
                self.put(pending, data)
            self.pending = {}
            self.put(name, shard)
        self.done.add(self.month)
        self.parts = []

    def finish(self, index: SiteIndex) -> list[str]:
        """Put the last files (one file, or the listing of the shards); the paths of every file put."""
        self._close_month()
        if self.small is not None:
            self.put(ANNOTATIONS, b"".join((DataFiles._HEAD, DataFiles._SEP.join(p for _, p in sorted(self.small.items())),
                                            DataFiles._TAIL)))
            return [ANNOTATIONS]
        shards = sorted(self.shards, key=lambda s: str(s["month"]))
        self.put(ANNOTATIONS, _listing(index, shards))
        return [ANNOTATIONS, *(f"data/{s['path']}" for s in shards)]


def _listing(index: SiteIndex, shards: list[dict[str, Any]]) -> bytes:
    """annotations.json of a sharded site: the list of its month shards."""
    listing = {"version": 1, "total": len(index.articles), "shards": shards}
    return json.dumps(listing, ensure_ascii=True, sort_keys=True, indent=1).encode() + b"\n"


def _encoded(article: Article) -> bytes:
    """An article's part of the annotation files."""
    return json.dumps(article_annotations(article), ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode()


def _by_month(index: SiteIndex) -> dict[str, list[Article]]:
    """The articles by month ("2024-05"), each month's in slug order: one annotation shard each. The
    grouping is the index's own (aggregates.Months); only the order within a month is the shards'."""
    return {month: sorted(items, key=lambda a: a.slug) for month, items in index.get(MONTHS).items()}


def is_data_path(path: str) -> bool:
    """Is this site path one of the data files (which `serve` answers from memory)?"""
    return path == ANNOTATIONS or path.startswith(("data/annotations/", "assets/search/"))
