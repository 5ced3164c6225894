"""Done-when: the seed article's seven quotations and their speakers (hand-built mentions)."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from site_builder.model.spans import EntityRef, Mention

SEED = Path(__file__).resolve().parents[3] / "content" / "articles" / "000_d7265a5f06d2b972.txt"

NAMES = [  # surface, type, id — longest first
    ("Department of Defense", "organization", "department-of-defense"),
    ("Benjamin Netanyahu", "person", "benjamin-netanyahu"),
    ("Pete Hegseth", "person", "pete-hegseth"),
    ("John Ullyot", "person", "john-ullyot"),
    ("Israel Katz", "person", "israel-katz"),
    ("United States", "place", "united-states"),
    ("Netanyahu", "person", "benjamin-netanyahu"),
    ("Hegseth", "person", "pete-hegseth"),
    ("Trump", "person", "donald-trump"),
    ("Senate", "organization", "senate"),
    ("Israel", "place", "israel"),
    ("US", "place", "united-states"),
]
ENTITIES = (
    EntityRef("department-of-defense", "Department of Defense", "organization", False),
    EntityRef("benjamin-netanyahu", "Benjamin Netanyahu", "person", False),
    EntityRef("pete-hegseth", "Pete Hegseth", "person", False),
    EntityRef("john-ullyot", "John Ullyot", "person", False),
    EntityRef("israel-katz", "Israel Katz", "person", False),
    EntityRef("united-states", "United States", "place", False),
    EntityRef("donald-trump", "Donald Trump", "person", False),
    EntityRef("senate", "Senate", "organization", False),
    EntityRef("israel", "Israel", "place", False),
)


def seed_text() -> str:
    raw = SEED.read_text(encoding="utf-8")
    marker = "date 2025-01-30 "
    return raw[raw.index(marker) + len(marker) :]


def seed_mentions(text: str) -> tuple[Mention, ...]:
    taken: set[int] = set()
    out = []
    for surface, typ, eid in NAMES:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), surface, typ, eid))  # type: ignore[arg-type]
    return tuple(sorted(out, key=lambda m: m.start))


def test_seed_article_has_exactly_the_seven_quotations() -> None:
    text = seed_text()
    mentions = seed_mentions(text)
    quotes, warnings = find_quotes(text, mentions, ENTITIES, EMPTY_REGISTRY)
    assert warnings == ()
    assert len(quotes) == 7
    starts = [q.text[:40] for q in quotes]
    assert starts == [
        "“the unbreakable bond between the United",
        "“Secretary Hegseth emphasized that under",
        "“also reiterated that the United States ",
        "“held an introductory call today to disc",
        "“Both leaders discussed the importance o",
        "“Both leaders agreed to remain in close ",
        "“Secretary Hegseth noted his many years ",
    ]
    sp = lambda q: text[q.speaker_start : q.speaker_end]  # noqa: E731
    q1, q2, q3, q4, q5, q6, q7 = quotes
    # (1) Hegseth reaffirmed “…”
    assert (q1.speaker, q1.speaker_entity, sp(q1), q1.cue) == ("Pete Hegseth", "pete-hegseth", "Hegseth", "reaffirmed")
    # (2) “…,” the statement added → the Department of Defense readout given by John Ullyot
    assert q2.speaker == "Department of Defense readout"
    assert q2.speaker_entity in ("john-ullyot", "department-of-defense")
    assert (sp(q2), q2.cue) == ("the statement", "added")
    # (3) Hegseth “also reiterated …”
    assert q3.speaker_entity == "pete-hegseth" and sp(q3) == "Hegseth"
    # (4)-(6) one anonymous official
    for q, span, cue in ((q4, "A senior US Defense official", "said"), (q5, "the official", "added"), (q6, "the official", "stated")):
        assert (q.speaker, q.speaker_entity, sp(q), q.cue) == ("a senior US Defense official", None, span, cue)
    # (7) “…,” added the statement → Netanyahu’s office
    assert (q7.speaker, q7.speaker_entity, sp(q7), q7.cue) == ("Netanyahu’s office", "benjamin-netanyahu", "the statement", "added")
    # spans cover the marks and sit where they say
    for q in quotes:
        assert text[q.start : q.end] == q.text and q.text[0] == "“" and q.text[-1] == "”"
    assert len({q.id for q in quotes}) == 7


def test_seed_is_pure_and_stable() -> None:
    text = seed_text()
    mentions = seed_mentions(text)
    before = tuple(mentions)
    a = find_quotes(text, mentions, ENTITIES, EMPTY_REGISTRY)
    b = find_quotes(text, mentions, ENTITIES, EMPTY_REGISTRY)
    assert a == b and mentions == before
    # an edit elsewhere in the article does not change the quotes' ids
    edited = "An added first paragraph.\n\n" + text.replace("Saturday", "Sunday")
    c = find_quotes(edited, seed_mentions(edited), ENTITIES, EMPTY_REGISTRY)
    assert [q.id for q in c[0]] == [q.id for q in a[0]]
