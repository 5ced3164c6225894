"""The annotator seam: a backend other than the rules, selected in site.yaml, reaches the pages and
the cache key (annotate/backend.py, annotate/batch.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_builder.annotate.backend import BACKENDS, RulesBackend, register_backend
from site_builder.annotate.batch import Annotator
from site_builder.build import Builder, BuildOptions
from site_builder.errors import BuildError
from site_builder.model.registry import EMPTY_REGISTRY, Registry
from site_builder.model.spans import Annotations, EntityRef, Mention, QuoteFix
from tests.helpers import copy_fixture


class FakeBackend:
    """A stand-in for a statistical model: every 'Zyx' + capitalised word is a person."""

    name = "fake"
    version = "1.0"

    def annotate(self, text: str, registry: Registry, quote_fixes: tuple[QuoteFix, ...]) -> Annotations:
        mentions = tuple(Mention(m.start(), m.end(), m.group(0), "person", "zyx-" + m.group(1).lower())
                         for m in re.finditer(r"\bZyx ([A-Z][a-z]+)", text))
        refs = tuple(EntityRef(m.entity, m.text, "person", False) for m in mentions)
        return Annotations(mentions=mentions, entities=tuple(dict.fromkeys(refs)))


@pytest.fixture
def fake_backend() -> object:
    register_backend("fake", FakeBackend)
    yield
    BACKENDS.pop("fake", None)


def _project(tmp_path: Path, annotator: str | None) -> Path:
    content = copy_fixture(tmp_path)
    if annotator is not None:
        settings = content / "site.yaml"
        settings.write_text(settings.read_text() + f"annotator: {annotator}\n")
    (content / "articles" / "zyx.md").write_text("---\ntitle: Zyx\ndate: 2025-03-01\n---\n\nZyx Quorra spoke to Pete Hegseth.\n")
    return content


def test_a_backend_selected_in_site_yaml_reaches_the_pages(tmp_path: Path, fake_backend: object) -> None:
    content = _project(tmp_path, "fake")
    Builder(BuildOptions(content_dir=content, output_dir=tmp_path / "site")).build()
    page = (tmp_path / "site" / "articles" / "zyx.html").read_text()
    assert 'class="mention mention-person"' in page and "Zyx Quorra" in page
    assert (tmp_path / "site" / "people" / "zyx-quorra.html").is_file()
    assert not (tmp_path / "site" / "people" / "pete-hegseth.html").exists()  # the rules would find him


def test_the_default_is_the_rules(tmp_path: Path) -> None:
    content = _project(tmp_path, None)
    Builder(BuildOptions(content_dir=content, output_dir=tmp_path / "site")).build()
    assert (tmp_path / "site" / "people" / "pete-hegseth.html").is_file()


@pytest.mark.parametrize("backend,other", [
    (FakeBackend(), RulesBackend()),
    (FakeBackend(), type("FakeTwo", (FakeBackend,), {"version": "2.0"})()),
])
def test_the_cache_key_includes_the_backend_name_and_version(backend: FakeBackend, other: object) -> None:
    salt = Annotator(EMPTY_REGISTRY, backend).salt
    assert "fake:1.0" in salt
    assert salt != Annotator(EMPTY_REGISTRY, other).salt  # type: ignore[arg-type]


def test_switching_backend_re_annotates(tmp_path: Path, fake_backend: object) -> None:
    content = _project(tmp_path, None)
    options = BuildOptions(content_dir=content, output_dir=tmp_path / "site", cache_dir=tmp_path / "cache")
    Builder(options).build()
    settings = content / "site.yaml"
    settings.write_text(settings.read_text() + "annotator: fake\n")
    result = Builder(options).build()
    assert result.annotated == result.articles  # every key changed
    assert (tmp_path / "site" / "people" / "zyx-quorra.html").is_file()


def test_an_unknown_backend_is_refused_with_its_line(tmp_path: Path) -> None:
    content = _project(tmp_path, "spacy-large")
    with pytest.raises(BuildError) as caught:
        Builder(BuildOptions(content_dir=content, output_dir=tmp_path / "site")).build()
    problem = caught.value.problems[0]
    assert "unknown annotator 'spacy-large'" in problem.message and problem.line is not None
    assert "rules" in problem.hint
