"""Shared helpers of the identity-fold tests: article summaries written by hand, the folds over
them, and annotations of a text that mention some names."""

from __future__ import annotations

from site_builder.index.identity import ArticleSummary, EntitySummary, fold_summaries
from site_builder.model.spans import Annotations, EntityRef, Mention, Turn
from site_builder.text import slugify

# A person as one article names it: (name, titles the article gives it, mentions)
Person = tuple[str, tuple[str, ...], int]


def article(*people: Person, together: tuple[tuple[str, str], ...] = (),
            kin: tuple[tuple[str, str], ...] = ()) -> ArticleSummary:
    entities = tuple(sorted((EntitySummary(slugify(name), name, "person", False, n, titles) for name, titles, n in people),
                            key=lambda e: e.id))
    return ArticleSummary(entities, together=together, kin=kin)


def many(person: Person, times: int) -> list[ArticleSummary]:
    return [article(person) for _ in range(times)]


def folds(*articles: ArticleSummary) -> dict[str, str]:
    return {source: fold.target for source, fold in fold_summaries(articles).folds.items()}


def annotated(text: str, names: list[str], turns: bool = False) -> Annotations:
    """Each name's last occurrence in the text as a mention of its own id."""
    mentions = []
    for name in names:
        start = text.rindex(name)
        mentions.append(Mention(start, start + len(name), name, "person", slugify(name)))
    refs = tuple(EntityRef(slugify(n), n, "person", False) for n in dict.fromkeys(names))
    turn = (Turn(0, len(text), "QUESTION", None, 0, 1),) if turns else ()
    return Annotations(tuple(sorted(mentions, key=lambda m: m.start)), entities=refs, turns=turn)
