"""The SSE broadcaster and the overlay payload."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.errors import BuildError, Problem
from site_builder.serve.events import Broadcaster
from site_builder.serve.overlay import error_payload, excerpt, render_html


def test_hello_then_events_in_order():
    b = Broadcaster()
    sub = b.subscribe()
    hello = sub.next_event(1)
    assert hello.name == "hello" and hello.data["build"] == 0 and hello.data["error"] is None
    b.built(["index.html", "articles/a.html"], [], 0.01)
    b.built(["style.css"], [], 0.01)
    b.failed({"title": "Build failed", "problems": []})
    b.built([], [], 0.01)  # nothing written after an error: just clear the overlay
    b.built([], [], 0.01)  # nothing written, no error: nothing to say
    names = [sub.next_event(1).name for _ in range(4)]
    assert names == ["reload", "css", "error", "clear"]
    assert sub.next_event(0.05) is None  # keep-alive time, no event
    assert b.subscribe().next_event(1).data["build"] == 4  # failed builds do not count


def test_error_is_part_of_hello_until_a_good_build():
    b = Broadcaster()
    b.failed({"title": "x", "problems": [{"message": "m"}]})
    assert b.subscribe().next_event(1).data["error"]["problems"][0]["message"] == "m"
    b.built(["a.html"], [], 0.1)
    assert b.subscribe().next_event(1).data["error"] is None


def test_close_ends_every_stream():
    b = Broadcaster()
    subs = [b.subscribe() for _ in range(3)]
    b.close()
    for sub in subs:
        sub.next_event(1)  # hello
        with pytest.raises(EOFError):
            sub.next_event(1)
    assert b.subscriber_count == 0


def test_encode_is_one_sse_event():
    b = Broadcaster()
    event = b.publish("error", {"message": "line one\nline two </script>"})
    raw = event.encode().decode()
    assert raw.endswith("\n\n") and raw.count("\n\n") == 1
    assert "event: error\n" in raw and raw.count("data: ") == 1


def test_payload_has_file_line_message_excerpt(tmp_path: Path):
    article = tmp_path / "content" / "articles" / "a.md"
    article.parent.mkdir(parents=True)
    article.write_text("---\ntitle: <b>x</b> \"oops\n---\nl5\nl6\nl7\nl8\n", encoding="utf-8")
    exc = BuildError([Problem(article, 2, "bad <YAML>", "quote it"), Problem(article, 4, "meh", severity="warning")])
    payload = error_payload(exc, [tmp_path / "content"])
    assert payload["title"].startswith("Build failed: 1")
    (p,) = payload["problems"]
    assert p["file"] == "content/articles/a.md" and p["line"] == 2 and p["message"] == "bad <YAML>"
    assert p["hint"] == "quote it"
    assert [row["number"] for row in p["excerpt"]] == [1, 2, 3, 4, 5]
    assert [row["current"] for row in p["excerpt"]] == [False, True, False, False, False]
    assert p["excerpt"][1]["text"] == 'title: <b>x</b> "oops'  # raw text: the page sets it with textContent
    html = str(render_html(payload))
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html and "bad &lt;YAML&gt;" in html


def test_payload_for_a_builder_crash():
    try:
        {}["missing"]
    except KeyError as exc:
        payload = error_payload(exc)
    assert payload["title"] == "Build crashed: KeyError"
    assert payload["problems"][0]["line"] and "missing" in payload["problems"][0]["message"]


def test_excerpt_edges(tmp_path: Path):
    f = tmp_path / "f.txt"
    f.write_text("one\ntwo\n", encoding="utf-8")
    assert [r["number"] for r in excerpt(f, 1)] == [1, 2]
    assert excerpt(f, None) == [] and excerpt(tmp_path / "missing", 3) == []
