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
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from site_builder.annotate.article import Article
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
    """One article's contribution, computed once per article version."""

    weights: tuple[tuple[str, int], ...]  # (word, weight) for words of the title, text, summary and tags
    length: int  # words in the text
    record: bytes  # its document entry, as JSON


def doc_terms(article: Article) -> DocTerms:
    meta = article.meta
    body = Counter(words(article.text))
    body.update(w for w in words(meta.summary or "") if w not in body)
    title = set(words(meta.title))
    tags = {w for tag in meta.tags for w in words(tag)}
    weights = {}
    for word in body.keys() | title | tags:
        weights[word] = min(body.get(word, 0), 15) + (TITLE if word in title else 0) + (NAME if word in tags else 0)
    record = [meta.title, page_path(PageId("article", article.slug)), meta.date.isoformat(), meta.summary or "",
              article.text[:SEARCH_TEXT_CHARS]]
    return DocTerms(tuple(sorted(weights.items())), sum(body.values()),
                    json.dumps(record, ensure_ascii=True, separators=(",", ":")).encode())


def _facets(article: Article, names: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Facet terms of an article, and the name words it mentions (as words, with the NAME boost)."""
    terms: dict[str, int] = {}
    for entity_id, _ in article.entity_counts:
        name, kind = names.get(entity_id, ("", ""))
        if kind not in FACETS:
            continue
        for w in words(name):
            terms[f"{FACETS[kind]}:{w}"] = 1
            terms[w] = NAME  # marks the word as a name; the body weight is added below
    for tag in article.meta.tags:
        for w in words(tag):
            terms[f"t:{w}"] = 1
    terms[f"y:{article.meta.date.year}"] = 1
    return terms


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


def _shards(hook: str, letter: str, values: dict[str, Any], files: dict[str, bytes]) -> list[list[Any]]:
    """Write {term: value} in shards as `assets/search/<letter><i>.js`; return [[key, bytes], …] in file order."""
    sizes = {t: len(_json(v)) + len(t) + 4 for t, v in values.items()}
    keys = shard_keys(sizes)
    grouped: dict[str, dict[str, Any]] = defaultdict(dict)
    for term in sorted(values):
        grouped[keys[term]][term] = values[term]
    listing = []
    for i, key in enumerate(sorted(grouped)):
        data = _script(hook, i, grouped[key])
        files[f"{FOLDER}/{letter}{i}.js"] = data
        listing.append([key, len(data)])
    return listing


class SearchIndex:
    """Builds the files; remembers each article's DocTerms between builds (keyed by its version)."""

    def __init__(self) -> None:
        self._docs: dict[str, DocTerms] = {}

    def forget_except(self, articles: Iterable[Article]) -> None:
        live = {a.key + a.slug for a in articles}
        if len(self._docs) > 2 * len(live) + 64:
            self._docs = {k: v for k, v in self._docs.items() if k in live}

    def _doc(self, article: Article) -> DocTerms:
        key = article.key + article.slug
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = doc_terms(article)
        return doc

    def files(self, articles: list[Article], entities: list[tuple[str, str, str, str, int]]) -> dict[str, bytes]:
        """`articles` in index order; `entities`: (id, name, type, link, mentions) of every listed entity."""
        names = {e[0]: (e[1], e[2]) for e in entities}
        postings: dict[str, list[str]] = defaultdict(list)
        last: dict[str, int] = {}
        lengths = []
        for n, article in enumerate(articles):
            doc = self._doc(article)
            lengths.append(doc.length)
            weights = dict(doc.weights)
            for term, extra in _facets(article, names).items():
                weights[term] = weights.get(term, 0) | extra
            for term, weight in weights.items():
                out = postings[term]
                varint(n - last.get(term, -1) - 1, out)
                out.append(ALPHABET[weight & 63])
                last[term] = n
        encoded = {t: "".join(p) for t, p in postings.items()}
        files: dict[str, bytes] = {}
        term_keys = _shards("terms", "t", encoded, files)
        for start in range(0, len(articles), DOC_SHARD):
            docs = b",\n".join(self._doc(a).record for a in articles[start:start + DOC_SHARD])
            files[f"{FOLDER}/d{start // DOC_SHARD}.js"] = b"SEARCH.docs(%d,[\n%s\n]);\n" % (start // DOC_SHARD, docs)
        by_word: dict[str, list[list[Any]]] = defaultdict(list)
        for _, name, kind, link, mentions in entities:
            for word in sorted(set(words(name))):
                by_word[word].append([name, kind, link, mentions])
        name_keys = _shards("names", "n", {w: sorted(v, key=lambda e: (-e[3], e[0])) for w, v in by_word.items()}, files)
        average = sum(lengths) / len(lengths) if lengths else 0.0
        meta = {"n": len(articles), "avgdl": round(average, 2), "docShard": DOC_SHARD,
                "dl": "".join(length_code(n) for n in lengths), "terms": term_keys, "names": name_keys}
        files[f"{FOLDER}/index.js"] = b"SEARCH.meta(" + _json(meta) + b");\n"
        return files


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

