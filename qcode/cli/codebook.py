"""`qcode codebook ...`: check, test, explain and evaluate a codebook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from qcode.cli.shell import (
    DebugOpt,
    OutOpt,
    QuietOpt,
    Shown,
    UnredactedOpt,
    codebook_app,
    emit,
    out_console,
    progress_bar,
    project_at,
    reporting,
)
from qcode.config import load_config
from qcode.errors import QcodeError
from qcode.plural import counted, plural
from qcode.project import load_codebook

if TYPE_CHECKING:
    from qcode.evaluate import Evaluation, Mistake


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
            typer.echo(f"Warning: {file}: {counted(len(bare), 'code')} {plural(len(bare), 'has')} no rules, "
                       "so qcode never "
                       f"gives them: {', '.join(bare[:8])}{more}", err=True)
        for where in nested_repetitions(book):
            typer.echo(f"Warning: {file}: {where}: the regex repeats a repetition (like "
                       "`(a+)+`); qcode runs it safely (RE2, linear time), but a backtracking "
                       "engine could hang on it: prefer a flat pattern", err=True)
        typer.echo(f"{file}: ok: {counted(len(book.flat()), 'code')}, {counted(rules, 'rule')}, "
                   f"unit {book.unit}")


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
        say = Shown(load_config(), unredacted)
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
                                                "transcript, segment (its whole text, or its id), codes "
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
        project = project_at(out, file)
        with progress_bar(project.transcript_count, "code", quiet) as tick:
            result = project.evaluate(labels, reviewer, tick)
        say = Shown(project.config, unredacted)
        for problem in result.unmatched:
            typer.echo(f"Warning: {say(problem)}", err=True)
        _print_scores(result)
        if details:
            _print_mistakes(project.mistakes(result), say)
            _print_rule_precision(result)


def _print_scores(result: Evaluation) -> None:
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


def _print_mistakes(mistakes: list[Mistake], say: Shown) -> None:
    """Misses and false alarms grouped by kind, so a team sees what to fix in its codebook."""
    from qcode.evaluate import ERROR_KINDS

    for kind, title in ERROR_KINDS.items():
        mine = [m for m in mistakes if m.kind == kind]
        if mine:
            typer.echo(f"\n{title} ({len(mine)})")
        for m in mine:
            typer.echo(f"  {m.error}: {m.code}: {say.transcript_id(m.transcript)}: "
                       f"{say(m.text)}")


def _print_rule_precision(result: Evaluation) -> None:
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
        rows, sample = project_at(out).rule_report()

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.2f}"

        cells = [[s.code, s.rule, str(s.codings), str(s.accepted), str(s.rejected),
                  fmt(s.precision), "" if s.misses is None else str(s.misses), fmt(s.recall)]
                 for s in rows]
        names = ["code", "rule", "codings", "accepted", "rejected", "precision", "misses",
                 "recall"]
        emit(names, cells, format, f"codebook report ({sample} uncoded segments reviewed)")
