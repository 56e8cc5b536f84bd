"""Learned suggestions and search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from qcode.cli.shell import (
    CodebookOpt,
    DebugOpt,
    OutOpt,
    QuietOpt,
    app,
    emit,
    out_console,
    project_at,
    reporting,
    tell,
)
from qcode.errors import QcodeError
from qcode.plural import counted

if TYPE_CHECKING:
    from qcode import search


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
        report, n = project_at(out, codebook).suggest()
        if not quiet:
            emit(["code", "positives", "negatives", "suggested", "why"],
                 [[c, str(p), str(neg), str(k), report.why[c]]
                  for c, (p, neg, k) in report.codes.items()],
                 "table", f"model suggestions ({counted(report.embedded, 'passage')} embedded now)")
        if report.skipped:
            tell(quiet, f"not enough evidence yet (a code needs {suggest.MIN_POSITIVE} positive "
                       f"and {suggest.MIN_NEGATIVE} negative passages, examples included): "
                       f"{', '.join(report.skipped)}")
        tell(quiet, f"{counted(report.suggested, 'new suggestion')}; codings.csv has {counted(n, 'row')}")


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
        hits, path = project_at(out, codebook).search(query, code, words, limit, to_review)
        _print_hits(hits, words, format)
        if to_review is not None:
            typer.echo(f"wrote {path} ({counted(len(hits), 'row')})" if hits else "nothing found: no sheet "
                       "written")


def _print_hits(hits: list[search.Hit], words: bool, format: str) -> None:
    # a word search's score is its number of matches: one name for it in every format
    name, value = ("matches", lambda h: str(int(h.score))) if words else \
        ("score", lambda h: f"{h.score:.3f}")
    if format != "table":
        cells = [[h.transcript, str(h.line), h.speaker, value(h), h.marked()] for h in hits]
        emit(["transcript", "line", "speaker", name, "text"], cells, format, "")
        return
    from rich.text import Text

    table = Table(title=counted(len(hits), "passage"), show_lines=True)
    for col in ("transcript", "line", "speaker", name, "text"):
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
        table.add_row(h.transcript, str(h.line), h.speaker, value(h), body)
    out_console.print(table)
