"""Ships the default theme (templates/, static/) inside the wheel as site_builder/theme/.

Everything else is in pyproject.toml; this hook exists only because setuptools cannot map
folders outside the package into it declaratively.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithTheme(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the theme from the source tree
        root = Path(__file__).resolve().parent
        for name in ("templates", "static"):
            target = Path(self.build_lib) / "site_builder" / "theme" / name
            shutil.copytree(root / name, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithTheme})
