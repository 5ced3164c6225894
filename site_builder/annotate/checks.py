"""Checks across the annotated articles: two articles with one slug, and a quote fix naming an
entity id that no article or registry entry has. Refuses both, naming the file and line."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.errors import Problem, did_you_mean
from site_builder.model.article import Article
from site_builder.model.registry import Registry


def duplicate_slugs(articles: list[Article], content_dir: Path) -> list[Problem]:
    seen: dict[str, Article] = {}
    problems = []
    for a in articles:
        if a.slug in seen:
            problems.append(Problem(
                content_dir / a.source.path, 1,
                f"two articles have the slug '{a.slug}': this one and {seen[a.slug].source.path}",
                "rename one file or set a different 'slug:' in its front matter"))
        else:
            seen[a.slug] = a
    return problems


def unknown_speakers(articles: list[Article], registry: Registry, content_dir: Path) -> list[Problem]:
    """A quote fix naming what looks like an entity id must name a known one."""
    problems = []
    registered = set(registry.entities)
    for a in articles:
        if not a.meta.quote_fixes:
            continue
        known = registered | {ref.id for ref in a.annotations.entities}
        lines = a.meta.quote_fix_lines or (None,) * len(a.meta.quote_fixes)
        for fix, line in zip(a.meta.quote_fixes, lines, strict=True):
            if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", fix.speaker) and fix.speaker not in known:
                close = did_you_mean(fix.speaker, known)
                problems.append(Problem(
                    content_dir / a.source.path, line, f"unknown entity id '{fix.speaker}' in 'quotes'",
                    f"did you mean '{close}'?" if close else "use an id from entities.yaml, or a descriptor with spaces"))
    return problems
