"""What every command shares: the Typer apps, the options, how errors, warnings, progress and
tables are shown. No logic lives in the commands: they parse options, call qcode.Project and print."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from qcode import __version__
from qcode.config import Config
from qcode.errors import ProblemsError, QcodeError
from qcode.project import Project

# The codebook (pydantic, yaml), ingest and the pipeline are imported by the commands that
# use them, so that an unchanged `qcode run` and `--help` do not wait for them (rerun.py).
if TYPE_CHECKING:
    from qcode import pipeline

app = typer.Typer(help="Qualitative coding of interview transcripts.", no_args_is_help=True,
                  rich_markup_mode=None, add_completion=False)
codebook_app = typer.Typer(help="Check, test, explain and evaluate a codebook.",
                           no_args_is_help=True, rich_markup_mode=None)
app.add_typer(codebook_app, name="codebook")
import_app = typer.Typer(help="Bring in work from other tools (REFI-QDA).\n\nA codebook (.qdc) or "
                         "a project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(import_app, name="import")
review_app = typer.Typer(help="Review sheets: export, import, agreement, adjudication.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(review_app, name="review")

# Help is click's plain layout (rich_markup_mode=None): typer's rich panels print a type
# placeholder after every flag (`--quiet <bool>`).
# Piped or logged output gets room for every column instead of rich's default 80.
out_console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True)

OutOpt = Annotated[Path | None, typer.Option("--out", help="Project folder: qcode.db and every "
                                             "output live here (default: outputs/).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors and warnings "
                                          "(no progress bars, no summary).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors (a "
                                         "traceback may quote transcript text).")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Code in N processes "
                                             "(default 1; the output is the same for any N).")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the --file if it exists and "
                                         "nobody filled it in (a filled review sheet only once "
                                         "its every decision is imported; it is moved to "
                                         "NAME.replaced.xlsx, never deleted).")]
UnredactedOpt = Annotated[bool, typer.Option("--unredacted", help="Print transcript text as "
                                             "it is, without the redaction list (`redact` in "
                                             "qcode.toml).")]
CodebookOpt = Annotated[Path | None, typer.Option("--codebook", "-c", help="Codebook YAML "
                                                  "(default: codebooks/default.yaml).")]
TranscriptsArg = Annotated[Path | None, typer.Argument(help="Folder or file of transcripts "
                                                       "(default: transcripts/).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"qcode {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print qcode's version and exit.")] = False,
) -> None:
    """Qualitative coding of interview transcripts."""


# The library names the parameter or setting at fault (QcodeError.option); here it is a flag.


FLAGS = {"format": "--format", "status": "--status", "where": "--where", "out": "--out",
         "codebook": "--codebook", "file": "--file", "force": "--force",
         "adjudicator": "--adjudicator", "into": "--into", "coder": "--as"}


def _flag(option: str) -> str:
    return FLAGS.get(option, option)


@contextmanager
def reporting(debug: bool) -> Iterator[None]:
    """Turn library errors into `Error: file:line: message` and exit status 1."""
    try:
        yield
    except QcodeError as e:
        if debug:
            traceback.print_exc()
        _echo_error(e)
        raise typer.Exit(1) from None
    except (typer.Exit, typer.Abort):
        raise
    except BrokenPipeError:
        # whoever read the output went away (`qcode show FILE | head`): stop quietly, as
        # Unix tools do, and keep Python from reporting the pipe again when it exits
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("Interrupted: stopped cleanly; the store keeps every file saved before "
                   "the interruption, and the next run does the rest", err=True)
        raise typer.Exit(130) from None
    except Exception as e:
        if debug:
            raise
        # the exception's message is not shown: it may quote transcript text
        typer.echo(f"Error: internal error: {type(e).__name__} (run again with --debug for "
                   "the traceback)", err=True)
        raise typer.Exit(1) from None


MAX_PRINTED = 50  # error lines per kind; a sheet with 100k bad rows must not flood the terminal


def _capped(lines: list[str]) -> list[str]:
    extra = len(lines) - MAX_PRINTED
    return lines if extra <= 0 else [*lines[:MAX_PRINTED], f"... and {extra} more"]


def _echo_error(e: QcodeError) -> None:
    if isinstance(e, ProblemsError):
        head = QcodeError.render(e, _flag)
        from qcode.cells import printable  # a problem may quote a cell: no ESC or CSI through

        typer.echo("\n".join([f"Error: {head}",
                               *(f"  {printable(p)}" for p in _capped(e.problems))]), err=True)
    else:
        typer.echo(f"Error: {e.render(_flag)}", err=True)


@contextmanager
def progress_bar(count: Callable[[], int], label: str,
                 quiet: bool) -> Iterator[Callable[[str], None]]:
    """A rich bar on stderr for batches worth watching; never echoes transcript text.
    `count` sizes the batch, and is called only when a bar is shown."""
    total = 0 if quiet or not sys.stderr.isatty() else count()
    if total <= 5:
        yield lambda _item: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(),
                  console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _item: bar.advance(task)


def project_at(out: Path | None = None, codebook: Path | None = None) -> Project:
    """The project in the current folder (qcode.toml here), with the options given."""
    return Project(".", out=out, codebook=codebook)


def count_files(paths: list[Path]) -> Callable[[], int]:
    def count() -> int:
        from qcode.ingest import discover

        return len(discover(paths).files)
    return count


def print_problems(report: pipeline.IngestReport, debug: bool = False) -> None:
    for line in _capped([f"Warning: {w}" for w in report.warnings]):
        typer.echo(line, err=True)
    print_errors(report.errors, debug)


def print_errors(errors: list[QcodeError], debug: bool) -> None:
    """One line per file that failed (the others were done), tracebacks only when asked."""
    if debug:
        for e in errors:
            if e.__cause__ is not None:
                traceback.print_exception(e.__cause__)
    for line in _capped([f"Error: {e}" for e in errors]):
        typer.echo(line, err=True)


def tell(quiet: bool, text: str) -> None:
    """A summary line: what was done, for a person watching (not under --quiet)."""
    if not quiet:
        typer.echo(text)


def counts_table(title: str, rows: list[tuple[str, Any]]) -> None:
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in rows:
        table.add_row(k, str(v))
    out_console.print(table)


class Shown:
    """Transcript text as the terminal may show it: through the redaction list (unless the
    user asked for --unredacted) and without control characters."""

    def __init__(self, config: Config, unredacted: bool):
        from qcode.privacy import Redactor

        self.redactor = Redactor([] if unredacted else config.redact)

    def __call__(self, text: str) -> str:
        from qcode.cells import printable

        return printable(self.redactor.text(text))

    def transcript_id(self, tid: str) -> str:
        return self.redactor.transcript_id(tid)




def emit(names: list[str], cells: list[list[str]], format: str, title: str) -> None:
    """A table on the terminal, or CSV / JSON for scripts."""
    if format == "csv":
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(names)
        w.writerows(cells)
    elif format == "json":
        import json

        typer.echo(json.dumps([dict(zip(names, c, strict=True)) for c in cells], indent=2))
    elif format == "table":
        table = Table(title=title)
        for name in names:
            table.add_column(name)
        for c in cells:
            table.add_row(*c)
        out_console.print(table)
    else:
        raise QcodeError(f"unknown --format '{format}'; use table, csv or json")
