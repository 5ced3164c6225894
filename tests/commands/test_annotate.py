"""`python -m site_builder annotate` over JSON lines on stdin (and `entities suggest`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "site_builder", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False)


def test_annotate_lines():
    lines = [{"id": "a", "text": "Defense Minister Israel Katz met Pete Hegseth. Hegseth said little."},
             {"id": "b", "text": "NATO met in Paris."}]
    out = cli("annotate", "--registry", "content/entities.yaml", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    first = {(m["text"], m["entity"]) for m in rows[0]["mentions"]}
    assert {("Israel Katz", "israel-katz"), ("Pete Hegseth", "pete-hegseth"), ("Hegseth", "pete-hegseth")} <= first
    for m in rows[0]["mentions"]:
        assert set(m) == {"start", "end", "text", "type", "entity"}
        assert lines[0]["text"][m["start"]:m["end"]] == m["text"]
    assert isinstance(rows[0]["quotes"], list)
    assert {m["type"] for m in rows[1]["mentions"]} == {"organization", "place"}


def test_annotate_bad_json_names_the_line():
    out = cli("annotate", stdin='{"id": "a", "text": "ok"}\n{"id": broken\n')
    assert out.returncode == 1
    assert "<stdin>:2" in out.stderr and "bad JSON" in out.stderr


def test_entities_suggest(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "date 2025-01-01 Foreign Minister Jane Doeman met officials.\n\nDoeman said the Ministry of Health agreed.\n",
        encoding="utf-8")
    out = cli("entities", "suggest", "--content", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "Jane Doeman" in out.stdout and "- id: jane-doeman" in out.stdout
    assert "aliases: [Doeman]" in out.stdout
