"""The identity fold applied to one article: its ids replaced by their canonical ids.

Finds, per article, the fold entries it uses (an id, its target in this article, where the
article's own title for a name may pick one of several namesakes), and rewrites mentions,
entity references, quote and turn speakers. Refuses a fold the article speaks against: a bare
given name folded into one person ("Dimitar", a child in a list) where the article neither titles
it nor names that person otherwise, and a surname where the text gives it another given name
("Virgil Popescu" the detector missed) than the target's. A bare given name the fold abstains on,
or whose fold the article does not back, loses its id in a transcript (the text stays, unlinked).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from site_builder.index.census import ArticleSummary
from site_builder.index.foldmap import FoldMap
from site_builder.index.identity_words import same_given
from site_builder.index.person_names import parsed_person
from site_builder.model.spans import Annotations, EntityRef, Mention


@dataclass(frozen=True, slots=True)
class PersonWords:
    """What one article writes around a person's name (census.EntitySummary): the words of the
    titles it gives it, the given names its text writes before a one-word name outside any
    mention, and the capitalised words it writes after one."""

    titles: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()


NO_WORDS = PersonWords()
ArticleTitles = Mapping[str, PersonWords]  # person id -> what the article writes around its name
FoldEntries = tuple[tuple[str, str, str, str], ...]  # (id, target or "" when dropped, target name, target type)


def article_titles(summary: ArticleSummary) -> dict[str, PersonWords]:
    """The people an article gives a title, with its words ("President Michel": no bare given name
    there; "First Lady Biden": the First Lady), the given names its text writes before a one-word
    name ("Virgil Popescu", missed by the detector), and the words after one ("Conor Finnegan")."""
    return {e.id: PersonWords(frozenset(w for t in e.titles for w in t.split()), frozenset(e.given), frozenset(e.after))
            for e in summary.entities if e.titles or e.given or e.after}


def _named_in_full(words: PersonWords, name: str) -> bool:
    """Whether the text writes the short name followed by the target's surname ("Conor Finnegan")."""
    parsed = parsed_person(name)
    return parsed is not None and bool(parsed.given) and parsed.surname.split()[-1] in words.after


def _targets(annotations: Annotations, fold: FoldMap, titles: ArticleTitles) -> dict[str, str]:
    """id -> its canonical id in this article, for the ids that change. A bare given name's fold
    (fold.guarded) holds only where the article titles the name or names its person by another
    id; a short name whose surname the text gives another given name stays itself."""
    out = {}
    for ref in annotations.entities:
        words = titles.get(ref.id, NO_WORDS)
        target = fold.target_in(ref.id, words.titles)
        if target != ref.id and _given_fits(words, fold.canonical[target].name):
            out[ref.id] = target
    if fold.guarded.isdisjoint(out):  # no bare given name folded here: nothing to back
        return out
    backed = {out.get(ref.id, ref.id) for ref in annotations.entities if ref.id not in fold.guarded}
    return {k: t for k, t in out.items() if k not in fold.guarded or t in backed or titles.get(k, NO_WORDS).titles
            or _named_in_full(titles.get(k, NO_WORDS), fold.canonical[t].name)}


def _given_fits(words: PersonWords, name: str) -> bool:
    """Whether the given names the article writes before a short name (if any) include one of the
    target's: "Virgil Popescu" in the text is not Nicu Popescu; "James Cleverly" is "North America
    James Cleverly" (a title's words the detector left in)."""
    given = words.given
    if not given:
        return True
    own = _given_names(name)
    return not own or any(same_given(g, o) for g in given for o in own)


def _given_names(name: str) -> frozenset[str]:
    """The spelling keys of a name's given names; empty when it has none."""
    parsed = parsed_person(name)
    return frozenset(parsed.given.split()) if parsed and parsed.given else frozenset()


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
    no person of the archive; so is one whose fold the article does not back ("Antonio, you asked")."""
    return (bool(annotations.turns) and (entity_id in fold.abstain or entity_id in fold.guarded)
            and not titles.get(entity_id, NO_WORDS).titles)


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
