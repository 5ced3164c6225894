"""HTTP side of `serve`: the output folder as a website, plus ``/__live/*``.

- only files inside the output folder are served: ``..`` segments (also percent-encoded),
  backslashes, NUL bytes and symlinks that resolve outside the folder are refused (403);
- a folder URL serves its ``index.html`` (``/a`` redirects to ``/a/``); no listings;
- every file is read while holding the read side of the site lock, which the builder's
  write phase holds for writing: a half-written site is never served;
- HTML responses get ``<script src="/__live/reload.js">`` before ``</body>`` at serve time;
  the files on disk never contain it;
- bound to a loopback address, requests must name it exactly (host and port; DNS-rebinding guard);
- ``/__live/reload.js`` the page script, ``/__live/events`` the SSE stream,
  ``/__live/status`` the current build number and error as JSON.
"""

from __future__ import annotations

import json
import mimetypes
import os
import posixpath
import socket
import sys
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from site_builder.serve.events import Broadcaster
from site_builder.serve.rwlock import RWLock

LIVE_PREFIX = "/__live/"
SCRIPT_URL = "/__live/reload.js"
EVENTS_URL = "/__live/events"
STATUS_URL = "/__live/status"

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class Forbidden(Exception):
    """The URL names something outside the output folder."""


def live_script() -> bytes:
    return resources.files("site_builder.serve").joinpath("assets/live.js").read_bytes()


def script_tag(build: int, session: str) -> bytes:
    return f'<script src="{SCRIPT_URL}" data-build="{int(build)}" data-session="{session}"></script>'.encode()


def inject_script(html: bytes, tag: bytes) -> bytes:
    """Insert ``tag`` before the last ``</body>`` (any case), or append it if there is none."""
    at = html.lower().rfind(b"</body")
    if at < 0:
        return html + tag
    return html[:at] + tag + html[at:]


def resolve_url_path(root: Path, url_path: str) -> Path:
    """The file or folder ``url_path`` names inside ``root``; raises Forbidden if outside.

    ``url_path`` is the raw path of the request (percent-encoded, no query string).
    The returned path may not exist.
    """
    decoded = unquote(url_path, errors="strict")
    if "\x00" in decoded or "\\" in decoded:
        raise Forbidden(url_path)
    parts = [part for part in decoded.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        raise Forbidden(url_path)
    real_root = os.path.realpath(root)
    candidate = os.path.join(real_root, *parts) if parts else real_root
    real = os.path.realpath(candidate)
    if real != real_root and not real.startswith(real_root + os.sep):
        raise Forbidden(url_path)  # a symlink pointing out of the output folder
    return Path(real)


def _content_type(path: Path) -> str:
    ctype, encoding = mimetypes.guess_type(path.name)
    if encoding or not ctype:
        return "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json", "image/svg+xml"):
        return f"{ctype}; charset=utf-8"
    return ctype


NOT_FOUND_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body style="font-family:sans-serif;margin:3em">
<h1>404 Not Found</h1><p>Nothing is built at <code>{path}</code> (yet). This page reloads by itself after the next build.</p>
</body></html>
"""


class LiveHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(
        self,
        address: tuple[str, int],
        root: Path,
        lock: RWLock,
        broadcaster: Broadcaster,
        verbose: bool = False,
        dynamic: Callable[[str], bytes | None] | None = None,
    ) -> None:
        host = address[0]
        if ":" in host:
            self.address_family = socket.AF_INET6
        self.root = Path(root)
        self.lock = lock
        self.broadcaster = broadcaster
        self.verbose = verbose
        self.dynamic = dynamic  # files the builder answers from memory (its deferred data files)
        self._script = live_script()
        super().__init__(address, LiveRequestHandler)

    def host_allowed(self, host_header: str) -> bool:
        """On a loopback address the Host header must name it exactly: 127.0.0.1, localhost, [::1] or
        the bound address, and a port, when given, must be the bound one. `127.0.0.1.evil.example`
        is a DNS name that a rebinding page may point here, and is refused."""
        bound, port = str(self.server_address[0]), int(self.server_address[1])
        if bound not in ("127.0.0.1", "::1", "localhost") and not bound.startswith("127."):
            return True  # the user chose to listen on a network address: any name may reach it
        header = host_header.strip().lower()
        if not header:
            return True  # HTTP/1.0 clients send none; a browser always does
        host, sep, given = header.rpartition(":") if not header.endswith("]") else (header, "", "")
        if not sep:
            host, given = header, ""
        names = {"127.0.0.1", "localhost", "[::1]", f"[{bound}]" if ":" in bound else bound}
        if host not in names:
            return False
        return not given or given == str(port)  # no port: the name alone is exact enough

    @property
    def url(self) -> str:
        address, port = self.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return  # the browser went away mid-response: normal during reloads
        super().handle_error(request, client_address)


class LiveRequestHandler(BaseHTTPRequestHandler):
    server: LiveHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "site_builder-serve"

    # -- plumbing ------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        head: bool,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _send_text(self, status: int, text: str, head: bool) -> None:
        self._send(status, text.encode(), "text/plain; charset=utf-8", head)

    # -- routing -------------------------------------------------------------------------

    def _dispatch(self, head: bool) -> None:
        if not self.server.host_allowed(self.headers.get("Host", "")):
            # DNS rebinding: a web page whose name resolves to 127.0.0.1 must not read the preview
            self._send_text(HTTPStatus.FORBIDDEN, "403 Forbidden: unexpected Host header\n", head)
            return
        url_path = urlsplit(self.path).path or "/"
        if url_path.startswith(LIVE_PREFIX):
            self._live(url_path, head)
            return
        self._static(url_path, head)

    def _live(self, url_path: str, head: bool) -> None:
        if url_path == SCRIPT_URL:
            self._send(HTTPStatus.OK, self.server._script, "text/javascript; charset=utf-8", head)
        elif url_path == EVENTS_URL:
            self._events(head)
        elif url_path == STATUS_URL:
            b = self.server.broadcaster
            body = json.dumps({"build": b.build, "session": b.session, "error": b.error}, default=str)
            self._send(HTTPStatus.OK, body.encode(), "application/json", head)
        else:
            self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n", head)

    def _static(self, url_path: str, head: bool) -> None:
        try:
            path = resolve_url_path(self.server.root, url_path)
        except (Forbidden, UnicodeDecodeError):
            self._send_text(HTTPStatus.FORBIDDEN, "403 Forbidden: outside the site\n", head)
            return
        b = self.server.broadcaster
        build, session = b.build, b.session  # read before the file: see live.js "hello"
        body: bytes | None = None
        redirect = False
        with self.server.lock.read():
            if self.server.dynamic is not None and path.is_relative_to(self.server.root):
                body = self.server.dynamic(path.relative_to(self.server.root).as_posix())
            if body is None:
                if path.is_dir():
                    if not url_path.endswith("/"):
                        redirect = True
                    else:
                        path = path / "index.html"
                if not redirect and path.is_file():
                    try:
                        body = path.read_bytes()
                    except OSError:
                        body = None
        if redirect:
            query = urlsplit(self.path).query
            location = url_path + "/" + (f"?{query}" if query else "")
            self._send(HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", head, {"Location": location})
            return
        tag = script_tag(build, session)
        if body is None:
            self._not_found(url_path, tag, head)
            return
        ctype = _content_type(path)
        if ctype.split(";")[0] in _HTML_TYPES:
            body = inject_script(body, tag)
        self._send(HTTPStatus.OK, body, ctype, head)

    def _not_found(self, url_path: str, tag: bytes, head: bool) -> None:
        custom = self.server.root / "404.html"
        body: bytes | None = None
        with self.server.lock.read():
            if custom.is_file():
                try:
                    body = custom.read_bytes()
                except OSError:
                    body = None
        if body is None:
            from markupsafe import escape

            body = NOT_FOUND_PAGE.format(path=escape(posixpath.normpath(unquote(url_path)))).encode()
        self._send(HTTPStatus.NOT_FOUND, inject_script(body, tag), "text/html; charset=utf-8", head)

    def _events(self, head: bool) -> None:
        self.close_connection = True
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.send_header("X-Accel-Buffering", "no")
        self.end_headers()
        if head:
            return
        try:
            self.wfile.write(b"retry: 1000\n\n")
            self.wfile.flush()
            with self.server.broadcaster.subscribe() as sub:
                while True:
                    try:
                        event = sub.next_event()
                    except EOFError:
                        return
                    self.wfile.write(event.encode() if event else b": keep-alive\n\n")
                    self.wfile.flush()
        except (ConnectionError, TimeoutError, OSError):
            return
