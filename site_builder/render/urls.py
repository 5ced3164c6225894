"""Every URL of the site comes from here.

A page's identity (`PageId`) is separate from its URL: templates and code ask for a page,
`page_path` decides where it lives, and `relative_url` links one page to another so the
site works from file:// and under any subpath. Every link names a file, never a folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

ENTITY_FOLDERS = {"person": "people", "organization": "organizations", "place": "places"}


@dataclass(frozen=True, slots=True, order=True)
class PageId:
    kind: str
    key: str = ""
    page: int = 1  # for lists split into pages


def page_path(page: PageId) -> str:
    """Path of a page relative to the site root, e.g. 'people/pete-hegseth.html'."""
    kind, key = page.kind, page.key
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
            return f"{ENTITY_FOLDERS[kind]}/{key}.html"
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
    return _publishing_path(page, suffix)


def _publishing_path(page: PageId, suffix: str) -> str:
    """Pages added for publishing and reading: A-Z indexes, filter data, feeds, sitemap, robots.txt."""
    kind, key = page.kind, page.key
    match kind:
        case "entities_az":  # key: the entity type
            return f"{ENTITY_FOLDERS[key]}/index-az{suffix}.html"
        case "tags_az":
            return f"tags/index-az{suffix}.html"
        case "index_data":  # key: an entity type, "tags" or "quotes"; next to the index it serves
            return f"{ENTITY_FOLDERS.get(key, key)}/index-data.js"
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
    url = _relative(from_path, to_path)
    return f"{url}#{fragment}" if fragment else url


@lru_cache(maxsize=65536)
def _relative(from_path: str, to_path: str) -> str:
    # Site paths are clean ("a/b.html", no "." or ".."), so this is posixpath.relpath without the I/O-free overhead.
    start = from_path.split("/")[:-1]
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
