"""The fixture archive built once per test session, and helpers to read what it holds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import FIXTURE, build

_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render-site") / "site"
    assert build(FIXTURE, out) == 0
    return out


def jsonld(html: str) -> list[dict[str, Any]]:
    """Every JSON-LD block of a page, parsed."""
    return [json.loads(block) for block in _JSONLD.findall(html)]


def graph_of(html: str) -> list[dict[str, Any]]:
    blocks = jsonld(html)
    assert len(blocks) == 1, f"expected one JSON-LD block, found {len(blocks)}"
    return blocks[0]["@graph"]
