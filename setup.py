"""Build hook only (metadata lives in pyproject.toml): the wheel ships the default codebook.

codebooks/default.yaml stays where people edit it; the build copies it into the package as
qcode/data/default.yaml (qcode.resources reads it from there when installed).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCodebook(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "qcode" / "data" / "default.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "codebooks" / "default.yaml", target)


setup(cmdclass={"build_py": BuildWithCodebook})
