"""Site settings from content/site.yaml, as a typed class; a folder without site.yaml gets defaults.

Finds: each setting, typed. Refuses, naming the line: a value of the wrong type, a number outside
its range (`per_page: 0` would divide by zero), a language that is not a language tag, and a
`base_url` that is not an absolute http(s) URL with a host and clean path (load/links.py), and an
`annotator` no backend is registered under (annotate/backend.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from site_builder.annotate.backend import BACKENDS
from site_builder.errors import BuildError, Problem
from site_builder.load.contentfs import inside, outside_problem
from site_builder.load.links import base_url_problem
from site_builder.load.yamlfile import key_lines, parse_yaml, read_utf8, unknown_key_warnings

SETTINGS_FILE = "site.yaml"


@dataclass(frozen=True, slots=True)
class Settings:
    title: str = "Press Archive"
    description: str = "An annotated archive of press articles."
    base_url: str = ""  # absolute URL where the site is hosted; used only for canonical links and feeds
    language: str = "en"
    author: str = ""
    home_articles: int = 20  # how many latest articles the home page lists
    feed_articles: int = 50
    per_page: int = 100  # list pages (tags, quotes index) are split into pages of this size
    entity_page_size: int = 100  # an entity page lists this many articles, quotes and transcripts a page
    show_drafts: bool = False
    annotator: str = "rules"  # the annotate backend (annotate/backend.py)

    @property
    def base_path(self) -> str:
        """The URL path of the site root ("/repo/"), for pages that cannot link relatively (404)."""
        path = urlparse(self.base_url).path if self.base_url else "/"
        return path if path.endswith("/") else path + "/"


_TYPES = {f.name: f.type for f in fields(Settings)}
RANGES = {"home_articles": (0, 10_000), "feed_articles": (0, 10_000), "per_page": (1, 100_000), "entity_page_size": (1, 100_000)}
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\Z")


def load_settings(content_dir: Path, base_url: str | None = None) -> tuple[Settings, list[Problem]]:
    """Read site.yaml if present; collect every error; return settings and warnings."""
    path = content_dir / SETTINGS_FILE
    settings = Settings()
    warnings: list[Problem] = []
    lines: dict[str, int] = {}
    if path.is_file():
        if not inside(path, content_dir):
            raise BuildError(outside_problem(path, content_dir))
        data, node = parse_yaml(read_utf8(path), path)
        data = data or {}
        if not isinstance(data, dict):
            raise BuildError(Problem(path, 1, "site.yaml must be a mapping of settings (key: value)"))
        lines = key_lines(node)
        warnings += unknown_key_warnings(data, set(_TYPES), path, lines, "site.yaml")
        errors: list[Problem] = []
        values = {key: _value(key, value, path, lines.get(key), errors) for key, value in data.items() if key in _TYPES}
        if errors:
            raise BuildError(errors)
        settings = replace(settings, **values)
    where, line = (path, lines.get("base_url")) if base_url is None else ("--base-url", None)
    if base_url is not None:
        settings = replace(settings, base_url=base_url.strip())
    if settings.base_url:
        problem = base_url_problem(settings.base_url, str(where), line)
        if problem:
            raise BuildError(problem)
    return settings, warnings


def _value(key: str, value: Any, path: Path, line: int | None, errors: list[Problem]) -> Any:
    """The setting's value, typed and range-checked; the default (with a problem added) when wrong."""
    default = getattr(Settings(), key)
    expected = {"str": str, "int": int, "bool": bool}[str(_TYPES[key])]
    if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if value is None and expected is str:
        value = ""
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        errors.append(Problem(path, line, f"'{key}' must be a {expected.__name__}, got {str(value)[:60]!r}"))
        return default
    if key in RANGES and isinstance(value, int) and not RANGES[key][0] <= value <= RANGES[key][1]:
        low, high = RANGES[key]
        errors.append(Problem(path, line, f"'{key}' must be between {low} and {high}, got {value}",
                              f"for example: {key}: {default}"))
        return default
    if isinstance(value, str):
        value = value.strip()
    if key == "annotator" and value not in BACKENDS:
        known = ", ".join(sorted(BACKENDS))
        errors.append(Problem(path, line, f"unknown annotator {value[:40]!r}", f"use one of: {known}"))
        return default
    if key == "language" and not _LANGUAGE.match(value):
        errors.append(Problem(path, line, f"'language' must be a language tag such as en or pt-BR, got {value[:40]!r}"))
        return default
    return value
