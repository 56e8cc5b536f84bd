"""Shared fixtures: every test works in its own tmp_path project folder through the real CLI."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qcode.cli import app

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CODEBOOK = ROOT / "codebooks" / "default.yaml"


class Project:
    """A project folder with helpers to write transcripts and run qcode in it."""

    def __init__(self, root: Path):
        self.root = root
        self.runner = CliRunner()
        (root / "codebooks").mkdir()
        shutil.copy(DEFAULT_CODEBOOK, root / "codebooks" / "default.yaml")
        (root / "transcripts").mkdir()

    def write(self, name: str, text: str, folder: str = "transcripts") -> Path:
        path = self.root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def qcode(self, *args: str, code: int | None = 0):
        result = self.runner.invoke(app, [str(a) for a in args])
        if code is not None:
            assert result.exit_code == code, (result.exit_code, result.output, result.exception)
        return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.chdir(tmp_path)
    return Project(tmp_path)


INTERVIEW = """
---
id: t1
pseudonym: Mrs Han
age: 52
gender: woman
province: North Hamgyong
---
Interviewer: Did you ever pay a bribe?

A: No, never.

Interviewer: How did you get home?

A: We gave the guard a carton of cigarettes.
Then we watched South Korean dramas on a notel.

It was 2010.
"""


@pytest.fixture
def coded(project: Project) -> Project:
    """Two coded interviews, the second with formula-like text."""
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2").replace(
        "It was 2010.", "=HYPERLINK(\"http://x\") the guard laughed."))
    project.qcode("run")
    return project
