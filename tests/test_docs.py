"""Every command is documented in the README and has help; the help is complete (in the
manner of sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from qcode.cli import app
from tests.conftest import ROOT

# Commands that do work (write files, code, import) take --quiet; the others only report.
WORK = {"init", "run", "ingest", "code", "digest", "export", "codebook evaluate",
        "review export", "review import", "review adjudicate", "import qdpx", "import qdc",
        "suggest", "review undo", "remove", "restore", "watch"}
REPORTS = {"stats", "show", "transcripts", "search", "codebook check", "codebook test",
           "codebook explain",
           "codebook report", "review agreement"}


def commands(cmd: Any = None, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    cmd = cmd or typer.main.get_command(app)
    for name, sub in getattr(cmd, "commands", {}).items():
        if hasattr(sub, "commands"):
            yield from commands(sub, (*path, name))
        else:
            yield " ".join((*path, name)), sub


COMMANDS = dict(commands())


def test_every_command_is_known_as_work_or_report():
    assert set(COMMANDS) == WORK | REPORTS, "add a new command to WORK or REPORTS"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme(name: str):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"qcode {re.escape(name)}\b", readme), f"`qcode {name}` is not in README.md"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_is_complete(name: str):
    cmd = COMMANDS[name]
    assert cmd.help, f"{name}: no help"
    for param in cmd.params:
        assert param.help, f"{name} {param.name}: no help"
        is_flag = getattr(param, "is_flag", False)
        if param.param_type_name == "option" and not is_flag and not param.required \
                and param.default in (None, "", ()):
            assert "default" in param.help.lower(), f"{name} {param.opts}: default not said"
    options = {o for p in cmd.params for o in p.opts}
    assert ("--quiet" in options) == (name in WORK), name
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output  # flags take no value


def test_listings_do_not_cut_help():
    for group in ([], ["codebook"], ["review"], ["import"]):
        out = CliRunner().invoke(app, [*group, "--help"]).output
        listing = out.split("Commands:")[1]
        assert "..." not in listing, listing
