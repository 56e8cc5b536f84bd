"""Commands that do the work: start a project, ingest, code, run, and look at what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from qcode.cli.shell import (
    CodebookOpt,
    DebugOpt,
    JobsOpt,
    OutOpt,
    QuietOpt,
    TranscriptsArg,
    app,
    count_files,
    counts_table,
    out_console,
    print_errors,
    print_problems,
    progress_bar,
    project_at,
    reporting,
    tell,
)
from qcode.plural import counted, plural
from qcode.project import Project

if TYPE_CHECKING:
    from qcode.watch import WatchRun


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
            tell(quiet, f"created {path}")
        for path in kept:
            tell(quiet, f"kept {path} (already there)")
        tell(quiet, f"next: put transcripts in {folder / 'transcripts'}, then run `qcode run` "
                   f"in {folder}")


@app.command()
def run(
    transcripts: TranscriptsArg = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Ingest, code and export: the whole pipeline in one command."""
    with reporting(debug):
        project = project_at(out, codebook)
        source = transcripts or Path(project.config.transcripts)
        with progress_bar(count_files([source]), "ingest and code", quiet) as tick:
            result = project.run(transcripts, jobs, tick)
        if result.ingest is not None:
            print_problems(result.ingest, debug)
        summary, out_dir = result.summary, project.out
        if not quiet:
            counts_table(f"qcode run -> {out_dir}", [
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
def watch(
    transcripts: TranscriptsArg = None,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    interval: Annotated[float, typer.Option("--interval", min=0.1, help="Seconds between "
                                            "looks at the files (default 1).")] = 1.0,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Run again on every change to the transcripts or codebook.

    Runs once, then whenever a transcript, the codebook or qcode.toml changes. One process
    stays up and keeps spaCy and the compiled codebook between runs, so a re-run costs only
    the work the change makes. One line per run; Ctrl-C stops."""
    from qcode.watch import watch as watching

    def report(run: WatchRun) -> None:
        if run.error is not None:
            print_errors([run.error], debug)
        elif run.result is not None:
            if run.result.ingest is not None:
                print_problems(run.result.ingest, debug)
            tell(quiet, _watch_line(run))

    with reporting(debug):
        tell(quiet, f"watching {transcripts or 'the transcripts'}, the codebook and qcode.toml "
                    f"every {interval:g} s; Ctrl-C stops")
        watching(lambda: project_at(out, codebook), transcripts, jobs=jobs, interval=interval,
                 report=report)


def _watch_line(run: WatchRun) -> str:
    """One run in one line: counts only, never transcript text."""
    assert run.result is not None
    s = run.result.summary
    engine = "built" if run.engine_built else "kept" if run.result.ingest else "not needed"
    return (f"run {run.number} ({', '.join(run.changed)}): ingested {s.ingested}, unchanged "
            f"{s.unchanged}, files with errors {s.errors}, re-coded {s.recoded}, codings "
            f"{s.codings}, outputs {'written' if s.outputs_written else 'unchanged'}, engine "
            f"{engine}, {run.cpu_seconds:.2f} s CPU")


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
        with progress_bar(count_files(paths), "ingest", quiet) as tick:
            report = project_at(out).ingest(paths, tick)
        print_problems(report, debug)
        tell(quiet, f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, "
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
        project = project_at(out, codebook)
        with progress_bar(project.transcript_count, "code", quiet) as tick:
            result = project.code(jobs, tick)
        print_errors(result.report.errors, debug)
        tell(quiet, f"re-coded {counted(result.report.transcripts, 'transcript')} for "
                   f"{counted(result.report.codes_rematched, 'code')}; codings.csv has "
                   f"{counted(result.rows, 'row')}")
        if result.report.errors:
            raise typer.Exit(1)


@app.command()
def stats(out: OutOpt = None, debug: DebugOpt = False) -> None:
    """Counts of what the project store holds."""
    with reporting(debug):
        project = project_at(out)
        counts_table(f"qcode stats ({project.out})", list(project.stats().items()))


@app.command()
def show(
    transcript: Annotated[str, typer.Argument(
        help="Transcript id, file path or file name; a file not yet ingested is read as "
             "`qcode ingest` would read it, and nothing is stored.")],
    out: OutOpt = None,
    debug: DebugOpt = False,
) -> None:
    """The turns ingest read in a transcript, or would read in a file.

    Line, speaker, role, coded or context, and its first words (names in `redact` stay
    redacted)."""
    with reporting(debug):
        view, rows = project_at(out).show(transcript)
        table = Table(title=escape(
            f"{view.id} ({view.path}): {counted(view.turns, 'turn')}, "
            f"{counted(view.words, 'word')}; read as coded: {counted(view.coded_turns, 'turn')}, "
            f"{counted(view.coded_paragraphs, 'paragraph')}, {counted(view.coded_words, 'word')}"))
        for name in ("line", "speaker", "role", "read as", "words", "first words"):
            table.add_column(name, justify="right" if name in ("line", "words") else "left")
        for r in rows:
            table.add_row(str(r.line), escape(r.speaker), r.role,
                          "coded" if r.coded else "context", str(r.words), escape(r.first_words))
        out_console.print(table)
        for n in view.notices:
            typer.echo(f"Warning: {view.path}:{n.line}: {n.message}")
        if not view.stored:
            typer.echo(f"{transcript} is not in this project: read from the file as `qcode "
                       "ingest` would read it; nothing was stored")


@app.command()
def transcripts(out: OutOpt = None, debug: DebugOpt = False) -> None:
    """Every transcript in the project, as ingest read it.

    Speakers and their roles, turns, words (all, and those read as coded), and what ingest
    warned about."""
    with reporting(debug):
        project = project_at(out)
        views = project.transcripts()
        table = Table(title=f"transcripts ({project.out})")
        for name in ("id", "file", "speakers (role)", "turns", "words", "words read as coded",
                     "warnings"):
            table.add_column(name, justify="right" if name in (
                "turns", "words", "words read as coded", "warnings") else "left")
        for v in views:
            speakers = ", ".join(f"{s} ({r})" for s, r in v.speakers)
            table.add_row(escape(v.id), escape(v.path), escape(speakers), str(v.turns), str(v.words),
                          str(v.coded_words), str(len(v.notices)))
        out_console.print(table)
        for v in views:
            for n in v.notices:
                typer.echo(f"Warning: {v.path}:{n.line}: {n.message}")


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
        r = project_at(out, codebook).remove(transcript, reason)
        tell(quiet, f"removed {transcript}: its text, segments and "
                   f"{counted(r.removal.codings, 'coding')}; "
                   f"{counted(r.removal.decisions, 'decision')} "
                   f"{plural(r.removal.decisions, 'keeps', 'keep')} only "
                   f"{plural(r.removal.decisions, 'its', 'their')} ids and a tombstone; it will "
                   "not be ingested again (qcode restore undoes this)")
        for path in r.rewritten:
            tell(quiet, f"rewrote {path}")
        if r.digest_rebuilt:
            tell(quiet, "the digest was rebuilt with the default options (all codes, reviewed "
                        "quotes): run `qcode digest` again for your own selection")
        for path in r.deleted:
            tell(quiet, f"deleted {path} (nothing reviewed is left to show)")
        for path in r.may_hold:
            typer.echo(f"may still hold it: {path}")
        tell(quiet, "also check copies of the project and files written with --file elsewhere")


@app.command()
def restore(
    transcript: Annotated[str, typer.Argument(help="The transcript id.")],
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Allow a removed transcript to be ingested again."""
    with reporting(debug):
        path = project_at(out).restore(transcript)
        tell(quiet, f"{transcript} may be ingested again: `qcode run` reads it from {path} if "
                   "the file is there")
