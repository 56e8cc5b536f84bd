"""`qcode review ...`: sheets out, decisions in, agreement and adjudication."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qcode.cli.shell import (
    CodebookOpt,
    DebugOpt,
    ForceOpt,
    OutOpt,
    QuietOpt,
    emit,
    project_at,
    reporting,
    review_app,
    tell,
)
from qcode.plural import counted
from qcode.review import NEAR_MISSES


@review_app.command("export")
def review_export_cmd(
    reviewer: Annotated[str, typer.Option(help="Who reviews this sheet (default: "
                                          "nobody named; the sheet asks).")] = "",
    code: Annotated[list[str] | None, typer.Option("--code", help="Only this code (and its "
                                                   "subcodes); repeat for more (default: every "
                                                   "code).")] = None,
    status: Annotated[str | None, typer.Option(help="Only codings with this status, e.g. "
                                               "suggested or disputed (default: any).")] = None,
    sample_uncoded: Annotated[int, typer.Option(help="Add a sample of N uncoded respondent "
                                                "segments, to find misses.")] = 0,
    seed: Annotated[int, typer.Option(help="Seed of the uncoded sample.")] = 0,
    near_misses: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Share of the uncoded sample drawn from near misses (a rule "
        "of a code fires on the passage, yet it was not coded), the rest at random; 0 for a "
        "plain random sample. Recall estimates weigh each row for what it stands for.")] = NEAR_MISSES,
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
        path, n, kept = project_at(out, codebook).review_export(
            reviewer, code or (), status, sample_uncoded, seed, blind, file, force, near_misses)
        tell(quiet, f"wrote {path} ({counted(n, 'row')})")
        if kept:
            tell(quiet, f"the filled sheet it replaced is now {kept} (its decisions are in "
                        "the store)")


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
        r = project_at(out, codebook).review_import(file, reviewer, dry_run)
        _print_orphans(file, r.orphaned + r.cleared)
        verb = "would record" if dry_run else "recorded"
        tell(quiet, f"{file}: {verb} {counted(r.new, 'decision')} by {r.reviewer} "
                    f"({r.unchanged} already recorded, {counted(r.undecided, 'row')} undecided, "
                    f"{counted(r.misses, 'missed code')} found, {len(r.orphaned)} on codings "
                    "that no longer exist)")


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
        s = project_at(out).review_undo(reviewer, sheet, restore)
        if restore:
            tell(quiet, f"restored {counted(s.decisions, 'decision')} of {reviewer} from {s.file} "
                       f"(export {s.export_id})")
        else:
            tell(quiet, f"withdrew {counted(s.decisions, 'decision')} of {reviewer} from {s.file} "
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
        rows = project_at(out).agreement(with_qcode)

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.3f}"

        cells = [[a.code, str(a.units), str(a.reviewers), fmt(a.percent), fmt(a.kappa),
                  fmt(a.alpha), fmt(a.prevalence), fmt(a.ac1), a.verdict]
                 + ([] if format == "table" else [a.note]) for a in rows]
        emit(["code", "double_reviewed", "reviewers", "percent", "cohen_kappa",
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
    force: Annotated[bool, typer.Option("--force", help="Replace the --file if it exists and "
                                        "nobody filled it in (a filled adjudication sheet is "
                                        "never replaced).")] = False,
    codebook: CodebookOpt = None,
    out: OutOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Disputed codings out, or the adjudicator's decisions in.

    Without --import, writes the disputed codings side by side; with it, records the
    adjudicator's final decisions."""
    with reporting(debug):
        project = project_at(out, codebook)
        if import_file is not None:
            r = project.adjudication_import(import_file)
            _print_orphans(import_file, r.orphaned + r.cleared)
            tell(quiet, f"{import_file}: recorded {counted(r.new, 'final decision')} by {r.reviewer} "
                        f"({r.unchanged} already recorded)")
            return
        path, n, name = project.adjudication_export(file, force, adjudicator)
        tell(quiet, f"wrote {path} ({counted(n, 'disputed coding')} for {name})")
