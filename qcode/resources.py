"""Files that ship with qcode: the default codebook (templates: digest.py's PackageLoader).

`codebooks/default.yaml` at the top of the source tree is the one file people edit; a wheel
carries a copy as package data, made at build time (setup.py), so no twin is committed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_CODEBOOK = "codebooks/default.yaml"  # a project's codebook, relative to the project
PACKAGED_CODEBOOK = "data/default.yaml"  # the copy inside an installed package


def default_codebook() -> Path:
    """The codebook qcode ships: package data when installed from a wheel, the source
    tree's codebooks/default.yaml when run from a checkout (an editable install)."""
    packaged = Path(str(files("qcode").joinpath(PACKAGED_CODEBOOK)))
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / DEFAULT_CODEBOOK


def resolve_codebook(path: Path) -> Path:
    """The codebook file a project means by `path`: the file itself, or, for the default
    setting in a folder that has no codebooks/default.yaml, the shipped default. So
    `qcode run` works from any folder without `qcode init`."""
    if path.exists() or path != Path(DEFAULT_CODEBOOK):
        return path
    return default_codebook()
