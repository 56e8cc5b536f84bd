"""Reading a qcode workbook back (openpyxl, read-only): size and zip checks before parsing,
the hidden _meta sheet, and rows by header name with the cell address of every value for
error messages. Writing them is sheets.py."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.cells import uncell
from qcode.errors import ReviewSheetError

MAX_BYTES = 50 * 1024 * 1024  # on disk
MAX_UNPACKED = 500 * 1024 * 1024  # inside the zip: refuses zip bombs before parsing


@dataclass
class Table:
    """A sheet read back: rows as dicts plus the cell address of every value."""

    sheet: str
    columns: dict[str, int]  # header -> column number
    rows: list[tuple[int, dict[str, Any]]]  # (row number, header -> value)

    def ref(self, column: str, row: int) -> str:
        return f"{self.sheet}!{self.cell(column, row)}"

    def cell(self, column: str, row: int) -> str:
        """The cell's address without its sheet (`K8`)."""
        from xlsxwriter.utility import xl_col_to_name

        return f"{xl_col_to_name(self.columns[column] - 1)}{row}"


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
        from openpyxl import load_workbook  # only where a sheet is read: it takes a while

        return load_workbook(path, read_only=True, data_only=True)  # cells read once, in order
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise ReviewSheetError("cannot read the workbook", [f"{type(e).__name__}: {e}"],
                               path) from e


def read_meta(wb: Any) -> dict[str, str]:
    if "_meta" not in wb.sheetnames:
        return {}
    ws = wb["_meta"]
    return {str(r[0]): "" if r[1] is None else str(uncell(r[1]))
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
