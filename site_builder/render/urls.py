"""Every URL of the site comes from here.

A page's identity (`PageId`) is separate from its URL: templates and code ask for a page,
`page_path` decides where it lives, and `relative_url` links one page to another so the
site works from file:// and under any subpath. Every link names a file, never a folder.

Every key becomes a file name of at most `MAX_NAME_BYTES` bytes (a longer one is cut and given a
short hash of the whole, so it stays unique), and `claim_paths` refuses two pages that want one
path (a tag `index` and the tags index; a tag `foo-2` and page 2 of tag `foo`), for every kind.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from site_builder.errors import BuildError, Problem

ENTITY_FOLDERS = {"person": "people", "organization": "organizations", "place": "places"}
# a folder's list pages keep these names ("index", "index-2", "index-az", "index-az-3"); no tag or entity may take them
_RESERVED = re.compile(r"index(?:-az)?(?:-\d+)?")


def is_reserved(key: str) -> bool:
    return _RESERVED.fullmatch(key) is not None
MAX_NAME_BYTES = 150  # file systems allow 255; room for "-NN.html" and a writer's temporary suffix


@dataclass(frozen=True, slots=True, order=True)
class PageId:
    kind: str
    key: str = ""
    page: int = 1  # for lists split into pages


def page_path(page: PageId) -> str:
    """Path of a page relative to the site root, e.g. 'people/pete-hegseth.html'."""
    kind, key = page.kind, file_name(page.key)
    suffix = "" if page.page == 1 else f"-{page.page}"
    match kind:
        case "home":
            return "index.html"
        case "article":
            return f"articles/{key}.html"
        case "archive":
            return "archive/index.html"
        case "year":
            return f"archive/{key}.html"
        case "month":  # key "YYYY-MM"
            return f"archive/{key}.html"
        case "tags":
            return f"tags/index{suffix}.html"
        case "tag":
            return f"tags/{key}{suffix}.html"
        case "person" | "organization" | "place":
            # a name found in text may slug to "index"; its page must not be the list's file
            name = f"{key}-{kind}" if is_reserved(key) else key
            if page.page > 1:  # in the entity's own folder: no other page's file name can take it
                return f"{ENTITY_FOLDERS[kind]}/{name}/page/{page.page}.html"
            return f"{ENTITY_FOLDERS[kind]}/{name}.html"
        case "entities":  # key: the entity type
            return f"{ENTITY_FOLDERS[key]}/index{suffix}.html"
        case "quotes":
            return f"quotes/index{suffix}.html"
        case "search":
            return "search.html"
        case "not_found":
            return "404.html"
        case "feed":
            return "feed.xml"
    return _publishing_path(page, key, suffix)


def _publishing_path(page: PageId, key: str, suffix: str) -> str:
    """Pages added for publishing and reading: A-Z indexes, filter data, feeds, sitemap, robots.txt.
    `key` is the page key as a capped file name."""
    kind = page.kind
    match kind:
        case "entities_az":  # key: the entity type
            return f"{ENTITY_FOLDERS[key]}/index-az{suffix}.html"
        case "tags_az":
            return f"tags/index-az{suffix}.html"
        case "index_data":  # key: an entity type, "tags" or "quotes"; next to the index it serves
            return f"{ENTITY_FOLDERS.get(key, key)}/index-data.js"
        case "quotes_data":  # shard n of the quotes index's filter rows, beside its manifest (same relative links)
            return f"quotes/index-data-{page.page}.js"
        case "person_feed" | "organization_feed" | "place_feed":
            return f"feeds/{ENTITY_FOLDERS[kind.removesuffix('_feed')]}/{key}.xml"
        case "tag_feed":
            return f"feeds/tags/{key}.xml"
        case "quotes_feed":
            return "feeds/quotes.xml"
        case "sitemap":
            return "sitemap.xml"
        case "robots":
            return "robots.txt"
    raise ValueError(f"no URL for page {page}")


def relative_url(from_path: str, to_path: str, fragment: str = "") -> str:
    """A relative link from the page at `from_path` to the file at `to_path` (both site-relative)."""
    url = folder_link(from_path.rpartition("/")[0], to_path)
    return f"{url}#{fragment}" if fragment else url


# The link depends on the page's folder alone, so every page of a folder shares one answer: the links
# every page has (assets, navigation, much-mentioned names) are cache hits (487,000 calls at 4,000
# articles). Bounded, least recently used out: a render worker of a 40,000-article site would otherwise
# keep a link to nearly every page from every folder, ~300 bytes each (issue 10).
FOLDER_LINKS_MAX = 1 << 14


@lru_cache(maxsize=FOLDER_LINKS_MAX)
def folder_link(folder: str, to_path: str) -> str:
    """The relative link from any page in `folder` ("" for the site root) to the file at `to_path`."""
    # Site paths are clean ("a/b.html", no "." or ".."), so this is posixpath.relpath without the I/O-free overhead.
    start = folder.split("/") if folder else []
    target = to_path.split("/")
    common = 0
    while common < len(start) and common < len(target) - 1 and start[common] == target[common]:
        common += 1
    return "../" * (len(start) - common) + "/".join(target[common:])


def absolute_url(base_url: str, path: str) -> str:
    """Canonical absolute URL, for feeds and <link rel=canonical>; '' when no base_url is set."""
    if not base_url:
        return ""
    return base_url.rstrip("/") + "/" + path


def file_name(key: str) -> str:
    """`key`, or when longer than MAX_NAME_BYTES in UTF-8, its start and a hash of the whole."""
    if len(key) * 4 <= MAX_NAME_BYTES:
        return key
    raw = key.encode("utf-8", "surrogatepass")
    if len(raw) <= MAX_NAME_BYTES:
        return key
    digest = hashlib.sha256(raw).hexdigest()[:10]
    head = raw[: MAX_NAME_BYTES - len(digest) - 1].decode("utf-8", "ignore").rstrip("-")
    return f"{head}-{digest}"


@dataclass(frozen=True, slots=True)
class PageSource:
    """Where a page comes from, for messages: what it is, and the file and line that made it."""

    what: str
    path: str = ""
    line: int | None = None


def claim_paths(pages: Iterable[PageId], describe: Callable[[PageId], PageSource] | None = None) -> dict[str, PageId]:
    """Each page's path, claimed once. Two pages wanting one path (compared case-insensitively,
    as on macOS and Windows) is a BuildError naming both; `describe` says where a page comes from."""
    describe = describe or _describe
    claimed: dict[str, PageId] = {}
    problems: list[Problem] = []
    for page in pages:
        path = page_path(page)
        first = claimed.setdefault(path.casefold(), page)
        if first != page:
            one, two = describe(first), describe(page)
            where = two if two.path else one
            problems.append(Problem(
                where.path or path, where.line if where.path else None,
                f"two pages want the file {path}: {one.what} and {two.what}",
                "rename the tag or entity id (or change 'per_page'); 'index' and '<name>-<number>' "
                "are taken by list pages"))
    if problems:
        raise BuildError(problems)
    return {page_path(p): p for p in claimed.values()}


def _describe(page: PageId) -> PageSource:
    if not page.key:
        return PageSource(f"the {page.kind} page" + (f" (page {page.page})" if page.page > 1 else ""))
    return PageSource(f"{page.kind} '{page.key}'" + (f" page {page.page}" if page.page > 1 else ""))
