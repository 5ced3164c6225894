"""Machine-readable outputs: data/annotations.json for researchers and the search index.

Each article's part is computed once per article version (keyed by its cache key) and the
parts are joined, so an edit re-serialises one article, not the archive.
"""

from __future__ import annotations

import json
from typing import Any

from site_builder.annotate.article import Article
from site_builder.annotate.spans import Turn
from site_builder.index.site_index import SiteIndex
from site_builder.render.urls import PageId, page_path

SEARCH_TEXT_CHARS = 1000


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


def article_search_entry(article: Article) -> dict[str, Any]:
    names = sorted({ref.name for ref in article.annotations.entities})
    return {
        "t": article.meta.title,
        "d": article.meta.date.isoformat(),
        "u": page_path(PageId("article", article.slug)),
        "s": article.meta.summary,
        "x": article.text[:SEARCH_TEXT_CHARS],
        "n": names,
        "g": list(article.meta.tags),
    }


class DataFiles:
    """Renders the JSON outputs, remembering each article's serialised part between builds."""

    def __init__(self) -> None:
        self._parts: dict[tuple[str, str], bytes] = {}
        self._entities_json: tuple[list[int], str, list] | None = None
        # per kind, the last joined parts: their keys (in order), their lengths, the bytes, (head, tail)
        self._last: dict[str, tuple[list[str], list[int], bytes, tuple[bytes, bytes]]] = {}

    def _part(self, kind: str, article: Article) -> bytes:
        key = (kind, article.key + article.slug)
        part = self._parts.get(key)
        if part is None:
            record = article_annotations(article) if kind == "a" else article_search_entry(article)
            part = json.dumps(record, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode()
            self._parts[key] = part
        return part

    def forget_except(self, articles: list[Article]) -> None:
        if len(self._parts) <= 2 * len(articles) + 64:  # a few old versions' parts are cheaper to keep than to sweep
            return
        live = {a.key + a.slug for a in articles}
        self._parts = {k: v for k, v in self._parts.items() if k[1] in live}

    _HEAD = b'{"version":1,"articles":[\n'
    _SEP = b",\n"

    def annotations_json(self, index: SiteIndex) -> bytes:
        articles = sorted(index.articles, key=lambda a: a.slug)
        return self._joined("a", articles, self._HEAD, b"\n]}\n")

    def _joined(self, kind: str, articles: list[Article], head: bytes, tail: bytes) -> bytes:
        """head + the articles' parts joined by _SEP + tail; spliced into the last one when few parts changed."""
        keys = [a.key + a.slug for a in articles]
        last = self._last.get(kind)
        if last is not None and len(last[0]) == len(keys) and last[3] == (head, tail):
            changed = [i for i, (old, new) in enumerate(zip(last[0], keys)) if old != new]
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
                    part = self._part(kind, articles[i])
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
        parts = [self._part(kind, a) for a in articles]
        data = b"".join((head, self._SEP.join(parts), tail))
        self._last[kind] = (keys, [len(p) for p in parts], data, (head, tail))
        return data

    def search_js(self, index: SiteIndex) -> bytes:
        articles = self._joined("s", index.articles, b"", b"")
        rows = [index.entities_of_type(kind) for kind in ("person", "organization", "place")]
        if self._entities_json is None or self._entities_json[0] != [id(r) for r in rows]:
            entities = [{"t": info.name, "k": info.type, "u": page_path(PageId(info.type, info.id)), "m": mentions}
                        for kind_rows in rows for info, mentions, _ in kind_rows]
            payload = json.dumps(entities, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
            self._entities_json = ([id(r) for r in rows], payload, rows)  # rows kept alive so ids stay unique
        payload = self._entities_json[1]
        # A script, not a JSON fetch: pages opened from file:// cannot fetch() local files.
        return b"".join((b'window.SEARCH_DATA = {"articles": [\n', articles, b'\n], "entities": ', payload.encode(), b"};\n"))
