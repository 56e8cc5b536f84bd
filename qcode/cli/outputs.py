"""What leaves the project and what comes in from other tools: digests, exports, REFI-QDA."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qcode.cli.shell import (
    CodebookOpt,
    DebugOpt,
    JobsOpt,
    OutOpt,
    QuietOpt,
    app,
    import_app,
    project_at,
    reporting,
    tell,
)
from qcode.plural import counted


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
        result = project_at(out, codebook).digest(code or (), status, where or (), context, limit,
                                                  formats, template)
        d, files = result.digest, result.files
        n = sum(t.quotes for t in d.themes)
        quoted = sum(1 for t in d.themes if t.quotes)
        of = f"{quoted} of " if quoted < len(d.themes) else ""  # `1 quote in 1 of 4 themes`
        tell(quiet, f"{counted(n, 'quote')} in {of}{counted(len(d.themes), 'theme')}"
             + (" (DRAFT: unreviewed)" if d.draft else ""))
        for f in files:
            tell(quiet, f"wrote {f}")


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
            path, codes = project_at(out, codebook).export_qdc(file, force)
            tell(quiet, f"wrote {path} ({counted(codes, 'code')})")
            return
        if what == "qdpx":
            path, r = project_at(out, codebook).export_qdpx(file, status, force)
            skipped = f"; {counted(r.skipped, 'coding')} of codes no longer in the codebook " \
                "left out" if r.skipped else ""
            tell(quiet, f"wrote {path} ({counted(r.sources, 'transcript')}, "
                       f"{counted(r.codings, 'coding')}, {counted(r.notes, 'note')}, "
                       f"{counted(r.users, 'user')}{skipped})")
            return
        path = project_at(out).export(what, format, file, include_rejected, force)
        tell(quiet, f"wrote {path}")


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
            tell(quiet, f"  {name!r} -> {cid}")
        tell(quiet, f"wrote {r.path} ({counted(r.codes, 'code')}, no rules yet: add rules, then run "
                   f"`qcode codebook check {r.path}`)")


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
        project = project_at(out, codebook)
        r, n = project.import_qdpx(file, as_, add_codes, transcripts, jobs)
        book_path = project.codebook_path
        for code in r.added_codes:
            tell(quiet, f"  added code {code} to {book_path} (no rules yet)")
        for what in r.unread:
            typer.echo(f"Warning: {file}: not imported: {what}", err=True)
        if r.skipped:
            names = sorted(r.skipped)
            more = f" and {len(names) - 5} more" if len(names) > 5 else ""
            typer.echo(f"Warning: {counted(sum(r.skipped.values()), 'coding')} of "
                       f"{counted(len(names), 'code')} "
                       f"not in {book_path} left out: {'; '.join(names[:5])}{more} "
                       "(--add-codes adds them)", err=True)
        tell(quiet, f"{file}: {counted(len(r.transcripts), 'transcript')}, "
                   f"{counted(r.selections, 'selection')} coded by {r.reviewer}: {r.accepted} of "
                   f"qcode's codings accepted, {r.rejected} rejected, {r.manual} added as manual "
                   f"codings, {r.unplaced} on no codeable text; "
                   f"{counted(r.recorded, 'new decision')}; codings.csv has {counted(n, 'row')}")
