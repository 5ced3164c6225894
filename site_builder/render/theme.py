"""The theme: Jinja templates and static files, the project's own layered over the default.

The default theme is `templates/` and `static/` at the top of the source tree; a wheel carries
them as `site_builder/theme/` (setup.py copies them in), so `pip install .` can build a site
anywhere. A project may keep its own `templates/` and `static/` beside its `content/`: a file
there replaces the default file of the same name, file by file (as MkDocs' `custom_dir` does).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_PACKAGED = _PACKAGE / "theme"  # present in an installed wheel
_SOURCE = _PACKAGE.parent  # a source checkout or an editable install

DEFAULT_DIR = _PACKAGED if (_PACKAGED / "templates").is_dir() else _SOURCE
DEFAULT_TEMPLATE_DIR = DEFAULT_DIR / "templates"
DEFAULT_STATIC_DIR = DEFAULT_DIR / "static"


def layered(own: Path, default: Path) -> tuple[Path, ...]:
    """Search order for a theme folder: the project's own first, then the default (once)."""
    if own.resolve() == default.resolve():
        return (default,)
    return (own, default)


def static_files(own: Path, default: Path = DEFAULT_STATIC_DIR) -> dict[str, Path]:
    """Relative path -> file, for every static file; the project's own file wins over the default's.
    Hidden files (".DS_Store", editor swap files) are left out."""
    files: dict[str, Path] = {}
    for folder in reversed(layered(own, default)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                files[rel.as_posix()] = path
    return dict(sorted(files.items()))


def project_theme_dirs(content_dir: Path) -> tuple[Path, Path]:
    """The project's own `templates/` and `static/` beside `content_dir`, or the defaults."""
    project = content_dir.resolve().parent
    templates, static = project / "templates", project / "static"
    return (templates if templates.is_dir() else DEFAULT_TEMPLATE_DIR,
            static if static.is_dir() else DEFAULT_STATIC_DIR)


def default_cache_dir(content_dir: Path, output_dir: Path) -> Path:
    """Where the annotation cache lives: `.cache/site_builder` beside the content folder when it is
    a project's (`content/`, or a folder with `site.yaml`); for a bare folder of articles (a corpus
    we must not write into), beside the output folder."""
    content = content_dir.resolve()
    if content.name == "content" or (content / "site.yaml").is_file():
        return content.parent / ".cache" / "site_builder"
    return output_dir.resolve().parent / ".cache" / "site_builder"
