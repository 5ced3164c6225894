"""The quote scorer's speaker match: one speaker written two ways matches; two speakers never do."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
_spec = importlib.util.spec_from_file_location("quotes_eval", ROOT / "bench" / "quotes_eval.py")
assert _spec and _spec.loader
quotes_eval = importlib.util.module_from_spec(_spec)
sys.modules["quotes_eval"] = quotes_eval  # dataclasses look their module up
_spec.loader.exec_module(quotes_eval)


@pytest.mark.parametrize(("gold", "system", "same"), [
    ("Franklin Marsh Jr.", "Franklin Marsh", True),
    ("an FBI official involved in the investigation", "an FBI official", True),
    ("one Southeast Asian diplomat", "one Southeast Asian diplomat involved in the talks", True),
    ("a document the authority released in May", "a document", True),
    ("a senior housing official", "a senior official", True),
    ("Jane Roe", "Roe", True),
    ("Margot Friedlander's mother", "Margot Friedlander's mother", True),
    ("one of our ads", "one of our ads", True),  # possessor unnamed: kept as written on both sides
    # negatives
    ("Franklin Marsh Jr.", "Franklin Doe", False),
    ("an FBI official", "a county planner", False),
    ("the filing", "Ohio Nurses Association", False),
    ("Jane Roe", None, False),
    # CONVENTIONS.md: a possessive descriptor is resolved when the possessor is named
    ("Margot Friedlander's mother", "My mother", False),
    ("Russia’s president", "its president", False),
])
def test_same_speaker(gold: str, system: str | None, same: bool) -> None:
    assert quotes_eval.same_speaker(gold, system) is same
