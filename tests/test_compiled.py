"""The mypyc-compiled annotation modules (setup.py, `make build`) against their .py sources.

Compiled and pure must give the same annotations and the same code version; SITE_BUILDER_PURE=1
or a source newer than the extensions runs the .py files (site_builder/annotate/entities/native.py).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from site_builder.annotate.entities import native

ROOT = Path(__file__).resolve().parent.parent

# Annotates the fixture archive and a few sentences of our own in a fresh process (the finder
# chooses at import); prints the digest, the code version and the modules loaded compiled.
_SCRIPT = r"""
import hashlib, json, re, sys
from pathlib import Path
from site_builder.annotate import annotate_text
from site_builder.annotate.backend import code_version
from site_builder.annotate.entities.native import compiled_modules
from site_builder.load.registry import load_registry_file

archive = Path(sys.argv[1])
registry, _ = load_registry_file(archive / "entities.yaml")
texts = [re.sub(r"\A---\n.*?\n---\n", "", p.read_text(encoding="utf-8"), count=1, flags=re.S)
         for p in sorted((archive / "articles").rglob("*.md"))]
texts += [
    '“We will not back down,” said Mayor Lena Markovic of Tampa, Florida, on Tuesday.',
    'The minister, Jean-Paul Okafor, told the BBC: “Nothing has changed.” Okafor left for Paris.',
    'no names here at all, and “a scare quote” in lower case',
]
digest = hashlib.sha256()
for text in texts:
    digest.update(repr(annotate_text(text, registry)).encode())
print(json.dumps({"digest": digest.hexdigest(), "version": code_version(), "compiled": compiled_modules()}))
"""


def _annotate(pure: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    out = subprocess.run(
        [sys.executable, "-W", "ignore::RuntimeWarning", "-c", _SCRIPT, str(ROOT / "tests/fixtures/archive")],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def test_compiled_and_pure_annotate_the_same() -> None:
    found = native.extensions()
    if not found or native.stale(found):
        pytest.skip("no fresh compiled extensions (`make build` compiles them)")
    compiled, pure = _annotate(pure=False), _annotate(pure=True)
    assert compiled["compiled"] == sorted(found)
    assert pure["compiled"] == []
    assert compiled["digest"] == pure["digest"]
    assert compiled["version"] == pure["version"]  # the cache key ignores the extensions


def _layout(tmp_path: Path, files: dict[str, float]) -> Path:
    """A package folder `pkg` holding the files named, each with the mtime given."""
    folder = tmp_path / "pkg"
    folder.mkdir()
    for name, mtime in files.items():
        path = folder / name.replace("SO", native.SUFFIX)
        path.write_text("VALUE = 'py'\n" if name.endswith(".py") else "not a real extension")
        os.utime(path, (mtime, mtime))
    return folder


SHARED = native.SHARED_LIBRARY + "SO"


@pytest.mark.parametrize(
    ("files", "late"),
    [
        ({"a.py": 100, "aSO": 200, SHARED: 200}, []),  # fresh
        ({"a.py": 300, "aSO": 200, SHARED: 200}, ["a.py"]),  # source edited since the build
        ({"a.py": 100, "b.py": 300, "aSO": 200, "bSO": 400, SHARED: 200}, ["b.py"]),  # newer than the oldest
        ({"a.py": 100, "aSO": 200}, [SHARED]),  # shared library missing
        ({"a.py": 100, SHARED: 200}, []),  # nothing compiled: plain Python
        ({"aSO": 200, SHARED: 200}, []),  # an extension without its source is not ours
    ],
)
def test_stale(tmp_path: Path, files: dict[str, float], late: list[str]) -> None:
    folder = _layout(tmp_path, files)
    found = native.extensions({folder: "pkg"})
    shared = folder / (native.SHARED_LIBRARY + native.SUFFIX)
    assert [p.name for p in native.stale(found, shared)] == [n.replace("SO", native.SUFFIX) for n in late]


@pytest.mark.parametrize(("value", "pure"), [("1", True), ("yes", True), ("0", False), ("", False)])
def test_pure_env(monkeypatch: pytest.MonkeyPatch, value: str, pure: bool) -> None:
    monkeypatch.setenv(native.PURE_ENV, value)
    assert native.pure_wanted({}) is pure


def test_sources_first_loads_the_py_over_the_extension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _layout(tmp_path, {"__init__.py": 100, "a.py": 100, "aSO": 200})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", [native.SourcesFirst({"pkg.a": folder / "a.py"}), *sys.meta_path])
    monkeypatch.delitem(sys.modules, "pkg", raising=False)
    monkeypatch.delitem(sys.modules, "pkg.a", raising=False)
    module = importlib.import_module("pkg.a")
    assert module.VALUE == "py"
    assert module.__file__ == str(folder / "a.py")
    sys.modules.pop("pkg.a", None)
    sys.modules.pop("pkg", None)
