"""Build state that outlives the process: a SQLite store under the cache folder (as Lektor keeps one).

It holds what the last *written* build knew: each article file's stat and cache key, each
article's index inputs (the keys it feeds, its date, mention counts), each entity's
fingerprint, each page's recorded reads (index/deps.py) with their fingerprints, each output
file's digest and stat, and the input fingerprint of every derived data file. With it a CLI
`build` asks only the reads a change touched, renders only the pages whose answers changed,
and leaves every other output file as it is.

It refuses to trust itself: a store written by other code, for other folders, or in an older
schema is emptied; an output file whose size, mtime or inode differs from what was recorded is
treated as unknown (its page is rendered again). Everything a build learnt is saved in one
transaction, committed only after the new site was swapped in, so a killed build leaves the
store describing the previous site, and the stat check catches every file the swap replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from site_builder.index.deps import Call, Key, Read, Record, fingerprint
from site_builder.index.site_index import COUNTS, INFOS, ORDER, QUOTES, keys_of_article
from site_builder.render.urls import PageId

SCHEMA = """
-- articles.keys: keys_of_article, SPEAKERS among them for an article that names a speaker (since schema 2)
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, mtime INTEGER, size INTEGER, salt TEXT,
                                  key TEXT, warnings BLOB);
CREATE TABLE IF NOT EXISTS articles (slug TEXT PRIMARY KEY, key TEXT, keys TEXT, date TEXT,
                                     counts TEXT, quotes INTEGER);
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (page TEXT PRIMARY KEY, kind TEXT, key TEXT, number INTEGER, path TEXT, template TEXT);
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, ino INTEGER,
                                    inputs TEXT);
CREATE TABLE IF NOT EXISTS calls (id INTEGER PRIMARY KEY, call TEXT UNIQUE NOT NULL, fingerprint TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS call_keys (key TEXT NOT NULL, call INTEGER NOT NULL, PRIMARY KEY (key, call)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS page_calls (page TEXT NOT NULL, call INTEGER NOT NULL, PRIMARY KEY (page, call)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS page_calls_by_call ON page_calls (call);
"""
SCHEMA_VERSION = hashlib.sha256(SCHEMA.encode()).hexdigest()[:12]  # any change to the layout starts afresh
TABLES = ("meta", "files", "articles", "entities", "pages", "outputs", "calls", "call_keys", "page_calls")


@dataclass(frozen=True, slots=True)
class FileEntry:
    """An article file as the last build saw it: its stat, the salt (registry + code) and its cache key."""

    mtime: int
    size: int
    salt: str
    key: str


@dataclass(frozen=True, slots=True)
class ArticleInputs:
    """What the index took from one article version: enough to name the keys a change touches."""

    key: str
    keys: frozenset[Key]
    date: str
    counts: str
    quotes: bool


@dataclass(frozen=True, slots=True)
class Output:
    size: int
    mtime: int
    ino: int
    inputs: str  # for a derived data file, a fingerprint of what it was made from; "" otherwise


def page_text(page: PageId) -> str:
    return json.dumps([page.kind, page.key, page.page])


def _call_text(call: Call) -> str:
    name, args = call
    return json.dumps([name, list(args)], separators=(",", ":"))


def _call_of_text(text: str) -> Call:
    name, args = json.loads(text)
    return name, tuple(args)


def _key_text(key: Key) -> str:
    return json.dumps(list(key), separators=(",", ":"))


def stat_output(path: Path | str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


class StateStore:
    """One SQLite file per (content, templates, static, output, code) combination."""

    def __init__(self, path: Path, identity: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._open(identity)
        except sqlite3.DatabaseError:  # not a database (a torn or foreign file): it is only a cache
            self.db.close()
            for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
            self._open(identity)

    def _open(self, identity: str) -> None:
        self.db = sqlite3.connect(self.path, isolation_level=None)  # transactions are explicit
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        try:
            schema = self.db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        except sqlite3.OperationalError:  # no store yet
            schema = None
        if schema != (SCHEMA_VERSION,):  # another layout: start from empty tables
            for table in TABLES:
                self.db.execute(f"DROP TABLE IF EXISTS {table}")  # noqa: S608 - fixed table names
        self.db.executescript(SCHEMA)
        stored = dict(self.db.execute("SELECT name, value FROM meta WHERE name IN ('schema', 'identity')"))
        if stored != {"schema": SCHEMA_VERSION, "identity": identity}:
            self._reset(identity)

    def _reset(self, identity: str) -> None:
        with self.transaction():
            for table in TABLES:
                self.db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("identity", identity)])

    def close(self) -> None:
        self.db.close()

    # --- reading -----------------------------------------------------------------
    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def files(self) -> dict[str, FileEntry]:
        return {path: FileEntry(mtime, size, salt, key)
                for path, mtime, size, salt, key in self.db.execute("SELECT path, mtime, size, salt, key FROM files")}

    def warnings(self) -> dict[str, list[Any]]:
        """The warnings of each article file the last build read (by path), so an unchanged site still reports them."""
        return {path: pickle.loads(blob) for path, blob in self.db.execute(
            "SELECT path, warnings FROM files WHERE warnings IS NOT NULL")}

    def articles(self) -> dict[str, ArticleInputs]:
        result = {}
        for slug, key, keys, day, counts, quotes in self.db.execute("SELECT * FROM articles"):
            result[slug] = ArticleInputs(key, frozenset(tuple(k) for k in json.loads(keys)), day, counts, bool(quotes))
        return result

    def entity_fingerprints(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        if ids is None:
            return dict(self.db.execute("SELECT id, fingerprint FROM entities"))
        with self._temp("ids", ids):
            return dict(self.db.execute("SELECT id, fingerprint FROM entities JOIN temp.ids ON id = temp.ids.value"))

    def pages(self) -> dict[PageId, tuple[str, str]]:
        """Every page of the last build: (output path, template fingerprint)."""
        return {PageId(kind, key, number): (path, template)
                for kind, key, number, path, template in self.db.execute("SELECT kind, key, number, path, template FROM pages")}

    def outputs(self) -> dict[str, Output]:
        return {path: Output(size, mtime, ino, inputs)
                for path, size, mtime, ino, inputs in self.db.execute("SELECT * FROM outputs")}

    def stale_pages(self, touched: set[Key], index: Any) -> set[str]:
        """Pages (as stored text) with a read of a touched key that `index` answers differently."""
        if not touched:
            return set()
        with self._temp("touched", (_key_text(k) for k in touched)):
            rows = self.db.execute(
                "SELECT DISTINCT calls.id, calls.call, calls.fingerprint FROM temp.touched"
                " JOIN call_keys ON call_keys.key = temp.touched.value JOIN calls ON calls.id = call_keys.call").fetchall()
        changed = []
        for call_id, text, old in rows:
            name, args = _call_of_text(text)
            try:
                answer = fingerprint(getattr(index, name)(*args))
            except KeyError:  # the thing it read is gone
                answer = "gone"
            if answer != old:
                changed.append(call_id)
        if not changed:
            return set()
        with self._temp("changed", changed):
            return {p for (p,) in self.db.execute(
                "SELECT DISTINCT page FROM page_calls JOIN temp.changed ON call = temp.changed.value")}

    # --- writing -----------------------------------------------------------------
    def transaction(self) -> Any:
        return _Transaction(self.db)

    def save_files(self, entries: dict[str, FileEntry], warnings: dict[str, list[Any]], before: dict[str, FileEntry]) -> None:
        """Replace the stored article files (`before`) by `entries`, writing only the rows that differ."""
        self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in before.keys() - entries.keys()])
        entries = {p: e for p, e in entries.items() if before.get(p) != e}
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", [
            (path, e.mtime, e.size, e.salt, e.key,
             pickle.dumps(warnings[path], protocol=pickle.HIGHEST_PROTOCOL) if warnings.get(path) else None)
            for path, e in entries.items()])

    def save_articles(self, changed: dict[str, ArticleInputs | None]) -> None:
        """Replace the inputs of the articles that changed (None: the article is gone)."""
        self.db.executemany("DELETE FROM articles WHERE slug = ?", [(s,) for s in changed])
        self.db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)", [
            (slug, a.key, json.dumps(sorted(list(k) for k in a.keys)), a.date, a.counts, int(a.quotes))
            for slug, a in changed.items() if a is not None])

    def save_entities(self, changed: dict[str, str | None]) -> None:
        self.db.executemany("DELETE FROM entities WHERE id = ?", [(e,) for e in changed])
        self.db.executemany("INSERT INTO entities VALUES (?, ?)", [(e, f) for e, f in changed.items() if f is not None])

    def save_pages(self, pages: dict[PageId, tuple[str, str]], records: dict[str, Record], gone: Iterable[str]) -> None:
        """Store rendered pages (path, template) and replace the recorded reads of every page in
        `records` (page text -> record); forget the `gone` pages and reads no page makes any more."""
        gone = list(gone)
        self.db.executemany("DELETE FROM pages WHERE page = ?", [(p,) for p in gone])
        self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                            [(page_text(p), p.kind, p.key, p.page, path, template) for p, (path, template) in pages.items()])
        self.db.executemany("DELETE FROM page_calls WHERE page = ?", [(p,) for p in [*gone, *records]])
        reads: dict[str, Read] = {}
        texts: dict[Call, str] = {}  # each call's text made once, not once per page that made it
        for record in records.values():
            for call, read in record.items():
                if call not in texts:
                    texts[call] = _call_text(call)
                    reads.setdefault(texts[call], read)
        self.db.executemany("INSERT INTO calls (call, fingerprint) VALUES (?, ?) ON CONFLICT (call)"
                            " DO UPDATE SET fingerprint = excluded.fingerprint",
                            [(text, read.fingerprint) for text, read in reads.items()])
        with self._temp("new_calls", reads):
            ids = dict(self.db.execute("SELECT call, id FROM calls JOIN temp.new_calls ON call = temp.new_calls.value"))
        self.db.executemany("DELETE FROM call_keys WHERE call = ?", [(i,) for i in ids.values()])
        self.db.executemany("INSERT OR IGNORE INTO call_keys VALUES (?, ?)",
                            [(_key_text(k), ids[text]) for text, read in reads.items() for k in read.keys])
        self.db.executemany("INSERT OR IGNORE INTO page_calls VALUES (?, ?)",
                            [(page, ids[texts[call]]) for page, record in records.items() for call in record])
        if gone or records:  # reads no page makes any more
            self.db.execute("DELETE FROM calls WHERE id NOT IN (SELECT call FROM page_calls)")
            self.db.execute("DELETE FROM call_keys WHERE call NOT IN (SELECT id FROM calls)")

    def save_outputs(self, outputs: dict[str, Output], before: dict[str, Output]) -> None:
        """Replace the stored outputs (`before`, as read at the start of the build) by `outputs`."""
        self.db.executemany("DELETE FROM outputs WHERE path = ?", [(p,) for p in before.keys() - outputs.keys()])
        self.db.executemany("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?, ?)",
                            [(p, o.size, o.mtime, o.ino, o.inputs) for p, o in sorted(outputs.items()) if before.get(p) != o])

    def set_meta(self, values: dict[str, str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(values.items()))

    def _temp(self, name: str, values: Iterable[Any]) -> Any:
        return _Temp(self.db, name, values)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


class _Temp:
    """A temporary one-column table of values to join with (no limit on the number of values)."""

    def __init__(self, db: sqlite3.Connection, name: str, values: Iterable[Any]) -> None:
        self.db, self.name, self.values = db, name, values

    def __enter__(self) -> None:
        self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {self.name} (value PRIMARY KEY)")
        self.db.execute(f"DELETE FROM temp.{self.name}")  # noqa: S608 - fixed names
        self.db.executemany(f"INSERT OR IGNORE INTO temp.{self.name} VALUES (?)", ((v,) for v in self.values))  # noqa: S608

    def __exit__(self, *_: Any) -> None:
        self.db.execute(f"DELETE FROM temp.{self.name}")  # noqa: S608


def article_inputs(article: Any, keys: Iterable[Key]) -> ArticleInputs:
    """An article's index inputs (`keys`: index/site_index.keys_of_article of it)."""
    return ArticleInputs(article.key, frozenset(keys), article.meta.date.isoformat(),
                         repr(article.entity_counts), bool(article.annotations.quotes))


def entity_fingerprint(info: Any) -> str | None:
    """Every field of an entity's index info (name, type, registry entry, described roles)."""
    return None if info is None else hashlib.blake2b(repr(info).encode(), digest_size=12).hexdigest()



@dataclass
class Changes:
    """What changed in the index inputs since the stored build, as `touched_keys` would say of two indexes."""

    touched: set[Key]
    articles: dict[str, ArticleInputs | None]  # slug -> new inputs (None: gone)
    entities: dict[str, str | None]  # entity id -> new fingerprint (None: gone)


def changes_since(store: StateStore, index: Any) -> Changes:
    """The stored twin of site_index.touched_keys: the old index is the store's summary of it."""
    old = store.articles()
    touched: set[Key] = set()
    inputs: dict[str, ArticleInputs | None] = {}
    for article in index.articles:
        before = old.get(article.slug)
        if before is not None and before.key == article.key:
            continue
        after = inputs[article.slug] = article_inputs(article, keys_of_article(article))
        touched |= _touched_by(before, after)
    for slug in old.keys() - {a.slug for a in index.articles}:
        inputs[slug] = None
        touched |= _touched_by(old[slug], None)
    if store.meta("registry") != index.registry.digest():
        touched |= {("entity", e) for e in store.entity_fingerprints().keys() | index.registry.entities.keys()}
    entity_ids = {str(key[1]) for key in touched if key[0] == "entity"}
    before_fps = store.entity_fingerprints(entity_ids)
    after_fps = {e: entity_fingerprint(index.entity_info(e)) for e in sorted(entity_ids)}
    if any(before_fps.get(e) != f for e, f in after_fps.items()):
        touched.add(INFOS)
    return Changes(touched, inputs, after_fps)


def _touched_by(before: ArticleInputs | None, after: ArticleInputs | None) -> set[Key]:
    touched: set[Key] = set()
    for version in (before, after):
        if version is not None:
            touched |= version.keys  # SPEAKERS among them when it names a speaker (keys_of_article)
    if before is None or after is None or before.date != after.date:
        touched.add(ORDER)
    if before is None or after is None or before.counts != after.counts:
        touched.add(COUNTS)
    if (before is not None and before.quotes) or (after is not None and after.quotes):
        touched.add(QUOTES)
    return touched

