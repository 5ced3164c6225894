"""Chooses, at import, between the mypyc-compiled annotation modules and their .py sources.

`make build` compiles the modules that setup.py lists into C extensions beside their .py files
(`features.cpython-311-….so`, …, and one shared library `entities/native__mypyc.….so`). Python
loads an extension before a .py of the same name; the finder installed here loads the .py instead
when SITE_BUILDER_PURE=1 is set, or when a compiled module's source is newer than the extensions
(a developer edited it and has not run `make build` yet: one warning, then the sources run). The
choice is all or nothing: compiled modules call each other directly in C, so one fresh .py among
stale extensions would be bypassed. Nothing built: Python finds the .py files as usual.
Compiled and pure give the same annotations (tests/test_compiled.py), so the code version in the
cache key reads the .py files only. This module itself is never compiled.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PURE_ENV = "SITE_BUILDER_PURE"
SHARED_LIBRARY = "native__mypyc"  # setup.py's group "site_builder.annotate.entities.native"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so"
_ENTITIES = Path(__file__).resolve().parent
# Folders whose modules setup.py may compile, with their package names.
PACKAGES = {_ENTITIES: "site_builder.annotate.entities", _ENTITIES.parent / "quotes": "site_builder.annotate.quotes"}


def extensions(packages: dict[Path, str] = PACKAGES) -> dict[str, tuple[Path, Path]]:
    """Each compiled module's dotted name → (its .py, its extension), for the folders given."""
    found: dict[str, tuple[Path, Path]] = {}
    for folder, package in packages.items():
        for ext in sorted(folder.glob("*" + SUFFIX)):
            stem = ext.name[: -len(SUFFIX)]
            source = folder / f"{stem}.py"
            if stem != SHARED_LIBRARY and source.is_file():
                found[f"{package}.{stem}"] = (source, ext)
    return found


def stale(found: dict[str, tuple[Path, Path]], shared: Path = _ENTITIES / (SHARED_LIBRARY + SUFFIX)) -> list[Path]:
    """The compiled modules' sources newer than the oldest extension (all are built together),
    or the shared library itself when it is missing."""
    if not found:
        return []
    if not shared.is_file():
        return [shared]
    built = min(p.stat().st_mtime for p in (shared, *(ext for _, ext in found.values())))
    return [source for source, _ in found.values() if source.stat().st_mtime > built]


def pure_wanted(found: dict[str, tuple[Path, Path]]) -> bool:
    """Run the .py sources: asked for, or the extensions are stale (warned)."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return True
    late = stale(found)
    if late:
        warnings.warn(
            f"site_builder: the compiled annotation modules are older than {late[0]}; running the .py sources"
            " (run `make build` to recompile)",
            RuntimeWarning,
            stacklevel=2,
        )
    return bool(late)


class SourcesFirst(importlib.abc.MetaPathFinder):
    """Finds the .py source of each module named, ahead of its extension."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def install() -> None:
    """Put a SourcesFirst finder first on sys.meta_path when the .py sources should run (once)."""
    if any(isinstance(finder, SourcesFirst) for finder in sys.meta_path):
        return
    found = extensions()
    if found and pure_wanted(found):
        sys.meta_path.insert(0, SourcesFirst({name: source for name, (source, _) in found.items()}))


def compiled_modules() -> list[str]:
    """The annotation modules loaded in this process from a compiled extension."""
    packages = tuple(f"{package}." for package in PACKAGES.values())
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith(packages) and not name.endswith(SHARED_LIBRARY) and _origin(module).endswith(SUFFIX)
    )


def _origin(module: ModuleType) -> str:
    spec = module.__spec__
    return (spec.origin or "") if spec is not None else ""


install()
