"""A running `serve` against a temporary archive: edits, errors, new/deleted articles, templates.

Every wait has a generous limit (helpers.WAIT); nothing here asserts how fast anything is.
"""

from __future__ import annotations

import uuid

import pytest

from .helpers import SSEClient, atomic_write, fetch, find_page, raw_get, wait_served, wait_until


def _token() -> str:
    return "Zq" + uuid.uuid4().hex[:12]


def _articles(live):
    return sorted(p for p in live.articles.rglob("*") if p.suffix in (".md", ".txt") and p.name[0] not in "._")


def _first_article(live):
    return _articles(live)[0]


def _append_paragraph(path, token: str) -> None:
    atomic_write(path, path.read_text(encoding="utf-8").rstrip("\n") + f"\n\nA live edit says {token} here.\n")


def test_served_html_carries_the_script_but_the_built_file_does_not(live):
    status, body = fetch(live.url)
    assert status == 200
    assert '<script src="/__live/reload.js"' in body
    assert body.index("/__live/reload.js") < body.lower().rindex("</body")
    on_disk = (live.output / "index.html").read_text(encoding="utf-8")
    assert "__live" not in on_disk
    status, script = fetch(live.url + "__live/reload.js")
    assert status == 200 and "EventSource" in script


def test_edit_reaches_the_served_page_and_fires_reload(live):
    sse = live.sse()
    token = _token()
    _append_paragraph(_first_article(live), token)
    event = sse.next("reload")
    assert event.data["build"] >= 2 and event.data["written"]
    rel, body = wait_served(live.url, live.output, token)
    assert "/__live/reload.js" in body
    assert "__live" not in (live.output / rel).read_text(encoding="utf-8")


def test_several_files_saved_at_once(live):
    sse = live.sse()
    articles = _articles(live)[:2]
    tokens = [_token() for _ in articles]
    for path, token in zip(articles, tokens, strict=True):
        _append_paragraph(path, token)
    sse.next("reload")
    for token in tokens:
        wait_served(live.url, live.output, token)


def test_broken_article_keeps_old_page_shows_error_then_clears(live):
    sse = live.sse()
    path = _first_article(live)
    good = path.read_text(encoding="utf-8")
    token = _token()
    _append_paragraph(path, token)
    sse.next("reload")
    rel, _ = wait_served(live.url, live.output, token)

    # bad YAML front matter: an unterminated quoted title
    atomic_write(path, '---\ntitle: "unterminated\ndate: 2025-01-01\n---\n\n' + good)
    event = sse.next("error")
    problems = event.data["problems"]
    assert problems, event.data
    assert any(path.name in p["file"] for p in problems), problems
    problem = next(p for p in problems if path.name in p["file"])
    assert problem["message"]
    if problem["line"]:
        assert problem["excerpt"], "an excerpt of the lines around the error"
        assert any(row["current"] for row in problem["excerpt"])
        assert all({"number", "text", "current"} <= set(row) for row in problem["excerpt"])

    # the last good page is still served, and a new connection is told about the error
    status, body = fetch(live.url + rel)
    assert status == 200 and token in body
    status, state = fetch(live.url + "__live/status")
    assert '"error": {' in state
    late = SSEClient(live.url)  # a page opened now shows the overlay straight away
    live.clients.append(late)
    assert late.next("hello").data["error"]["problems"]

    # fixing the file rebuilds and clears the error by itself
    fixed = _token()
    atomic_write(path, good.rstrip("\n") + f"\n\nFixed now: {fixed}.\n")
    event = sse.next(where=lambda e: e.name in ("reload", "clear"))
    assert live.server.broadcaster.error is None
    wait_served(live.url, live.output, fixed)
    status, state = fetch(live.url + "__live/status")
    assert '"error": null' in state


def test_hello_carries_the_current_error(fake_live):
    path = _first_article(fake_live)
    sse = fake_live.sse()
    atomic_write(path, '---\ntitle: [unclosed\n---\n\nbody\n')
    sse.next("error")
    client = SSEClient(fake_live.url)
    fake_live.clients.append(client)
    hello = client.next("hello")
    assert hello.data["error"] and hello.data["error"]["problems"]


def test_new_and_deleted_article(live):
    sse = live.sse()
    token = _token()
    new = live.articles / f"zz-live-new-{token.lower()}.md"
    new.write_text(f"---\ntitle: Brand new {token}\ndate: 2025-03-04\n---\n\nNew article body {token}.\n",
                   encoding="utf-8")
    sse.next("reload")
    rel, _ = wait_served(live.url, live.output, token, stem=new.stem)

    new.unlink()
    event = sse.next("reload", where=lambda e: rel in e.data["deleted"])
    assert rel in event.data["deleted"]
    wait_until(lambda: fetch(live.url + rel)[0] == 404, what=f"{rel} answering 404 after the delete")
    assert find_page(live.output, token, under="") is None


def test_template_edit(live):
    if live.templates is None:
        pytest.skip("BuildOptions has no templates folder option: the real templates/ are shared, not edited here")
    sse = live.sse()
    token = _token()
    candidates = sorted(p for p in live.templates.rglob("*.html") if "</body>" in p.read_text(encoding="utf-8"))
    if not candidates:
        pytest.skip("no template with a </body> to edit")
    template = next((p for p in candidates if p.name in ("article.html", "base.html", "layout.html")), candidates[0])
    text = template.read_text(encoding="utf-8")
    atomic_write(template, text.replace("</body>", f"<p>{token}</p></body>", 1))
    sse.next("reload")
    wait_until(lambda: find_page(live.output, token, under=""), what="a page built from the edited template")
    rel = find_page(live.output, token, under="")
    status, body = fetch(live.url + rel)
    assert status == 200 and token in body


def test_css_only_change_swaps_stylesheet(live):
    if live.static is None:
        pytest.skip("BuildOptions has no static folder option: the real static/ is shared, not edited here")
    css = sorted(live.static.rglob("*.css"))
    if not css:
        pytest.skip("no stylesheet in static/")
    sse = live.sse()
    atomic_write(css[0], css[0].read_text(encoding="utf-8") + "\n/* live edit */\n")
    event = sse.next(where=lambda e: e.name in ("css", "reload"))
    assert event.name == "css", event.data
    assert any(p.endswith(css[0].name) for p in event.data["paths"])


def test_editor_noise_does_not_rebuild_but_real_save_does(fake_live):
    sse = fake_live.sse()
    builds = fake_live.server.builds
    for name in (".article-0.md.swp", "article-0.md~", ".#article-0.md", "4913", "x.tmp", ".DS_Store"):
        (fake_live.articles / name).write_text("noise", encoding="utf-8")
    (fake_live.output / "stray.html").write_text("<p>written into the output</p>", encoding="utf-8")
    token = _token()
    _append_paragraph(_first_article(fake_live), token)
    sse.next("reload")
    wait_served(fake_live.url, fake_live.output, token)
    # everything above settles into rebuilds caused by the real save only
    assert all("swp" not in line and "4913" not in line and "stray" not in line
               for line in fake_live.logs if line.startswith("Rebuilt")), fake_live.logs
    assert fake_live.server.builds >= builds + 1


@pytest.mark.parametrize(
    "raw_path",
    [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/articles/..%2f..%2fsecret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/..%5csecret.txt",
        "/articles/%2e%2e/%2e%2e/secret.txt",
        "//../secret.txt",
        "/%00index.html",
    ],
)
def test_path_traversal_is_refused(fake_live, raw_path):
    (fake_live.output.parent / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    status, body = raw_get(fake_live.url, raw_path)
    assert status in (400, 403, 404)
    assert b"TOP SECRET" not in body


def test_path_traversal_is_refused_by_real_builder_site_too(live):
    (live.output.parent / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    for raw_path in ("/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt"):
        status, body = raw_get(live.url, raw_path)
        assert status in (400, 403, 404) and b"TOP SECRET" not in body


def test_folder_url_serves_index_and_redirects_without_slash(fake_live):
    status, body = fetch(fake_live.url)
    assert status == 200 and "Archive" in body
    status, _ = raw_get(fake_live.url, "/articles")
    assert status in (301, 404)  # articles/ has no index.html in the fake site: 404 after the redirect
    (fake_live.output / "articles" / "index.html").write_text("<html><body>list</body></html>", encoding="utf-8")
    status, body = fetch(fake_live.url + "articles")  # urllib follows the redirect
    assert status == 200 and "list" in body and "/__live/reload.js" in body


def test_data_files_follow_each_edit_in_memory_and_on_disk(live):
    """`serve` answers data/annotations.json and the search data from the last written build, then
    writes them to disk: a reader never gets data older than the pages, and the folder ends complete."""
    if live.kind != "real":
        pytest.skip("the fake builder serves everything from disk")
    sse = live.sse()
    token = _token()
    _append_paragraph(_first_article(live), token)
    sse.next("reload")
    status, body = fetch(live.url + "data/annotations.json")
    assert status == 200 and token in body
    status, body = fetch(live.url + "assets/search/index.js")  # the search index, sharded (render/search.py)
    assert status == 200 and "SEARCH.meta" in body
    wait_until(lambda: token in (live.output / "data" / "annotations.json").read_text(encoding="utf-8"),
               what="annotations.json written to disk")
