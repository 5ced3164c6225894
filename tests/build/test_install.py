"""The package as a tool: a wheel installed into a fresh virtual environment builds a styled site
from another folder that holds only `content/`, and a project's own theme files override the
default file by file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_builds_the_fixture_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("site_builder-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], check=True, capture_output=True)
    project = tmp_path / "elsewhere"
    shutil.copytree(FIXTURE, project / "content")
    done = subprocess.run([str(venv / "bin" / "site-builder"), "build"], cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    site = project / "site"
    assert (site / "index.html").is_file()
    assert (site / "assets" / "style.css").read_bytes() == (ROOT / "static" / "style.css").read_bytes()
    assert (project / ".cache" / "site_builder").is_dir()  # beside the content, not in the working folder
    assert not (ROOT / "site_builder" / "theme").exists()


def test_project_theme_overrides_the_default_file_by_file(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project / "content")
    (project / "static").mkdir()
    (project / "static" / "style.css").write_text("body { color: rebeccapurple; }\n", encoding="utf-8")
    (project / "templates").mkdir()
    base = (ROOT / "templates" / "base.html").read_text(encoding="utf-8")
    (project / "templates" / "base.html").write_text(base.replace("<body", "<body data-own-theme", 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "site_builder", "build", "-q"], cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    site = project / "site"
    assert (site / "assets" / "style.css").read_text(encoding="utf-8") == "body { color: rebeccapurple; }\n"
    assert (site / "assets" / "site.js").read_bytes() == (ROOT / "static" / "site.js").read_bytes()  # default kept
    assert "data-own-theme" in (site / "index.html").read_text(encoding="utf-8")
