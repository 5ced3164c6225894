"""Transcript turns as attributed speech: who speaks from "MR PRICE:" to the next label.

Finds, from the labels `transcript.find_turn_labels` returns, one `Turn` per label: the speech
after the label, running over the following unlabelled paragraphs up to the next label. The
speaker of a person label is, in order:
  1. the person mention over the label's name part (the entity detector's), with its full name
     (when that name is only the label's upper-case surname, the steps below look for the full one
     and keep the mention's entity);
  2. a person the article names whose surname (or whole name) is the label's ("PRICE" → the
     article's "Ned Price");
  3. a full name in the text ending in that surname ("Ned Price, Department Spokesperson");
  4. the label's name itself, title-cased ("Porter"), with no entity.
Anonymous labels ("SENIOR STATE DEPARTMENT OFFICIAL ONE") keep the label as a descriptor.
Refuses: question and moderator turns get no speaker; a turn never runs over a stage note
("(The briefing was concluded at 3:04 p.m.)") or a closing "# # #"; names are never taken
from inside another label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.paragraphs import paragraph_spans
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.transcript import TurnLabel, find_turn_labels
from site_builder.model.spans import EntityRef, Mention, Turn

_NOTE_RE = re.compile(r"\s*(?:[(\[].*[)\]]|#(?:\s*#)*|-{3,}|\*{3,})\s*\Z", re.S)
_NAME_WORD = r"[A-Z][\w’'-]+"


def _fold(s: str) -> str:
    return s.replace("’", "'").lower()


def _title(name: str) -> str:
    """"KURTZ-PHELAN" → "Kurtz-Phelan"; title-case names are kept as written."""
    if not name.isupper():
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _extent(text: str, label: TurnLabel, next_start: int, paras: list[tuple[int, int]], para_starts: list[int]) -> int:
    """End of the turn: its paragraph, then every following paragraph up to the next label,
    stopping at a stage note. `para_starts` are the paragraphs' starts, built once per article."""
    k = bisect.bisect_right(para_starts, label.turn_start) - 1
    end = label.turn_end
    for ps, pe in paras[k + 1 :]:
        if ps >= next_start or _NOTE_RE.match(text, ps, pe):
            break
        end = pe
    return end


def _in_labels(pos: int, labels: tuple[TurnLabel, ...]) -> bool:
    return any(lb.label_start <= pos < lb.label_end for lb in labels)


def _by_surname(name_part: str, entities: tuple[EntityRef, ...]) -> EntityRef | None:
    """A person the article names whose whole name or surname is the label's name."""
    want = _fold(name_part).split()
    best = None
    for e in entities:
        if e.type != "person":
            continue
        have = _fold(e.name).split()
        if have == want:
            return e
        if len(have) > len(want) and have[-len(want):] == want and (best is None or len(have) > len(best.name.split())):
            best = e
    return best


def _full_name_in_text(text: str, surname: str, labels: tuple[TurnLabel, ...]) -> str | None:
    """"Ned Price" for "PRICE": given names (not titles) right before the surname in the text.
    Scans the whole text: `find_turns` asks once per surname (a briefing repeats one label per turn)."""
    if surname not in text:
        return None  # the pattern needs the surname as written: skip the whole-text regex scan
    titles = lexicon().titles
    pat = re.compile(rf"\b((?:{_NAME_WORD}\s+)(?:[A-Z]\.\s+)?){re.escape(surname)}\b")
    for m in pat.finditer(text):
        if _in_labels(m.start(), labels):
            continue
        given = m.group(1).split()
        if given[0].lower().rstrip(".") in titles or given[0].lower() in titles or given[0].isupper():
            continue
        return " ".join(given + [surname])
    return None


@dataclass
class _Article:
    """One article's tables for its labels, built once, not per label (a briefing has hundreds):
    entities by id, and memos of `_by_surname` ((name, own id) → entity) and `_full_name_in_text`
    (surname → full name)."""

    text: str
    labels: tuple[TurnLabel, ...]
    entities: tuple[EntityRef, ...]
    by_id: dict[str, EntityRef] = field(default_factory=dict)
    surnames: dict[tuple[str, str | None], EntityRef | None] = field(default_factory=dict)
    full_names: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}

    def by_surname(self, name_part: str, own: str | None) -> EntityRef | None:
        """`_by_surname` over the article's entities other than `own`."""
        key = (name_part, own)
        if key not in self.surnames:
            self.surnames[key] = _by_surname(name_part, tuple(e for e in self.entities if e.id != own))
        return self.surnames[key]


def _person_speaker(article: _Article, label: TurnLabel, mentions: list[Mention]) -> tuple[str, str | None]:
    """The label's speaker name and entity."""
    assert label.name_start is not None and label.name_end is not None
    text, labels, entities, by_id, full_names = article.text, article.labels, article.entities, article.by_id, article.full_names
    own: str | None = None  # the entity of the label's own person mention
    for m in mentions:
        if m.type == "person" and m.start < label.name_end and m.end > label.name_start and m.entity in by_id:
            if not by_id[m.entity].name.isupper():
                return by_id[m.entity].name, m.entity
            own = m.entity  # "PRICE": named only by the label; look for the full name below
            break
    name_part = _title(text[label.name_start : label.name_end])
    ref = article.by_surname(name_part, own)
    if ref is not None:
        return ref.name, ref.id
    if len(name_part.split()) == 1:
        if name_part not in full_names:
            full_names[name_part] = _full_name_in_text(text, name_part, labels)
        full = full_names[name_part]
        if full is not None:
            return full, own or slugify(full)
    if own is None:
        person_ids = {e.id for e in entities if e.type == "person"}
        own = slugify(name_part) if slugify(name_part) in person_ids else None
    return name_part, own


def find_turns(
    text: str,
    mentions: tuple[Mention, ...],
    entities: tuple[EntityRef, ...],
    labels: tuple[TurnLabel, ...] | None = None,
) -> tuple[Turn, ...]:
    """Every transcript turn of `text` with its speaker, in reading order."""
    near = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in near]

    def is_person(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, a)
        return k < len(near) and near[k].start == a and near[k].end == b and near[k].type == "person"

    labels = find_turn_labels(text, is_person) if labels is None else labels
    if not labels:
        return ()
    paras = paragraph_spans(text)
    para_starts = [p[0] for p in paras]
    article = _Article(text, labels, entities)
    turns = []
    for i, lb in enumerate(labels):
        next_start = labels[i + 1].label_start if i + 1 < len(labels) else len(text)
        end = _extent(text, lb, next_start, paras, para_starts)
        speaker: str | None = None
        entity: str | None = None
        if lb.role == "person":
            k = bisect.bisect_left(starts, lb.label_start)
            speaker, entity = _person_speaker(article, lb, near[k : k + 4])
        elif lb.role == "anonymous":
            speaker = _title(lb.label(text))
        turns.append(Turn(lb.turn_start, end, speaker, entity, lb.label_start, lb.label_end, lb.role))
    return tuple(turns)
