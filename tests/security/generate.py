"""Seeded generators of hostile and broken input: articles, registries, site.yaml, annotate lines.

Each generator takes a `random.Random` and returns bytes (a file) or a list of files, so a case
is reproduced from (kind, seed, index) alone. The values mix the ordinary with what an attacker
or a careless editor writes: script URLs in every spelling, control characters, alias bombs,
deep nesting, wrong types, reserved names, huge and far-away dates, broken UTF-8.
"""

from __future__ import annotations

import json
import random

WORDS = ("the minister said on Monday that talks would continue with officials in Paris and "
         "the Department of Defense agreed a new plan after the summit of NATO leaders").split()
NAMES = ["Pete Hegseth", "Israel Katz", "Jane Doeman", "Omar Haddad", "Ngũgĩ wa Thiong'o", "Index", "Foo",
         " ".join(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"]),
         "Ministry of Health", "NATO", "Brussels", "Q" * 300]
SCRIPT_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
               "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
               "\x01javascript:alert(1)", "jav&#x09;ascript:alert(1)", "//evil.example/x", "file:///etc/passwd",
               "https://a.example/\"onmouseover=\"alert(1)", "http:evil", "mailto:a@b.example", "https://example.org/ok"]
HOSTILE_TEXT = ["<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)", "</title><script>x</script>",
                "{{ 7*7 }}", "{% raw %}", "]]><x>", "&amp;&lt;", "\u202eevil", "a\u0000b", "a\x01b", "a\x0bb", "\ud7ff\ue000",
                "ä" * 200, "x" * 5000, "", " ", "---", ": :", "- -", "#", "&a", "*a", "!!python/object:os.system", "%TAG"]
DATES = ["2025-01-30", "2025-02-30", "0225-01-30", "9999-12-31", "1000-01-01", "2999-12-31", "3000-01-01", "2025-1-1",
         "20250130", "2025-01-30T10:00:00", "yesterday", "", "2025-13-01", "-2025-01-01", "2025-01-30\x01"]
KEYS = ["title", "date", "source", "url", "author", "authors", "tags", "summary", "draft", "license", "slug", "quotes", "tagz"]
REGISTRY_KEYS = ["id", "name", "type", "aliases", "roles", "description", "links", "extra"]
SETTINGS_KEYS = ["title", "description", "base_url", "language", "author", "home_articles", "feed_articles",
                 "per_page", "show_drafts", "colour"]
BASE_URLS = ["https://a.example//evil.example/", "https://USER.github.io/REPO/", "javascript:alert(1)//", "http://",
             "https://a.example/x/../", "https://a.example/?q=1", "https://user@a.example/", "https://a.example:99999/",
             "ftp://a.example/", "https://a.example/a b/", "https://a.example/\"><script>"]


def alias_bomb(levels: int = 9) -> str:
    """The ten-line YAML "billion laughs": each anchor a list of nine references to the one before."""
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def scalar(rng: random.Random) -> object:
    if rng.random() < 0.6:
        return rng.choice([rng.choice(WORDS), rng.choice(NAMES), " ".join(rng.sample(WORDS, 3))])
    pool = [rng.choice(WORDS), rng.choice(NAMES), rng.choice(HOSTILE_TEXT), rng.choice(SCRIPT_URLS),
            rng.randint(-10**20, 10**20), rng.random(), rng.choice([True, False, None]), rng.choice(DATES)]
    return rng.choice(pool)


def value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if roll < 0.6 or depth > 3:
        return scalar(rng)
    if roll < 0.8:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {str(scalar(rng))[:20]: value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def yaml_value(rng: random.Random, item: object) -> str:
    """A value written as YAML: mostly JSON (valid YAML flow), sometimes raw and unquoted."""
    if rng.random() < 0.3 and isinstance(item, str):
        return item.replace("\n", " ")
    return json.dumps(item, ensure_ascii=rng.random() < 0.5)


def special_value(rng: random.Random, key: str) -> str:
    """A value aimed at one key's known weak spots."""
    choices = {
        "url": [json.dumps(u) for u in SCRIPT_URLS] + ["true", "[a, b]"],
        "date": DATES + ["[2025-01-01]", "{a: 1}"],
        "slug": ["[a, b]", "''", json.dumps("x" * 400), "'../../etc'", "index", "\"\\x01\""],
        "title": ["''", "true", "[a]", json.dumps(rng.choice(HOSTILE_TEXT))],
        "tags": ["[index]", "[foo, foo-2]", "[foo-2]", "[[a]]", json.dumps(["t" * 300]), "[\"<b>\"]"],
        "quotes": ["[{match: 1, speaker: no-such-person}]", "[{match: true, speaker: x}]", "3", "[{match: 1}]"],
    }.get(key, [yaml_value(rng, value(rng))])
    return str(rng.choice(choices))


def front_matter(rng: random.Random) -> str:
    lines = []
    for key in rng.sample(KEYS, rng.randint(0, 6)):
        text = special_value(rng, key) if rng.random() < 0.3 else yaml_value(rng, value(rng))
        lines.append(f"{key}: {text}")
    roll = rng.random()
    if roll < 0.05:
        lines.append(alias_bomb().replace("\n", "\n"))
        lines.append(f"{rng.choice(['slug', 'title', 'date'])}: *a9")
    elif roll < 0.08:
        lines.append("title: " + "[" * 5000 + "]" * 5000)
    elif roll < 0.1 and lines:
        lines.append(lines[0])  # a duplicate key
    return "\n".join(lines)


def body(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.choice([0, 1, 1, 2, 3, 5])):
        words = [rng.choice(WORDS + NAMES) for _ in range(rng.randint(1, 40))]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), f"“{rng.choice(WORDS)} {rng.choice(HOSTILE_TEXT)},” {rng.choice(NAMES)} said")
        if rng.random() < 0.2:
            words.append(f"[link]({rng.choice(SCRIPT_URLS)}) <a href=\"javascript:x\" onclick=\"x\">raw</a> ![i]({rng.choice(SCRIPT_URLS)})")
        parts.append(" ".join(words))
    return "\n\n".join(parts)


def article(rng: random.Random) -> tuple[str, bytes]:
    """(file name, bytes) of one article, maybe broken."""
    suffix = rng.choice([".md", ".txt", ".markdown"])
    date = rng.choice(DATES) if rng.random() < 0.3 else f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    front = front_matter(rng) if rng.random() < 0.8 else None
    text = body(rng)
    if suffix == ".txt":
        doc = f"date {date} {text}"
        if front is not None:
            doc = f"---\n{front}\n---\n{doc}"
    else:
        doc = f"---\ndate: {date}\ntitle: T\n{front or ''}\n---\n{text}\n"
        if "date:" in (front or "") or "title:" in (front or ""):
            doc = f"---\n{front}\n---\n{text}\n"
    data = doc.encode("utf-8", "surrogatepass")
    return f"a{rng.randint(0, 10**6)}{suffix}", _mutate(rng, data)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    roll = rng.random()
    if roll < 0.85 or not data:
        return data
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(buf) + 1)
        choice = rng.random()
        if choice < 0.4:
            buf[at:at] = bytes([rng.randrange(256)])
        elif choice < 0.7 and at < len(buf):
            del buf[at]
        else:
            buf[at:at] = rng.choice([b"\xef\xbb\xbf", b"\r\n", b"\x00", b"---\n", b": ", b"\xff", b"\t"])
    return bytes(buf)


def registry(rng: random.Random) -> bytes:
    """One entities.yaml, maybe broken."""
    entries = []
    for i in range(rng.randint(0, 6)):
        fields = {"id": f"person-{i}", "name": rng.choice(NAMES), "type": rng.choice(["person", "organization", "place"])}
        for key in rng.sample(REGISTRY_KEYS, rng.randint(0, 4)):
            fields[key] = _registry_value(rng, key)
        lines = [f"- {k}: {yaml_value(rng, v) if not isinstance(v, RawYaml) else v.text}" if j == 0 else
                 f"  {k}: {yaml_value(rng, v) if not isinstance(v, RawYaml) else v.text}" for j, (k, v) in enumerate(fields.items())]
        entries.append("\n".join(lines))
    text = "\n".join(entries) + "\n"
    if rng.random() < 0.05:
        text = alias_bomb() + "entities:\n- id: bomb\n  name: *a9\n  type: person\n"
    return _mutate(rng, text.encode("utf-8", "surrogatepass"))


class RawYaml:
    def __init__(self, text: str) -> None:
        self.text = text


def _registry_value(rng: random.Random, key: str) -> object:
    if key == "id":
        return rng.choice(["index", "x" * 300, "Bad Id", "", "a--b", "pete-hegseth", "a" * 40])
    if key == "links":
        return {rng.choice(["wikipedia", "website", "wikidata", "other"]): rng.choice(SCRIPT_URLS + ["Q42", "Q0"])}
    if key == "roles":
        return [{"title": scalar(rng), "from": rng.choice(DATES), "organization": scalar(rng)}]
    return value(rng)


def site_yaml(rng: random.Random) -> bytes:
    lines = []
    for key in rng.sample(SETTINGS_KEYS, rng.randint(0, len(SETTINGS_KEYS))):
        options = {
            "base_url": [json.dumps(u) for u in BASE_URLS],
            "per_page": ["0", "-1", "1", "2", "10**9", "1000000000", "true", "1.5"],
            "home_articles": ["0", "-5", "20", "99999999"],
            "feed_articles": ["0", "-5", "50", "99999999"],
            "language": ["en", "pt-BR", "\"><script>", "e"],
        }.get(key, [yaml_value(rng, value(rng))])
        lines.append(f"{key}: {rng.choice(options)}")
    if rng.random() < 0.1:
        lines.append("title: \"a\x0bb\"" if rng.random() < 0.5 else "title: a\x0bb")
    return _mutate(rng, ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))


def annotate_line(rng: random.Random) -> bytes:
    """One line for `annotate`'s stdin (no newline), maybe broken."""
    roll = rng.random()
    if roll < 0.6:
        text = body(rng) or rng.choice(WORDS)
        return json.dumps({"id": rng.choice([rng.randint(0, 10**6), "x", None, "\ud800"]), "text": text}).encode()
    bad = [
        b'{"id": broken', b"[]", b"42", b'"text"', b'{"id": "a"}', b'{"text": 3}', b'{"text": null}',
        b'\xef\xbb\xbf{"id": "bom", "text": "Pete Hegseth"}', b'{"id": "s", "text": "a \\ud800 b"}',
        b'{"id": "\\udc00", "text": "x"}', b"[" * 100_000 + b"]" * 100_000, b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b"\xff\xfe\xfd", b'{"id": 1e999, "text": "NaN"}', b'{"id": NaN, "text": "x"}', b"\x00", b"{" * 3,
        json.dumps({"id": "long", "text": "Pete Hegseth said " * 2000}).encode(),
    ]
    return rng.choice(bad)
