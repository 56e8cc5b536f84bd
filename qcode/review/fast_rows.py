"""Rows of a large sheet written as the XML xlsxwriter would write, without its per-cell work.

xlsxwriter spends about a millisecond of Python on each row of a review sheet (its cell
objects, attribute escaping, a rich string's runs written through a temporary XML writer):
most of `run`'s output time on a theme-dense corpus. A `FastSheet` renders the same XML with
a few string operations per cell and appends it to the file xlsxwriter's constant-memory mode
keeps a sheet's rows in, so the workbook around it (header, column widths, filters,
drop-downs, styles, the other sheets) is still xlsxwriter's. tests/test_review.py checks
that a sheet written this way has the same bytes as one written cell by cell.

It leans on four of xlsxwriter's internals (the row file, the flush of a pending row, the
sheet's dimensions and a format's style index); the test fails if a new xlsxwriter changes
them.
"""

from __future__ import annotations

import re
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import _utf16_len, _utf16_truncate, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

EXCEL_MAX = 32_767  # characters a cell holds (UTF-16 code units)
_ESCAPE_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")  # as xlsxwriter.xmlwriter escapes them
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_XML = re.compile('["&<>\n]')
_EDGE_SPACE = re.compile(r"^\s|\s$")


def _control(text: str) -> str:
    """Control characters as Excel's _xHHHH_ escapes (and a literal _xHHHH_ kept literal)."""
    if "_x" in text:
        text = _ESCAPE_ESCAPE.sub(r"_x005F\1", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    if "\ufffe" in text or "\uffff" in text:
        text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return text


def _data(text: str) -> str:
    if not _XML.search(text):
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _t(text: str) -> str:
    """A <t> element of a rich string's run."""
    space = ' xml:space="preserve"' if _EDGE_SPACE.search(text) else ""
    return f"<t{space}>{_control(_data(text))}</t>"


def _font(fmt: Format) -> str:
    """A run's font, as xlsxwriter writes the fonts qcode uses (bold or not, theme colour)."""
    flags = ("<b/>" if fmt.bold else "") + ("<i/>" if fmt.italic else "")
    scheme = f'<scheme val="{fmt.font_scheme}"/>' if fmt.font_name == "Calibri" else ""
    return (f'<rPr>{flags}<sz val="{fmt.font_size}"/><color theme="1"/>'
            f'<rFont val="{fmt.font_name}"/><family val="{fmt.font_family}"/>{scheme}</rPr>')


class FastSheet:
    """A sheet of a constant-memory workbook whose rows after the header are rendered here.
    Cells of a row are collected (a later one replaces an earlier one in the same column)
    and the row is written when the next row begins, or by `close` before the workbook is
    saved: when xlsxwriter would write them, so styles get the indices it would give."""

    def __init__(self, ws: Worksheet | None, ncols: int):
        self.ws = ws
        self.letters = [xl_col_to_name(c) for c in range(ncols)]
        self.row_number = 0
        self.cells: dict[int, tuple[Format | None, str]] = {}  # column -> (style, XML)
        self._default = Format()
        self._fonts: dict[int, str] = {}
        self._header_written = False
        self._pieces: list[str] = []  # rows of a `piece`, without a sheet

    @classmethod
    def piece(cls, ncols: int) -> FastSheet:
        """Rows rendered apart from any sheet, to be put in one later (`text`, `reserve`),
        without their numbers: OOXML's `r` is optional, a row without one being the row
        after the one before and a cell without one the cell after (Excel, LibreOffice and
        openpyxl read them so; a skipped column is an empty `<c/>`). So the same bytes go
        anywhere in a sheet (run keeps each transcript's rows of the draft sheet this way,
        deflated: outputs.py, packing.py). Styles must have their indices already."""
        return cls(None, ncols)

    def text(self) -> str:
        """A piece's rows."""
        self._flush()
        return "".join(self._pieces)

    def reserve(self, marker: str, last: int) -> None:
        """Rows 2 .. `last`, after the header, go where `marker` is in the sheet's XML
        (SheetWriter.packed_rows puts them there when the workbook is packed)."""
        self._at(2)
        self._flush()
        self._write(marker, last)
        self.row_number = last + 1

    def _at(self, row: int) -> None:
        if row < self.row_number:  # xlsxwriter's constant-memory mode would drop the cell
            raise ValueError(f"row {row} after row {self.row_number}: rows go in order")
        if row != self.row_number:
            self._flush()
            self.row_number = row

    def string(self, row: int, col: int, text: str, fmt: Format | None) -> None:
        self._at(row)
        if len(text) > EXCEL_MAX // 2 and _utf16_len(text) > EXCEL_MAX:  # as xlsxwriter cuts
            text = _utf16_truncate(text, EXCEL_MAX)
        text = _control(text)
        space = ' xml:space="preserve"' if _EDGE_SPACE.search(text) else ""
        self.cells[col] = (fmt, f' t="inlineStr"><is><t{space}>{_data(text)}</t></is></c>')

    def number(self, row: int, col: int, value: float, fmt: Format | None) -> None:
        self._at(row)
        self.cells[col] = (fmt, f"><v>{value:.16G}</v></c>")

    def rich(self, row: int, col: int, parts: list[Any], fmt: Format | None) -> None:
        """Runs as xlsxwriter's write_rich_string makes them: a string after a string gets
        the default font; a leading string has a run of its own without one."""
        self._at(row)
        out = [] if isinstance(parts[0], Format) else ["<r>"]
        previous_was_format = True
        for part in parts:
            if isinstance(part, Format):
                out.append("<r>" + self._font(part))
                previous_was_format = True
                continue
            if not previous_was_format:
                out.append("<r>" + self._font(self._default))
            out.append(_t(part) + "</r>")
            previous_was_format = False
        self.cells[col] = (fmt, f' t="inlineStr"><is>{_control("".join(out))}</is></c>')

    def _font(self, fmt: Format) -> str:
        if id(fmt) not in self._fonts:
            self._fonts[id(fmt)] = _font(fmt)
        return self._fonts[id(fmt)]

    def _flush(self) -> None:
        if not self.cells:
            return
        numbered = self.ws is not None  # a piece's rows and cells go without their numbers
        if numbered:
            self._header()  # before this row's styles get their indices, as xlsxwriter does
        r = self.row_number
        xml, after = [f'<row r="{r}">' if numbered else "<row>"], 1
        for col in sorted(self.cells):
            fmt, body = self.cells[col]
            style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""
            xml.append(f'<c r="{self.letters[col - 1]}{r}"{style}{body}' if numbered
                       else "<c/>" * (col - after) + f"<c{style}{body}")
            after = col + 1
        xml.append("</row>")
        self.cells = {}
        if numbered:
            self._write("".join(xml), r)
        else:
            self._pieces.append("".join(xml))

    def _header(self) -> None:
        """The rows xlsxwriter still holds go first."""
        assert self.ws is not None
        if not self._header_written:
            self.ws._write_single_row(self.row_number - 1)
            self._header_written = True

    def _write(self, xml: str, last: int) -> None:
        """Rows' XML into the sheet's row file, after the header."""
        assert self.ws is not None
        self._header()
        self.ws.row_data_fh.write(xml)
        self.ws.dim_rowmax = max(self.ws.dim_rowmax or 0, last - 1)

    def close(self) -> None:
        self._flush()
