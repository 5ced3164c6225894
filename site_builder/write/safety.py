"""Refuse output folders whose replacement could destroy something that is not a built site."""

from __future__ import annotations

from pathlib import Path

from site_builder.errors import error

MARKER = ".site_builder"  # written into every output folder; only such folders are ever replaced


def check_output_dir(output_dir: Path, content_dir: Path, project_dirs: tuple[Path, ...]) -> None:
    out = output_dir.resolve()
    content = content_dir.resolve()
    hint = "choose a separate folder for the built site, for example --output site"
    if out == content or out in content.parents:
        raise error(out, None, "the output folder is, or contains, the content folder", hint)
    if content in out.parents:
        raise error(out, None, "the output folder is inside the content folder", hint)
    for project in project_dirs:
        p = project.resolve()
        if out == p or out in p.parents:
            raise error(out, None, f"the output folder is, or contains, the project folder {p}", hint)
    if out == Path(out.anchor) or out == Path.home().resolve():
        raise error(out, None, "refusing to use a filesystem root or the home folder as the output folder", hint)
    if out.exists() and not out.is_dir():
        raise error(out, None, "the output path exists and is not a folder", hint)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise error(out, None, "the output folder exists, is not empty and was not made by site_builder; "
                    "it would be replaced", "empty it or choose another folder")
