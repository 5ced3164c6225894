"""The HTTP server alone: path guard, folder index, injection, the site lock."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from site_builder.serve.events import Broadcaster
from site_builder.serve.rwlock import RWLock
from site_builder.serve.server import Forbidden, LiveHTTPServer, inject_script, resolve_url_path

from .helpers import fetch, raw_get


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "out"
    (root / "articles").mkdir(parents=True)
    (root / "index.html").write_text("<html><body><h1>Home</h1></body></html>", encoding="utf-8")
    (root / "articles" / "a.html").write_text("<html><BODY>A</BODY></html>", encoding="utf-8")
    (root / "style.css").write_text("body{}", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    lock = RWLock()
    server = LiveHTTPServer(("127.0.0.1", 0), root, lock, Broadcaster())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield server, root, lock
    server.broadcaster.close()
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_resolve_url_path(tmp_path: Path):
    root = tmp_path / "out"
    root.mkdir()
    assert resolve_url_path(root, "/") == Path(os.path.realpath(root))
    assert resolve_url_path(root, "/a%20b/c.html") == Path(os.path.realpath(root)) / "a b" / "c.html"
    for bad in ("/../x", "/a/../../x", "/%2e%2e/x", "/..%2fx", "/..%2Fx", "/a%5c..%5cx", "/x%00.html"):
        with pytest.raises(Forbidden):
            resolve_url_path(root, bad)


def test_inject_script():
    tag = b"<script></script>"
    assert inject_script(b"<html><body>x</body></html>", tag) == b"<html><body>x<script></script></body></html>"
    assert inject_script(b"<BODY>x</BODY>", tag) == b"<BODY>x<script></script></BODY>"
    assert inject_script(b"<p>fragment</p>", tag) == b"<p>fragment</p><script></script>"
    # only the last </body> (an earlier one may sit in an article's code sample)
    assert inject_script(b"<code>&lt;/body&gt;</code></body></body>", tag).endswith(b"</body><script></script></body>")


def test_files_folders_and_types(site):
    server, root, _ = site
    status, body = fetch(server.url)
    assert status == 200 and "Home" in body and body.index("__live/reload.js") < body.index("</body>")
    assert "__live" not in (root / "index.html").read_text()
    status, body = fetch(server.url + "articles/a.html")
    assert status == 200 and "/__live/reload.js" in body and body.index("__live") < body.index("</BODY>")
    status, body = fetch(server.url + "style.css")
    assert status == 200 and body == "body{}"  # not HTML: untouched
    status, _ = raw_get(server.url, "/articles")
    assert status == 301
    status, body = fetch(server.url + "nope.html")
    assert status == 404 and "/__live/reload.js" in body  # so the page reloads once it is built
    (root / "404.html").write_text("<html><body>custom 404</body></html>", encoding="utf-8")
    status, body = fetch(server.url + "nope.html")
    assert status == 404 and "custom 404" in body
    status, body = fetch(server.url + "index.html?x=1")
    assert status == 200 and "Home" in body


def test_symlinks_escaping_the_output_are_refused(site, tmp_path: Path):
    server, root, _ = site
    os.symlink(tmp_path / "secret.txt", root / "leak.txt")
    os.symlink(tmp_path, root / "up")
    os.symlink(root / "style.css", root / "inside.css")
    for path in ("/leak.txt", "/up/secret.txt", "/up/"):
        status, body = raw_get(server.url, path)
        assert status == 403 and b"TOP SECRET" not in body, path
    assert raw_get(server.url, "/inside.css") == (200, b"body{}")


def test_encoded_traversal(site):
    server, _, _ = site
    for path in ("/../secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/articles/..%2f..%2fsecret.txt",
                 "/..%5csecret.txt", "/%252e%252e/secret.txt", "/%ff%fe", "/%00"):
        status, body = raw_get(server.url, path)
        assert status in (400, 403, 404) and b"TOP SECRET" not in body, path


def test_requests_wait_for_the_write_phase(site):
    """While the builder holds the write lock, a request waits, then sees the finished file."""
    server, root, lock = site
    result: dict[str, object] = {}
    started = threading.Event()

    def request() -> None:
        started.set()
        result["response"] = fetch(server.url + "articles/a.html")

    with lock.write:
        (root / "articles" / "a.html").write_text("<html><body>HALF", encoding="utf-8")
        thread = threading.Thread(target=request, daemon=True)
        thread.start()
        started.wait(20)
        thread.join(0.5)  # it must still be waiting for the lock
        assert thread.is_alive() and "response" not in result
        (root / "articles" / "a.html").write_text("<html><body>COMPLETE</body></html>", encoding="utf-8")
    thread.join(20)
    status, body = result["response"]
    assert status == 200 and "COMPLETE" in body and "HALF</body" not in body


def test_head_and_status(site):
    server, _, _ = site
    status, body = raw_get(server.url, "/__live/status")
    assert status == 200 and b'"build": 0' in body
    assert raw_get(server.url, "/__live/nothing")[0] == 404


def test_foreign_host_header_is_refused(site):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the preview."""
    import http.client

    server, _, _ = site
    port = server.server_address[1]
    cases = ((f"evil.example:{port}", 403), (f"localhost:{port}", 200), (f"127.0.0.1:{port}", 200), ("[::1]", 200),
             (f"[::1]:{port}", 200), ("localhost", 200), (f"LocalHost:{port}", 200),
             # the reproducer of issue 13: any name starting with "127." was accepted
             (f"127.0.0.1.evil.example:{port}", 403), ("127.0.0.1.evil.example", 403), (f"127.1.2.3:{port}", 403),
             (f"localhost:{port + 1}", 403), (f"127.0.0.1:{port}0", 403), ("127.0.0.1:", 200),
             (f"sub.localhost:{port}", 403), (f"localhost.:{port}", 403), (f"[::1]x:{port}", 403),
             (f"evil.example@127.0.0.1:{port}", 403), (f"[::ffff:127.0.0.1]:{port}", 403))
    for host, expected in cases:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.putrequest("GET", "/", skip_host=True)
        conn.putheader("Host", host)
        conn.endheaders()
        assert conn.getresponse().status == expected, host
        conn.close()
