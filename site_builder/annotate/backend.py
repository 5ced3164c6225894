"""The annotator seam: what finds mentions, quotes and turns in an article's plain text.

`rules` (the default, annotate/entities + annotate/quotes) is the only backend shipped; a statistical
one (spaCy, say) implements `AnnotatorBackend` and is registered under a name that site.yaml's
`annotator:` selects. A backend's name and version are part of every article's cache key, so
switching backends or upgrading one re-annotates. Refuses an unknown name (load/settings.py names
the line)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Protocol

import site_builder
from site_builder.model.registry import Registry
from site_builder.model.spans import Annotations, QuoteFix


class AnnotatorBackend(Protocol):
    """Finds the standoff spans of one text. Must be picklable (it travels to worker processes) and
    pure: the same text, registry and fixes give the same annotations."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...  # changes whenever its output may change

    def annotate(self, text: str, registry: Registry, quote_fixes: tuple[QuoteFix, ...]) -> Annotations: ...


class RulesBackend:
    """The rule-based annotators of annotate/entities and annotate/quotes."""

    name = "rules"

    @property
    def version(self) -> str:
        return code_version()

    def annotate(self, text: str, registry: Registry, quote_fixes: tuple[QuoteFix, ...]) -> Annotations:
        from site_builder.annotate import annotate_text

        return annotate_text(text, registry, quote_fixes)


BACKENDS: dict[str, Callable[[], AnnotatorBackend]] = {"rules": RulesBackend}
DEFAULT_BACKEND = "rules"


def register_backend(name: str, factory: Callable[[], AnnotatorBackend]) -> None:
    """Make a backend selectable as `annotator: <name>` in site.yaml."""
    BACKENDS[name] = factory


def backend_named(name: str) -> AnnotatorBackend:
    return BACKENDS[name]()


@cache
def code_version() -> str:
    """A hash of the code that loads and annotates articles: the rules backend's version."""
    root = Path(site_builder.__file__).parent
    digest = hashlib.sha256(site_builder.__version__.encode())
    # titles and summaries are made at load; titlewords.py reads titles for annotate/entities/linking.py
    for extra in (root / "text.py", root / "titlewords.py", *sorted((root / "data").glob("*.txt"))):
        digest.update(extra.read_bytes())
    for folder in ("model", "load", "annotate"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".yaml", ".yml", ".json", ".tsv"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
