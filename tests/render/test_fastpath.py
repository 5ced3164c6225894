"""render/fastpath.py: the fast escape and Context.call give exactly what markupsafe and Jinja give."""

from __future__ import annotations

from typing import Any

import jinja2
import markupsafe
import pytest
from markupsafe import Markup

from site_builder.render.env import make_environment
from site_builder.render.fastpath import FastContext, FastTemplate, fast_escape


class _Html:
    def __html__(self) -> str:
        return "<b>safe</b>"


class _Text(str):
    pass


@pytest.mark.parametrize("value", [
    "plain", "", "<a href=\"x\">&'</a>", "“quotes” ‘single’ é", 0, -12, 3.5, None, True,
    Markup("<i>kept</i>"), _Html(), _Text("<sub & class>"), ["<list>"],
])
def test_fast_escape_equals_markupsafe(value: Any) -> None:
    got, want = fast_escape(value), markupsafe.escape(value)
    assert type(got) is Markup
    assert got == want


def test_environment_uses_the_fast_paths() -> None:
    env = make_environment()
    assert env.context_class is FastContext
    assert env.template_class is FastTemplate
    assert env.get_template("macros.html").root_render_func.__globals__["escape"] is fast_escape  # a theme file
    template = env.from_string("{{ x }}|{{ n }}|{{ f(1) }}")
    assert template.render(x="<&>", n=7, f=lambda v: f"<{v}>") == "&lt;&amp;&gt;|7|&lt;1&gt;"


@pytest.mark.parametrize(("source", "expected"), [
    ("{{ plain('a') }}", "plain a"),  # a function: fast path
    ("{{ 'a-b'.split('-')|join(',') }}", "a,b"),  # a builtin method
    ("{{ ctx_fn() }}", "ctx:site"),  # pass_context: Jinja's own way (the context comes first)
    ("{{ env_fn() }}", "env:True"),  # pass_environment: likewise
    ("{% for i in [1] %}{{ plain(i) }}{% endfor %}", "plain 1"),  # in a loop (_loop_vars keyword)
    ("{{ stops() }}", ""),  # StopIteration: undefined, as Jinja answers
])
def test_context_call_equals_jinja(source: str, expected: str) -> None:
    @jinja2.pass_context
    def ctx_fn(context: Any) -> str:
        return f"ctx:{context['name']}"

    @jinja2.pass_environment
    def env_fn(environment: Any) -> str:
        return f"env:{environment.context_class is FastContext}"

    def stops() -> str:
        raise StopIteration

    names = {"plain": lambda v: f"plain {v}", "ctx_fn": ctx_fn, "env_fn": env_fn, "stops": stops, "name": "site"}
    fast = make_environment()
    fast.undefined = jinja2.Undefined  # StopIteration's answer printed as "" (strict would raise, in both)
    assert fast.from_string(source).render(**names) == expected
    plain = jinja2.Environment(autoescape=True)
    plain.filters.update(fast.filters)
    if "env_fn" not in source:
        assert plain.from_string(source).render(**names) == expected
