"""Smoke test over the shared corpus: no exception, no runaway spans."""

from __future__ import annotations

import re

import pytest

from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from tests.helpers import SHARED

CORPUS = SHARED / "corpus"
_FRONT_RE = re.compile(r"\A---\n.*?\n---\n", re.S)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_every_corpus_article_annotates() -> None:
    files = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")
    assert files
    n_quotes = 0
    for path in files:
        text = _FRONT_RE.sub("", path.read_text(encoding="utf-8"), count=1)
        quotes, warnings = find_quotes(text, (), (), EMPTY_REGISTRY)
        assert all(isinstance(w, str) and w.startswith("paragraph ") for w in warnings), path.name
        assert [q.start for q in quotes] == sorted(q.start for q in quotes), path.name
        for q in quotes:
            assert text[q.start : q.end] == q.text, path.name
            paras = q.text.split("\n\n")
            # a span over several paragraphs must be a marked continuation: each paragraph opens with a
            # mark, except a last one that goes on unmarked and closes the quote
            if len(paras) > 1:
                assert all(p.lstrip()[:1] in "“\"`" for p in paras[1:-1]), (path.name, q.text[:80])
                assert paras[-1].lstrip()[:1] in "“\"`" or paras[-1].rstrip()[-1:] in "”\"", (path.name, q.text[:80])
        n_quotes += len(quotes)
    assert n_quotes > 100
