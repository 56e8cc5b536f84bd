"""What every qcode workbook shares: safe cells, styling, the hidden _meta sheet, and reading a
sheet back with cell references for error messages."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from qcode import __version__
from qcode.atomic import replacing
from qcode.codebook import Codebook
from qcode.errors import OutputError, ReviewSheetError
from qcode.review import new_sheet_path

MAX_BYTES = 50 * 1024 * 1024  # on disk
MAX_UNPACKED = 500 * 1024 * 1024  # inside the zip: refuses zip bombs before parsing
DECISIONS = ("accept", "reject", "recode", "unsure")
HUMAN_COLUMNS = ("decision", "recode_to", "note")  # what a person fills in, on every sheet
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write a value that is always data: a string starting with = + - @ stays text."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def header(ws: Worksheet, names: list[str], widths: dict[str, int]) -> None:
    for col, name in enumerate(names, start=1):
        put(ws, 1, col, name)
        ws.cell(row=1, column=col).font = Font(bold=True)
        ws.cell(row=1, column=col).fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = widths.get(name, 14)
    ws.freeze_panes = "A2"


def finish(ws: Worksheet, ncols: int) -> None:
    """Filters over the whole table and wrapped, top-aligned text.

    Cells are styled through named styles: assigning a named style is a lookup, while
    assigning a font or an alignment makes openpyxl hash it anew for every cell (seconds
    on a sheet of a few thousand codings)."""
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(ws.max_row, 2)}"
    wrapped = _named(ws, "qcode text", lambda: NamedStyle(font=copy(DEFAULT_FONT),
                                                          alignment=WRAP))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.style == "Normal":
                cell.style = wrapped


def paint_code(ws: Worksheet, row: int, col: int, code: str, color: str) -> None:
    """A code's cell in the code's colour, white bold text."""
    def style() -> NamedStyle:
        return NamedStyle(fill=PatternFill("solid", fgColor=color.lstrip("#").upper()),
                          font=Font(name=DEFAULT_FONT.name, size=DEFAULT_FONT.size,
                                    color="FFFFFF", bold=True), alignment=WRAP)

    ws.cell(row=row, column=col).style = _named(ws, f"qcode code {code}", style)


def _named(ws: Worksheet, name: str, make: Callable[[], NamedStyle]) -> str:
    """Register a named style in the sheet's workbook once; return its name."""
    if name not in ws.parent.named_styles:
        style = make()
        style.name = name
        ws.parent.add_named_style(style)
    return name


def write_meta(wb: Workbook, meta: dict[str, str]) -> None:
    ws = wb.create_sheet("_meta")
    for i, (k, v) in enumerate({**meta, "qcode_version": __version__}.items(), start=1):
        put(ws, i, 1, k)
        put(ws, i, 2, v)
    ws.sheet_state = "hidden"


def rich(text: str, spans: list[dict[str, Any]]) -> CellRichText | str:
    """The text with matched words in bold; overlapping spans are merged."""
    ranges: list[list[int]] = []
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if ranges and s["start"] <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], s["end"])
        else:
            ranges.append([s["start"], s["end"]])
    if not ranges:
        return text
    bold = InlineFont(b=True)
    parts: list[str | TextBlock] = []
    pos = 0
    for start, end in ranges:
        if start > pos:
            parts.append(text[pos:start])
        parts.append(TextBlock(bold, text[start:end]))
        pos = end
    if pos < len(text):
        parts.append(text[pos:])
    return CellRichText(parts)


def add_validations(ws: Any, columns: list[str], last_row: int, ncodes: int) -> None:
    last = max(last_row, 2)
    decision = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"',
                              allow_blank=True, showErrorMessage=True,
                              errorTitle="decision", error="Choose accept, reject, recode or unsure")
    recode = DataValidation(type="list", formula1=f"=Codebook!$A$2:$A${ncodes + 1}",
                            allow_blank=True, showErrorMessage=True,
                            errorTitle="recode_to", error="Choose a code id from the Codebook sheet")
    for dv, name in ((decision, "decision"), (recode, "recode_to")):
        letter = get_column_letter(columns.index(name) + 1)
        dv.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(dv)


def codebook_sheet(wb: Workbook, book: Codebook) -> None:
    ws = wb.create_sheet("Codebook")
    columns = ["id", "label", "description", "include", "exclude", "positive examples",
               "negative examples"]
    header(ws, columns, {"id": 30, "label": 30, "description": 60, "include": 40,
                         "exclude": 40, "positive examples": 50, "negative examples": 50})
    for r, code in enumerate(book.flat(), start=2):
        values = [code.id, code.label, code.description, "\n".join(code.include),
                  "\n".join(code.exclude), "\n".join(code.examples.positive),
                  "\n".join(code.examples.negative)]
        for col, value in enumerate(values, start=1):
            put(ws, r, col, value)
        paint_code(ws, r, 1, code.id, code.color)
    finish(ws, len(columns))


@dataclass
class Table:
    """A sheet read back: rows as dicts plus the cell address of every value."""

    sheet: str
    columns: dict[str, int]  # header -> column number
    rows: list[tuple[int, dict[str, Any]]]  # (row number, header -> value)

    def ref(self, column: str, row: int) -> str:
        return f"{self.sheet}!{get_column_letter(self.columns[column])}{row}"


def open_workbook(path: Path) -> Any:
    """Open a reviewer's workbook defensively: size limits, zip check, defusedxml parsing
    (openpyxl uses defusedxml when it is installed, and qcode depends on it)."""
    if not path.exists():
        raise ReviewSheetError("file not found", ["check the path"], path)
    if path.stat().st_size > MAX_BYTES:
        raise ReviewSheetError(
            f"file is larger than {MAX_BYTES // 2**20} MB; a review sheet never is",
            ["export a new sheet with `qcode review export`"], path)
    if not zipfile.is_zipfile(path):
        raise ReviewSheetError("not an .xlsx file", [
            "save the sheet as Excel Workbook (.xlsx) in Excel or LibreOffice"], path)
    with zipfile.ZipFile(path) as z:
        if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
            raise ReviewSheetError("the workbook unpacks to more than "
                                   f"{MAX_UNPACKED // 2**20} MB; refusing to open it", [], path)
    try:
        return load_workbook(path, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise ReviewSheetError("cannot read the workbook", [f"{type(e).__name__}: {e}"],
                               path) from e


def read_meta(wb: Any) -> dict[str, str]:
    if "_meta" not in wb.sheetnames:
        return {}
    ws = wb["_meta"]
    return {str(r[0]): "" if r[1] is None else str(r[1])
            for r in ws.iter_rows(values_only=True) if r and r[0] is not None}


def read_table(wb: Any, sheet: str, required: list[str], problems: list[str]) -> Table | None:
    """Rows of a sheet by header name; missing columns are added to problems."""
    if sheet not in wb.sheetnames:
        problems.append(f"{sheet}: sheet missing; was this file exported by qcode?")
        return None
    ws = wb[sheet]
    names = [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]
    columns = {str(n).strip(): i + 1 for i, n in enumerate(names) if n is not None}
    missing = [c for c in required if c not in columns]
    for c in missing:
        problems.append(f"{sheet}!1: column '{c}' is missing; restore it from a fresh export")
    if missing:
        return None
    rows = []
    for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        row = {name: values[col - 1] if col - 1 < len(values) else None
               for name, col in columns.items()}
        if any(v not in (None, "") for v in row.values()):
            rows.append((r, row))
    return Table(sheet, columns, rows)


def text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def save(wb: Workbook, path: Path) -> None:
    """Write a workbook whole or not at all (atomic.py)."""
    with replacing(path) as tmp:
        wb.save(tmp)


def filled_rows(path: Path) -> int | None:
    """How many rows of a qcode sheet a person filled in (a decision, recode_to or note);
    None when the file cannot be read as one, which must be treated as a person's file."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file it cannot read
        return None
    try:
        filled = 0
        for ws in wb.worksheets:
            if ws.title not in ("Review", "Adjudicate"):
                continue
            rows = ws.iter_rows(values_only=True)
            names = [str(v).strip() if v is not None else "" for v in next(rows, ())]
            cols = [i for i, name in enumerate(names) if name in HUMAN_COLUMNS]
            filled += sum(any(i < len(r) and r[i] not in (None, "") for i in cols)
                          for r in rows)
        return filled
    finally:
        wb.close()


def is_draft_free(path: Path) -> bool:
    """A name `run` may (re)write its draft sheet to: nothing there, or a sheet nobody filled."""
    return not path.exists() or filled_rows(path) == 0


def guard_existing(path: Path, force: bool) -> None:
    """Refuse to replace a file named with --file: a filled sheet never, any other file only
    when forced."""
    if not path.exists():
        return
    filled = filled_rows(path)
    if filled is None or filled:
        what = "is not a sheet qcode can read" if filled is None else \
            f"has {filled} row(s) a person filled in"
        raise OutputError(f"{what}; it is never replaced: import it first (qcode review import) "
                          "or write the new sheet to another --file", path)
    if not force:
        raise OutputError("exists; choose another --file, or pass --force to replace this "
                          "sheet (nobody has filled it in)", path)


def choose_sheet(out: Path, kind: str, reviewer: str = "", file: Path | None = None,
                 force: bool = False) -> Path:
    """Where an export goes: `file` if it may be written (guard_existing), else a new name
    under <out>/review/ that no file has."""
    if file is None:
        return new_sheet_path(out, kind, reviewer)
    guard_existing(file, force)
    return file
