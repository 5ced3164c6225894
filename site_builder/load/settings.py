"""Site settings from content/site.yaml, as a typed class; a folder without site.yaml gets defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlparse

from site_builder.errors import BuildError, Problem
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
    show_drafts: bool = False

    @property
    def base_path(self) -> str:
        """The URL path of the site root ("/repo/"), for pages that cannot link relatively (404)."""
        path = urlparse(self.base_url).path if self.base_url else "/"
        return path if path.endswith("/") else path + "/"


_TYPES = {f.name: f.type for f in fields(Settings)}


def load_settings(content_dir: Path, base_url: str | None = None) -> tuple[Settings, list[Problem]]:
    """Read site.yaml if present; collect every error; return settings and warnings."""
    path = content_dir / SETTINGS_FILE
    settings = Settings()
    warnings: list[Problem] = []
    if path.is_file():
        data, node = parse_yaml(read_utf8(path), path)
        data = data or {}
        if not isinstance(data, dict):
            raise BuildError(Problem(path, 1, "site.yaml must be a mapping of settings (key: value)"))
        lines = key_lines(node)
        warnings += unknown_key_warnings(data, set(_TYPES), path, lines, "site.yaml")
        errors: list[Problem] = []
        values = {}
        for key, value in data.items():
            if key not in _TYPES:
                continue
            expected = {"str": str, "int": int, "bool": bool}[str(_TYPES[key])]
            if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            if value is None and expected is str:
                value = ""
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                errors.append(Problem(path, lines.get(key), f"'{key}' must be a {expected.__name__}, got {value!r}"))
                continue
            values[key] = value
        if errors:
            raise BuildError(errors)
        settings = replace(settings, **values)
    if base_url is not None:
        settings = replace(settings, base_url=base_url)
    if settings.base_url:
        parsed = urlparse(settings.base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise BuildError(Problem(
                path, key_lines(None).get("base_url"), f"base_url must be an absolute http(s) URL, got {settings.base_url!r}",
                "for GitHub Pages: https://USER.github.io/REPO/",
            ))
    return settings, warnings
