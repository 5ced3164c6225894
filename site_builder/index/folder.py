"""The identity fold's working state: the archive's entities, the folds made so far (a forest),
the ambiguous names, and the title evidence (index/evidence.py) each rule may ask."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from site_builder.index.census import Census
from site_builder.index.evidence import by_title_word, supported, titles_agree, titles_conflict
from site_builder.index.foldmap import Ambiguity, Canonical, Fold, FoldMap
from site_builder.index.identity_words import lexicon
from site_builder.text import slugify


@dataclass
class Entity:
    id: str
    name: str  # the most frequent name
    type: str
    registered: bool
    mentions: int


def entities_of(census: Census) -> dict[str, Entity]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    registered: set[str] = set()
    for (entity_id, name, kind, reg), n in census.entities.items():
        names[entity_id][name] += n
        types[entity_id][kind] += n
        if reg:
            registered.add(entity_id)
    found = {}
    for entity_id in sorted(names):
        # the name the id was made from first ("James Baker", not a bare "Secretary of State" some article gave it)
        name = _best_name(entity_id, names[entity_id])
        kind = min(types[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        found[entity_id] = Entity(entity_id, name, kind, entity_id in registered, census.mentions.get(entity_id, 0))
    return found


def _best_name(entity_id: str, names: Counter[str]) -> str:
    """The name the id was made from first, then the most frequent, then the longest."""
    if len(names) == 1:
        return next(iter(names))
    return min(names.items(), key=lambda kv: (slugify(kv[0]) != entity_id, -kv[1], -len(kv[0]), kv[0]))[0]


# words before a rank that leave it a rank: "former General", "U.S. Army General"
_BEFORE_RANK = frozenset({"former", "retired", "then", "acting", "the", "u.s.", "army", "air", "force", "navy"})


def _ranks(title: str) -> set[str]:
    """The rank words a title opens with: "lieutenant general" -> both; "secretary general",
    "director general" and "attorney general" are offices, no rank."""
    ranks = lexicon().ranks
    words = title.split()
    k = 0
    while k < len(words) and words[k] in _BEFORE_RANK:
        k += 1
    found = set()
    while k < len(words) and words[k] in ranks:
        found.add(words[k])
        k += 1
    return found


def _rank(e: Entity) -> tuple[bool, int, int, str]:
    """Canonical first: registered, then most mentioned, then the longest name, then by id."""
    return (not e.registered, -e.mentions, -len(e.name), e.id)


class Folder:
    def __init__(self, entities: dict[str, Entity], census: Census | None = None) -> None:
        self.entities = entities
        self.folds: dict[str, Fold] = {}
        self.ambiguous: list[Ambiguity] = []
        self.abstain: set[str] = set()
        self.guarded: set[str] = set()  # bare given names whose fold needs the article's backing
        self.namesakes: dict[str, set[str]] = {}  # short name -> the people it may be
        census = census or Census()
        self.titles = census.by_id(census.titles)  # person id -> {title: articles}
        self.together = census.by_id(census.together)  # one-word person id -> {person id: articles}
        # (person id, person id), in order: one surname, two people in one article
        self.kin = frozenset((min(a, b), max(a, b)) for a, b in census.kin)
        # titles_of's index: each titled id under its root, in self.titles' order; kept up by fold()
        self._titled_by_root: dict[str, list[str]] | None = None
        self._titled_at = {entity_id: k for k, entity_id in enumerate(self.titles)}

    def supported(self, entity_id: str, candidates: Iterable[str], weight: Mapping[str, int]) -> str | None:
        """The one candidate the articles tie `entity_id` to by title or by naming both, if any."""
        return supported(entity_id, candidates, self.titles, self.together, self.root, weight)

    def conflicts(self, source: str, target: str) -> bool:
        """Whether the titles the archive gives `source` rule out `target` (and all it folded)."""
        if not self.titles.get(source):
            return False
        return titles_conflict(self.titles.get(source, {}), self.titles_of(target, but=source))

    def unattested(self, source: str, target: str) -> bool:
        """Whether the archive gives `source` a military rank that `target` (with all it folded)
        never carries: "General McKenzie" is no Tina McKenzie, whom no article titles so."""
        own = {w for t in self.titles.get(source, {}) for w in _ranks(t)}
        return bool(own) and not own & {w for t in self.titles_of(self.root(target), but=source) for w in t.split()}

    def agree(self, one: str, other: str) -> bool:
        """Whether two people (each with all it folded) hold one office by the archive's titles."""
        return titles_agree(self.titles_of(self.root(one)), self.titles_of(self.root(other)))

    def titles_of(self, target: str, but: str = "") -> Counter[str]:
        """The titles of every id folded into `target` (itself included), but `but`."""
        if self._titled_by_root is None:  # each titled id under its root, in self.titles' order
            by_root: dict[str, list[str]] = defaultdict(list)
            for entity_id in self.titles:
                by_root[self.root(entity_id)].append(entity_id)
            self._titled_by_root = by_root
        theirs: Counter[str] = Counter()
        for entity_id in self._titled_by_root.get(target, ()):
            if entity_id != but:
                theirs.update(self.titles[entity_id])
        return theirs

    def group(self, members: list[Entity], reason_of: Mapping[str, str], worse: set[str] | None = None) -> str | None:
        """Fold a group into its best member (not one of `worse` if it can); a group with two
        registered ids stays apart."""
        if len([m for m in members if m.registered]) > 1:
            return None
        best = min(members, key=lambda m: (not m.registered, m.id in (worse or ()), _rank(m)))
        for m in members:
            if m.id != best.id:
                self.fold(m.id, best.id, reason_of.get(m.id, "same name"))
        return best.id

    def fold(self, source: str, target: str, reason: str) -> None:
        """Fold source into target, unless that closes a cycle (target's chain passes through
        source): the fold map stays a forest, so root() ends on every id."""
        if not self.leads_to(target, source):
            before = self.root(source)
            self.folds[source] = Fold(target, reason)
            self._move_titled(source, before)

    def _move_titled(self, source: str, before: str) -> None:
        """The titled ids whose chain passes through `source` now sit under its new root."""
        index, after = self._titled_by_root, self.root(source)
        if index is None or after == before or not index.get(before):
            return
        moved = [e for e in index[before] if self.leads_to(e, source)]
        if not moved:
            return
        stay = [e for e in index[before] if e not in moved]
        if stay:
            index[before] = stay
        else:
            del index[before]
        index[after] = sorted(index.get(after, []) + moved, key=self._titled_at.__getitem__)

    def leads_to(self, entity_id: str, other: str) -> bool:
        """Whether other is entity_id or on its chain of folds (a forest: the walk ends)."""
        while entity_id != other:
            fold = self.folds.get(entity_id)
            if fold is None:
                return False
            entity_id = fold.target
        return True

    def root(self, entity_id: str) -> str:
        while entity_id in self.folds:
            entity_id = self.folds[entity_id].target
        return entity_id

    def ambiguity(self, e: Entity, candidates: Iterable[str], reason: str) -> None:
        self.ambiguous.append(Ambiguity(e.id, e.name, tuple(sorted(candidates)), reason))

    def title_choices(self) -> dict[str, dict[str, str]]:
        """Per short name shared by several people: title word -> the one it means under that title,
        for the names where one such word means someone other than the name's fold."""
        choices: dict[str, dict[str, str]] = {}
        for source, candidates in sorted(self.namesakes.items()):
            roots = {self.root(c) for c in candidates} - {source}
            # by_title_word picks among `roots`: each word's one is a root already
            words = {w: t for w, t in by_title_word(source, roots, self.titles, self.root).items()
                     if not self.conflicts(source, t)}  # "Prime Minister Najla" is no Foreign Minister
            if any(t != self.root(source) for t in words.values()):
                # every word with an opinion, so that an article giving two titles that disagree
                # ("President and First Lady Biden") keeps the name's fold
                choices[source] = words
        return choices

    def result(self) -> FoldMap:
        # chains end on their root (acronym -> department); fold() keeps them free of cycles
        folds = {source: Fold(self.root(source), fold.reason) for source, fold in self.folds.items()}
        by_title = self.title_choices()
        targets = {f.target for f in folds.values()} | {t for words in by_title.values() for t in words.values()}
        canonical = {t: Canonical(self.entities[t].name, self.entities[t].type, self.entities[t].registered) for t in targets}
        return FoldMap(dict(sorted(folds.items())), dict(sorted(canonical.items())),
                       tuple(sorted(self.ambiguous, key=lambda a: a.id)), frozenset(self.abstain - set(folds) - set(canonical)),
                       by_title, frozenset(self.guarded & set(folds)))
