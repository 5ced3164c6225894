"""Find what could run script in a built page: executable URLs, event-handler attributes, and any
<script> that is not one of the site's own files.

URLs are read as a browser reads them (edges stripped, tabs and newlines dropped, entities
decoded by the HTML parser, scheme case-folded). The template's own `onsubmit="return false"` on
the search form is the one event handler expected.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background",
                  "cite", "longdesc", "ping", "manifest", "codebase"}
BAD_SCHEMES = ("javascript", "vbscript", "data", "file")
# the site's own scripts: the theme's files in assets/ and the data scripts it writes (index filters)
OWN_SCRIPTS = re.compile(r"\A(?:(?:\.\./)*|/(?:[\w.~-]+/)*)(?:assets/[\w.-]+\.js|(?:[\w-]+/)?index-data\.js)\Z")
JSON_LD = "application/ld+json"
EXPECTED_HANDLERS = {("form", "onsubmit", "return false")}
_DATA_SCRIPT = re.compile(r"\A(?:SEARCH\.\w+\((?:\d+,)?(.*)\);|window\.SB_INDEX = (.*);)\n\Z", re.S)
_SCHEME = re.compile(r"\A([a-zA-Z][a-zA-Z0-9+.\-]*):")


def browser_url(value: str) -> str:
    return re.sub("[\t\n\r]", "", value.strip("".join(chr(c) for c in range(0x21))))


def url_scheme(value: str) -> str:
    match = _SCHEME.match(browser_url(value))
    return match.group(1).lower() if match else ""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []
        self._in_script = False
        self._json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self._attribute(tag, name, value or "")
        if tag in ("iframe", "object", "embed", "base"):
            self.findings.append(f"unexpected <{tag}>")
        if tag == "meta" and any(n == "http-equiv" and (v or "").lower() == "refresh" for n, v in attrs):
            self.findings.append("<meta http-equiv=refresh>")
        if tag == "script":
            src = dict(attrs).get("src") or ""
            self._json_ld = (dict(attrs).get("type") or "") == JSON_LD and not src
            if not self._json_ld and not OWN_SCRIPTS.match(src):
                self.findings.append(f"unexpected <script src={src[:60]!r}>")
            self._in_script = True

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on") and (tag, name, value) not in EXPECTED_HANDLERS:
            self.findings.append(f"<{tag} {name}={value[:60]!r}>")
        if name in URL_ATTRIBUTES and url_scheme(value) in BAD_SCHEMES:
            self.findings.append(f"<{tag} {name}={value[:60]!r}>")
        if name == "style" and re.search(r"expression\(|url\(\s*['\"]?\s*javascript:", value, re.I):
            self.findings.append(f"<{tag} style={value[:60]!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and self._json_ld:
            self._check_json_ld(data)
        elif self._in_script and data.strip():
            self.findings.append(f"inline script {data[:60]!r}")

    def _check_json_ld(self, data: str) -> None:
        """Structured data is inert only while it is one JSON value with no raw "<" (no "</script>")."""
        try:
            json.loads(data)
        except ValueError:
            self.findings.append(f"JSON-LD that is not JSON {data[:60]!r}")
        if "<" in data:
            self.findings.append(f"JSON-LD with a raw '<' {data[:60]!r}")


def check_html(text: str) -> list[str]:
    """What in one page could run script; [] when nothing."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    return checker.findings


def check_site(folder: Path) -> list[str]:
    """Findings over every .html file under `folder`, each prefixed with the file."""
    found = []
    for page in sorted(folder.rglob("*.html")):
        found += [f"{page.relative_to(folder)}: {f}" for f in check_html(page.read_text("utf-8", "replace"))]
    for feed in sorted(folder.rglob("*.xml")):
        text = feed.read_text("utf-8", "replace")
        found += [f"{feed.relative_to(folder)}: {m}" for m in re.findall(r"href=\"\s*(?:javascript|vbscript|data):[^\"]*", text, re.I)]
        found += [f"{feed.relative_to(folder)}: {m}" for m in _xml_problems(feed.read_bytes())]
    scripts = sorted(folder.glob("assets/search/*.js")) + sorted(folder.rglob("index-data.js"))
    found += [f"{s.relative_to(folder)}: {m}" for s in scripts for m in check_data_script(s.read_text("utf-8", "replace"))]
    return found


def _xml_problems(data: bytes) -> list[str]:
    try:
        ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    return []


def check_data_script(text: str) -> list[str]:
    """A generated data script (a search shard, an index's filter data) is one call or assignment
    of one JSON value, with no raw U+2028/9: content in it is data, never code."""
    match = _DATA_SCRIPT.match(text)
    if not match:
        return [f"data script that is not one call of JSON {text[:60]!r}"]
    try:
        json.loads(match.group(1) if match.group(1) is not None else match.group(2))
    except ValueError:
        return [f"data script whose value is not JSON {text[:60]!r}"]
    return ["raw U+2028/U+2029 in a data script"] if "\u2028" in text or "\u2029" in text else []
