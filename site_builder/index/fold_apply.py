"""The identity fold applied to one article: its ids replaced by their canonical ids.

Finds, per article, the fold entries it uses (an id, its target in this article, where the
article's own title for a name may pick one of several namesakes), and rewrites mentions,
entity references, quote and turn speakers. Refuses nothing; a bare given name the fold
abstains on loses its id in a transcript (the text stays, unlinked).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace

from site_builder.index.census import ArticleSummary
from site_builder.index.foldmap import FoldMap
from site_builder.model.spans import Annotations, EntityRef, Mention

ArticleTitles = Mapping[str, frozenset[str]]  # person id -> the title words one article gives it
FoldEntries = tuple[tuple[str, str, str, str], ...]  # (id, target or "" when dropped, target name, target type)


def article_titles(summary: ArticleSummary) -> dict[str, frozenset[str]]:
    """The people an article gives a title, with its words ("President Michel": no bare given name
    there; "First Lady Biden": the First Lady)."""
    return {e.id: frozenset(w for t in e.titles for w in t.split()) for e in summary.entities if e.titles}


def _targets(annotations: Annotations, fold: FoldMap, titles: ArticleTitles) -> dict[str, str]:
    """id -> its canonical id in this article, for the ids that change."""
    out = {}
    for ref in annotations.entities:
        target = fold.target_in(ref.id, titles.get(ref.id, frozenset()))
        if target != ref.id:
            out[ref.id] = target
    return out


def relevant(annotations: Annotations, fold: FoldMap, titles: ArticleTitles | None = None) -> FoldEntries:
    """The fold entries an article's annotations use: (id, target, target name, target type);
    `titles`: the title words the article gives each person (article_titles)."""
    titles = titles or {}
    out = []
    targets = _targets(annotations, fold, titles)
    for ref in annotations.entities:
        target = targets.get(ref.id)
        if target:
            c = fold.canonical[target]
            out.append((ref.id, target, c.name, c.type))
        elif _abstains(ref.id, annotations, fold, titles):
            out.append((ref.id, "", "", ""))
    return tuple(out)


def _abstains(entity_id: str, annotations: Annotations, fold: FoldMap, titles: ArticleTitles) -> bool:
    """A bare given name in a transcript, with no title there ("Go ahead, Matt"): a reporter,
    no person of the archive."""
    return bool(annotations.turns) and entity_id in fold.abstain and entity_id not in titles


def digest(entries: FoldEntries) -> str:
    return hashlib.blake2b(repr(entries).encode(), digest_size=8).hexdigest()


def apply_fold(annotations: Annotations, fold: FoldMap, titles: ArticleTitles | None = None,
               entries: FoldEntries | None = None) -> Annotations:
    """The annotations with every folded id replaced by its canonical id (in this article: a title
    may choose it), and none for a bare given name the fold abstains on (the same object if
    nothing changes). `entries`: what relevant() gave for these annotations, when the caller has
    it (the fold is not worked out twice)."""
    if entries is None:
        entries = relevant(annotations, fold, titles)
    if not entries:
        return annotations
    targets = {entity_id: target for entity_id, target, _, _ in entries if target}
    dropped = {entity_id for entity_id, target, _, _ in entries if not target}
    if dropped:
        annotations = _without(annotations, dropped)
    own = {ref.id for ref in annotations.entities}
    refs: dict[str, EntityRef] = {}
    for ref in annotations.entities:
        target = targets.get(ref.id, ref.id)
        if target == ref.id:
            refs[target] = ref
        elif target not in own and target not in refs:
            c = fold.canonical[target]
            refs[target] = EntityRef(target, c.name, c.type, c.registered)  # type: ignore[arg-type]
    mentions = tuple(m if m.entity not in targets else _moved(m, targets[m.entity]) for m in annotations.mentions)
    quotes = tuple(q if q.speaker_entity not in targets else replace(q, speaker_entity=targets[q.speaker_entity])
                   for q in annotations.quotes)
    turns = tuple(t if t.speaker_entity not in targets else replace(t, speaker_entity=targets[t.speaker_entity])
                  for t in annotations.turns)
    return replace(annotations, mentions=mentions, quotes=quotes, entities=tuple(refs.values()), turns=turns)


def _without(annotations: Annotations, dropped: set[str]) -> Annotations:
    """The annotations with no identity for the dropped ids: their mentions go (the text stays,
    unlinked), quotes and turns keep the speaker's words but no id."""
    return replace(
        annotations,
        mentions=tuple(m for m in annotations.mentions if m.entity not in dropped),
        entities=tuple(r for r in annotations.entities if r.id not in dropped),
        quotes=tuple(replace(q, speaker_entity=None) if q.speaker_entity in dropped else q for q in annotations.quotes),
        turns=tuple(replace(t, speaker_entity=None) if t.speaker_entity in dropped else t for t in annotations.turns))


def _moved(m: Mention, target: str) -> Mention:
    return replace(m, entity=target)
