"""Long lists for thousands of rows: sort orders, pages, the A–Z jump bar and the filter's data.

An index (people, organizations, places, tags) is shown two ways: by mentions (or articles),
the default, and A–Z; both split into pages of `per_page` rows. The jump bar links each initial
to the A–Z page and anchor where its first row is. Names whose first character is not a letter
go under "#". Nothing here reads the index: callers pass rows they read through tracked accessors
(`page_count` is index/records', which entity pages count with too).
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from site_builder.index.records import page_count
from site_builder.render.urls import PageId

T = TypeVar("T")
LETTERS = ("#", *string.ascii_uppercase)
PAGE_WINDOW = 2  # page links either side of the current one


def initial(name: str) -> str:
    """The jump-bar letter of a name: its first letter without accents, upper case; "#" otherwise."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    for ch in folded:
        if ch.isalnum():
            return ch.upper() if ch.isalpha() else "#"
    return "#"


@lru_cache(maxsize=1 << 15)  # an entity is sorted on every article page that names it (~21,000 keys at 4,000 articles)
def az_key(name: str, ident: str) -> tuple[int, str, str]:
    """A–Z order that agrees with the jump bar: by initial ("#" first), then by the folded name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return (LETTERS.index(initial(name)), folded or name.casefold(), ident)


@dataclass(frozen=True)
class Pagination:
    page: int
    pages: int
    kind: str
    key: str

    def link(self, n: int) -> PageId:
        return PageId(self.kind, self.key, n)

    @property
    def window(self) -> list[int | None]:
        """Page numbers to link: the first, the last and a few around this one; None marks a gap."""
        shown = {1, self.pages, *range(max(1, self.page - PAGE_WINDOW), min(self.pages, self.page + PAGE_WINDOW) + 1)}
        out: list[int | None] = []
        for n in sorted(shown):
            if out and out[-1] is not None and n > out[-1] + 1:
                out.append(None)
            out.append(n)
        return out


def page_of_rows(rows: Sequence[T], page: PageId, per_page: int) -> tuple[list[T], Pagination]:
    chunk = list(rows[(page.page - 1) * per_page: page.page * per_page])
    return chunk, Pagination(page.page, page_count(len(rows), per_page), page.kind, page.key)


@dataclass(frozen=True)
class Jump:
    letter: str
    target: PageId | None  # the A–Z page holding the letter's first row; None: no row starts with it
    anchor: str


def jump_bar(names: Sequence[str], az_kind: str, key: str, per_page: int) -> list[Jump]:
    """One entry per letter; `names` in A–Z order (az_key)."""
    first: dict[str, int] = {}
    for i, name in enumerate(names):
        first.setdefault(initial(name), i)
    return [Jump(letter, PageId(az_kind, key, first[letter] // per_page + 1) if letter in first else None, anchor_of(letter))
            for letter in LETTERS]


def anchor_of(letter: str) -> str:
    return "letter-" + ("num" if letter == "#" else letter.lower())


def letter_anchors(names: Sequence[str]) -> list[str | None]:
    """For rows of one A–Z page: the anchor id on the first row of each initial, else None."""
    seen: set[str] = set()
    out: list[str | None] = []
    for name in names:
        letter = initial(name)
        out.append(None if letter in seen else anchor_of(letter))
        seen.add(letter)
    return out


def by_count(rows: Sequence[T], count: Callable[[T], int], name: Callable[[T], str], ident: Callable[[T], str]) -> list[T]:
    """Most first; ties A–Z."""
    return sorted(rows, key=lambda r: (-count(r), az_key(name(r), ident(r))))


def by_name(rows: Sequence[T], name: Callable[[T], str], ident: Callable[[T], str]) -> list[T]:
    return sorted(rows, key=lambda r: az_key(name(r), ident(r)))
