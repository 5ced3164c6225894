"""The fold of index/identity.py applied to a build's articles, kept between builds for `serve`.

An article whose ids the fold does not touch is handed on as the very same object (so the index
and the dependency records see it unchanged); one whose ids it touches becomes a new Article whose
key is its own key plus a digest of the fold entries it uses. That version changes exactly when
those entries change (a second "Smith" arrives, the canonical name of a person changes), so
`touched_keys`, `SiteIndex.evolve` and the data files treat a changed fold as a changed article.
The census is updated by the articles added and removed, and the fold computed again only when
it changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from site_builder.index.identity import (
    EMPTY_FOLD,
    ArticleSummary,
    ArticleTitles,
    Census,
    FoldEntries,
    FoldMap,
    apply_fold,
    article_titles,
    digest,
    fold_identities,
    relevant,
    summarize,
)
from site_builder.model.article import Article
from site_builder.model.spans import Annotations


class ArchiveFold:
    def __init__(self) -> None:
        self._summaries: dict[str, ArticleSummary] = {}  # article key -> its summary
        self._titles: dict[str, ArticleTitles] = {}  # article key -> what it writes around its people's names
        self._census = Census()
        self.fold: FoldMap = EMPTY_FOLD
        self._folded: dict[tuple[str, str], Article] = {}  # (article key, fold digest) -> folded version

    def apply(self, articles: list[Article]) -> list[Article]:
        """The articles with every id folded; unchanged ones as the same objects as last time."""
        live = {a.key: a for a in articles}
        gone_keys = [k for k in self._summaries if k not in live]
        gone = [self._summaries.pop(k) for k in gone_keys]
        for k in gone_keys:
            del self._titles[k]
        new = [(k, summarize(a.text, a.annotations)) for k, a in live.items() if k not in self._summaries]
        for summary in gone:
            self._census.remove(summary)
        for key, summary in new:
            self._summaries[key] = summary
            self._titles[key] = article_titles(summary)  # once per article, not once per apply
            self._census.add(summary)
        if not self._summaries:
            self.fold = EMPTY_FOLD
        elif (gone or new) and not _same(gone, [s for _, s in new]):  # else: no entity changed, same fold
            self.fold = fold_identities(self._census)
        folded = {}
        out = []
        for a in articles:
            titles = self._titles[a.key]
            entries = relevant(a.annotations, self.fold, titles)
            if not entries:
                out.append(a)
                continue
            memo = (a.key, digest(entries))
            version = self._folded.get(memo) or fold_article(a, self.fold, memo[1], titles, entries)
            folded[memo] = version
            out.append(version)
        self._folded = folded
        return out


def _same(gone: list[ArticleSummary], new: list[ArticleSummary]) -> bool:
    return Counter(map(repr, gone)) == Counter(map(repr, new))


def fold_article(article: Article, fold: FoldMap, entries_digest: str,
                 titles: ArticleTitles | None = None, entries: FoldEntries | None = None) -> Article:
    """The article folded (`entries`: relevant()'s for it, if the caller has them), keyed by its
    own key plus the entries' digest."""
    annotations = apply_fold(article.annotations, fold, titles, entries)
    counts = Counter(m.entity for m in annotations.mentions)
    return replace(article, annotations=annotations, key=f"{article.key}~{entries_digest}",
                   entity_counts=tuple(sorted(counts.items())))


def fold_documents(documents: list[tuple[str, Annotations]]) -> tuple[list[Annotations], FoldMap]:
    """For `annotate` and benchmarks: (text, annotations) of many documents, folded together."""
    summaries = [summarize(text, annotations) for text, annotations in documents]
    fold = fold_identities(Census(summaries))
    return [apply_fold(annotations, fold, article_titles(summary))
            for (_, annotations), summary in zip(documents, summaries, strict=True)], fold
