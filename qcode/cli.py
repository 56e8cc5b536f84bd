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

from qcode import __version__, rerun
from qcode.config import Config, load_config
from qcode.errors import ProblemsError, QcodeError
from qcode.store import Store

# The codebook (pydantic, yaml), ingest and the pipeline are imported by the commands that
# use them, so that an unchanged `qcode run` and `--help` do not wait for them (rerun.py).
if TYPE_CHECKING:
    from qcode import pipeline, search
    from qcode.codebook import Codebook

app = typer.Typer(help="Qualitative coding of interview transcripts.", no_args_is_help=True,
                  add_completion=False)
codebook_app = typer.Typer(help="Check, test, explain and evaluate a codebook.",
                           no_args_is_help=True)
app.add_typer(codebook_app, name="codebook")
import_app = typer.Typer(help="Bring in a codebook (.qdc) or a project (.qdpx) from NVivo, "
                         "ATLAS.ti, MAXQDA, QualCoder (REFI-QDA).", no_args_is_help=True)
app.add_typer(import_app, name="import")
review_app = typer.Typer(help="Review sheets: export, import, agreement, adjudication.",
                         no_args_is_help=True)
app.add_typer(review_app, name="review")

# Piped or logged output gets room for every column instead of rich's default 80.
out_console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True)

OutOpt = Annotated[Path | None, typer.Option("--out", help="Project folder: qcode.db and every "
                                             "output live here (default: outputs/).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Code in N processes "
                                             "(default 1; the output is the same for any N).")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace the --file if it exists and "
                                         "nobody filled it in (a filled sheet never is).")]
UnredactedOpt = Annotated[bool, typer.Option("--unredacted", help="Print transcript text as "
                                             "it is, without the redaction list (`redact` in "
                                             "qcode.toml).")]
CodebookOpt = Annotated[Path | None, typer.Option("--codebook", "-c", help="Codebook YAML "
                                                  "(default: codebooks/default.yaml).")]


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
        head = QcodeError.__str__(e)
        typer.echo("\n".join([f"Error: {head}", *(f"  {p}" for p in _capped(e.problems))]),
                   err=True)
    else:
        typer.echo(f"Error: {e}", err=True)


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


def _setup(out: Path | None) -> tuple[Config, Path]:
    config = load_config()
    return config, Path(out or config.out)


def _load_book(path: Path, out_dir: Path | None = None) -> Codebook:
    """A validated codebook. One whose text the project in `out_dir` validated before skips
    the (slow to import) spaCy check."""
    from qcode.codebook import load_codebook

    trusted = Store.validated_codebooks(out_dir / "qcode.db") if out_dir else frozenset()
    return load_codebook(path, trusted)


def _setup_with_book(out: Path | None, codebook: Path | None) -> tuple[Config, Path, Codebook]:
    """Settings, project folder and a validated codebook: the start of most commands."""
    config, out_dir = _setup(out)
    return config, out_dir, _load_book(Path(codebook or config.codebook), out_dir)


def _count_files(paths: list[Path]) -> Callable[[], int]:
    def count() -> int:
        from qcode.ingest import discover

        return len(discover(paths).files)
    return count


def _print_problems(report: pipeline.IngestReport, debug: bool = False) -> None:
    for line in _capped([f"Warning: {w}" for w in report.warnings]):
        typer.echo(line, err=True)
    if debug:
        for e in report.errors:
            if e.__cause__ is not None:
                traceback.print_exception(e.__cause__)
    for line in _capped([f"Error: {e}" for e in report.errors]):
        typer.echo(line, err=True)


def _table(title: str, rows: list[tuple[str, Any]]) -> None:
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in rows:
        table.add_row(k, str(v))
    out_console.print(table)


def _write_codings(store: Store, config: Config, out_dir: Path) -> int:
    from qcode import exports  # pandas: imported only when a table is written

    return exports.write_codings_csv(store, config, out_dir / "codings.csv")


def _ingest(paths: list[Path], store: Store, config: Config, quiet: bool,
            debug: bool) -> pipeline.IngestReport:
    from qcode import pipeline

    with progress_bar(_count_files(paths), "ingest", quiet) as tick:
        report = pipeline.ingest(paths, store, config, tick)
    _print_problems(report, debug)
    return report


def _code(store: Store, book: Codebook, config: Config, quiet: bool,
          jobs: int | None = None) -> pipeline.CodeReport:
    from qcode import pipeline

    with progress_bar(store.transcript_count, "code", quiet) as tick:
        return pipeline.code(store, book, config, tick, jobs)


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
        config, out_dir = _setup(out)
        source, book_path = Path(transcripts or config.transcripts), Path(codebook or config.codebook)
        key = rerun.fingerprint(source, book_path, config, out_dir)
        summary = rerun.replay(out_dir, key)
        if summary is None:
            from qcode import pipeline

            book = _load_book(book_path, out_dir)  # stops on a bad codebook
            with Store(out_dir / "qcode.db") as store, \
                    progress_bar(_count_files([source]), "ingest and code", quiet) as tick:
                report, summary = pipeline.run([source], store, book, config, out_dir, tick,
                                               jobs, key)
            _print_problems(report, debug)
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
    """Read transcripts into the project store; unchanged files are skipped."""
    with reporting(debug):
        config, out_dir = _setup(out)
        with Store(out_dir / "qcode.db") as store:
            report = _ingest(paths, store, config, quiet, debug)
        typer.echo(f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, "
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
    """Apply the codebook to the stored transcripts (only what changed) and write codings.csv."""
    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        with Store(out_dir / "qcode.db", create=False) as store:
            report = _code(store, book, config, quiet, jobs)
            n = _write_codings(store, config, out_dir)
        typer.echo(f"re-coded {report.transcripts} transcript(s) for {report.codes_rematched} "
                   f"code(s); codings.csv has {n} rows")


@app.command()
def stats(out: OutOpt = None, debug: DebugOpt = False) -> None:
    """Counts of what the project store holds."""
    with reporting(debug):
        _, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            _table(f"qcode stats ({out_dir})", list(store.stats().items()))


@app.command()
def show(
    transcript: Annotated[str, typer.Argument(help="Transcript id, file path or file name.")],
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """The turns ingest read in one transcript: line, speaker, role, coded or context, and
    its first words (names in `redact` stay redacted)."""
    from qcode.readback import show_turns

    with reporting(debug):
        config, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            view, rows = show_turns(store, config, transcript)
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
    """Every transcript in the project: speakers and their roles, turns, words (all and
    coded), and what ingest warned about."""
    from qcode.readback import list_transcripts

    with reporting(debug):
        config, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            views = list_transcripts(store, config)
        table = Table(title=f"transcripts ({out_dir})")
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

        book = _load_book(file)
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
        n, failures = run_examples(_load_book(file))
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
             "first, as a follow-up reads them.")] = None,
    unredacted: UnredactedOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show which rules fire on a text, on which words, what linked a motive to leaving,
    which vetoes applied and which question the text was read as answering."""
    from qcode.match import Engine

    with reporting(debug):
        say = _shown(load_config(), unredacted)
        explained = Engine(_load_book(file)).explain(text, question or [])
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
                                                "(';'-separated).")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Score against this "
                                                 "reviewer's decisions instead (e.g. a team's "
                                                 "hand coding from `qcode import qdpx`).")] = None,
    details: Annotated[bool, typer.Option(help="List every miss and false alarm (their text "
                                          "through the redaction list).")] = False,
    unredacted: UnredactedOpt = False,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Score the project's codings against a hand-labelled sample or a reviewer's decisions."""
    from qcode.evaluate import evaluate, evaluate_reviewer

    with reporting(debug):
        if (labels is None) == (reviewer is None):
            raise QcodeError("give either --labels FILE or --reviewer NAME")
        config, out_dir = _setup(out)
        book = _load_book(file)
        with Store(out_dir / "qcode.db", create=False) as store:
            _code(store, book, config, quiet)
            result = evaluate(store, book, labels) if labels is not None else \
                evaluate_reviewer(store, book, reviewer or "")
        say = _shown(config, unredacted)
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
            from qcode.evaluate import ERROR_KINDS, kinds_of_mistakes

            with Store(out_dir / "qcode.db", create=False) as store:
                mistakes = kinds_of_mistakes(store, book, result)
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
    """Per rule and code: codings, accepted, rejected, precision; recall from the sample."""
    from qcode.review.report import rule_report

    with reporting(debug):
        _, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            rows, sample = rule_report(store)

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
    debug: DebugOpt = False,
) -> None:
    """Transcripts and hand coding from another tool, as a reviewer's decisions.

    Texts become transcripts; codings become the decisions of `--as NAME` on qcode's codings
    (accept what they also coded, reject what they did not, add what qcode missed)."""
    from qcode.refi.qdpx_import import import_qdpx

    with reporting(debug):
        config, out_dir = _setup(out)
        book_path = Path(codebook or config.codebook)
        book = _load_book(book_path, out_dir)
        with Store(out_dir / "qcode.db") as store:
            r = import_qdpx(store, book, book_path, config, file, as_, add_codes, transcripts,
                            jobs)
            n = _write_codings(store, config, out_dir)
        for code in r.added_codes:
            typer.echo(f"  added code {code} to {book_path} (no rules yet)")
        for what in r.unread:
            typer.echo(f"Warning: {file}: not imported: {what}", err=True)
        if r.skipped:
            names = sorted(r.skipped)
            more = f" and {len(names) - 5} more" if len(names) > 5 else ""
            typer.echo(f"Warning: {sum(r.skipped.values())} coding(s) of {len(names)} code(s) "
                       f"not in {book_path} left out: {'; '.join(names[:5])}{more} "
                       "(--add-codes adds them)", err=True)
        typer.echo(f"{file}: {len(r.transcripts)} transcript(s), {r.selections} selection(s) "
                   f"coded by {r.reviewer}: {r.accepted} of qcode's codings accepted, "
                   f"{r.rejected} rejected, {r.manual} added as manual codings, {r.unplaced} on "
                   f"no codeable text; {r.recorded} new decision(s); codings.csv has {n} rows")


@review_app.command("export")
def review_export_cmd(
    reviewer: Annotated[str, typer.Option(help="Who reviews this sheet.")] = "",
    code: Annotated[list[str] | None, typer.Option("--code", help="Only this code (and its "
                                                   "subcodes); repeat for more.")] = None,
    status: Annotated[str | None, typer.Option(help="Only codings with this status, e.g. "
                                               "suggested or disputed.")] = None,
    sample_uncoded: Annotated[int, typer.Option(help="Add a random sample of N uncoded "
                                                "respondent segments, to find misses.")] = 0,
    seed: Annotated[int, typer.Option(help="Seed of the uncoded sample.")] = 0,
    blind: Annotated[bool, typer.Option(help="Hide confidence and rules.")] = False,
    file: Annotated[Path | None, typer.Option("--file", help="Where to write the .xlsx "
                                              "(default <out>/review/review-NAME-DATE.xlsx, "
                                              "-2, -3... if taken).")] = None,
    force: ForceOpt = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Write a review workbook for Excel or LibreOffice."""
    from qcode.review import export as review_export
    from qcode.review.sheets import choose_sheet

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        path = choose_sheet(out_dir, "review", reviewer, file, force)
        opts = review_export.ExportOptions(reviewer, tuple(code or ()), status, sample_uncoded,
                                           seed, blind)
        with Store(out_dir / "qcode.db", create=False) as store:
            n = review_export.export_sheet(store, book, config, path, opts)
        typer.echo(f"wrote {path} ({n} rows)")


@review_app.command("import")
def review_import_cmd(
    file: Annotated[Path, typer.Argument(help="A review .xlsx filled in by a reviewer.")],
    reviewer: Annotated[str, typer.Option(help="Reviewer name, if the sheet was exported "
                                          "without one.")] = "",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and report; write "
                                          "nothing.")] = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Record a reviewer's decisions; any bad cell means nothing is written."""
    from qcode.review.importer import import_sheet

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        with Store(out_dir / "qcode.db", create=False) as store:
            r = import_sheet(store, book, file, reviewer, dry_run)
            if not dry_run:
                _write_codings(store, config, out_dir)
        _print_orphans(file, r.orphaned)
        verb = "would record" if dry_run else "recorded"
        typer.echo(f"{file}: {verb} {r.new} decision(s) by {r.reviewer} ({r.unchanged} already "
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
    debug: DebugOpt = False,
) -> None:
    """Withdraw an imported sheet's decisions (kept in the history; reversible)."""
    from qcode.review.withdraw import withdraw_sheet

    with reporting(debug):
        config, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            s = withdraw_sheet(store, reviewer, sheet, restore)
            _write_codings(store, config, out_dir)
        if restore:
            typer.echo(f"restored {s.decisions} decision(s) of {reviewer} from {s.file} "
                       f"(export {s.export_id})")
        else:
            typer.echo(f"withdrew {s.decisions} decision(s) of {reviewer} from {s.file} "
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
    """Inter-coder agreement per code and overall (alpha < 0.667 is flagged LOW)."""
    from qcode.review.agreement import agreement, with_rules

    with reporting(debug):
        _, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            codings = store.codings()
            code_of = {r.id: r.coded_as.split("/")[0] for r in codings}  # the code reviewed
            decisions = store.latest_decisions()
            if with_qcode:
                decisions = with_rules(decisions, {r.id: r.origin for r in codings})
            rows = agreement(decisions, code_of)

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.3f}"

        cells = [[a.code, str(a.units), str(a.reviewers), fmt(a.percent), fmt(a.kappa),
                  fmt(a.alpha), a.verdict] for a in rows]
        _emit(["code", "double_reviewed", "reviewers", "percent", "cohen_kappa",
               "krippendorff_alpha", "verdict"], cells, format, "agreement")


@review_app.command("adjudicate")
def review_adjudicate_cmd(
    file: Annotated[Path | None, typer.Option("--file", help="Where to write the sheet "
                                              "(default <out>/review/adjudicate-DATE.xlsx, "
                                              "-2, -3... if taken).")] = None,
    import_file: Annotated[Path | None, typer.Option("--import", help="Read an adjudicated "
                                                     "sheet back.")] = None,
    adjudicator: Annotated[str, typer.Option(help="Who adjudicates: one of qcode.toml "
                                             "adjudicators (default: the only one).")] = "",
    force: ForceOpt = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Export disputed codings side by side, or import the adjudicator's final decisions."""
    from qcode.review.adjudicate import adjudicator_of, export_disputes, import_adjudication
    from qcode.review.sheets import choose_sheet

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        with Store(out_dir / "qcode.db", create=False) as store:
            if import_file is not None:
                r = import_adjudication(store, book, config, import_file)
                _write_codings(store, config, out_dir)
                _print_orphans(import_file, r.orphaned)
                typer.echo(f"{import_file}: recorded {r.new} final decision(s) by {r.reviewer} "
                           f"({r.unchanged} already recorded)")
                return
            name = adjudicator_of(config, adjudicator)
            path = choose_sheet(out_dir, "adjudicate", "", file, force)
            n = export_disputes(store, book, config, path, name)
        typer.echo(f"wrote {path} ({n} disputed codings for {name})")


@app.command()
def remove(
    transcript: Annotated[str, typer.Argument(help="The transcript id.")],
    reason: Annotated[str, typer.Option(help="Why (kept with the tombstone), e.g. 'consent "
                                        "withdrawn 2026-11-30'.")],
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Take a transcript out of the store and every output (withdrawn consent)."""
    from qcode.consent import remove as remove_transcript

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        with Store(out_dir / "qcode.db", create=False) as store:
            r = remove_transcript(store, book, config, out_dir, transcript, reason)
        typer.echo(f"removed {transcript}: its text, segments and {r.removal.codings} "
                   f"coding(s); {r.removal.decisions} decision(s) keep only their ids and a "
                   "tombstone; it will not be ingested again (qcode restore undoes this)")
        for path in r.rewritten:
            typer.echo(f"rewrote {path}")
        for path in r.deleted:
            typer.echo(f"deleted {path} (nothing reviewed is left to show)")
        for path in r.may_hold:
            typer.echo(f"may still hold it: {path}")
        typer.echo("also check copies of the project and files written with --file elsewhere")


@app.command()
def restore(
    transcript: Annotated[str, typer.Argument(help="The transcript id.")],
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Allow a removed transcript to be ingested again."""
    with reporting(debug):
        _, out_dir = _setup(out)
        with Store(out_dir / "qcode.db", create=False) as store:
            path = store.restore_transcript(transcript)
        typer.echo(f"{transcript} may be ingested again: `qcode run` reads it from {path} if "
                   "the file is there")


@app.command()
def digest(
    code: Annotated[list[str] | None, typer.Option("--code", help="Only this theme or "
                                                   "subtheme; repeat for more.")] = None,
    status: Annotated[str, typer.Option(help="accepted (reviewed), suggested (a draft, marked "
                                        "unreviewed) or all.")] = "accepted",
    where: Annotated[list[str] | None, typer.Option("--where", help="Only transcripts whose "
                                                    "front matter has FIELD=VALUE.")] = None,
    context: Annotated[int | None, typer.Option(help="Quote the matched sentences with N "
                                                "sentences around them.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most N quotes per theme or "
                                              "subtheme (highest confidence first).")] = None,
    format: Annotated[str, typer.Option("--format", help="Comma-separated: html, md, docx, "
                                        "csv.")] = "html,md,docx,csv",
    template: Annotated[Path | None, typer.Option(help="Your own Jinja2 template (the digest "
                                                  "is `d`), rendered next to the others.")] = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Quotes by theme for writers: index.html, digest.md, digest.docx, quotes.csv."""
    from qcode.digest import DigestOptions, write_digest

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        opts = DigestOptions(tuple(code or ()), status, tuple(where or ()), context, limit,
                             tuple(f.strip() for f in format.split(",") if f.strip()), template)
        with Store(out_dir / "qcode.db", create=False) as store:
            d, files = write_digest(store, book, config, out_dir / "digest", opts)
        n = sum(t.quotes for t in d.themes)
        typer.echo(f"{n} quotes in {len(d.themes)} themes" + (" (DRAFT: unreviewed)" if d.draft
                                                              else ""))
        for f in files:
            typer.echo(f"wrote {f}")


@app.command("export")
def export_cmd(
    what: Annotated[str, typer.Argument(help="codings, matrix, qdc (the codebook) or qdpx (the "
                                        "project) for NVivo, ATLAS.ti, MAXQDA, QualCoder.")],
    format: Annotated[str, typer.Option("--format", help="codings, matrix: csv, xlsx or "
                                        "json.")] = "csv",
    file: Annotated[Path | None, typer.Option("--file", help="Where to write (default "
                                              "<out>/WHAT.FORMAT, <out>/codebook.qdc, "
                                              "<out>/project.qdpx).")] = None,
    include_rejected: Annotated[bool, typer.Option(help="codings: rejected ones "
                                                   "too.")] = False,
    status: Annotated[str, typer.Option(help="qdpx: accepted (reviewed), suggested (all but "
                                        "rejected) or all codings.")] = "suggested",
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Codings, the code x transcript matrix, or the codebook / project as REFI-QDA.

    codings and matrix: with their status, the co-occurrence table; qdc and qdpx: for
    NVivo, ATLAS.ti, MAXQDA and QualCoder."""
    with reporting(debug):
        if what == "qdc":
            from qcode.refi.qdc import write_qdc

            config, out_dir, book = _setup_with_book(out, codebook)
            path = file or out_dir / "codebook.qdc"
            typer.echo(f"wrote {path} ({write_qdc(book, path)} codes)")
            return
        if what == "qdpx":
            from qcode.refi.qdpx_export import export_qdpx

            config, out_dir, book = _setup_with_book(out, codebook)
            path = file or out_dir / "project.qdpx"
            with Store(out_dir / "qcode.db", create=False) as store:
                r = export_qdpx(store, book, config, path, status)
            skipped = f"; {r.skipped} of codes no longer in the codebook left out" \
                if r.skipped else ""
            typer.echo(f"wrote {path} ({r.sources} transcripts, {r.codings} codings, "
                       f"{r.notes} notes, {r.users} users{skipped})")
            return
        from qcode import exports

        config, out_dir = _setup(out)
        path = file or out_dir / f"{what}.{format}"
        with Store(out_dir / "qcode.db", create=False) as store:
            exports.export(store, config, what, format, path, include_rejected)
        typer.echo(f"wrote {path}")


@import_app.command("qdc")
def import_qdc_cmd(
    file: Annotated[Path, typer.Argument(help="A REFI-QDA codebook (.qdc), or a project "
                                         "(.qdpx) to take its codebook.")],
    into: Annotated[Path | None, typer.Option("--into", help="The codebook YAML to create "
                                              "(default codebooks/NAME.yaml); never "
                                              "replaced.")] = None,
    debug: DebugOpt = False,
) -> None:
    """A codebook from another tool as a qcode codebook, without rules yet.

    Hierarchy, descriptions, colours and GUIDs are kept; names become ids."""
    from qcode.refi.qdc import import_qdc, slug

    with reporting(debug):
        r = import_qdc(file, into or Path("codebooks") / f"{slug(file.stem)}.yaml")
        for name, cid in r.renamed:
            typer.echo(f"  {name!r} -> {cid}")
        typer.echo(f"wrote {r.path} ({r.codes} codes, no rules yet: add rules, then run "
                   f"`qcode codebook check {r.path}`)")


@app.command("suggest")
def suggest_cmd(
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Learn from reviewers' decisions and suggest passages the rules did not code."""
    from qcode import suggest

    with reporting(debug):
        config, out_dir, book = _setup_with_book(out, codebook)
        with Store(out_dir / "qcode.db", create=False) as store:
            report = suggest.suggest(store, book, force=True)
            n = _write_codings(store, config, out_dir)
        _emit(["code", "positives", "negatives", "suggested"],
              [[c, str(p), str(neg), str(k)] for c, (p, neg, k) in report.codes.items()],
              "table", f"model suggestions ({report.embedded} passages embedded now)")
        if report.skipped:
            typer.echo(f"not enough evidence yet (a code needs {suggest.MIN_POSITIVE} positive "
                       f"and {suggest.MIN_NEGATIVE} negative passages, examples included): "
                       f"{', '.join(report.skipped)}")
        typer.echo(f"{report.suggested} new suggestion(s); codings.csv has {n} rows")


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="What to look for, in your own words.")] = "",
    code: Annotated[str | None, typer.Option("--code", help="Rank by similarity to this "
                                             "code's accepted passages instead.")] = None,
    words: Annotated[bool, typer.Option("--words", help="Find the query's words (by lemma, in "
                                        "sequence) and show them in context.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N "
                                       "passages.")] = 10,
    to_review: Annotated[str | None, typer.Option("--to-review", help="Also write the results "
                                                  "to a review sheet for reviewer NAME.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Respondent passages closest in meaning to QUERY, like a code's, or with QUERY's words."""
    from qcode import search

    with reporting(debug):
        if code is None and not query.strip():
            raise QcodeError("give a QUERY to search for, or --code ID")
        if code is not None and words:
            raise QcodeError("--code and --words do not go together; choose one")
        config, out_dir = _setup(out)
        book = (_load_book(Path(codebook or config.codebook), out_dir)
                if code is not None or to_review is not None else None)
        with Store(out_dir / "qcode.db", create=False) as store:
            if code is not None:
                assert book is not None
                hits = search.like_code(store, book, config, code, limit)
            elif words:
                hits = search.by_words(store, config, query, limit)
            else:
                hits = search.by_meaning(store, config, query, limit)
            if to_review is not None and hits:
                assert book is not None
                path = _search_sheet(store, book, config, out_dir, to_review, hits, query or code)
        _print_hits(hits, words, format)
        if to_review is not None:
            typer.echo(f"wrote {path} ({len(hits)} rows)" if hits else "nothing found: no sheet "
                       "written")


def _search_sheet(store: Store, book: Codebook, config: Config, out_dir: Path, reviewer: str,
                  hits: list[search.Hit], what: str | None) -> Path:
    from qcode.review import export as review_export
    from qcode.review import new_sheet_path

    path = new_sheet_path(out_dir, "search", reviewer)  # never onto a sheet being filled in
    opts = review_export.ExportOptions(
        reviewer, passages=tuple(h.segment_id for h in hits),
        passages_label=f"(search: {what}) recode to the code it should have, if any")
    review_export.export_sheet(store, book, config, path, opts)
    return path


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
