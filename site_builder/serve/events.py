"""Server-Sent Events: one broadcaster, one queue per open page.

Events (``event:`` name, JSON ``data:``):

- ``hello``  -- sent first on every connection: ``{"build": N, "session", "error": payload-or-null}``;
  a page built before build N reloads, a page opened while a build is broken shows the overlay;
- ``reload`` -- a rebuild succeeded and wrote pages: ``{"build", "written", "deleted", "seconds"}``;
- ``css``    -- a rebuild only rewrote stylesheets: ``{"build", "paths"}`` (swapped without reload);
- ``error``  -- a rebuild failed; the old site stays served: ``{"build", "problems": [...]}``;
- ``clear``  -- a rebuild succeeded after an error but wrote nothing: remove the overlay.
"""

from __future__ import annotations

import json
import queue
import secrets
import threading
from dataclasses import dataclass
from typing import Any

KEEPALIVE_SECONDS = 15.0


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    data: dict[str, Any]
    id: int

    def encode(self) -> bytes:
        payload = json.dumps(self.data, ensure_ascii=True, default=str)
        return f"id: {self.id}\nevent: {self.name}\ndata: {payload}\n\n".encode()


_CLOSE = object()


class Subscription:
    """One open page's stream. Iterate ``next_event(timeout)``; ``None`` means keep-alive time."""

    def __init__(self, broadcaster: Broadcaster) -> None:
        self._queue: queue.Queue[object] = queue.Queue()
        self._broadcaster = broadcaster
        self.closed = False

    def put(self, item: object) -> None:
        self._queue.put(item)

    def next_event(self, timeout: float = KEEPALIVE_SECONDS) -> Event | None:
        """The next event, ``None`` after ``timeout`` seconds of quiet; raises EOFError once closed."""
        if self.closed:
            raise EOFError
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return None
        if item is _CLOSE:
            self.closed = True
            raise EOFError
        assert isinstance(item, Event)
        return item

    def close(self) -> None:
        self._broadcaster.unsubscribe(self)
        self.put(_CLOSE)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Broadcaster:
    """Holds the live state (build number, current error) and fans events out to subscribers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscription] = []
        self._next_id = 1
        self.build = 0
        self.error: dict[str, Any] | None = None
        self.closed = False
        # tells a page served by an earlier run of `serve` from one served by this run
        self.session = secrets.token_hex(6)

    def subscribe(self) -> Subscription:
        sub = Subscription(self)
        with self._lock:
            if self.closed:
                sub.put(_CLOSE)
                return sub
            # the hello is queued under the lock so no event can slip in before it
            sub.put(self._make(
                "hello", {"build": self.build, "session": self.session, "error": self.error}
            ))
            self._subscribers.append(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subscribers:
                self._subscribers.remove(sub)

    @property
    def subscriber_count(self) -> int:
        with self._lock:
            return len(self._subscribers)

    def _make(self, name: str, data: dict[str, Any]) -> Event:
        event = Event(name, data, self._next_id)
        self._next_id += 1
        return event

    def publish(self, name: str, data: dict[str, Any]) -> Event:
        with self._lock:
            event = self._make(name, data)
            for sub in self._subscribers:
                sub.put(event)
            return event

    # -- state changes, called by the app after each build --------------------------------

    def built(self, written: list[str], deleted: list[str], seconds: float) -> Event | None:
        """Record a successful build and tell the pages what to do about it."""
        with self._lock:
            self.build += 1
            had_error = self.error is not None
            self.error = None
            build = self.build
        changed = list(written) + list(deleted)
        if not changed:
            return self.publish("clear", {"build": build}) if had_error else None
        if not deleted and all(p.lower().endswith(".css") for p in written) and not had_error:
            return self.publish("css", {"build": build, "paths": list(written)})
        return self.publish(
            "reload", {"build": build, "written": list(written)[:200], "deleted": list(deleted)[:200],
                       "seconds": round(seconds, 4)}
        )

    def failed(self, payload: dict[str, Any]) -> Event:
        with self._lock:
            self.error = {"build": self.build, **payload}
            data = self.error
        return self.publish("error", data)

    def close(self) -> None:
        """Ends every stream (server shutdown)."""
        with self._lock:
            self.closed = True
            subs, self._subscribers = self._subscribers, []
        for sub in subs:
            sub.put(_CLOSE)
