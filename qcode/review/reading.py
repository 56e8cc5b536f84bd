"""Reading a qcode workbook back (openpyxl, read-only): size and zip checks before parsing,
the hidden _meta sheet, and rows by header name with the cell address of every value for
error messages. Writing them is sheets.py."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.cells import uncell
from qcode.errors import ReviewSheetError
from qcode.review.formulas import formula_problems

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
    wrong = _not_xlsx(path)
    if wrong:
        raise ReviewSheetError(wrong[0], wrong[1:], path)
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


SAVE_AS_XLSX = ("open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx) "
                "(File > Save As), then import the .xlsx")
# zip members that tell what a workbook that is not an .xlsx is
_ZIPPED = (("mimetype", "an OpenDocument spreadsheet (.ods)"),
           ("xl/workbook.bin", "an Excel Binary Workbook (.xlsb)"))


def _not_xlsx(path: Path) -> list[str]:
    """What the file is instead of an .xlsx, and what to do (empty if it is one), from its
    bytes: a sheet saved in the wrong format by mistake is told apart from a broken one."""
    with path.open("rb") as f:
        head = f.read(4096)
    if not head:
        return ["is empty (0 bytes)", "import the sheet as the spreadsheet saved it; if the "
                "save failed, save it again from Excel or LibreOffice"]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ["is an Excel 97-2003 workbook (.xls), not an .xlsx", SAVE_AS_XLSX]
    if not zipfile.is_zipfile(path):
        if b"\x00" in head:
            return ["is not an .xlsx workbook", SAVE_AS_XLSX]
        return ["is a text file (CSV or the like), not a workbook: a CSV keeps one sheet and "
                "drops the hidden _meta sheet qcode checks", "copy its decision, recode_to and "
                "note columns into the .xlsx qcode exported, save that and import it"]
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
    kind = next((what for member, what in _ZIPPED if member in names), "")
    if kind:
        return [f"is {kind}, not an .xlsx", SAVE_AS_XLSX]
    if path.suffix.lower() not in (".xlsx", ".xlsm") and "xl/workbook.xml" in names:
        return [f"is an Excel workbook named {path.suffix or 'without an extension'}",
                f"rename it to {path.stem}.xlsx and import that"]
    return []


def read_meta(wb: Any) -> dict[str, str]:
    if "_meta" not in wb.sheetnames:
        return {}
    ws = wb["_meta"]
    return {str(r[0]): "" if r[1] is None else str(uncell(r[1]))
            for r in ws.iter_rows(values_only=True) if r and r[0] is not None}


def read_table(wb: Any, sheet: str, required: list[str], problems: list[str]) -> Table | None:
    """Rows of a sheet by header name (case and spaces around it do not matter); a missing
    or doubled column, or a formula in one of them whose value was never saved or is an
    error, is added to problems."""
    if sheet not in wb.sheetnames:
        problems.append(f"{sheet}: no sheet is named '{sheet}' (the workbook has "
                        f"{', '.join(repr(n) for n in wb.sheetnames)}); if you renamed it, "
                        f"name it '{sheet}' again")
        return None
    ws = wb[sheet]
    try:  # openpyxl parses the sheet's XML as it reads the rows, so a broken sheet raises
        return _table(wb, ws, sheet, required, problems)  # here (ParseError, TypeError...),
    except Exception as e:  # not when the workbook opens: said as a problem, not a crash
        problems.append(f"{sheet}: cannot read the sheet ({type(e).__name__}); save it again "
                        "from Excel or LibreOffice")
        return None


def _table(wb: Any, ws: Any, sheet: str, required: list[str],
           problems: list[str]) -> Table | None:
    names = [c.value for c in next(ws.iter_rows(min_row=1, max_row=1), ())]
    columns = _columns(sheet, names, required, problems)
    if columns is None:
        return None
    for ref, col, error in list(formula_problems(wb, ws, set(columns.values()))):
        name = next(n for n, c in columns.items() if c == col)
        problems.append(
            f"{sheet}!{ref}: the {name} cell holds a formula with no saved value: open the "
            "sheet in Excel or LibreOffice and save it, or type the value" if error is None
            else f"{sheet}!{ref}: the {name} cell's formula gives the error {error}: correct "
            "the formula, or type the value")
    rows = []
    for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        row = {name: values[col - 1] if col - 1 < len(values) else None
               for name, col in columns.items()}
        if any(v not in (None, "") for v in row.values()):
            rows.append((r, row))
    return Table(sheet, columns, rows)


def _columns(sheet: str, names: Iterable[Any], required: list[str],
             problems: list[str]) -> dict[str, int] | None:
    """Header -> column number of the required columns. Two columns of one name would
    leave one of them unread: a reviewer's own column named `note` beside qcode's."""
    from xlsxwriter.utility import xl_col_to_name

    columns: dict[str, int] = {}
    bad = len(problems)
    for i, value in enumerate(names, start=1):
        name = "" if value is None else str(value).strip().lower()
        if name not in required:
            continue
        if name in columns:
            problems.append(f"{sheet}!{xl_col_to_name(i - 1)}1: a second column is named "
                            f"'{name}' (the first is {xl_col_to_name(columns[name] - 1)}1); "
                            "qcode cannot tell which one holds the reviewer's entries: rename "
                            "or delete one of them")
        columns.setdefault(name, i)
    for c in required:
        if c not in columns:
            problems.append(f"{sheet}!1: no column is named '{c}' in the header row; if you "
                            f"renamed or deleted it, name its header '{c}' again (a fresh "
                            "export shows the columns)")
    return None if len(problems) > bad else columns


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width: a pasted `accept` may bring one


def text(value: Any) -> str:
    """A cell as text, without the spaces (and zero-width characters) around it."""
    return "" if value is None else str(value).strip().strip(_INVISIBLE).strip()
