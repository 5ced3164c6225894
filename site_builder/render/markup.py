"""The one place where standoff spans become HTML.

Walks sorted spans with one running offset over each text range of an article body.

Nesting rule: when one span contains another (a mention inside a quote), the inner one is
rendered inside the outer one. When two spans cross, the one that starts later is split at the
end of the earlier one, and both fragments carry the same id. Spans are also split at every
boundary of a text range (Markdown inline markup such as emphasis or a link, or a paragraph
break); each fragment repeats the span's `data-span` id, and only the first carries the anchor
`id`. At equal offsets a quote opens before (outside) a mention.

Link rule: a link never contains a link. When two mentions nest or cross, the longer one (the
outer one; at equal length the earlier one) is rendered as the link and the other as an unlinked
element (the caller's tag for it, with `span` for `a` and no `href`), keeping its class and data
attributes. A mention inside a Markdown link is unlinked the same way. The splitting above is
unchanged, so crossing spans still nest properly as elements.

All text and attribute values pass through markupsafe.escape; tag and attribute names are constants.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from site_builder.model.article import Piece, TextRange
from site_builder.model.spans import Mention, Quote

Span = Mention | Quote
# How a span opens: (tag name, attributes). Supplied by the caller, which knows URLs and names.
TagFor = Callable[[Span, bool], tuple[str, Mapping[str, str | None]]]

_PRIORITY = {"quote": 0, "mention": 1}


def open_tag(name: str, attrs: Mapping[str, str | None]) -> Markup:
    """`<name a="v">` with every value escaped; attributes whose value is None are left out."""
    return _open_tag(name, tuple(attrs.items()))


@lru_cache(maxsize=8192)
def _open_tag(name: str, attrs: tuple[tuple[str, str | None], ...]) -> Markup:
    # Cached: a mention's tag is the same on every page of a folder (escaped once, not once a page).
    # Names are constants of this module's callers; every value is escaped.
    escaped = "".join(f' {key}="{escape(value)}"' for key, value in attrs if value is not None)
    return Markup(f"<{name}{escaped}>")


def render_body(text: str, pieces: Sequence[Piece], spans: Iterable[Span], tag_for: TagFor) -> Markup:
    """HTML of an article body: markdown-it's tags as they are, text ranges escaped and annotated."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, _PRIORITY[s.kind]))
    unlinked = unlinked_mentions(ordered)
    seen_first: set[int] = set()
    out: list[str] = []
    cursor = 0  # spans ending before the current range can be skipped for good
    in_link = 0  # open Markdown links
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)  # trusted: produced by markdown-it with html disabled
            in_link += piece.count("<a ") - piece.count("</a>")
            continue
        while cursor < len(ordered) and ordered[cursor].end <= piece.start:
            cursor += 1
        inside = [s for s in ordered[cursor:] if s.start < piece.end and s.end > piece.start]
        tags = _unlinking(tag_for, unlinked, in_link > 0)
        out.append(_render_range(text, piece, inside, tags, seen_first))
    return Markup("".join(out))


def unlinked_mentions(spans: Sequence[Span]) -> set[int]:
    """The `id()`s of mentions that nest in or cross a longer mention: those are not links."""
    unlinked: set[int] = set()
    cluster: list[Span] = []  # mentions that overlap one another, directly or through others
    reach = -1
    for m in (s for s in spans if s.kind == "mention"):  # sorted by start
        if m.start >= reach:
            unlinked |= _losers(cluster)
            cluster, reach = [], m.end
        cluster.append(m)
        reach = max(reach, m.end)
    return unlinked | _losers(cluster)


def _losers(cluster: list[Span]) -> set[int]:
    """In a cluster of overlapping mentions, longest first (then earliest), each that overlaps a
    mention already kept as a link is not one."""
    if len(cluster) < 2:
        return set()
    linked: list[Span] = []
    losers = set()
    for m in sorted(cluster, key=lambda s: (s.start - s.end, s.start)):
        if any(o.start < m.end and m.start < o.end for o in linked):
            losers.add(id(m))
        else:
            linked.append(m)
    return losers


def _unlinking(tag_for: TagFor, unlinked: set[int], in_link: bool) -> TagFor:
    """`tag_for`, with `a` turned into an unlinked `span` for the spans the link rule names."""
    if not unlinked and not in_link:
        return tag_for

    def tags(span: Span, first: bool) -> tuple[str, Mapping[str, str | None]]:
        name, attrs = tag_for(span, first)
        if name == "a" and (in_link or id(span) in unlinked):
            return "span", {k: v for k, v in attrs.items() if k != "href"}
        return name, attrs

    return tags


def _render_range(text: str, rng: TextRange, spans: list[Span], tag_for: TagFor, seen_first: set[int]) -> str:
    # Heap of fragments (start, -end, priority, order, span); crossing spans get split and re-queued.
    heap = [(max(s.start, rng.start), -min(s.end, rng.end), _PRIORITY[s.kind], i, s) for i, s in enumerate(spans)]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, closing tag)
    pos = rng.start
    order = len(spans)

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, closing = stack.pop()
            out.append(escape(text[pos:end]))
            out.append(closing)
            pos = end

    while heap:
        start, neg_end, prio, _, span = heapq.heappop(heap)
        end = -neg_end
        close_until(start)
        if stack and end > stack[-1][0]:  # crosses the enclosing span: split at its end
            order += 1
            heapq.heappush(heap, (stack[-1][0], -end, prio, order, span))
            end = stack[-1][0]
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        pos = start
        first = id(span) not in seen_first
        seen_first.add(id(span))
        name, attrs = tag_for(span, first)
        out.append(open_tag(name, attrs))
        stack.append((end, f"</{name}>"))
    close_until(rng.end)
    out.append(escape(text[pos:rng.end]))
    return "".join(out)
