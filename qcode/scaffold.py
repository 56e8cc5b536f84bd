"""`qcode init`: a new project folder that works as it is and shows what can be set."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

from qcode.config import SETTINGS_HELP, Config
from qcode.resources import DEFAULT_CODEBOOK, default_codebook


def settings_text() -> str:
    """qcode.toml with every setting at its default, commented out, each under what it means;
    uncommenting a line changes nothing until its value is edited."""
    lines = ["# qcode settings. Every setting is shown at its default: uncomment a line and",
             "# edit its value to change it.", "", "[qcode]"]
    for key, value in asdict(Config()).items():
        lines += ["", f"# {SETTINGS_HELP.get(key, key)}", f"# {key} = {json.dumps(value)}"]
    return "\n".join(lines) + "\n"


def scaffold(folder: Path) -> tuple[list[Path], list[Path]]:
    """Create qcode.toml, codebooks/default.yaml and transcripts/ in `folder` (made if
    missing). A file or folder already there is kept as it is: it may have been edited.

    Returns:
        (paths created, paths that already existed).
    """
    created: list[Path] = []
    kept: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    for path, make in [(folder / "qcode.toml", _write_settings),
                       (folder / DEFAULT_CODEBOOK, _copy_codebook),
                       (folder / "transcripts", _make_folder)]:
        if path.exists():
            kept.append(path)
        else:
            make(path)
            created.append(path)
    return created, kept


def _write_settings(path: Path) -> None:
    path.write_text(settings_text(), encoding="utf-8")


def _copy_codebook(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(default_codebook(), path)


def _make_folder(path: Path) -> None:
    path.mkdir(parents=True)
