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


# --- annotate as a service (issue 13) ---------------------------------------------------------

ANSWER = '{"id": "%s", "text": "Pete Hegseth met NATO in Paris."}'
BAD_LINES = [
    # (line, what the error record says)
    ('{"id": broken', "bad JSON line"),
    ("[]", "expected a JSON object"),
    ('{"id": "a"}', '"text" string'),
    ('{"id": "a", "text": 3}', '"text" string'),
    ("[" * 100_000 + "]" * 100_000, "nested too deep"),
    ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deep"),
]


def test_a_bad_line_is_an_error_record_and_the_stream_goes_on():
    lines = []
    for i in range(1000):
        lines.append(BAD_LINES[i // 10 % len(BAD_LINES)][0] if i % 100 == 7 else ANSWER % i)
    out = cli("annotate", stdin="\n".join(lines) + "\n")
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 1000  # was: output stopped at the first bad line
    errors = [r for r in rows if "error" in r]
    assert [r["line"] for r in errors] == [i + 1 for i in range(1000) if i % 100 == 7]
    assert all(set(r) == {"id", "error", "line"} for r in errors)
    assert [r["id"] for r in rows if "error" not in r] == [str(i) for i in range(1000) if i % 100 != 7]
    assert out.stderr.count("error:") == 10 and "<stdin>:8: error:" in out.stderr
    assert "output folder" not in out.stderr


def test_each_bad_line_names_what_is_wrong():
    out = cli("annotate", stdin="\n".join(line for line, _ in BAD_LINES) + "\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["line"] for r in rows] == list(range(1, len(BAD_LINES) + 1))
    for row, (_, expected) in zip(rows, BAD_LINES, strict=True):
        assert expected in row["error"], row
    assert rows[2]["id"] == "a"


def test_strict_stops_at_the_first_bad_line():
    out = cli("annotate", "--strict", stdin=ANSWER % 1 + "\n{bad\n" + ANSWER % 3 + "\n")
    assert out.returncode == 1
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["1"]
    assert "<stdin>:2: error: bad JSON" in out.stderr and "--strict" in out.stderr
    assert "output folder" not in out.stderr


def test_surrogates_bom_and_bad_utf8():
    stdin = ("\ufeff" + ANSWER % "bom" + "\n"
             + '{"id": "s", "text": "A \\ud800 b Pete Hegseth"}\n'
             + '{"id": "\\udc00", "text": "x"}\n').encode() + b"\xff\xfe\n"
    out = subprocess.run([sys.executable, "-m", "site_builder", "annotate"], input=stdin, capture_output=True,
                         cwd=ROOT, timeout=120, check=False)
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r.get("id") for r in rows] == ["bom", "s", "\udc00", None]
    text = "A \ud800 b Pete Hegseth"
    mention = rows[1]["mentions"][0]
    assert text[mention["start"]:mention["end"]] == mention["text"] == "Pete Hegseth"
    assert rows[3]["line"] == 4 and "not UTF-8" in rows[3]["error"]
    assert b"Traceback" not in out.stderr


def test_output_is_flushed_after_every_line():
    """A client that waits for each answer before sending the next line must not hang."""
    import queue
    import threading

    proc = subprocess.Popen([sys.executable, "-m", "site_builder", "annotate"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    answers: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [answers.put(line) for line in proc.stdout], daemon=True).start()
    try:
        for i, line in enumerate([ANSWER % 0, "{bad", ANSWER % 2]):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            row = json.loads(answers.get(timeout=60))
            assert row.get("id") == (None if i == 1 else str(i))
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
