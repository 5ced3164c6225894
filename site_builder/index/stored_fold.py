"""The identity fold (index/identity.py) for a build that holds slim articles (index/slim.py).

The fold reads what `folding.ArchiveFold` reads: each article's `summarize(text, annotations)`,
taken here from the full article while it passes through (annotated, or read from the cache),
so the text and mentions need not be kept. After the census is complete, a slim article is folded
as `folding.fold_article` folds the full one: same entries, same key (`key~digest`), the same
annotations less the mentions, and the same mention counts, which are worked out from the counts
it has (each id goes where the fold sends its mentions, or away when the fold abstains on it).
`full` folds a full article read back later (for its page or the data files) into the very
version the index holds.

Refuses nothing: an article whose ids the fold does not touch is handed on as the same object.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace

from site_builder.index.folding import fold_article
from site_builder.index.identity import (
    EMPTY_FOLD,
    ArticleSummary,
    ArticleTitles,
    Census,
    FoldMap,
    PersonWords,
    apply_fold,
    article_titles,
    digest,
    fold_identities,
    relevant,
    summarize,
)
from site_builder.model.article import Article
from site_builder.model.spans import Mention


class SummaryFold:
    """Census first (`add` each full article that is built), then `apply` to the slim ones."""

    def __init__(self) -> None:
        self._census = Census()
        self._titles: dict[str, ArticleTitles] = {}  # article key -> what it writes around its people's names (when any)
        self._count = 0
        self._words: dict[PersonWords, PersonWords] = {}
        self.fold: FoldMap = EMPTY_FOLD

    def add(self, article: Article) -> None:
        summary: ArticleSummary = summarize(article.text, article.annotations)
        self._census.add(summary)
        self._count += 1
        titles = article_titles(summary)
        if titles:  # most articles give someone a title: the same few PersonWords, kept once
            self._titles[article.key] = {sys.intern(e): self._words.setdefault(w, w) for e, w in titles.items()}

    def apply(self, articles: list[Article]) -> list[Article]:
        """The slim articles with every id folded (as ArchiveFold.apply folds the full ones)."""
        self.fold = fold_identities(self._census) if self._count else EMPTY_FOLD
        self._census = Census()  # no longer needed: the fold is made
        out = []
        for a in articles:
            titles = self._titles.get(a.key, {})
            entries = relevant(a.annotations, self.fold, titles)
            if not entries:
                out.append(a)
                continue
            # a slim article holds no mentions: its counts are folded from the counts it carries
            folded = fold_article(a, self.fold, digest(entries), titles, entries)
            out.append(replace(folded, entity_counts=_folded_counts(a, self.fold, titles)))
        return out

    def full(self, article: Article) -> Article:
        """A full article read back (by its original key) folded into the version the index holds
        (folding.fold_article: the function ArchiveFold folds with)."""
        titles = self._titles.get(article.key, {})
        entries = relevant(article.annotations, self.fold, titles)
        return fold_article(article, self.fold, digest(entries), titles, entries) if entries else article


def _folded_counts(article: Article, fold: FoldMap, titles: ArticleTitles) -> tuple[tuple[str, int], ...]:
    """The mention counts after the fold, from the counts before it: one stand-in mention per id
    (its text naming the id) goes through `apply_fold` as the real mentions would."""
    before = dict(article.entity_counts)
    stand_ins = tuple(Mention(0, 0, e, "person", e) for e in before)
    moved = apply_fold(replace(article.annotations, mentions=stand_ins), fold, titles).mentions
    counts: Counter[str] = Counter()
    for m in moved:
        counts[m.entity] += before[m.text]
    return tuple(sorted(counts.items()))

