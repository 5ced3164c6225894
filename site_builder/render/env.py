"""The Jinja environment: autoescape everywhere, strict undefined, and the site's filters."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2 import meta

from site_builder.render.fastpath import install as install_fast_paths
from site_builder.render.listings import initial
from site_builder.render.structured import script_json
from site_builder.render.theme import DEFAULT_STATIC_DIR, DEFAULT_TEMPLATE_DIR, layered
from site_builder.text import shorten, slugify, tidy_quote

TEMPLATE_DIR = DEFAULT_TEMPLATE_DIR
STATIC_DIR = DEFAULT_STATIC_DIR


def make_environment(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """`template_dir` is the project's own templates, layered over the default theme's."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in layered(template_dir, TEMPLATE_DIR)]),
        autoescape=jinja2.select_autoescape(["html", "xml", "svg", "js"], disabled_extensions=["txt"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["longdate"] = longdate
    env.filters["monthname"] = lambda ym: date.fromisoformat(ym + "-01").strftime("%B %Y")
    env.filters["slug"] = slugify
    env.filters["plural"] = lambda n, word, many=None: f"{n} {word if n == 1 else (many or word + 's')}"
    env.filters["script_json"] = script_json
    env.filters["quote_excerpt"] = tidy_quote
    env.filters["initial"] = initial
    env.filters["shorten"] = shorten
    env.filters["atomdate"] = lambda d: f"{d.isoformat()}T00:00:00Z"
    install_fast_paths(env)  # the same bytes, with less of Jinja's per-call overhead (render/fastpath.py)
    return env


def longdate(d: object) -> object:
    """"5 March 2025" for a date; anything else as it is."""
    return _longdate(d) if isinstance(d, date) else d


@lru_cache(maxsize=4096)  # an archive has far fewer days than listed articles (~70,000 calls at 4,000 articles)
def _longdate(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


_REFS: dict[str, set[str]] = {}  # source digest -> templates it references (parsing is the slow part)


def template_fingerprints(env: jinja2.Environment) -> dict[str, str]:
    """For each template, a hash of its source and of every template it extends, includes or imports."""
    loader = env.loader
    assert loader is not None
    sources = {name: loader.get_source(env, name)[0] for name in loader.list_templates()}
    refs = {}
    for name, src in sources.items():
        digest = hashlib.sha256(src.encode()).hexdigest()
        if digest not in _REFS:
            _REFS[digest] = {t for t in meta.find_referenced_templates(env.parse(src)) if t is not None}
        refs[name] = _REFS[digest]

    def closure(name: str, seen: set[str]) -> set[str]:
        for ref in refs.get(name, ()):
            if ref not in seen:
                seen.add(ref)
                closure(ref, seen)
        return seen

    result = {}
    for name in sources:
        names = sorted(closure(name, {name}))
        digest = hashlib.sha256("\0".join(f"{n}\0{sources.get(n, '')}" for n in names).encode()).hexdigest()[:16]
        result[name] = digest
    return result
