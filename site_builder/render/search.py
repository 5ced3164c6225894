"""The search index as small script files the search page loads on demand (works from file://).

Files under `assets/search/`, each a script calling a `SEARCH` hook (static/search.js):

- `index.js`: the document count, average length, each document's length (one character
  each), the list of term shards and name shards. Always loaded.
- `t<i>.js`: term shard i: {term: postings}. Terms are diacritic-free lower-case words of the
  title, text, summary, tags and names, and facet terms `p:`, `o:`, `l:` (a word of a person,
  organization or place mentioned), `t:` (a word of a tag) and `y:` (the year). A shard holds
  the terms that start with its key; a shard over SHARD_BYTES is split by one more character,
  so a word's exact shard plus at most two for its prefix expansions is all a word costs.
- `d<i>.js`: DOC_SHARD documents in index order (newest first): title, link, date, summary
  and the first SEARCH_TEXT_CHARS characters of text, for result lines and their context.
- `n<i>.js`: entities by the first two letters of each word of their name, for the people,
  organizations and places listed above the articles.

Postings are (document number delta, weight) pairs in a base-64 varint: weight = term
frequency (at most 15) + 16 when the word is in the title + 32 when it is in a name or tag;
the page ranks with BM25 on that. Nothing here is HTML: the page builds its DOM with textContent.
"""

from __future__ import annotations

import json
import math
import pickle
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from site_builder.files import write_atomically
from site_builder.model.article import Article
from site_builder.render.urls import PageId, page_path

FOLDER = "assets/search"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
SHARD_BYTES = 96_000  # a term shard is split when bigger than this (one dense term may exceed it alone)
DOC_SHARD = 25  # documents per document shard: a page of 10 results loads at most 10 of them
SEARCH_TEXT_CHARS = 1000  # text kept per document for the context of matched words
MIN_WORD = 2
TITLE, NAME = 16, 32
FACETS = {"person": "p", "organization": "o", "place": "l"}
_WORD = re.compile(r"[^\W_]+")


# The combining marks search.js strips too (the same ranges), after the same NFKD decomposition.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without diacritics ("Šefčovič" -> "sefcovic"), as search.js folds the query."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).lower()


def length_code(n: int) -> str:
    """A document length in one character, on a log scale (search.js: 2 ** (code / 4) - 1)."""
    return ALPHABET[min(63, round(4 * math.log2(1 + n)))]


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if len(w) >= MIN_WORD]


def varint(n: int, out: list[str]) -> None:
    digits = []
    while True:
        digits.append(n & 31)
        n >>= 5
        if not n:
            break
    for d in reversed(digits[1:]):
        out.append(ALPHABET[32 + d])
    out.append(ALPHABET[digits[0]])


@dataclass(frozen=True, slots=True)
class DocTerms:
    """One article's contribution, computed once per article version (and kept with the build cache)."""

    words: tuple[str, ...]  # words of the title, text, summary and tags (interned: shared between documents)
    weights: bytes  # their weights, in the same order
    static: tuple[str, ...]  # facet terms of the article itself: its tags and year
    entities: tuple[str, ...]  # the entities it mentions (their names and types come from the index)
    length: int  # words in the text
    record: bytes  # its document entry, as JSON


def doc_terms(article: Article) -> DocTerms:
    meta = article.meta
    body = Counter(words(article.text))
    body.update(w for w in words(meta.summary or "") if w not in body)
    title = set(words(meta.title))
    tags = {w for tag in meta.tags for w in words(tag)}
    terms = sorted(body.keys() | title | tags)
    weights = bytes(min(body.get(w, 0), 15) + (TITLE if w in title else 0) + (NAME if w in tags else 0) for w in terms)
    static = tuple(sorted({f"t:{w}" for w in tags} | {f"y:{meta.date.year}"}))
    record = [meta.title, page_path(PageId("article", article.slug)), meta.date.isoformat(), meta.summary or "",
              article.text[:SEARCH_TEXT_CHARS]]
    return DocTerms(tuple(sys.intern(w) for w in terms), weights, static, tuple(e for e, _ in article.entity_counts),
                    sum(body.values()), json.dumps(record, ensure_ascii=True, separators=(",", ":")).encode())


def term_weights(doc: DocTerms, names: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Every term of a document with its weight: its words, the words of the names it mentions
    (NAME boost) and its facet terms."""
    weights = dict(zip(doc.words, doc.weights, strict=True))
    for entity_id in doc.entities:
        name, kind = names.get(entity_id, ("", ""))
        if kind in FACETS:
            for w in words(name):
                weights[f"{FACETS[kind]}:{w}"] = 1
                weights[w] = weights.get(w, 0) | NAME
    for term in doc.static:
        weights[term] = 1
    return weights


_SMALL = [""] * 1024  # varints of the deltas below 1024 (nearly all), precomputed
for _n in range(1024):
    _out: list[str] = []
    varint(_n, _out)
    _SMALL[_n] = "".join(_out)
_SMALL_BYTES = [v.encode("ascii") for v in _SMALL]
_ALPHABET_BYTES = ALPHABET.encode("ascii")
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_POSTING = re.compile(r"([W-Za-z_-]*)([0-9A-V])(.)")  # continuation digits, last digit, weight


def encode(postings: list[tuple[int, int]]) -> str:
    """(document number, weight) pairs, by document number, as search.js decodes them."""
    out: list[str] = []
    last = -1
    for n, weight in postings:
        delta = n - last - 1
        if delta < 1024:
            out.append(_SMALL[delta])
        else:
            varint(delta, out)
        out.append(ALPHABET[weight & 63])
        last = n
    return "".join(out)


def decode(text: str) -> list[tuple[int, int]]:
    postings = []
    doc = -1
    value = _VALUE
    for high, low, weight in _POSTING.findall(text):
        delta = value[low]
        if high:
            number = 0
            for c in high:
                number = number * 32 + value[c] - 32
            delta += number * 32
        doc += delta + 1
        postings.append((doc, value[weight]))
    return postings


def shard_keys(sizes: dict[str, int], limit: int | None = None) -> dict[str, str]:
    """Each term's shard key: the empty key while everything fits, else one more character of the
    term, level by level, while a shard is too big. A term as long as its key stays in that key."""
    limit = SHARD_BYTES if limit is None else limit
    result: dict[str, str] = {}
    todo: list[tuple[str, list[str]]] = [("", sorted(sizes))]
    while todo:
        key, terms = todo.pop()
        if len(terms) == 1 or sum(sizes[t] for t in terms) <= limit:
            result.update((t, key) for t in terms)
            continue
        deeper: dict[str, list[str]] = defaultdict(list)
        for t in terms:
            deeper[t[:len(key) + 1]].append(t)
        todo.extend(deeper.items())
    return result


class Files(Protocol):
    """Where made files go: a dict, or (SearchIndex.stream) a staging folder's put."""

    def __setitem__(self, path: str, data: bytes, /) -> None: ...


def _shards(hook: str, letter: str, values: dict[str, Any], files: Files, consume: bool = False) -> list[list[Any]]:
    """Write {term: value} in shards as `assets/search/<letter><i>.js`; return [[key, bytes], …] in file order.
    `consume`: empty `values` and let each shard go once it is written (the postings of 100,000 articles
    are ~100 MB; held twice, as values and as files, they were the peak of the build)."""
    sizes = {t: len(_json(v)) + len(t) + 4 for t, v in values.items()}
    keys = shard_keys(sizes)
    del sizes
    grouped: dict[str, dict[str, Any]] = defaultdict(dict)
    for term in sorted(values):
        grouped[keys[term]][term] = values[term]
    if consume:
        values.clear()
    listing = []
    for i, key in enumerate(sorted(grouped)):
        data = _script(hook, i, grouped.pop(key))
        files[f"{FOLDER}/{letter}{i}.js"] = data
        listing.append([key, len(data)])
    return listing


class _Put:
    """A Files that hands each file to `put` at once and remembers only its path."""

    def __init__(self, put: Callable[[str, bytes], object]) -> None:
        self.put = put
        self.paths: list[str] = []

    def __setitem__(self, path: str, data: bytes, /) -> None:
        self.put(path, data)
        self.paths.append(path)


@dataclass
class _Last:
    """What the last `files` call encoded, to update only the terms of the documents that changed."""

    slugs: list[str]
    keys: list[str]
    names: dict[str, tuple[str, str]]
    encoded: dict[str, str]


class SearchIndex:
    """Builds the files. Remembers each article's DocTerms (by version) and the last postings, so a
    build where articles were edited but none added, removed or moved re-encodes only their terms.
    Its state pickles: `build` keeps it in the cache folder between processes."""

    def __init__(self) -> None:
        self._docs: dict[str, DocTerms] = {}
        self._last: _Last | None = None

    def forget_except(self, articles: Iterable[Article]) -> None:
        """Drop the terms of article versions that are neither given nor in the last postings (an
        update takes their terms out), once there are more than a few."""
        live = {a.key + a.slug for a in articles}
        if self._last is not None:
            live.update(self._last.keys)
        if len(self._docs) > len(live) + 64:
            self._docs = {k: v for k, v in self._docs.items() if k in live}

    def has_state(self) -> bool:
        return self._last is not None

    def knows(self, article: Article) -> bool:
        """Are this article version's terms kept (`files` will not read its body)?"""
        return article.key + article.slug in self._docs

    def learn(self, article: Article, body: Article) -> None:
        """Keep the terms of `article` (slim) from its full version `body`, read back by the caller."""
        self._docs.setdefault(article.key + article.slug, doc_terms(body))

    def _doc(self, article: Article, load: Callable[[Article], Article] | None) -> DocTerms:
        key = article.key + article.slug
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = doc_terms(load(article) if load else article)
        return doc

    def files(self, articles: list[Article], entities: list[tuple[str, str, str, str, int]],
              load: Callable[[Article], Article] | None = None) -> dict[str, bytes]:
        """`articles` in index order; `entities`: (id, name, type, link, mentions) of every listed entity;
        `load`: an article's full version, when `articles` are slim (index/slim.py)."""
        names = {e[0]: (e[1], e[2]) for e in entities}
        slugs = [a.slug for a in articles]
        keys = [a.key + a.slug for a in articles]
        docs = [self._doc(a, load) for a in articles]
        last = self._last
        if last is not None and last.slugs == slugs and last.names == names and all(k in self._docs for k in last.keys):
            encoded = self._update(last, keys, docs, names)
        else:
            encoded = self._encode_all(docs, names)
        self._last = _Last(slugs, keys, names, encoded)
        return self._write(docs, entities, encoded)

    @staticmethod
    def _encode_all(docs: list[DocTerms], names: dict[str, tuple[str, str]]) -> dict[str, str]:
        """`encode` of every term's postings, encoded as they are found (documents come in order): no
        (document, weight) tuples, of which there are ~12 million at 40,000 articles."""
        pieces: dict[str, bytearray] = {}
        last: dict[str, int] = {}
        for n, doc in enumerate(docs):
            _add_postings(pieces, last, n, term_weights(doc, names))
        return {t: p.decode("ascii") for t, p in pieces.items()}

    def _update(self, last: _Last, keys: list[str], docs: list[DocTerms], names: dict[str, tuple[str, str]]) -> dict[str, str]:
        changes: dict[str, dict[int, int | None]] = defaultdict(dict)
        for n, (old, new) in enumerate(zip(last.keys, keys, strict=False)):
            if old != new:
                for term in term_weights(self._docs[old], names):
                    changes[term][n] = None
                for term, weight in term_weights(docs[n], names).items():
                    changes[term][n] = weight
        encoded = dict(last.encoded)
        for term, updates in changes.items():
            postings = dict(decode(encoded.get(term, "")))
            for n, update in updates.items():
                if update is None:
                    postings.pop(n, None)
                else:
                    postings[n] = update
            if postings:
                encoded[term] = encode(sorted(postings.items()))
            else:
                encoded.pop(term, None)
        return encoded

    @staticmethod
    def _write(docs: list[DocTerms], entities: list[tuple[str, str, str, str, int]], encoded: dict[str, str]) -> dict[str, bytes]:
        files: dict[str, bytes] = {}
        for start in range(0, len(docs), DOC_SHARD):
            number, data = _doc_shard(start, [d.record for d in docs[start:start + DOC_SHARD]])
            files[f"{FOLDER}/d{number}.js"] = data
        _rest([d.length for d in docs], entities, encoded, files)
        return files

    def stream(self, articles: list[Article], entities: list[tuple[str, str, str, str, int]],
               load: Callable[[Article], Article], put: Callable[[str, bytes], object]) -> list[str]:
        """The files of `files`, each handed to `put` as soon as it is made, for a build that keeps no
        search state: one article body at a time (`load` reads it back), its terms encoded into the
        postings at once (bytes, not lists of strings) and its record into the current document shard.
        No DocTerms are kept. Returns the paths."""
        names = {e[0]: (e[1], e[2]) for e in entities}
        pieces: dict[str, bytearray] = {}
        last: dict[str, int] = {}
        lengths: list[int] = []
        records: list[bytes] = []
        out_files = _Put(put)
        for n, article in enumerate(articles):
            doc = doc_terms(load(article))
            lengths.append(doc.length)
            records.append(doc.record)
            _add_postings(pieces, last, n, term_weights(doc, names))
            if len(records) == DOC_SHARD or n == len(articles) - 1:
                number, data = _doc_shard(n + 1 - len(records), records)
                out_files[f"{FOLDER}/d{number}.js"] = data
                records = []
        del last
        encoded = {t: pieces.pop(t).decode("ascii") for t in sorted(pieces)}
        _rest(lengths, entities, encoded, out_files, consume=True)
        self._docs, self._last = {}, None
        return out_files.paths


def _add_postings(pieces: dict[str, bytearray], last: dict[str, int], n: int, weights: dict[str, int]) -> None:
    """Append document `n`'s (term, weight) postings to each term's `encode`d bytes, as they are found
    (documents come in order); `last`: each term's last document so far."""
    for term, weight in weights.items():
        out = pieces.get(term)
        if out is None:
            out = pieces[term] = bytearray()
        delta = n - last.get(term, -1) - 1
        out += _SMALL_BYTES[delta] if delta < 1024 else _varint_bytes(delta)
        out.append(_ALPHABET_BYTES[weight & 63])
        last[term] = n


def _doc_shard(start: int, records: list[bytes]) -> tuple[int, bytes]:
    number = start // DOC_SHARD
    return number, b"SEARCH.docs(%d,[\n%s\n]);\n" % (number, b",\n".join(records))


def _rest(lengths: list[int], entities: list[tuple[str, str, str, str, int]], encoded: dict[str, str],
          files: Files, consume: bool = False) -> None:
    """The term shards, name shards and index.js into `files` (`consume`: `encoded` is emptied as they go)."""
    term_keys = _shards("terms", "t", encoded, files, consume)
    by_word: dict[str, list[list[Any]]] = defaultdict(list)
    for _, name, kind, link, mentions in entities:
        for word in sorted(set(words(name))):
            by_word[word].append([name, kind, link, mentions])
    name_keys = _shards("names", "n", {w: sorted(v, key=lambda e: (-e[3], e[0])) for w, v in by_word.items()}, files)
    average = sum(lengths) / len(lengths) if lengths else 0.0
    meta = {"n": len(lengths), "avgdl": round(average, 2), "docShard": DOC_SHARD,
            "dl": "".join(length_code(n) for n in lengths), "terms": term_keys, "names": name_keys}
    files[f"{FOLDER}/index.js"] = b"SEARCH.meta(" + _json(meta) + b");\n"


def _varint_bytes(n: int) -> bytes:
    out: list[str] = []
    varint(n, out)
    return "".join(out).encode("ascii")


def chosen_shards(listing: list[list[Any]], word: str) -> list[int]:
    """The shards search.js loads for a word: the one its exact term is in, and for a word of three
    characters or more (a prefix) the two biggest of the deeper shards its expansions are in."""
    keys = [k for k, _ in listing]
    exact = max((i for i, k in enumerate(keys) if word.startswith(k)), key=lambda i: len(keys[i]), default=None)
    chosen = [exact] if exact is not None else []
    if len(word) >= 3:
        deeper = sorted((i for i, k in enumerate(keys) if k.startswith(word) and i != exact), key=lambda i: (-listing[i][1], i))
        chosen += deeper[:2]
    return chosen


def query_files(meta: dict[str, Any], query_words: list[str], results: list[int]) -> list[str]:
    """The files search.js loads for a query (its words, facet terms already prefixed "p:" …) and a
    page of `results` (document numbers): the budget test adds up their sizes."""
    names = [f"{FOLDER}/index.js"]
    for word in query_words:
        names += [f"{FOLDER}/t{i}.js" for i in chosen_shards(meta["terms"], word)]
        if ":" not in word:
            names += [f"{FOLDER}/n{i}.js" for i in chosen_shards(meta["names"], word)]
    names += sorted({f"{FOLDER}/d{n // meta['docShard']}.js" for n in results})
    return list(dict.fromkeys(names))


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode()


def _script(hook: str, number: int, value: Any) -> bytes:
    # ensure_ascii JSON has no "</script>" hazard (it is a separate file anyway) and no line terminators.
    return b"SEARCH.%s(%d," % (hook.encode(), number) + _json(value) + b");\n"



def load_state(path: Path) -> SearchIndex:
    """A SearchIndex as `save_state` left it (a cache: a missing or unreadable file gives an empty one)."""
    try:
        state = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - absent, torn, or written by other code: start afresh
        return SearchIndex()
    return state if isinstance(state, SearchIndex) else SearchIndex()


def save_state(index: SearchIndex, path: Path) -> None:
    write_atomically(path, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
