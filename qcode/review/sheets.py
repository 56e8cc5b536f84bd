"""What every qcode workbook shares: safe cells, styling, the hidden _meta sheet (written with
xlsxwriter). Whether a sheet may be replaced (a person filled it in or not) is replacing.py;
reading a sheet back is reading.py."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from qcode import __version__
from qcode.atomic import replacing
from qcode.cells import cell, shift
from qcode.codebook import Codebook
from qcode.packing import Deflated, PiecedZip
from qcode.review.fast_rows import EXCEL_MAX, FastSheet

Sheet: TypeAlias = Worksheet | FastSheet  # a FastSheet for a sheet of many rows

DECISIONS = ("accept", "reject", "recode", "unsure")
HUMAN_COLUMNS = ("decision", "recode_to", "note")  # what a person fills in, on every sheet
HEADER_FILL = "#DDDDDD"
WRAP = {"text_wrap": True, "valign": "top"}


def _fits(text: str) -> str:
    """Text cut to what a cell holds, saying so (xlsxwriter would cut it unsaid)."""
    if len(text) <= EXCEL_MAX:
        return text
    note = f" … [cut: {len(text):,} characters in all; codings.csv has the whole text]"
    return text[:EXCEL_MAX - len(note)] + note


class SheetWriter:
    """A qcode workbook being written. xlsxwriter in constant-memory mode puts each row on
    disk as soon as the next one begins, so a sheet of any size holds one row in memory
    (openpyxl, which reads the sheets back, keeps every cell as an object until it saves).
    Rows are numbered as Excel numbers them, from 1, and each sheet is written top to
    bottom. Every value is written as what it is: a string is always text, never a formula,
    a number or a link. Made by `writing`, which puts the file in place when it is done."""

    def __init__(self, path: Path, compression: int | None = None):
        self.compression = compression  # zlib's level; None: zipfile's default (6)
        self.wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "tmpdir": str(path.parent)})
        self.header_format = self.wb.add_format({"bold": True, "bg_color": HEADER_FILL})
        self.wrap = self.wb.add_format(WRAP)
        self.bold = self.wb.add_format({"bold": True})
        self.bold_wrap = self.wb.add_format({**WRAP, "bold": True})
        self._code_formats: dict[str, Format] = {}
        self._fast: list[FastSheet] = []
        self._packed: dict[bytes, Deflated] = {}  # marker in a sheet's XML -> its rows

    def fast_table(self, name: str, columns: list[str], widths: dict[str, int]) -> FastSheet:
        """A `table` whose rows are rendered by fast_rows: for a sheet of thousands of rows."""
        sheet = FastSheet(self.table(name, columns, widths), len(columns))
        self._fast.append(sheet)
        return sheet

    def packed_rows(self, ws: FastSheet, rows: Deflated, count: int) -> None:
        """The `count` rows after the header of a sheet, rendered apart (FastSheet.piece)
        and deflated at this writer's level (packing.py): put in when the workbook is
        packed, without being deflated again."""
        marker = f"\x00rows of {ws.ws.name if ws.ws else ''}\x00"  # no XML holds a NUL
        ws.reserve(marker, 1 + count)
        self._packed[marker.encode("utf-8")] = rows

    def close(self) -> None:
        for sheet in self._fast:
            sheet.close()
        if self.compression is None and not self._packed:
            self.wb.close()
            return
        # xlsxwriter has no setting for it: the ZipFile it packs the workbook with is given
        # the level, and the packed rows, for the time it packs (tests/test_review.py
        # checks the level is applied)
        import xlsxwriter.workbook as packing

        zip_file = packing.ZipFile
        packing.ZipFile = functools.partial(
            PiecedZip, compresslevel=self.compression, pieces=self._packed)
        try:
            self.wb.close()
        finally:
            packing.ZipFile = zip_file

    def table(self, name: str, columns: list[str], widths: dict[str, int]) -> Worksheet:
        """A sheet with a frozen header row of these columns."""
        ws = self.wb.add_worksheet(name)
        for col, column in enumerate(columns):
            ws.set_column(col, col, widths.get(column, 14))
            self.put(ws, 1, col + 1, column, self.header_format)
        ws.freeze_panes(1, 0)
        return ws

    def put(self, ws: Sheet, row: int, col: int, value: Any,
            fmt: Format | None = None) -> None:
        """A string stays text, made inert by `cells.cell`; None leaves the cell empty."""
        if isinstance(value, str):
            if isinstance(ws, FastSheet):
                ws.string(row, col, _fits(cell(value)), fmt)
            else:
                ws.write_string(row - 1, col - 1, _fits(cell(value)), fmt)
        elif isinstance(value, int | float):
            if isinstance(ws, FastSheet):
                ws.number(row, col, value, fmt)
            else:
                ws.write_number(row - 1, col - 1, value, fmt)
        elif value is not None:
            raise TypeError(f"cannot write {type(value).__name__} to a sheet")

    def row(self, ws: Sheet, row: int, values: list[Any]) -> None:
        """A row of wrapped, top-aligned cells."""
        for col, value in enumerate(values, start=1):
            self.put(ws, row, col, value, self.wrap)

    def rich(self, ws: Sheet, row: int, col: int, text: str,
             spans: list[dict[str, Any]]) -> None:
        """The text with matched words in bold; overlapping spans are merged. The text is
        made inert as `put` makes it (the spans move with an apostrophe put before it)."""
        if len(text) >= EXCEL_MAX:  # xlsxwriter writes nothing for a rich string too long
            self.put(ws, row, col, text, self.wrap)
            return
        k = shift(text)
        text = cell(text)
        parts = self._runs(text, [(s["start"] + k, s["end"] + k) for s in spans])
        if len(parts) <= 2:
            self.put(ws, row, col, text, self.bold_wrap if parts and parts[0] is self.bold
                     else self.wrap)
        elif isinstance(ws, FastSheet):
            ws.rich(row, col, parts, self.wrap)
        else:
            ws.write_rich_string(row - 1, col - 1, *parts, self.wrap)

    def _runs(self, text: str, spans: list[tuple[int, int]]) -> list[Any]:
        """Plain and bold pieces of the text, a bold one after the bold format; no empty
        piece (Excel refuses empty runs)."""
        parts: list[Any] = []
        pos = 0
        for start, end in merged([{"start": s, "end": e} for s, e in spans]):
            if start > pos:
                parts.append(text[pos:start])
            if end > start:
                parts += [self.bold, text[start:end]]
            pos = max(pos, end)
        if pos < len(text):
            parts.append(text[pos:])
        return [p for i, p in enumerate(parts)
                if p != "" and not (isinstance(p, Format) and parts[i + 1] == "")]

    def code(self, ws: Sheet, row: int, col: int, code: str, color: str) -> None:
        """A code id in the code's colour, white bold text."""
        self.put(ws, row, col, code, self._code_format(code, color))

    def _code_format(self, code: str, color: str) -> Format:
        if code not in self._code_formats:
            self._code_formats[code] = self.wb.add_format({
                **WRAP, "bold": True, "font_color": "#FFFFFF",
                "bg_color": "#" + color.lstrip("#").upper()})
        return self._code_formats[code]

    def fix_styles(self, book: Codebook) -> None:
        """Give the styles of a review sheet's rows their indices now, in one order, instead
        of in the order rows first use them: rows rendered apart (FastSheet.piece) by a
        writer whose styles were fixed so fit any workbook whose styles were."""
        for fmt in (self.header_format, self.wrap, self.bold_wrap):
            fmt._get_xf_index()
        for code in book.flat():
            self._code_format(code.id, code.color)._get_xf_index()

    def finish(self, ws: Sheet, ncols: int, last_row: int) -> None:
        """Filters over the whole table."""
        _worksheet(ws).autofilter(0, 0, max(last_row, 2) - 1, ncols - 1)

    def validations(self, ws: Sheet, columns: list[str], last_row: int,
                    ncodes: int) -> None:
        """Drop-downs for the decision and recode_to columns."""
        sheet = _worksheet(ws)
        last = max(last_row, 2) - 1
        for name, rule in (
            ("decision", {"source": list(DECISIONS), "error_title": "decision",
                          "error_message": "Choose accept, reject, recode or unsure"}),
            ("recode_to", {"source": f"=Codebook!$A$2:$A${ncodes + 1}",
                           "error_title": "recode_to",
                           "error_message": "Choose a code id from the Codebook sheet"}),
        ):
            col = columns.index(name)
            sheet.data_validation(1, col, last, col, {"validate": "list", "ignore_blank": True,
                                                   "show_error": True, **rule})

    def codebook_sheet(self, book: Codebook) -> None:
        columns = ["id", "label", "description", "include", "exclude", "positive examples",
                   "negative examples"]
        ws = self.table("Codebook", columns, {
            "id": 30, "label": 30, "description": 60, "include": 40, "exclude": 40,
            "positive examples": 50, "negative examples": 50})
        codes = book.flat()
        for r, code in enumerate(codes, start=2):
            self.row(ws, r, [None, code.label, code.description, "\n".join(code.include),
                             "\n".join(code.exclude), "\n".join(code.examples.positive),
                             "\n".join(code.examples.negative)])
            self.code(ws, r, 1, code.id, code.color)
        self.finish(ws, len(columns), len(codes) + 1)

    def text_sheet(self, name: str, lines: list[str], width: int) -> None:
        """A sheet of prose, one line a row, the first as its title."""
        ws = self.wb.add_worksheet(name)
        ws.set_column(0, 0, width)
        title = self.wb.add_format({"bold": True, "font_size": 14})
        for i, line in enumerate(lines, start=1):
            self.put(ws, i, 1, line, title if i == 1 else None)

    def meta(self, meta: dict[str, str]) -> None:
        """The hidden _meta sheet that import checks the workbook against."""
        ws = self.wb.add_worksheet("_meta")
        for i, (k, v) in enumerate({**meta, "qcode_version": __version__}.items(), start=1):
            self.put(ws, i, 1, k)
            self.put(ws, i, 2, v)
        ws.hide()


def _worksheet(ws: Sheet) -> Worksheet:
    return ws.ws if isinstance(ws, FastSheet) else ws


@contextmanager
def writing(path: Path, compression: int | None = None) -> Iterator[SheetWriter]:
    """A workbook to write to `path`, whole or not at all (atomic.py)."""
    with replacing(path) as tmp:
        out = SheetWriter(tmp, compression)
        yield out
        out.close()


def merged(spans: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character ranges of the spans, overlapping ones merged, in order."""
    ranges: list[list[int]] = []
    for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
        if ranges and s["start"] <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], s["end"])
        else:
            ranges.append([s["start"], s["end"]])
    return [(start, end) for start, end in ranges]
