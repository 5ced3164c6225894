"""The rows of an index page's type-ahead filter (`index-data.js`) as JSON for its <script>.

Finds: for the quotes index every quote (speaker, speaker link, excerpt, link, article title,
date), for tags every tag, for people, organizations and places every entity with its counts;
the same JSON `structured.script_json` gives for {"kind": …, "rows": […]}, byte for byte. Each row
is encoded as it is made: at 40,000 articles the quotes index has 160,000 rows, which as a list
of dicts for one `json.dumps` took ~400 MB in the process that rendered it.
The quotes index is not one file: its `index-data.js` is a manifest (the total and the URLs of its
shards) and the rows go, newest first, QUOTE_SHARD_ROWS at a time into `index-data-<n>.js` next to
it, each a call of `SB_INDEX_SHARD(n, {"kind": "quotes", "rows": […]})` that index-filter.js loads
on demand as a script (file:// cannot fetch JSON), as the search page loads its shards. At 100,000
articles the one file was 124 MB; a reader now loads a shard of ~0.4 MB at a time.
Refuses nothing; every string is escaped for a script element (script_json's escapes, which are
single characters, so escaping row by row equals escaping the whole).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from site_builder.index.records import EntityInfo, QuoteRef
from site_builder.render.structured import script_json
from site_builder.render.urls import PageId
from site_builder.text import shorten, tidy_quote

Url = Callable[..., str]
SpeakerOf = Callable[[Any], EntityInfo | None]


QUOTE_SHARD_ROWS = 1000  # quotes a shard of the quotes index holds (~350 bytes a row)
PLACEHOLDER = "\x00index-rows\x00"  # stands for the JSON in the rendered template; never in a template's own text


def put_index_json(kind: str, rows: Iterable[Any], url: Url, speaker_of: SpeakerOf, out: bytearray) -> None:
    """script_json({"kind": kind, "rows": [row, …]}) appended to `out` as UTF-8, one row at a time: the
    page's bytes are the only copy (Renderer splices them into the rendered template at PLACEHOLDER)."""
    make = _quote_row if kind == "quotes" else _tag_row if kind == "tags" else _entity_row
    out += b'{"kind":' + str(script_json(kind)).encode() + b',"rows":['
    for i, row in enumerate(rows):
        if i:
            out += b","
        out += str(script_json(make(row, url, speaker_of))).encode()
    out += b"]}"


def _quote_row(ref: QuoteRef, url: Url, speaker_of: SpeakerOf) -> dict[str, Any]:
    q = ref.quote
    who = speaker_of(q)
    return {"s": q.speaker or (who.name if who else "Unknown speaker"), "h": url(who) if who else "",
            "t": shorten(tidy_quote(q.text), 200), "u": url(ref.article, q.id), "a": ref.article.meta.title,
            "d": ref.article.meta.date.isoformat()}


def _tag_row(row: tuple[str, str, int], url: Url, speaker_of: SpeakerOf) -> dict[str, Any]:
    slug, name, n = row
    return {"n": name, "u": url(PageId("tag", slug)), "c": n}


def _entity_row(row: tuple[EntityInfo, int, int], url: Url, speaker_of: SpeakerOf) -> dict[str, Any]:
    info, mentions, articles = row
    return {"n": info.name, "u": url(info), "c": mentions, "a": articles, "r": info.role}


def quote_shard_count(quotes: int, rows: int | None = None) -> int:
    """How many `index-data-<n>.js` shards the quotes index has for `quotes` quotes (none for none)."""
    per = QUOTE_SHARD_ROWS if rows is None else rows
    return -(-quotes // per)


def quote_shard_range(number: int, rows: int | None = None) -> tuple[int, int]:
    """The [start, stop) of the quotes (newest first) in shard `number`, counted from 1."""
    per = QUOTE_SHARD_ROWS if rows is None else rows
    return (number - 1) * per, number * per
