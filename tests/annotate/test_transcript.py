"""Transcript turn labels: (text, expected labels) with negative cases."""

from __future__ import annotations

import pytest

from site_builder.annotate.transcript import find_turn_labels

CASES = [
    ("MR PRICE: Good afternoon.\n\nQUESTION: Thanks.", [("MR PRICE", "person", "PRICE"), ("QUESTION", "question", None)]),
    ("SECRETARY BLINKEN: Thank you.", [("SECRETARY BLINKEN", "person", "BLINKEN")]),
    ("FOREIGN MINISTER HAYASHI: Yes.", [("FOREIGN MINISTER HAYASHI", "person", "HAYASHI")]),
    ("SENIOR STATE DEPARTMENT OFFICIAL ONE: Sure.", [("SENIOR STATE DEPARTMENT OFFICIAL ONE", "anonymous", None)]),
    ("Q: Why?", [("Q", "question", None)]),
    ("Wikinews: Why?\n\nHugh McGuire: Because.\n\nWikinews: And?\n\nHugh McGuire: So.",
     [("Wikinews", "question", None), ("Hugh McGuire", "person", "Hugh McGuire")] * 2),
    # negatives: one-off title-case lead-ins, data fields, mid-paragraph colons
    ("Update: the talks resumed.", []),
    ("Begin Text: The United States welcomes…", []),
    ("VESSEL GROSS REGISTERED TONNAGE: 5,000", []),
    ("VESSEL FLAG: Panama\n\nVESSEL TYPE: General Cargo\n\nVESSEL FLAG: Russia", []),
    ("VESSEL: MARIA E", []),
    ("GUEST: Mm-hmm.", [("GUEST", "anonymous", None)]),
    ("HIGH REPRESENTATIVE BORRELL: Thank you, Antony.", [("HIGH REPRESENTATIVE BORRELL", "person", "BORRELL")]),
    ("SENIOR ADMINISTRATION OFFICIAL NUMBER ONE: Sure.", [("SENIOR ADMINISTRATION OFFICIAL NUMBER ONE", "anonymous", None)]),
    ("The minister said: we agree.", []),
    # names beyond ASCII are labels too
    ("FOREIGN MINISTER ÇAVUŞOĞLU: Thank you, Tony.", [("FOREIGN MINISTER ÇAVUŞOĞLU", "person", "ÇAVUŞOĞLU")]),
    ("FOREIGN MINISTER RINKĒVIČS: Thank you.", [("FOREIGN MINISTER RINKĒVIČS", "person", "RINKĒVIČS")]),
    ("Álvaro Pérez: Yes.\n\nWikinews: Why?\n\nÁlvaro Pérez: Because.",
     [("Álvaro Pérez", "person", "Álvaro Pérez"), ("Wikinews", "question", None), ("Álvaro Pérez", "person", "Álvaro Pérez")]),
    ("FOREIGN MINISTER RINKE\u0304VIC\u030cS: Thank you.",  # accents as combining marks
     [("FOREIGN MINISTER RINKE\u0304VIC\u030cS", "person", "RINKE\u0304VIC\u030cS")]),
    ("Q & A: Why?", []),
    ("Ökonomie heute: the talks resumed.", []),  # a lower-case word: no label
    ("É: why?", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_turn_labels(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [
        (t.label(text), t.role, text[t.name_start:t.name_end] if t.name_start is not None else None)
        for t in find_turn_labels(text)
    ]
    assert got == expected
