"""Commands only: parse options, call the library, print. No logic lives here."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qcode import __version__
from qcode.config import Config, load_config
from qcode.errors import ProblemsError, QcodeError
from qcode.project import Project, load_codebook

# The codebook (pydantic, yaml), ingest and the pipeline are imported by the commands that
# use them, so that an unchanged `qcode run` and `--help` do not wait for them (rerun.py).
if TYPE_CHECKING:
    from qcode import pipeline, search

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
                                         "nobody filled it in (a filled sheet never is).")]
UnredactedOpt = Annotated[bool, typer.Option("--unredacted", help="Print transcript text as "
                                             "it is, without the redaction list (`redact` in "
                                             "qcode.toml).")]
CodebookOpt = Annotated[Path | None, typer.Option("--codebook", "-c", help="Codebook YAML "
                                                  "(default: codebooks/default.yaml).")]


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
         "codebook": "--codebook", "file": "--file", "force": "--force"}


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
        typer.echo("\n".join([f"Error: {head}", *(f"  {p}" for p in _capped(e.problems))]),
                   err=True)
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


def _project(out: Path | None = None, codebook: Path | None = None) -> Project:
    """The project in the current folder (qcode.toml here), with the options given."""
    return Project(".", out=out, codebook=codebook)


def _count_files(paths: list[Path]) -> Callable[[], int]:
    def count() -> int:
        from qcode.ingest import discover

        return len(discover(paths).files)
    return count


def _print_problems(report: pipeline.IngestReport, debug: bool = False) -> None:
    for line in _capped([f"Warning: {w}" for w in report.warnings]):
        typer.echo(line, err=True)
    _print_errors(report.errors, debug)


def _print_errors(errors: list[QcodeError], debug: bool) -> None:
    """One line per file that failed (the others were done), tracebacks only when asked."""
    if debug:
        for e in errors:
            if e.__cause__ is not None:
                traceback.print_exception(e.__cause__)
    for line in _capped([f"Error: {e}" for e in errors]):
        typer.echo(line, err=True)


def _say(quiet: bool, text: str) -> None:
    """A summary line: what was done, for a person watching (not under --quiet)."""
    if not quiet:
        typer.echo(text)


def _table(title: str, rows: list[tuple[str, Any]]) -> None:
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in rows:
        table.add_row(k, str(v))
    out_console.print(table)


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="The project folder to create or complete.")
                      ] = Path("."),
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Start a project folder.

    Writes qcode.toml (every setting, commented), codebooks/default.yaml (a copy to edit)
    and transcripts/. Files already there are kept."""
    with reporting(debug):
        _, created, kept = Project.init(folder)
        for path in created:
            _say(quiet, f"created {path}")
        for path in kept:
            _say(quiet, f"kept {path} (already there)")
        _say(quiet, f"next: put transcripts in {folder / 'transcripts'}, then run `qcode run` "
                   f"in {folder}")


@app.command()
def run(
    transcripts: Annotated[Path | None, typer.Argument(help="Folder or file of transcripts "
                                                       "(default: transcripts/).")] = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Ingest, code and export: the whole pipeline in one command."""
    with reporting(debug):
        project = _project(out, codebook)
        source = transcripts or Path(project.config.transcripts)
        with progress_bar(_count_files([source]), "ingest and code", quiet) as tick:
            result = project.run(transcripts, jobs, tick)
        if result.ingest is not None:
            _print_problems(result.ingest, debug)
        summary, out_dir = result.summary, project.out
        if not quiet:
            _table(f"qcode run -> {out_dir}", [
                ("transcripts ingested", summary.ingested),
                ("transcripts unchanged", summary.unchanged),
                ("files with errors", summary.errors),
                ("transcripts re-coded", summary.recoded),
                ("codes re-matched", summary.rematched),
                ("codings", summary.codings),
                ("codings.csv rows", summary.rows),
                ("orphaned decisions", summary.orphaned),
                ("model suggestions (new)", summary.suggested),
                ("review sheet", summary.review_sheet),
                ("draft digest", summary.digest),
                ("outputs", "written" if summary.outputs_written else "unchanged"),
            ])
        if summary.errors:
            raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or folders.")],
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Read transcripts into the project.

    Unchanged files are skipped."""
    with reporting(debug):
        with progress_bar(_count_files(paths), "ingest", quiet) as tick:
            report = _project(out).ingest(paths, tick)
        _print_problems(report, debug)
        _say(quiet, f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, "
                   f"failed {len(report.errors)}")
        if report.errors:
            raise typer.Exit(1)


@app.command("code")
def code_cmd(
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Code the stored transcripts and write codings.csv.

    Only transcripts and codes that changed since the last coding are matched again."""
    with reporting(debug):
        project = _project(out, codebook)
        with progress_bar(project.transcript_count, "code", quiet) as tick:
            result = project.code(jobs, tick)
        _print_errors(result.report.errors, debug)
        _say(quiet, f"re-coded {result.report.transcripts} transcript(s) for "
                   f"{result.report.codes_rematched} code(s); codings.csv has {result.rows} rows")
        if result.report.errors:
            raise typer.Exit(1)


@app.command()
def stats(out: OutOpt = None, debug: DebugOpt = False) -> None:
    """Counts of what the project store holds."""
    with reporting(debug):
        project = _project(out)
        _table(f"qcode stats ({project.out})", list(project.stats().items()))


@app.command()
def show(
    transcript: Annotated[str, typer.Argument(help="Transcript id, file path or file name.")],
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """The turns ingest read in one transcript.

    Line, speaker, role, coded or context, and its first words (names in `redact` stay
    redacted)."""
    with reporting(debug):
        view, rows = _project(out).show(transcript)
        table = Table(title=escape(f"{view.id} ({view.path}): {view.turns} turns, "
                                   f"{view.words} words, {view.coded_words} coded"))
        for name in ("line", "speaker", "role", "read as", "words", "first words"):
            table.add_column(name, justify="right" if name in ("line", "words") else "left")
        for r in rows:
            table.add_row(str(r.line), escape(r.speaker), r.role,
                          "coded" if r.coded else "context", str(r.words), escape(r.first_words))
        out_console.print(table)
        for n in view.notices:
            typer.echo(f"Warning: {view.path}:{n.line}: {n.message}")


@app.command()
def transcripts(out: OutOpt = None, debug: DebugOpt = False) -> None:
    """Every transcript in the project, as ingest read it.

    Speakers and their roles, turns, words (all and coded), and what ingest warned about."""
    with reporting(debug):
        project = _project(out)
        views = project.transcripts()
        table = Table(title=f"transcripts ({project.out})")
        for name in ("id", "file", "speakers (role)", "turns", "words", "coded", "warnings"):
            table.add_column(name, justify="right" if name in (
                "turns", "words", "coded", "warnings") else "left")
        for v in views:
            speakers = ", ".join(f"{s} ({r})" for s, r in v.speakers)
            table.add_row(escape(v.id), escape(v.path), escape(speakers), str(v.turns), str(v.words),
                          str(v.coded_words), str(len(v.notices)))
        out_console.print(table)
        for v in views:
            for n in v.notices:
                typer.echo(f"Warning: {v.path}:{n.line}: {n.message}")


@codebook_app.command("check")
def codebook_check(
    file: Annotated[Path, typer.Argument(help="Codebook YAML.")],
    debug: DebugOpt = False,
) -> None:
    """Validate a codebook; every problem is listed with its path."""
    with reporting(debug):
        from qcode.codebook import nested_repetitions, without_rules

        book = load_codebook(file)
        rules = sum(len(list(c.all_rules())) for c in book.flat())
        bare = without_rules(book)
        if bare:
            more = f" and {len(bare) - 8} more" if len(bare) > 8 else ""
            typer.echo(f"Warning: {file}: {len(bare)} code(s) have no rules, so qcode never "
                       f"gives them: {', '.join(bare[:8])}{more}", err=True)
        for where in nested_repetitions(book):
            typer.echo(f"Warning: {file}: {where}: the regex repeats a repetition (like "
                       "`(a+)+`); qcode runs it safely (RE2, linear time), but a backtracking "
                       "engine could hang on it: prefer a flat pattern", err=True)
        typer.echo(f"{file}: ok: {len(book.flat())} codes, {rules} rules, unit {book.unit}")


@codebook_app.command("test")
def codebook_test(
    file: Annotated[Path, typer.Argument(help="Codebook YAML.")],
    debug: DebugOpt = False,
) -> None:
    """Run every code's positive and negative examples like unit tests."""
    from qcode.evaluate import run_examples

    with reporting(debug):
        n, failures = run_examples(load_codebook(file))
        for f in failures:
            typer.echo(f"FAIL {f.code}: {f.kind} (confidence {f.confidence:.2f}): {f.text!r}")
        typer.echo(f"{n - len(failures)} passed, {len(failures)} failed")
        if failures:
            raise typer.Exit(1)


@codebook_app.command("explain")
def codebook_explain(
    file: Annotated[Path, typer.Argument(help="Codebook YAML.")],
    text: Annotated[str, typer.Argument(help="The text to explain, as a respondent's answer.")],
    question: Annotated[list[str] | None, typer.Option(
        help="The interviewer question before the text; repeat it to give earlier questions "
             "first, as a follow-up reads them (default: none).")] = None,
    unredacted: UnredactedOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show which rules fire on a text, and why.

    Which words, what linked a motive to leaving, which vetoes applied and which question
    the text was read as answering."""
    from qcode.match import Engine

    with reporting(debug):
        say = _shown(load_config(), unredacted)
        explained = Engine(load_codebook(file)).explain(text, question or [])
        if question:
            typer.echo(f"read as the answer to: {say(explained[0].question)!r}")
        for ex in explained:
            if ex.hits or ex.vetoed or ex.unlinked or ex.context_vetoes:
                for line in ex.describe():
                    typer.echo(say(line))
        typer.echo("(codes not listed: no rule fired)")


@codebook_app.command("evaluate")
def codebook_evaluate(
    file: Annotated[Path, typer.Argument(help="Codebook YAML.")],
    labels: Annotated[Path | None, typer.Option("--labels", help="Hand labels CSV: "
                                                "transcript, segment (text or id), codes "
                                                "(';'-separated); give this or --reviewer (default: "
                                                "none).")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Score against this "
                                                 "reviewer's decisions instead (e.g. a team's "
                                                 "hand coding from `qcode import qdpx`); give this or "
                                                 "--labels (default: none).")] = None,
    details: Annotated[bool, typer.Option("--details", help="List every miss and false alarm (their "
                                          "text through the redaction list).")] = False,
    unredacted: UnredactedOpt = False,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Score the codings against hand labels or a reviewer.

    The labels are a hand-labelled sample (--labels) or one reviewer's decisions (--reviewer)."""
    with reporting(debug):
        if (labels is None) == (reviewer is None):
            raise QcodeError("give either --labels FILE or --reviewer NAME")
        project = _project(out, file)
        with progress_bar(project.transcript_count, "code", quiet) as tick:
            result = project.evaluate(labels, reviewer, tick)
        say = _shown(project.config, unredacted)
        for problem in result.unmatched:
            typer.echo(f"Warning: {say(problem)}", err=True)
        table = Table(title=f"{result.segments} labelled segments")
        for col in ("code", "tp", "fp", "fn", "precision", "recall", "F1"):
            table.add_column(col, justify="left" if col == "code" else "right")
        for s in result.scores:
            table.add_row(s.code, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}",
                          f"{s.recall:.2f}", f"{s.f1:.2f}")
        table.add_row("macro", "", "", "", "", "", f"{result.macro_f1:.2f}")
        out_console.print(table)
        if result.confusions:
            typer.echo("confusions (labelled -> coded instead / as well):")
            for (want, got), n in result.confusions.most_common(10):
                typer.echo(f"  {want} -> {got}: {n}")
        if details:
            from qcode.evaluate import ERROR_KINDS

            mistakes = project.mistakes(result)
            for kind, title in ERROR_KINDS.items():
                mine = [m for m in mistakes if m.kind == kind]
                if mine:
                    typer.echo(f"\n{title} ({len(mine)})")
                for m in mine:
                    typer.echo(f"  {m.error}: {m.code}: {say.transcript_id(m.transcript)}: "
                               f"{say(m.text)}")
            table = Table(title="rules: how often their codings were right (below 0.70, a "
                                "rule should not code alone)")
            for col in ("code", "rule", "weight", "codes alone", "codings", "right", "precision"):
                table.add_column(col, justify="left" if col in ("code", "rule") else "right")
            for r in result.rules:
                table.add_row(r.code, r.rule, f"{r.weight:.2f}", "yes" if r.codes_alone else "no",
                              str(r.codings), str(r.right), f"{r.precision:.2f}")
            out_console.print(table)


@codebook_app.command("report")
def codebook_report(
    out: OutOpt = None,
    format: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
    debug: DebugOpt = False,
) -> None:
    """Precision and recall of every rule, from the reviews.

    Per rule and code: codings, accepted, rejected, precision; recall from the reviewed
    uncoded sample."""
    with reporting(debug):
        rows, sample = _project(out).rule_report()

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.2f}"

        cells = [[s.code, s.rule, str(s.codings), str(s.accepted), str(s.rejected),
                  fmt(s.precision), "" if s.misses is None else str(s.misses), fmt(s.recall)]
                 for s in rows]
        names = ["code", "rule", "codings", "accepted", "rejected", "precision", "misses",
                 "recall"]
        _emit(names, cells, format, f"codebook report ({sample} uncoded segments reviewed)")


class _Shown:
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


_shown = _Shown


def _emit(names: list[str], cells: list[list[str]], format: str, title: str) -> None:
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


@import_app.command("qdpx")
def import_qdpx_cmd(
    file: Annotated[Path, typer.Argument(help="A REFI-QDA project (.qdpx).")],
    as_: Annotated[str, typer.Option("--as", help="Whose coding this is: the reviewer its "
                                     "decisions are recorded under (default: the user who "
                                     "exported the project).")] = "",
    add_codes: Annotated[bool, typer.Option("--add-codes", help="Add codes the codebook lacks "
                                            "to it (without rules) instead of leaving their "
                                            "codings out.")] = False,
    transcripts: Annotated[Path | None, typer.Option("--transcripts", help="Folder for the "
                                                     "texts (default: the transcripts folder "
                                                     "/ the file's name).")] = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Transcripts and hand coding from another tool (.qdpx).

    Texts become transcripts; codings become the decisions of `--as NAME` on qcode's codings
    (accept what they also coded, reject what they did not, add what qcode missed)."""
    with reporting(debug):
        project = _project(out, codebook)
        r, n = project.import_qdpx(file, as_, add_codes, transcripts, jobs)
        book_path = project.codebook_path
        for code in r.added_codes:
            _say(quiet, f"  added code {code} to {book_path} (no rules yet)")
        for what in r.unread:
            typer.echo(f"Warning: {file}: not imported: {what}", err=True)
        if r.skipped:
            names = sorted(r.skipped)
            more = f" and {len(names) - 5} more" if len(names) > 5 else ""
            typer.echo(f"Warning: {sum(r.skipped.values())} coding(s) of {len(names)} code(s) "
                       f"not in {book_path} left out: {'; '.join(names[:5])}{more} "
                       "(--add-codes adds them)", err=True)
        _say(quiet, f"{file}: {len(r.transcripts)} transcript(s), {r.selections} selection(s) "
                   f"coded by {r.reviewer}: {r.accepted} of qcode's codings accepted, "
                   f"{r.rejected} rejected, {r.manual} added as manual codings, {r.unplaced} on "
                   f"no codeable text; {r.recorded} new decision(s); codings.csv has {n} rows")


@review_app.command("export")
def review_export_cmd(
    reviewer: Annotated[str, typer.Option(help="Who reviews this sheet (default: "
                                          "nobody named; the sheet asks).")] = "",
    code: Annotated[list[str] | None, typer.Option("--code", help="Only this code (and its "
                                                   "subcodes); repeat for more (default: every "
                                                   "code).")] = None,
    status: Annotated[str | None, typer.Option(help="Only codings with this status, e.g. "
                                               "suggested or disputed (default: any).")] = None,
    sample_uncoded: Annotated[int, typer.Option(help="Add a random sample of N uncoded "
                                                "respondent segments, to find misses.")] = 0,
    seed: Annotated[int, typer.Option(help="Seed of the uncoded sample.")] = 0,
    blind: Annotated[bool, typer.Option("--blind", help="Hide confidence and rules.")] = False,
    file: Annotated[Path | None, typer.Option("--file", help="Where to write the .xlsx "
                                              "(default <out>/review/review-NAME-DATE.xlsx, "
                                              "-2, -3... if taken).")] = None,
    force: ForceOpt = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Write a review workbook for Excel or LibreOffice."""
    with reporting(debug):
        path, n = _project(out, codebook).review_export(reviewer, code or (), status,
                                                        sample_uncoded, seed, blind, file, force)
        _say(quiet, f"wrote {path} ({n} rows)")


@review_app.command("import")
def review_import_cmd(
    file: Annotated[Path, typer.Argument(help="A review .xlsx filled in by a reviewer.")],
    reviewer: Annotated[str, typer.Option(help="Reviewer name, if the sheet was exported "
                                          "without one (default: the sheet's).")] = "",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and report; write "
                                          "nothing.")] = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Record a reviewer's decisions from a filled-in sheet.

    Any bad cell means nothing is written; every bad cell is listed."""
    with reporting(debug):
        r = _project(out, codebook).review_import(file, reviewer, dry_run)
        _print_orphans(file, r.orphaned)
        verb = "would record" if dry_run else "recorded"
        _say(quiet, f"{file}: {verb} {r.new} decision(s) by {r.reviewer} ({r.unchanged} already "
                    f"recorded, {r.undecided} rows undecided, {r.misses} missed code(s) found, "
                    f"{len(r.orphaned)} on codings that no longer exist)")


def _print_orphans(file: Path, orphaned: list[str]) -> None:
    for line in orphaned:
        typer.echo(f"Warning: {file}: {line}", err=True)


@review_app.command("undo")
def review_undo_cmd(
    reviewer: Annotated[str, typer.Option(help="Whose sheet: a reviewer, or an adjudicator.")],
    sheet: Annotated[str, typer.Option(help="The sheet's export id or file name (default: "
                                       "their last one imported).")] = "",
    restore: Annotated[bool, typer.Option("--restore", help="Bring a withdrawn sheet's "
                                          "decisions back.")] = False,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Withdraw an imported sheet's decisions, or restore them.

    Withdrawn decisions stay in the history and can be restored."""
    with reporting(debug):
        s = _project(out).review_undo(reviewer, sheet, restore)
        if restore:
            _say(quiet, f"restored {s.decisions} decision(s) of {reviewer} from {s.file} "
                       f"(export {s.export_id})")
        else:
            _say(quiet, f"withdrew {s.decisions} decision(s) of {reviewer} from {s.file} "
                       f"(export {s.export_id}); they stay in the history: `qcode review undo "
                       f"--reviewer {reviewer} --sheet {s.export_id} --restore` brings them back")


@review_app.command("agreement")
def review_agreement_cmd(
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    with_qcode: Annotated[bool, typer.Option("--with-qcode", help="Count qcode's rules as a "
                                             "coder too (they accept their own codings and "
                                             "reject manual ones): compares qcode with hand "
                                             "coding, e.g. from `qcode import qdpx`.")] = False,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Inter-coder agreement per code and overall.

    Percent, Cohen's kappa and Krippendorff's alpha; alpha < 0.667 is flagged LOW."""
    with reporting(debug):
        rows = _project(out).agreement(with_qcode)

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.3f}"

        cells = [[a.code, str(a.units), str(a.reviewers), fmt(a.percent), fmt(a.kappa),
                  fmt(a.alpha), fmt(a.prevalence), fmt(a.ac1), a.verdict]
                 + ([] if format == "table" else [a.note]) for a in rows]
        _emit(["code", "double_reviewed", "reviewers", "percent", "cohen_kappa",
               "krippendorff_alpha", "prevalence", "gwet_ac1", "verdict"]
              + ([] if format == "table" else ["note"]), cells, format, "agreement")
        if format == "table":  # the explanations under the table
            for a in rows:
                if a.note:
                    typer.echo(f"{a.code}: {a.note}")


@review_app.command("adjudicate")
def review_adjudicate_cmd(
    file: Annotated[Path | None, typer.Option("--file", help="Where to write the sheet "
                                              "(default <out>/review/adjudicate-DATE.xlsx, "
                                              "-2, -3... if taken).")] = None,
    import_file: Annotated[Path | None, typer.Option("--import", help="Read an adjudicated "
                                                     "sheet back (default: write one).")] = None,
    adjudicator: Annotated[str, typer.Option(help="Who adjudicates: one of qcode.toml "
                                             "adjudicators (default: the only one).")] = "",
    force: ForceOpt = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Disputed codings out, or the adjudicator's decisions in.

    Without --import, writes the disputed codings side by side; with it, records the
    adjudicator's final decisions."""
    with reporting(debug):
        project = _project(out, codebook)
        if import_file is not None:
            r = project.adjudication_import(import_file)
            _print_orphans(import_file, r.orphaned)
            _say(quiet, f"{import_file}: recorded {r.new} final decision(s) by {r.reviewer} "
                        f"({r.unchanged} already recorded)")
            return
        path, n, name = project.adjudication_export(file, force, adjudicator)
        _say(quiet, f"wrote {path} ({n} disputed codings for {name})")


@app.command()
def remove(
    transcript: Annotated[str, typer.Argument(help="The transcript id.")],
    reason: Annotated[str, typer.Option(help="Why (kept with the tombstone), e.g. 'consent "
                                        "withdrawn 2026-11-30'.")],
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Take a transcript out of the store and every output.

    For withdrawn consent: decisions keep only their ids and a tombstone."""
    with reporting(debug):
        r = _project(out, codebook).remove(transcript, reason)
        _say(quiet, f"removed {transcript}: its text, segments and {r.removal.codings} "
                   f"coding(s); {r.removal.decisions} decision(s) keep only their ids and a "
                   "tombstone; it will not be ingested again (qcode restore undoes this)")
        for path in r.rewritten:
            _say(quiet, f"rewrote {path}")
        for path in r.deleted:
            _say(quiet, f"deleted {path} (nothing reviewed is left to show)")
        for path in r.may_hold:
            typer.echo(f"may still hold it: {path}")
        _say(quiet, "also check copies of the project and files written with --file elsewhere")


@app.command()
def restore(
    transcript: Annotated[str, typer.Argument(help="The transcript id.")],
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Allow a removed transcript to be ingested again."""
    with reporting(debug):
        path = _project(out).restore(transcript)
        _say(quiet, f"{transcript} may be ingested again: `qcode run` reads it from {path} if "
                   "the file is there")


@app.command()
def digest(
    code: Annotated[list[str] | None, typer.Option("--code", help="Only this theme or "
                                                   "subtheme; repeat for more (default: every "
                                                   "theme).")] = None,
    status: Annotated[str, typer.Option(help="accepted (reviewed), suggested (a draft, marked "
                                        "unreviewed) or all.")] = "accepted",
    where: Annotated[list[str] | None, typer.Option("--where", help="Only transcripts whose "
                                                    "front matter has FIELD=VALUE; repeat for "
                                                    "more (default: all).")] = None,
    context: Annotated[int | None, typer.Option(help="Quote the matched sentences with N "
                                                "sentences around them (default: the whole "
                                                "coded passage).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most N quotes per theme or "
                                              "subtheme, highest confidence first (default: "
                                              "no limit).")] = None,
    format: Annotated[str, typer.Option("--format", help="Comma-separated: html, md, docx, "
                                        "csv.")] = "html,md,docx,csv",
    template: Annotated[Path | None, typer.Option(help="Your own Jinja2 template (the digest "
                                                  "is `d`), rendered next to the others "
                                                  "(default: none).")] = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Quotes by theme for writers.

    Writes index.html, digest.md, digest.docx and quotes.csv under <out>/digest/."""
    with reporting(debug):
        formats = [f.strip() for f in format.split(",") if f.strip()]
        result = _project(out, codebook).digest(code or (), status, where or (), context, limit,
                                                formats, template)
        d, files = result.digest, result.files
        n = sum(t.quotes for t in d.themes)
        _say(quiet, f"{n} quotes in {len(d.themes)} themes" + (" (DRAFT: unreviewed)" if d.draft
                                                               else ""))
        for f in files:
            _say(quiet, f"wrote {f}")


@app.command("export")
def export_cmd(
    what: Annotated[str, typer.Argument(help="codings, matrix, qdc (the codebook) or qdpx (the "
                                        "project) for NVivo, ATLAS.ti, MAXQDA, QualCoder.")],
    format: Annotated[str, typer.Option("--format", help="codings, matrix: csv, xlsx or "
                                        "json.")] = "csv",
    file: Annotated[Path | None, typer.Option("--file", help="Where to write (default "
                                              "<out>/WHAT.FORMAT, <out>/codebook.qdc, "
                                              "<out>/project.qdpx).")] = None,
    include_rejected: Annotated[bool, typer.Option("--include-rejected", help="codings: rejected ones "
                                                   "too.")] = False,
    status: Annotated[str, typer.Option(help="qdpx: accepted (reviewed), suggested (all but "
                                        "rejected) or all codings.")] = "suggested",
    force: Annotated[bool, typer.Option("--force", help="Replace the --file if it exists (a "
                                        "file you named may hold your own edits).")] = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Codings, the code matrix, or REFI-QDA files.

    codings and matrix: with their status, the co-occurrence table; qdc and qdpx: the
    codebook / the project for NVivo, ATLAS.ti, MAXQDA and QualCoder."""
    with reporting(debug):
        if what == "qdc":
            path, codes = _project(out, codebook).export_qdc(file, force)
            _say(quiet, f"wrote {path} ({codes} codes)")
            return
        if what == "qdpx":
            path, r = _project(out, codebook).export_qdpx(file, status, force)
            skipped = f"; {r.skipped} of codes no longer in the codebook left out" \
                if r.skipped else ""
            _say(quiet, f"wrote {path} ({r.sources} transcripts, {r.codings} codings, "
                       f"{r.notes} notes, {r.users} users{skipped})")
            return
        path = _project(out).export(what, format, file, include_rejected, force)
        _say(quiet, f"wrote {path}")


@import_app.command("qdc")
def import_qdc_cmd(
    file: Annotated[Path, typer.Argument(help="A REFI-QDA codebook (.qdc), or a project "
                                         "(.qdpx) to take its codebook.")],
    into: Annotated[Path | None, typer.Option("--into", help="The codebook YAML to create "
                                              "(default codebooks/NAME.yaml); never "
                                              "replaced.")] = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """A codebook from another tool (.qdc), without rules yet.

    Hierarchy, descriptions, colours and GUIDs are kept; names become ids."""
    from qcode.refi.qdc import import_qdc, slug

    with reporting(debug):
        r = import_qdc(file, into or Path("codebooks") / f"{slug(file.stem)}.yaml")
        for name, cid in r.renamed:
            _say(quiet, f"  {name!r} -> {cid}")
        _say(quiet, f"wrote {r.path} ({r.codes} codes, no rules yet: add rules, then run "
                   f"`qcode codebook check {r.path}`)")


@app.command("suggest")
def suggest_cmd(
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Suggest passages the rules missed, learnt from reviewers.

    A model per code learns from the reviewers' decisions and the codebook's examples; its
    suggestions are codings of origin `model`."""
    from qcode import suggest

    with reporting(debug):
        report, n = _project(out, codebook).suggest()
        if not quiet:
            _emit(["code", "positives", "negatives", "suggested", "why"],
                  [[c, str(p), str(neg), str(k), report.why[c]]
                   for c, (p, neg, k) in report.codes.items()],
                  "table", f"model suggestions ({report.embedded} passages embedded now)")
        if report.skipped:
            _say(quiet, f"not enough evidence yet (a code needs {suggest.MIN_POSITIVE} positive "
                       f"and {suggest.MIN_NEGATIVE} negative passages, examples included): "
                       f"{', '.join(report.skipped)}")
        _say(quiet, f"{report.suggested} new suggestion(s); codings.csv has {n} rows")


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="What to look for, in your own words.")] = "",
    code: Annotated[str | None, typer.Option("--code", help="Rank by similarity to this "
                                             "code's accepted passages instead (default: "
                                             "none).")] = None,
    words: Annotated[bool, typer.Option("--words", help="Find the query's words (by lemma, in "
                                        "sequence) and show them in context.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N "
                                       "passages.")] = 10,
    to_review: Annotated[str | None, typer.Option("--to-review", help="Also write the results "
                                                  "to a review sheet for reviewer NAME "
                                                  "(default: no sheet).")] = None,
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Find passages by meaning, by a code's, or by words.

    Respondent passages closest in meaning to QUERY, like a code's accepted passages
    (--code), or with QUERY's words (--words)."""
    with reporting(debug):
        if code is None and not query.strip():
            raise QcodeError("give a QUERY to search for, or --code ID")
        if code is not None and words:
            raise QcodeError("--code and --words do not go together; choose one")
        hits, path = _project(out, codebook).search(query, code, words, limit, to_review)
        _print_hits(hits, words, format)
        if to_review is not None:
            typer.echo(f"wrote {path} ({len(hits)} rows)" if hits else "nothing found: no sheet "
                       "written")


def _print_hits(hits: list[search.Hit], words: bool, format: str) -> None:
    if format != "table":
        cells = [[h.transcript, str(h.line), h.speaker, f"{h.score:.3f}", h.marked()]
                 for h in hits]
        _emit(["transcript", "line", "speaker", "score", "text"], cells, format, "")
        return
    from rich.text import Text

    table = Table(title=f"{len(hits)} passage(s)", show_lines=True)
    for col in ("transcript", "line", "speaker", "count" if words else "score", "text"):
        table.add_column(col)
    for h in hits:
        if words:
            before, match, after = h.context()
            body = Text(before + " ")
            body.append(match if out_console.is_terminal else f"**{match}**",
                        style="bold reverse")
            body.append(" " + after)
        elif out_console.is_terminal:
            body = Text(h.text)
            for s, e in h.marks:
                body.stylize("bold underline", s, e)
        else:  # piped or logged: the marks must survive without styles
            body = Text(h.marked())
        table.add_row(h.transcript, str(h.line), h.speaker,
                      str(int(h.score)) if words else f"{h.score:.3f}", body)
    out_console.print(table)


def main() -> None:
    app(prog_name="qcode")


__all__ = ["__version__", "app", "main"]
