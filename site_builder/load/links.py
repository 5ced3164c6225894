"""The one URL policy for links that come from content (front matter `url`, registry `links.*`,
site.yaml `base_url`).

Finds: the URL a browser would follow. Browsers drop leading and trailing spaces and control
characters and every tab and newline inside a URL, and read the scheme case-insensitively, so
"  JaVa\tScRiPt:alert(1)" is javascript:. The same cleaning is done here and the cleaned URL is
what gets written. Refuses: any scheme but http, https and mailto (javascript:, vbscript:,
data:, file:, …), scheme-less and protocol-relative URLs, http(s) without a host, and control
characters left inside.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from site_builder.errors import Problem

ALLOWED_SCHEMES = ("http", "https", "mailto")
_EDGES = "".join(chr(c) for c in range(0x21))  # C0 controls and space, stripped at both ends
_INSIDE = re.compile("[\t\n\r]")  # removed anywhere, as the URL parser does
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\\s]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL_CHARACTERS = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@%/\[\]-]*\Z")  # RFC 3986; no quotes, <, > or \\
_LINK_HINT = "write a full address starting with https:// (or http://, mailto:)"


def clean_url(raw: str) -> str:
    """The URL as a browser reads it: edges stripped, tabs and newlines removed."""
    return _INSIDE.sub("", raw.strip(_EDGES))


def link_problem(url: str, where: str, line: int | None, field: str) -> Problem | None:
    """None when `url` (already cleaned) may be a link; else a problem naming file, line and field."""
    scheme = _SCHEME.match(url)
    if scheme is None:
        return Problem(where, line, f"'{field}' is not an absolute URL: {url[:80]!r}", _LINK_HINT)
    name = scheme.group(1).lower()
    if name not in ALLOWED_SCHEMES:
        return Problem(where, line, f"'{field}' uses the scheme '{name}:', which is not allowed in a link",
                       f"only {', '.join(s + ':' for s in ALLOWED_SCHEMES)} links are written; {_LINK_HINT}")
    if _CONTROL.search(url):
        return Problem(where, line, f"'{field}' contains spaces or control characters", "percent-encode them (%20)")
    if name != "mailto" and not _host(url):
        return Problem(where, line, f"'{field}' has no host: {url[:80]!r}", "for example: https://example.org/page")
    return None


def link_allowed(url: str) -> bool:
    """For Markdown links and images: a relative URL, or one with an allowed scheme."""
    scheme = _SCHEME.match(clean_url(url))
    return scheme is None or scheme.group(1).lower() in ALLOWED_SCHEMES


def base_url_problem(url: str, where: str, line: int | None) -> Problem | None:
    """base_url: an absolute http(s) URL with a host, no empty or dot path segments, no query."""
    hint = "for GitHub Pages: https://USER.github.io/REPO/"
    bad = Problem(where, line, f"base_url must be an absolute http(s) URL, got {url[:120]!r}", hint)
    if _CONTROL.search(url) or not _URL_CHARACTERS.match(url):
        return bad
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return bad
    if parts.scheme.lower() not in ("http", "https") or not host or parts.username is not None:
        return bad
    if parts.query or parts.fragment:
        return Problem(where, line, f"base_url must not have a query or fragment: {url[:120]!r}", hint)
    segments = parts.path.split("/")[1:-1]  # between the leading and the trailing "/"
    if any(s in ("", ".", "..") for s in segments):
        return Problem(where, line, f"base_url has an empty or dot path segment: {url[:120]!r}",
                       "write single slashes between folder names: " + hint)
    return None


def _host(url: str) -> str:
    try:
        return urlsplit(url.replace("\\", "/")).hostname or ""
    except ValueError:
        return ""
