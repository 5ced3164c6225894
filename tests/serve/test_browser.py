"""Headless Chromium: an open page reloads by itself after an edit, and shows/clears the error overlay."""

from __future__ import annotations

import os
import queue
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from .helpers import WAIT, atomic_write, find_page, wait_until

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class BrowserThread:
    """Chromium driven from a thread of its own.

    Playwright's sync API refuses to start while another sync Playwright (tests/browser's
    session fixture) is open in the same thread, so these tests run theirs on a worker thread:
    ``run(fn)`` calls ``fn(browser)`` there and returns its result or raises its exception.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[Any], Any], Future[Any]] | None] = queue.Queue()
        self._ready: Future[None] = Future()
        self._thread = threading.Thread(target=self._main, name="serve-browser", daemon=True)
        self._thread.start()
        self._ready.result(timeout=120)

    def _main(self) -> None:
        try:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
                self._ready.set_result(None)
                while (job := self._jobs.get()) is not None:
                    fn, future = job
                    try:
                        future.set_result(fn(browser))
                    except BaseException as exc:  # noqa: BLE001 -- handed to the test thread
                        future.set_exception(exc)
                browser.close()
        except BaseException as exc:  # noqa: BLE001
            if not self._ready.done():
                self._ready.set_exception(exc)

    def run(self, fn: Callable[[Any], Any], timeout: float = 180) -> Any:
        future: Future[Any] = Future()
        self._jobs.put((fn, future))
        return future.result(timeout=timeout)

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(30)


@pytest.fixture(scope="module")
def browser():
    pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing on CI: `make test` should have installed Debian's chromium")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    thread = BrowserThread()
    yield thread
    thread.close()


def _article(live) -> Path:
    return sorted(p for p in live.articles.rglob("*") if p.suffix in (".md", ".txt") and p.name[0] not in "._")[0]


def test_page_reloads_itself_after_an_edit_and_shows_errors(browser, live):
    browser.run(lambda b: _edit_error_fix(b, live))


def _edit_error_fix(browser, live) -> None:  # noqa: ANN001
    path = _article(live)
    good = path.read_text(encoding="utf-8")
    marker = "Zq" + uuid.uuid4().hex[:10]
    atomic_write(path, good.rstrip("\n") + f"\n\nMarker {marker}.\n")
    rel = wait_until(lambda: find_page(live.output, marker), what="the marked page on disk")

    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(live.url + rel)
        page.wait_for_function("() => window.__siteBuilderLiveState && window.__siteBuilderLive", timeout=WAIT * 1000)
        page.wait_for_function("() => window.__siteBuilderLiveState.events.includes('hello')", timeout=WAIT * 1000)
        page.evaluate("() => { window.__notReloaded = true; }")

        token = "Zq" + uuid.uuid4().hex[:10]
        atomic_write(path, good.rstrip("\n") + f"\n\nMarker {marker}. Edited {token}.\n")
        page.wait_for_function(
            "t => document.body && document.body.innerText.includes(t)", arg=token, timeout=WAIT * 1000
        )
        assert page.evaluate("() => window.__notReloaded === undefined"), "the page reloaded itself"

        # break the article: the overlay appears on the still-served old page, escaped
        atomic_write(path, '---\ntitle: "<img src=x onerror=alert(1)>\n---\n\n' + good)
        overlay = page.wait_for_selector("#__site_builder_live_overlay", timeout=WAIT * 1000)
        text = overlay.inner_text()
        assert path.name in text
        assert page.query_selector("#__site_builder_live_overlay img") is None  # shown as text, not markup
        assert token in page.inner_text("body")  # the last good page is still there

        # fix it: the overlay goes away by itself and the new text shows
        fixed = "Zq" + uuid.uuid4().hex[:10]
        atomic_write(path, good.rstrip("\n") + f"\n\nMarker {marker}. Fixed {fixed}.\n")
        page.wait_for_function(
            "t => document.body.innerText.includes(t) && !document.getElementById('__site_builder_live_overlay')",
            arg=fixed, timeout=WAIT * 1000,
        )
    finally:
        page.close()
    assert errors == [], f"JavaScript errors: {errors}"


def test_css_change_is_swapped_without_reload(browser, fake_live):
    browser.run(lambda b: _css_swap(b, fake_live))


def _css_swap(browser, fake_live) -> None:  # noqa: ANN001
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(fake_live.url)
        page.wait_for_function("() => window.__siteBuilderLiveState && window.__siteBuilderLiveState.events.includes('hello')",
                               timeout=WAIT * 1000)
        page.evaluate("() => { window.__notReloaded = true; }")
        atomic_write(fake_live.output.parent / "static" / "style.css", "body { color: rgb(1, 2, 3); }\n")
        page.wait_for_function("() => getComputedStyle(document.body).color === 'rgb(1, 2, 3)'", timeout=WAIT * 1000)
        assert page.evaluate("() => window.__notReloaded === true"), "no full reload for a CSS-only change"
    finally:
        page.close()
    assert errors == [], f"JavaScript errors: {errors}"
