"""Fixtures: a temporary archive and a running LiveServer (port 0, in threads).

``live`` runs against a small fake builder (tests/serve/fake_builder.py, the same interface as
site_builder.build.Builder) and against the real Builder once site_builder/build.py exists.
"""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from site_builder.serve.app import LiveServer

from .fake_builder import FakeBuilder, FakeOptions, make_archive
from .helpers import SSEClient

REPO = Path(__file__).resolve().parents[2]
FIXTURE_ARCHIVE = REPO / "tests" / "fixtures" / "archive"


def real_builder_available() -> bool:
    try:
        import site_builder.build  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Live:
    kind: str  # "fake" or "real"
    server: LiveServer
    content: Path
    output: Path
    templates: Path | None  # a private copy the test may edit, or None
    static: Path | None = None  # likewise
    logs: list[str] = field(default_factory=list)
    clients: list[SSEClient] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def articles(self) -> Path:
        return self.content / "articles"

    def sse(self) -> SSEClient:
        client = SSEClient(self.url)
        self.clients.append(client)
        hello = client.next("hello")
        assert hello.data["build"] == self.server.broadcaster.build or hello.data["build"] >= 1
        return client


def _real_builder(tmp: Path) -> tuple[Any, Path, Path, Path | None, Path | None]:
    from site_builder.build import Builder, BuildOptions

    fixture = next((d for d in (FIXTURE_ARCHIVE / "content", FIXTURE_ARCHIVE) if (d / "articles").is_dir()), None)
    if fixture is not None:
        content = tmp / "content"
        shutil.copytree(fixture, content)
    else:
        content = make_archive(tmp / "archive")  # its templates/ and static/ are the fake's: not used here
    output = tmp / "out"
    kwargs: dict[str, Any] = dict(content_dir=content, output_dir=output, in_place=True)
    names = {f.name for f in dataclasses.fields(BuildOptions)}
    if "defer_data" in names:  # as `serve` runs it (serve/app.py make_builder)
        kwargs["defer_data"] = True
    templates = static = None
    for option in ("templates_dir", "template_dir", "templates"):
        if option in names:
            templates = tmp / "templates"
            shutil.copytree(REPO / "templates", templates)
            kwargs[option] = templates
            break
    for option in ("static_dir", "static"):
        if option in names and (REPO / "static").is_dir():
            static = tmp / "static"
            shutil.copytree(REPO / "static", static)
            kwargs[option] = static
            break
    return Builder(BuildOptions(**kwargs)), content, output, templates, static


def _fake_builder(tmp: Path) -> tuple[Any, Path, Path, Path | None, Path | None]:
    content = make_archive(tmp)
    output = tmp / "out"
    options = FakeOptions(content, output, in_place=True, templates_dir=tmp / "templates", static_dir=tmp / "static")
    return FakeBuilder(options), content, output, tmp / "templates", tmp / "static"


def start_live(kind: str, tmp: Path) -> Live:
    if kind == "real" and not real_builder_available():
        pytest.skip("site_builder/build.py (the real Builder) is not there yet")
    builder, content, output, templates, static = (_real_builder if kind == "real" else _fake_builder)(tmp)
    logs: list[str] = []
    server = LiveServer(builder, output, host="127.0.0.1", port=0, debounce=0.05, log=logs.append)
    server.start()
    if server.last_error is not None:
        server.stop()
        raise AssertionError(f"the first build of the test archive failed: {server.last_error}")
    return Live(kind, server, content, output, templates, static, logs)


@pytest.fixture(params=["fake", "real"])
def live(request: pytest.FixtureRequest, tmp_path: Path):
    site = start_live(request.param, tmp_path)
    yield site
    for client in site.clients:
        client.close()
    site.server.stop()


@pytest.fixture
def fake_live(tmp_path: Path):
    site = start_live("fake", tmp_path)
    yield site
    for client in site.clients:
        client.close()
    site.server.stop()
