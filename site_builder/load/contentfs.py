"""Walking the content folder safely.

Finds: files under a folder, following symbolic links that stay inside the content folder.
Refuses (BuildError naming the link): a link that resolves outside the content folder (it would
publish whatever it points at) and a folder link that leads back into a folder already being
walked (`ln -s . loop`), which would otherwise recurse until the OS gives up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from site_builder.errors import BuildError, Problem


def inside(path: str | Path, root: str | Path) -> bool:
    """Does `path`, with every link resolved, lie in the folder `root` (also resolved)?"""
    real = os.path.realpath(path)
    base = os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def outside_problem(path: str | Path, root: str | Path) -> Problem:
    return Problem(path, None, f"symbolic link to {os.path.realpath(path)}, outside the content folder",
                   "copy the file into the content folder instead of linking to it")


def walk_files(root: Path, content_dir: Path, keep_dir: Callable[[os.DirEntry[str]], bool],
               keep_file: Callable[[os.DirEntry[str]], bool]) -> list[str]:
    """Paths of the files under `root` that `keep_file` accepts, in folders `keep_dir` accepts."""
    found: list[str] = []
    problems: list[Problem] = []
    base = os.path.realpath(content_dir)
    visited = {os.path.realpath(root)}
    stack = [str(root)]
    while stack:  # os.scandir: this runs on every rebuild while serving, and pathlib is slow
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if not (keep_dir(entry) if _is_dir(entry) else keep_file(entry)):
                    continue
                if entry.is_symlink() and not inside(entry.path, base):
                    problems.append(outside_problem(entry.path, base))
                elif _is_dir(entry):
                    real = os.path.realpath(entry.path)
                    if real in visited:
                        problems.append(Problem(entry.path, None, f"symbolic link loop (or a second way into {real})",
                                                "remove the link; every folder must be reachable one way only"))
                        continue
                    visited.add(real)
                    stack.append(entry.path)
                elif _is_file(entry):
                    found.append(entry.path)
    if problems:
        raise BuildError(problems)
    return found


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # ELOOP on a link to itself
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False
