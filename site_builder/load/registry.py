"""Load and validate the entity registry: content/entities.yaml or content/entities/*.yaml.

Every entry: id (slug), name, type (person / organization / place), aliases, optional roles
(title, organization, from, to), description, links (wikidata, wikipedia, website).
All errors are collected and raised together (BuildError); unknown keys are warnings, returned.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, cast

import yaml

from site_builder.errors import BuildError, Problem, did_you_mean
from site_builder.load.articles import MAX_YEAR, MIN_YEAR
from site_builder.load.contentfs import inside, outside_problem
from site_builder.load.links import clean_url, link_problem
from site_builder.load.yamlfile import parse_yaml, read_utf8, scalar_text, unknown_key_warnings
from site_builder.model.registry import Entity, Links, Registry, Role
from site_builder.model.spans import ENTITY_TYPES, EntityType
from site_builder.render.urls import is_reserved
from site_builder.text import slugify

ENTRY_KEYS = {"id", "name", "type", "aliases", "roles", "description", "links"}
ROLE_KEYS = {"title", "organization", "from", "to"}
LINK_KEYS = {"wikidata", "wikipedia", "website"}
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def registry_files(content_dir: Path) -> list[Path]:
    """entities.yaml and entities/*.yaml; a symbolic link out of the content folder is an error."""
    single = content_dir / "entities.yaml"
    folder = content_dir / "entities"
    files = [single] if single.is_file() else []
    if folder.is_dir():
        files += sorted(p for p in folder.glob("*.yaml") if p.is_file())
    outside = [outside_problem(p, content_dir) for p in [folder, *files] if p.exists() and not inside(p, content_dir)]
    if outside:
        raise BuildError(outside)
    return files


def load_registry(content_dir: Path) -> tuple[Registry, list[Problem]]:
    """Read the registry; raise BuildError with every error, return (registry, warnings)."""
    return _load(registry_files(content_dir))


def load_registry_file(path: Path) -> tuple[Registry, list[Problem]]:
    """Read one registry file (for `annotate --registry FILE`)."""
    if not path.is_file():
        raise BuildError(Problem(path, None, "no such registry file", "give the path to an entities.yaml"))
    return _load([path])


def _load(files: list[Path]) -> tuple[Registry, list[Problem]]:
    errors: list[Problem] = []
    warnings: list[Problem] = []
    entities: dict[str, Entity] = {}
    where: dict[str, str] = {}
    alias_owner: dict[str, tuple[str, str]] = {}  # alias (casefolded) -> (entity id, "path:line")
    for path in files:
        try:
            text = read_utf8(path)
            data, node = parse_yaml(text, path)
        except BuildError as exc:
            errors.extend(exc.problems)
            continue
        if data is None:
            continue
        if isinstance(data, dict) and "entities" in data:
            data = data["entities"]
            node = next((v for k, v in node.value if getattr(k, "value", None) == "entities"), None) if node is not None else None
        if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
            errors.append(Problem(path, 1, "the registry must be a list of entries (each starting with '- id: …')",
                                  "see content/entities.yaml for an example"))
            continue
        for item, item_node in zip(data, node.value, strict=True):
            line = item_node.start_mark.line + 1
            raw_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(raw_id, str) and raw_id in where:
                errors.append(Problem(path, line, f"duplicate entity id '{raw_id}' (first defined at {where[raw_id]})",
                                      "give each entity its own id, or merge the two entries"))
                _entry(item, item_node, path, line, errors, warnings)
                continue
            if isinstance(raw_id, str):
                where[raw_id] = f"{path}:{line}"
            entity = _entry(item, item_node, path, line, errors, warnings)
            if entity is None:
                continue
            for surface in (entity.name, *entity.aliases):
                key = " ".join(surface.split()).casefold()
                owner = alias_owner.get(key)
                if owner is not None and owner[0] != entity.id:
                    errors.append(Problem(path, line,
                                          f"alias '{surface}' of '{entity.id}' is also a name of '{owner[0]}' ({owner[1]})",
                                          "an alias must name one entity only; remove it from one of them"))
                else:
                    alias_owner[key] = (entity.id, f"{path}:{line}")
            entities[entity.id] = entity
    if errors:
        raise BuildError(errors + warnings)
    return Registry(entities), warnings


def _entry(item: Any, node: yaml.Node, path: Path, line: int, errors: list[Problem],
           warnings: list[Problem]) -> Entity | None:
    if not isinstance(item, dict) or not isinstance(node, yaml.MappingNode):
        errors.append(Problem(path, line, "each registry entry must be a mapping (id, name, type, …)"))
        return None
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    values = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    count = len(errors)
    _unknown(item, ENTRY_KEYS, path, lines, "entry", warnings)
    etype = item.get("type")
    ident = _entry_id(item.get("id"), etype, path, lines.get("id", line), errors)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(Problem(path, lines.get("name", line), f"entry '{ident or '?'}' has no 'name'",
                              "add the entity's full name, e.g. 'name: Pete Hegseth'"))
    if not isinstance(etype, str) or etype not in ENTITY_TYPES:
        close = did_you_mean(str(etype), ENTITY_TYPES)
        errors.append(Problem(path, lines.get("type", line), f"unknown type '{str(etype)[:40]}' for '{ident or '?'}'",
                              (f"did you mean '{close}'? " if close else "") + "use person, organization or place"))
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        errors.append(Problem(path, lines.get("aliases", line), "'aliases' must be a list of names"))
        aliases = []
    roles = _roles(item.get("roles"), values.get("roles"), path, lines.get("roles", line), errors, warnings)
    links = _links(item.get("links"), values.get("links"), path, lines.get("links", line), errors, warnings)
    description = item.get("description") or ""
    if not isinstance(description, str):
        errors.append(Problem(path, lines.get("description", line), "'description' must be text"))
        description = ""
    if len(errors) > count or ident is None or not isinstance(name, str):
        return None
    return Entity(ident, " ".join(name.split()), cast(EntityType, etype), tuple(" ".join(a.split()) for a in aliases), roles,
                  description.strip(), links, f"{path}:{line}")


def _entry_id(ident: Any, etype: Any, path: Path, line: int, errors: list[Problem]) -> str | None:
    """The entry's id; a problem when missing, not a slug, or reserved for a list page."""
    if not isinstance(ident, str) or not ident:
        errors.append(Problem(path, line, "entry without an 'id'", "add e.g. 'id: pete-hegseth' (lower case, digits, hyphens)"))
        return None
    if not _SLUG.match(ident):
        errors.append(Problem(path, line, f"bad id '{ident[:80]}': use lower-case letters, digits and single hyphens",
                              f"for example '{_slugish(ident)}'"))
    elif is_reserved(ident):
        errors.append(Problem(path, line, f"the id '{ident}' is reserved: its page would replace a list page",
                              f"choose another id, e.g. '{ident}-{etype if isinstance(etype, str) else 'entity'}'"))
    return ident


def _roles(value: Any, node: yaml.Node | None, path: Path, line: int, errors: list[Problem],
           warnings: list[Problem]) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode):
        errors.append(Problem(path, line, "'roles' must be a list of {title, organization, from, to}"))
        return ()
    roles = []
    for item, item_node in zip(value, node.value, strict=True):
        at = item_node.start_mark.line + 1
        if isinstance(item, str):
            roles.append(Role(item.strip()))
            continue
        if not isinstance(item, dict) or not item.get("title"):
            errors.append(Problem(path, at, "a role needs a 'title'", "e.g. '- title: Secretary of Defense'"))
            continue
        lines = {k.value: k.start_mark.line + 1 for k, _ in item_node.value if isinstance(k, yaml.ScalarNode)}
        _unknown(item, ROLE_KEYS, path, lines, "role", warnings)
        dates = [_role_date(item.get(key), key, path, lines.get(key, at), errors) for key in ("from", "to")]
        title = scalar_text(item["title"], "title", path, lines.get("title", at), errors)
        org = scalar_text(item.get("organization"), "organization", path, lines.get("organization", at), errors)
        if title is not None:
            roles.append(Role(title, org, dates[0], dates[1]))
    return tuple(roles)


def _links(value: Any, node: yaml.Node | None, path: Path, line: int, errors: list[Problem],
           warnings: list[Problem]) -> Links:
    if value is None:
        return Links()
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
        errors.append(Problem(path, line, "'links' must be a mapping (wikidata, wikipedia, website)"))
        return Links()
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    _unknown(value, LINK_KEYS, path, lines, "links", warnings)
    wikidata = value.get("wikidata")
    if wikidata is not None and not re.fullmatch(r"Q[1-9][0-9]*", str(wikidata)):
        errors.append(Problem(path, lines.get("wikidata", line), f"bad wikidata id '{str(wikidata)[:40]}'", "a wikidata id looks like Q12345"))
        wikidata = None
    found: dict[str, str | None] = {"wikidata": str(wikidata) if wikidata is not None else None}
    for key in ("wikipedia", "website"):
        text = scalar_text(value.get(key), f"links.{key}", path, lines.get(key, line), errors)
        url = clean_url(text) if text else None
        problem = link_problem(url, str(path), lines.get(key, line), f"links.{key}") if url else None
        if problem:
            errors.append(problem)
        found[key] = None if problem else url
    return Links(found["wikidata"], found["wikipedia"], found["website"])


def _role_date(value: Any, key: str, path: Path, line: int, errors: list[Problem]) -> date | None:
    if value is None:
        return None
    try:
        parsed = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        errors.append(Problem(path, line, f"bad date '{str(value)[:40]}' in role '{key}'", "use YYYY-MM-DD"))
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        errors.append(Problem(path, line, f"date {parsed.isoformat()} in role '{key}' is outside the years {MIN_YEAR}–{MAX_YEAR}",
                              "check the year for a typo"))
        return None
    return parsed


def _unknown(data: dict[str, Any], known: set[str], path: Path, lines: dict[str, int], what: str,
             warnings: list[Problem]) -> None:
    warnings += unknown_key_warnings(data, known, path, lines, what)


def _slugish(value: str) -> str:
    return slugify(value) or "entity"


def suggest_id(unknown_id: str, registry: Registry) -> str | None:
    """The registry id closest to `unknown_id` ('pete-hegset' -> 'pete-hegseth'), if any is close."""
    return did_you_mean(unknown_id, registry.entities, cutoff=0.75)
