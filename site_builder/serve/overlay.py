"""The error payload the browser overlay shows (and the SSE ``error`` event carries).

Plain data only: the page builds the overlay with ``textContent``, so nothing here is
HTML and nothing needs escaping. ``render_html`` is the server-side (markupsafe-escaped)
rendering used for the fallback page when there is no built page at all.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from site_builder.errors import BuildError, Problem

EXCERPT_CONTEXT = 3  # lines either side of the reported line
MAX_LINE_CHARS = 400
MAX_PROBLEMS = 50


def _display_path(path: Path | str, roots: Iterable[Path]) -> str:
    p = Path(path)
    for root in roots:
        try:
            return str(p.resolve().relative_to(root.resolve().parent))
        except (ValueError, OSError):
            continue
    return str(p)


def excerpt(path: Path | str, line: int | None, context: int = EXCERPT_CONTEXT) -> list[dict[str, Any]]:
    """``[{"number", "text", "current"}]`` around ``line`` (1-based); empty if unreadable."""
    if not line or line < 1:
        return []
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    start = max(1, line - context)
    end = min(len(lines), line + context)
    return [
        {"number": n, "text": lines[n - 1][:MAX_LINE_CHARS], "current": n == line}
        for n in range(start, end + 1)
    ]


def problem_payload(problem: Problem, roots: Iterable[Path] = ()) -> dict[str, Any]:
    return {
        "file": _display_path(problem.path, roots),
        "line": problem.line,
        "message": problem.message,
        "hint": problem.hint,
        "severity": problem.severity,
        "excerpt": excerpt(problem.path, problem.line),
    }


def error_payload(exc: BaseException, roots: Iterable[Path] = ()) -> dict[str, Any]:
    """The ``error`` event's data for a failed rebuild."""
    roots = list(roots)
    if isinstance(exc, BuildError):
        problems = [p for p in exc.problems if p.severity == "error"] or list(exc.problems)
        return {
            "title": f"Build failed: {len(problems)} error(s)",
            "problems": [problem_payload(p, roots) for p in problems[:MAX_PROBLEMS]],
        }
    # a bug in the builder, not in the content: show where, keep serving the last good site
    tb = traceback.extract_tb(exc.__traceback__)
    frame = tb[-1] if tb else None
    file = frame.filename if frame else ""
    return {
        "title": f"Build crashed: {type(exc).__name__}",
        "problems": [
            {
                "file": _display_path(file, roots) if file else "",
                "line": frame.lineno if frame else None,
                "message": f"{type(exc).__name__}: {exc}",
                "hint": "This is a bug in site_builder, not in your content. Traceback:\n"
                + "".join(traceback.format_exception(exc))[-4000:],
                "severity": "error",
                "excerpt": excerpt(file, frame.lineno) if frame and os.path.isfile(file) else [],
            }
        ],
    }


def render_html(payload: dict[str, Any]) -> Markup:
    """Server-side rendering of a payload (every value escaped by markupsafe)."""
    parts = [Markup("<h1>{}</h1>").format(payload.get("title", "Build failed"))]
    for problem in payload.get("problems", []):
        where = problem["file"] + (f":{problem['line']}" if problem.get("line") else "")
        parts.append(Markup("<h2>{}</h2><p>{}</p>").format(where, problem["message"]))
        if problem.get("hint"):
            parts.append(Markup("<p><em>{}</em></p>").format(problem["hint"]))
        if problem.get("excerpt"):
            rows = Markup("").join(
                Markup('<div{}><span class="n">{}</span> {}</div>').format(
                    Markup(' class="current"') if row["current"] else "", row["number"], row["text"]
                )
                for row in problem["excerpt"]
            )
            parts.append(Markup("<pre>{}</pre>").format(rows))
    return Markup("").join(parts)


__all__ = ["error_payload", "excerpt", "problem_payload", "render_html", "escape"]
