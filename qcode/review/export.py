"""Review sheets out: one workbook a reviewer can work in with Excel or LibreOffice."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import NothingSelected
from qcode.model import CodingRow, within
from qcode.packing import Deflated, deflated, joined
from qcode.privacy import Redactor, public_codings
from qcode.review import NEAR_MISSES
from qcode.review.fast_rows import FastSheet
from qcode.review.provenance import exporting
from qcode.review.sampling import Sampled, record, uncoded_sample
from qcode.review.sheets import SheetWriter
from qcode.store import Store

UNCODED = "uncoded:"
# zlib level of run's draft sheet, each transcript's rows deflated when they are rendered:
# level 6 (zipfile's) took 0.33 s of CPU for 30k rows (51 MB of XML), level 1 0.14 s, for
# a file 40% larger
DRAFT_COMPRESSION = 1
STATUSES = ("suggested", "accepted", "recoded", "disputed", "rejected")
WIDTHS = {"suggested_by": 40, "sampled": 30, "coding_id": 18, "transcript": 16, "speaker": 12,
          "line": 6, "code": 22, "code_label": 24, "confidence": 10, "question": 40, "text": 70, "rules": 24,
          "decision": 11, "recode_to": 22, "note": 30}
INSTRUCTIONS = [
    "How to review",
    "",
    "Each row of the Review sheet is a passage qcode coded. Read the text (matched words are "
    "in bold) and the question that was asked, then fill in the decision column:",
    "  accept  - the code is right",
    "  reject  - the code is wrong",
    "  recode  - the passage belongs to another code: choose it in recode_to",
    "  unsure  - you cannot decide; say why in note",
    "Rows whose coding_id starts with 'uncoded:' are a sample of passages no rule coded, or "
    "what a search found. Leave them blank or 'accept' if no code applies; if a code was "
    "missed, choose 'recode' and the code in recode_to. The sampled column says how each "
    "was chosen: at random, or as a near miss (a rule of a code fires on it, yet it was not "
    "coded); qcode counts each for the passages it stands for when it estimates recall.",
    "Rows whose rules say 'model' were suggested by qcode's model, learned from earlier "
    "decisions, not by a rule: the suggested_by column lists the reviewed passages (coding "
    "ids) most like it. Review them like any other row.",
    "You may sort, filter, hide or delete rows: qcode matches rows by coding_id. Do not edit "
    "the coding_id column or the hidden _meta sheet. Save as .xlsx and run: "
    "qcode review import FILE.xlsx",
    "The Codebook sheet has each code's definition, what to include and exclude, and examples.",
]


@dataclass
class ExportOptions:
    reviewer: str = ""
    codes: tuple[str, ...] = ()
    status: str | None = None
    sample_uncoded: int = 0
    seed: int = 0
    likely: float = NEAR_MISSES  # share of near misses in the uncoded sample (review/sampling.py)
    blind: bool = False
    passages: tuple[str, ...] = ()  # segment ids (search results): the sheet holds only these
    passages_label: str = "(search result: recode to the code it should have, if any)"


def _wanted(row: CodingRow, opts: ExportOptions) -> bool:
    if opts.codes and not any(within(row.code, c) for c in opts.codes):
        return False
    if opts.status:
        return row.status == opts.status
    return True


def export_sheet(store: Store, book: Codebook, config: Config, path: Path,
                 opts: ExportOptions) -> int:
    """Write the review workbook; returns the number of rows to review. Options that
    select nothing raise NothingSelected and write nothing."""
    book.check_codes(opts.codes)
    rows, sample = _selected(store, book, config, opts)
    columns = _columns(rows, bool(sample) and not opts.passages, opts)
    ids = [row.id for row in rows] + [UNCODED + p.segment["id"] for p in sample]
    with exporting(store, path, "review", opts.reviewer, book.hash, ids) as out:
        ws = out.fast_table("Review", columns, WIDTHS)
        last = _coding_rows(out, ws, columns, rows, book, store.suggestion_notes())
        last = _sample_rows(out, ws, columns, sample, last, opts, Redactor(config.redact))
        out.validations(ws, columns, last, len(book.flat()))
        out.finish(ws, len(columns), last)
        out.codebook_sheet(book)
        out.text_sheet("Instructions", INSTRUCTIONS, 110)
        if not opts.passages:
            record(store, sample)
    return last - 1


class DraftRows:
    """Run's draft sheet a transcript at a time: each transcript's rows are rendered apart
    (FastSheet.piece) and deflated (packing.py), and kept (outputs.py); `write_draft` packs
    them in a sheet. The sheet is the one export_sheet writes of every coding, but for the
    indices of its styles, fixed in codebook order (SheetWriter.fix_styles), its rows'
    numbers, left out, and that it is written when there is no coding too."""

    def __init__(self, book: Codebook, reasons: dict[str, str], model: bool):
        self.book, self.reasons = book, reasons
        self.columns = _draft_columns(model)
        self.out = SheetWriter(Path("rows.xlsx"))  # never saved: it lends its styles
        self.out.fix_styles(book)

    def __call__(self, rows: list[CodingRow]) -> Deflated:
        ws = FastSheet.piece(len(self.columns))
        _coding_rows(self.out, ws, self.columns, rows, self.book, self.reasons)
        return deflated(ws.text().encode("utf-8"), DRAFT_COMPRESSION)


def write_draft(store: Store, book: Codebook, path: Path, pieces: Iterable[tuple[Deflated, int]],
                ids: Iterable[str], model: bool) -> int:
    """Run's draft sheet from each transcript's rows (DraftRows, with the same `model`:
    whether any row is a model's suggestion) and their number, in order; `ids`: the coding
    ids on it. Returns the number of rows."""
    columns = _draft_columns(model)
    with exporting(store, path, "review", "", book.hash, ids, replaces=path,
                   compression=DRAFT_COMPRESSION) as out:
        out.fix_styles(book)
        ws = out.fast_table("Review", columns, WIDTHS)
        packed = list(pieces)
        last = 1 + sum(n for _, n in packed)
        out.packed_rows(ws, joined(rows for rows, _ in packed), last - 1)
        out.validations(ws, columns, last, len(book.flat()))
        out.finish(ws, len(columns), last)
        out.codebook_sheet(book)
        out.text_sheet("Instructions", INSTRUCTIONS, 110)
    return last - 1


def _draft_columns(model: bool) -> list[str]:
    return _columns([], False, ExportOptions(), model)


def _selected(store: Store, book: Codebook, config: Config, opts: ExportOptions
              ) -> tuple[list[CodingRow], list[Sampled]]:
    """The codings and the uncoded passages the options ask for."""
    if opts.status and opts.status not in STATUSES:
        raise NothingSelected(f"'{opts.status}' is not a status; use one of "
                              f"{', '.join(STATUSES)}")
    rows = [] if opts.passages else [r for r in public_codings(store, config)
                                     if _wanted(r, opts)]
    sample = _uncoded_sample(store, book, opts)
    if not rows and not sample:
        raise NothingSelected(_nothing(opts))
    return rows, sample


def _columns(rows: list[CodingRow], sampled: bool, opts: ExportOptions,
             model: bool = False) -> list[str]:
    columns = ["coding_id", "transcript", "speaker", "line", "code", "code_label", "confidence",
               "question", "text", "rules", "decision", "recode_to", "note"]
    if model or any(r.origin == "model" for r in rows):  # why the model suggested its rows
        columns.insert(columns.index("rules") + 1, "suggested_by")
    if sampled:  # how each uncoded row was chosen
        columns.insert(columns.index("text") + 1, "sampled")
    if opts.blind:  # what the rules or the model thought, and near misses, are hidden
        columns = [c for c in columns
                   if c not in ("confidence", "rules", "suggested_by", "sampled")]
    return columns


def _coding_rows(out: SheetWriter, ws: FastSheet, columns: list[str], rows: list[CodingRow],
                 book: Codebook, reasons: dict[str, str]) -> int:
    """A row per coding from row 2; returns the last row's number."""
    colors = {c.id: c.color for c in book.flat()}
    text_col, code_col = columns.index("text") + 1, columns.index("code") + 1
    r = 1
    for row in rows:
        r += 1
        values = {"coding_id": row.id, "transcript": row.transcript, "speaker": row.speaker,
                  "line": row.line, "code_label": row.code_label,
                  "confidence": round(row.confidence, 2), "question": row.question,
                  "rules": "; ".join(row.rules),
                  "suggested_by": _reason(reasons.get(row.id)) if row.origin == "model"
                  else ""}
        if row.code not in colors:
            values["code"] = row.code
        out.row(ws, r, [values.get(name) for name in columns])
        out.rich(ws, r, text_col, row.text, row.matched)
        if row.code in colors:
            out.code(ws, r, code_col, row.code, colors[row.code])
    return r


def _sample_rows(out: SheetWriter, ws: FastSheet, columns: list[str], sample: list[Sampled],
                 r: int, opts: ExportOptions, redactor: Redactor) -> int:
    """The uncoded passages after row `r`; returns the last row's number."""
    for picked in sample:
        seg = picked.segment
        r += 1
        values = {"coding_id": UNCODED + seg["id"],
                  "transcript": redactor.transcript_id(seg["transcript_id"]),
                  "speaker": redactor.text(seg["speaker"]), "line": seg["line"],
                  "code": "", "code_label": opts.passages_label if opts.passages
                  else "(no code: sample for recall)",
                  "text": redactor.text(seg["text"]), "sampled": picked.how}
        out.row(ws, r, [values.get(name) for name in columns])
    return r


def _nothing(opts: ExportOptions) -> str:
    chosen = [f"code {' or '.join(opts.codes)}"] if opts.codes else []
    chosen += [f"status {opts.status}"] if opts.status else []
    if not chosen:
        return "the project has no codings to review yet; no sheet was written"
    return f"no coding has {' and '.join(chosen)}; no sheet was written"


def _reason(nearest: str | None) -> str:
    """What a reviewer sees of a model suggestion: the reviewed passages behind it."""
    near = json.loads(nearest or "[]")
    listed = ", ".join(f"{n['coding_id']} ({n['similarity']:.2f})" for n in near)
    return "suggested by the model" + (f"; most like reviewed {listed}" if listed else "")


def _uncoded_sample(store: Store, book: Codebook, opts: ExportOptions) -> list[Sampled]:
    """The sampled uncoded passages, or the passages asked for, in the order given."""
    if opts.passages:
        by_id = {s["id"]: s for s in store.paragraphs_of("respondent")}
        return [Sampled(by_id[sid], (), 1.0) for sid in opts.passages if sid in by_id]
    return uncoded_sample(store, book, opts.sample_uncoded, opts.seed, opts.likely)
