"""Helpers for the serve tests: an SSE reader, HTTP fetches, edits like editors make them."""

from __future__ import annotations

import http.client
import json
import os
import queue
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

WAIT = 20.0  # generous: these are limits for "it never happened", not timings


@dataclass
class SSEEvent:
    name: str
    data: dict[str, Any]


class SSEClient:
    """Reads ``/__live/events`` on a thread into a queue."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.conn.request("GET", "/__live/events")
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type", "").startswith("text/event-stream")
        self.events: queue.Queue[SSEEvent | None] = queue.Queue()
        self.seen: list[SSEEvent] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        name, data = "message", []
        try:
            while True:
                raw = self.response.fp.readline()
                if not raw:
                    break
                line = raw.decode().rstrip("\r\n")
                if not line:
                    if data:
                        self.events.put(SSEEvent(name, json.loads("\n".join(data))))
                    name, data = "message", []
                elif line.startswith(":"):
                    continue
                elif line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())
        except (OSError, ValueError):
            pass
        self.events.put(None)

    def next(self, name: str | None = None, timeout: float = WAIT,
             where: Callable[[SSEEvent], bool] | None = None) -> SSEEvent:
        """The next event (named ``name``, matching ``where``); fails after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {name or 'SSE'} event within {timeout}s; saw {[e.name for e in self.seen]}")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if event is None:
                raise AssertionError(f"event stream closed while waiting for {name}; saw {[e.name for e in self.seen]}")
            self.seen.append(event)
            if (name is None or event.name == name) and (where is None or where(event)):
                return event

    def close(self) -> None:
        try:
            self.conn.sock and self.conn.sock.shutdown(2)
        except OSError:
            pass
        self.conn.close()


def fetch(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def raw_get(base_url: str, raw_path: str) -> tuple[int, bytes]:
    """GET with the path sent exactly as given (no client-side normalisation)."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest("GET", raw_path, skip_accept_encoding=True)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def wait_until(check: Callable[[], Any], timeout: float = WAIT, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout}s")
        time.sleep(0.02)


def atomic_write(path: Path, text: str) -> None:
    """Save like most editors: write a temporary file beside the target, then rename over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def find_page(output_dir: Path, token: str, under: str = "articles") -> str | None:
    """Output-relative path of the built page containing ``token`` (searched on disk)."""
    root = output_dir / under if under else output_dir
    for page in sorted(root.rglob("*.html")):
        try:
            if token in page.read_text(encoding="utf-8", errors="replace"):
                return page.relative_to(output_dir).as_posix()
        except OSError:
            continue
    return None


def article_page(stem: str) -> str:
    """Where an article file named ``stem`` is built (no ``slug:`` in its front matter)."""
    from site_builder.text import slugify

    return f"articles/{slugify(stem, max_length=200)}.html"


def wait_served(base_url: str, output_dir: Path, token: str, timeout: float = WAIT,
                stem: str | None = None) -> tuple[str, str]:
    """Waits until the article page contains ``token`` *as served over HTTP*; returns (path, body).

    With ``stem`` the page is the article's own (neighbours may show a new title too);
    without, the first article page whose file contains ``token``.
    """

    def check() -> tuple[str, str] | None:
        rel = article_page(stem) if stem else find_page(output_dir, token)
        if rel is None:
            return None
        status, body = fetch(base_url + rel)
        return (rel, body) if status == 200 and token in body else None

    return wait_until(check, timeout, f"a served page containing {token!r}")
