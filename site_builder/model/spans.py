"""Standoff annotations: immutable spans over an article's plain text.

Offsets are Python string offsets into the article text, whose paragraphs are
separated by one blank line ("\\n\\n"). Annotators return these; they never produce HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["person", "organization", "place"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "place")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text that refers to one canonical entity."""

    start: int
    end: int
    text: str
    type: EntityType
    entity: str  # canonical id: a registry id, else the slug of the normalised full name

    kind: Literal["mention"] = field(default="mention", init=False)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (its span includes the quote marks) and who said it."""

    start: int
    end: int
    text: str
    id: str  # stable within the article, used as the HTML anchor ("q-…")
    speaker: str | None = None  # display name or descriptor ("a senior US Defense official")
    speaker_entity: str | None = None  # canonical id, None for anonymous sources
    speaker_start: int | None = None  # the mention the attribution rests on
    speaker_end: int | None = None
    cue: str | None = None  # "said", "added", "according to", ":" …

    kind: Literal["quote"] = field(default="quote", init=False)


@dataclass(frozen=True, slots=True)
class Turn:
    """A transcript turn ("MR PRICE: …" to the next label): attributed speech of its speaker.

    The span covers the speech after the label (a turn may run over several paragraphs);
    `label_start`/`label_end` cover the label before the colon. Question and moderator turns
    have no speaker.
    """

    start: int
    end: int
    speaker: str | None  # full name ("Ned Price"), a descriptor ("senior State Department official one"), or None
    speaker_entity: str | None  # canonical id of a person speaker, else None
    label_start: int
    label_end: int
    role: str = "person"  # person / anonymous / question / moderator

    kind: Literal["turn"] = field(default="turn", init=False)


@dataclass(frozen=True, slots=True)
class EntityRef:
    """What an article says about an entity it mentions: its id, best full name and type.

    Registered entities take their name from the registry; discovered ones from the
    longest full-name mention in the article.
    """

    id: str
    name: str
    type: EntityType
    registered: bool


@dataclass(frozen=True, slots=True)
class QuoteFix:
    """An editor's correction of a quote's speaker, from the article's front matter.

    `match` is the quote's number (1-based, in reading order) or the quote's first words.
    `speaker` is an entity id, or free text for a descriptor ("an aide").
    """

    match: int | str
    speaker: str


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything the annotators found in one article's text."""

    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[EntityRef, ...] = ()
    warnings: tuple[str, ...] = ()  # e.g. an unbalanced quote mark the quote finder abstained on
    turns: tuple[Turn, ...] = ()  # transcript turns, in reading order
