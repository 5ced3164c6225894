"""Compile the annotation hot paths with mypyc when SITE_BUILDER_MYPYC=1 (`make build` sets it).

A plain `pip install` (no variable) installs the pure-Python package. The compiled modules sit
beside their .py files; site_builder/annotate/entities/native.py chooses between the two at import.
"""

from __future__ import annotations

import os

from setuptools import setup

# Modules mypyc compiles (one group, one shared library: entities/native__mypyc.*.so).
# Keep a module here only if compiling it gains (bench/annotate_speed.py, pure vs compiled).
COMPILED = [
    "site_builder/annotate/entities/claims.py",
    "site_builder/annotate/entities/dictionary.py",
    "site_builder/annotate/entities/extents.py",
    "site_builder/annotate/entities/features.py",
    "site_builder/annotate/entities/gazetteer.py",
    "site_builder/annotate/entities/linking.py",
    "site_builder/annotate/entities/misread.py",
    "site_builder/annotate/entities/model.py",
    "site_builder/annotate/entities/names.py",
    "site_builder/annotate/entities/organizations.py",
    "site_builder/annotate/entities/people.py",
    "site_builder/annotate/entities/pipeline.py",
    "site_builder/annotate/entities/places.py",
    "site_builder/annotate/entities/runs.py",
    "site_builder/annotate/entities/slug.py",
    "site_builder/annotate/entities/teams.py",
    "site_builder/annotate/entities/titles.py",
    "site_builder/annotate/entities/tokens.py",
]


def ext_modules() -> list[object]:
    if os.environ.get("SITE_BUILDER_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3", group_name="site_builder.annotate.entities.native"))


setup(ext_modules=ext_modules())
