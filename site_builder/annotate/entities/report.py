"""Registry report for `check`: entries no article mentions; aliases that collide or shadow.

Finds: registry entities with no mention in any article (warning); an alias spelled the same as
another entity's name or alias up to case (warning: the exact-case one wins, the other is
unreachable in running text); an alias that is the first words of another entity's longer name
("Israel" vs "Israel Katz": harmless, longest match wins, reported only when the longer name is
never mentioned while the shorter is). Refuses: to report discovered (unregistered) entities.
"""

from __future__ import annotations

from site_builder.errors import Problem
from site_builder.model.registry import Registry
from site_builder.model.spans import Mention


def registry_report(registry: Registry, mentions_by_article: dict[str, tuple[Mention, ...]]) -> list[Problem]:
    problems: list[Problem] = []
    mentioned: dict[str, int] = {}
    for mentions in mentions_by_article.values():
        for m in mentions:
            mentioned[m.entity] = mentioned.get(m.entity, 0) + 1
    for ident in sorted(registry.entities):
        entity = registry.entities[ident]
        path, line = _where(entity.source)
        if ident not in mentioned:
            problems.append(Problem(path, line, f"registry entry '{ident}' ({entity.name}) is not mentioned in any article",
                                    "check its name and aliases against the articles, or remove the entry",
                                    "warning"))
    owners: dict[str, list[tuple[str, str]]] = {}
    for ident, entity in sorted(registry.entities.items()):
        for surface in dict.fromkeys((entity.name, *entity.aliases)):
            owners.setdefault(" ".join(surface.split()).casefold(), []).append((ident, surface))
    for _key, found in sorted(owners.items()):
        ids = sorted({i for i, _ in found})
        if len(ids) > 1:
            entity = registry.entities[ids[0]]
            path, line = _where(entity.source)
            spelled = ", ".join(f"'{s}' ({i})" for i, s in found)
            problems.append(Problem(path, line, f"aliases collide: {spelled}",
                                    "only one of them can match; keep the alias on one entity", "warning"))
    surfaces = {k: {i for i, _ in v} for k, v in owners.items()}
    for key, holders in sorted(surfaces.items()):
        words = key.split()
        for n in range(1, len(words)):
            prefix = " ".join(words[:n])
            shorter = surfaces.get(prefix)
            if not shorter or shorter & holders:
                continue
            longer_id = sorted(holders)[0]
            shorter_id = sorted(shorter)[0]
            if mentioned.get(longer_id, 0) == 0 and mentioned.get(shorter_id, 0) > 0:
                entity = registry.entities[longer_id]
                path, line = _where(entity.source)
                problems.append(Problem(path, line,
                                        f"alias '{key}' of '{longer_id}' begins with '{prefix}', a name of '{shorter_id}', "
                                        f"and only '{shorter_id}' is ever found",
                                        "check the spelling of the longer alias", "warning"))
    return problems


def _where(source: str) -> tuple[str, int | None]:
    path, _, line = source.rpartition(":")
    if path and line.isdigit():
        return path, int(line)
    return source or "entities", None
