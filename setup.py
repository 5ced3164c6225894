"""Ships the default theme (templates/, static/) inside the wheel as site_builder/theme/, and
compiles the annotation hot paths with mypyc when SITE_BUILDER_MYPYC=1 (`make build` sets it).

Everything else is in pyproject.toml; this hook exists only because setuptools cannot map
folders outside the package into it declaratively, nor declare mypyc's extensions. A plain
`pip install` (no variable) installs the pure-Python package. The compiled modules sit beside
their .py files; site_builder/annotate/entities/native.py chooses between the two at import.
"""

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# Modules mypyc compiles (one group, one shared library: entities/native__mypyc.*.so). Keep a
# module here only if compiling it gains (bench/annotate_speed.py --pure-vs-compiled): these six
# (entities ×1.78) gained as much as all 18 entities modules (×1.70) at a third of the compile
# time; dictionary.py, span_cues.py and titles.py joined them, small helpers the compiled
# pipeline and features call for every run or candidate span (calls into interpreted code cost
# ~6% of the time). Not here: modules that find data through __file__ (mypyc sets it wrongly at import:
# entities/lexicon.py), the package __init__ files, entities/native.py (it chooses), modules tests
# monkeypatch (quotes/chooser.py), and quotes/ as a whole: mypyc fails on speaker_names.py (an
# internal error on `x in (a, b, *c)`), its Resolver class chain must compile whole (a compiled
# class cannot subclass an interpreted one), and compiled cues_before.py raised a TypeError; the
# quotes take under 5% of annotation time on the corpus.
COMPILED = [
    "site_builder/annotate/entities/dictionary.py",
    "site_builder/annotate/entities/features.py",
    "site_builder/annotate/entities/model.py",
    "site_builder/annotate/entities/people.py",
    "site_builder/annotate/entities/pipeline.py",
    "site_builder/annotate/entities/runs.py",
    "site_builder/annotate/entities/span_cues.py",
    "site_builder/annotate/entities/titles.py",
    "site_builder/annotate/entities/tokens.py",
]


class BuildPyWithTheme(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the theme from the source tree
        root = Path(__file__).resolve().parent
        for name in ("templates", "static"):
            target = Path(self.build_lib) / "site_builder" / "theme" / name
            shutil.copytree(root / name, target, dirs_exist_ok=True)


def ext_modules() -> list[object]:
    if os.environ.get("SITE_BUILDER_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(COMPILED, opt_level="3", group_name="site_builder.annotate.entities.native"))


setup(cmdclass={"build_py": BuildPyWithTheme}, ext_modules=ext_modules())
