"""Hostile titles, entity names, tags and quote texts cannot break out of the machine-readable
outputs: the JSON-LD blocks, the Atom feeds, the search shards (assets/search/*.js) and the
index-filter data scripts (*/index-data.js). Each output is parsed as its reader parses it (JSON,
strict XML and feedparser, the scripts run in Node when it is installed) and the hostile strings
must come back whole, as data. `</script>`, `<!--`, `]]>`, U+2028, quotes and backslashes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from tests.security.htmlcheck import check_data_script, check_site
from tests.security.sandbox import build_case

TITLE = "Bad </script><script>alert(1)</script> ]]> \u2028 \"q\" back\\slash 'x'"
NAME = "Zed </script><!-- ]]> \u2028 \"q\" b\\s Quux"
QUOTE = "Stop </script><script>alert(1)</script> ]]> \\ now & x"
TAG = "t</script>]]>\"\\"
ARTICLE = f"""---
title: {json.dumps(TITLE)}
date: 2025-01-01
tags: [{json.dumps(TAG)}]
---
Zed Quux said \u201c{QUOTE}\u201d on Monday.

Zed Quux met Pete Hegseth.
"""
FILES = {
    "articles/evil.md": ARTICLE,
    "entities.yaml": f"- id: zed-quux\n  name: {json.dumps(NAME)}\n  type: person\n  aliases: [Zed Quux]\n",
    "site.yaml": "title: Hostile\nbase_url: https://a.example/\n",
}
_SHARD = re.compile(r"\ASEARCH\.\w+\((?:\d+,)?(.*)\);\n\Z", re.S)
_INDEX_DATA = re.compile(r"\Awindow\.SB_INDEX = (.*);\n\Z", re.S)
# Runs one script with SEARCH and window stubbed; prints what it handed over, and whether it ran alert().
_NODE = """
const vm = require('vm'), fs = require('fs');
const out = {calls: [], alerted: false};
const ctx = {window: {}, alert: () => { out.alerted = true; }};
ctx.SEARCH = new Proxy({}, {get: (t, k) => (...a) => { out.calls.push([k, ...a]); }});
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), ctx);
out.index = ctx.window.SB_INDEX || null;
process.stdout.write(JSON.stringify(out));
"""


def flat(text: str) -> str:
    """Whitespace folded as the site folds it (U+2028 included)."""
    return " ".join(text.split())


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


class _JsonLd(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        if self._open:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.blocks[-1] += data


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-outputs")
    outcome, detail = build_case(root, FILES)
    assert outcome == "build", detail
    return root / "site"


def json_ld(page: Path) -> list[object]:
    parser = _JsonLd()
    parser.feed(page.read_text("utf-8"))
    return [json.loads(block) for block in parser.blocks]


def test_pages_run_no_script(site: Path) -> None:
    assert check_site(site) == []


@pytest.mark.parametrize("page,expected", [
    ("articles/evil.html", [TITLE, NAME, QUOTE]), ("people/zed-quux.html", [NAME, QUOTE, TITLE]),
])
def test_json_ld_parses_and_holds_the_hostile_strings_as_data(site: Path, page: str, expected: list[str]) -> None:
    graphs = json_ld(site / page)
    assert len(graphs) == 1
    found = {flat(s) for s in strings(graphs[0])}
    for text in expected:
        assert any(flat(text) in s for s in found), (text, sorted(found))


def test_every_json_ld_block_in_the_site_parses(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert sum(len(json_ld(p)) for p in pages) >= 3
    for page in pages:
        raw = page.read_text("utf-8")
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, re.S):
            assert "<" not in block and "\u2028" not in block, page


def test_feeds_are_well_formed_and_give_the_strings_back(site: Path) -> None:
    feeds = sorted(site.rglob("*.xml"))
    assert {"feeds/people/zed-quux.xml", "feeds/quotes.xml", "feed.xml"} <= {str(f.relative_to(site)) for f in feeds}
    texts: list[str] = []
    for path in feeds:
        ET.fromstring(path.read_bytes())  # strict XML: raises on anything unescaped
        if path.name == "sitemap.xml":
            continue
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        texts += [parsed.feed.title] + [e.title for e in parsed.entries] + [e.get("summary", "") for e in parsed.entries]
        texts += [t.term for e in parsed.entries for t in e.get("tags", [])]
    found = [flat(t) for t in texts]
    for text in (TITLE, NAME, QUOTE, TAG):
        assert any(flat(text) in t for t in found), text


def _scripts(site: Path) -> list[Path]:
    shards = sorted((site / "assets" / "search").glob("*.js"))
    data = sorted(site.rglob("index-data.js"))
    assert shards and len(data) >= 3
    return shards + data


def _payload(path: Path) -> object:
    """The one JSON value a generated script hands over, read as JSON (no JS engine needed)."""
    text = path.read_text("utf-8")
    match = _SHARD.match(text) or _INDEX_DATA.match(text)
    assert match, path
    return json.loads(match.group(1))


def test_search_shards_and_index_data_are_one_call_of_plain_json(site: Path) -> None:
    found: list[str] = []
    for path in _scripts(site):
        text = path.read_text("utf-8")
        assert "\u2028" not in text and "\u2029" not in text, path  # line terminators in old JS engines
        found += [flat(s) for s in strings(_payload(path))]
    for text in (TITLE, NAME, QUOTE):
        assert any(flat(text) in s for s in found), text


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_search_shards_and_index_data_run_as_data_in_a_js_engine(site: Path, tmp_path: Path) -> None:
    runner = tmp_path / "run.js"
    runner.write_text(_NODE)
    for path in _scripts(site):
        done = subprocess.run(["node", str(runner), str(path)], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, (path, done.stderr)
        out = json.loads(done.stdout)
        assert not out["alerted"], path
        if path.name == "index-data.js":
            assert out["calls"] == [] and out["index"] == _payload(path), path
        else:
            assert len(out["calls"]) == 1 and out["calls"][0][-1] == _payload(path), path


@pytest.mark.parametrize("script,problems", [
    ('SEARCH.docs(0,[["a","b"]]);\n', 0), ('SEARCH.meta({"n":1});\n', 0), ('window.SB_INDEX = {"rows":[]};\n', 0),
    ('SEARCH.docs(0,["</script>"]);\n', 0),  # inert in a file of its own: it is a JSON string
    ('SEARCH.docs(0,["a"]);alert(1);\n', 1), ('SEARCH.docs(0,["a"]);\nalert(1)\n', 1),
    ('window.SB_INDEX = {"n":"a"+alert(1)};\n', 1), ('window.SB_INDEX = {"n":"a\u2028"};\n', 1),
])
def test_the_data_script_checker(script: str, problems: int) -> None:
    assert len(check_data_script(script)) == problems
