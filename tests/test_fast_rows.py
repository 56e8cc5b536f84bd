"""The review sheet's rows written by fast_rows are the bytes xlsxwriter writes cell by cell,
so the speed costs nothing a reviewer's spreadsheet program could notice."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qcode.codebook import Codebook, load_codebook
from qcode.packing import deflated, joined
from qcode.review.fast_rows import FastSheet
from qcode.review.sheets import Sheet, SheetWriter, writing
from tests.conftest import DEFAULT_CODEBOOK

LONG = "word " * 7000  # over a cell's 32,767 characters: cut, saying so
ROWS: list[tuple[str, list[dict[str, Any]], str, Any]] = [
    # (text, matched spans, code, a number)
    ("Yes, at night I tuned the radio", [{"start": 16, "end": 21}, {"start": 26, "end": 31}],
     "usb_notel", 0.99),
    ("all of it bold", [{"start": 0, "end": 14}], "usb_notel", 12),
    (" leading space and trailing one ", [{"start": 1, "end": 8}], "bribery", 0.5),
    ("a bc de", [{"start": 2, "end": 4}, {"start": 3, "end": 7}], "bribery", 3),
    ("x\x07y z & <tag> \"quoted\" _x0041_ stays", [{"start": 4, "end": 5}], "unknown_code", 1.0),
    ("=1+1 formula-like", [{"start": 5, "end": 9}], "bribery", 0.25),
    ("emoji 🙂 and 한국어 text\nnext line\t", [{"start": 8, "end": 11}], "usb_notel", 7),
    (LONG, [{"start": 0, "end": 4}], "bribery", 0.1),
    ("", [], "bribery", 0),
    ("plain, no span", [], "reasons_for_leaving", 2.5),  # a code first used on the last row
]


COLUMNS = ["id", "code", "number", "text", "empty", "note"]


def _write(path: Path, fast: bool, fixed: bool = False) -> None:
    """The sheet, cell by cell or by fast_rows; `fixed`: styles fixed first (as run's draft
    sheet has them)."""
    book = load_codebook(DEFAULT_CODEBOOK)
    with writing(path) as out:
        if fixed:
            out.fix_styles(book)
        ws = out.fast_table("Review", COLUMNS, {}) if fast else out.table("Review", COLUMNS, {})
        _rows(out, ws, ROWS, 2)
        _rest(out, ws, book)


def _rows(out: SheetWriter, ws: Sheet, rows: list[tuple[str, list[dict[str, Any]], str, Any]],
          first: int) -> None:
    colors = {c.id: c.color for c in load_codebook(DEFAULT_CODEBOOK).flat()}
    for r, (text, spans, code, number) in enumerate(rows, start=first):
        out.row(ws, r, [f"row {ROWS.index((text, spans, code, number))}", None, number, None,
                        None, " note {with braces}"])
        out.rich(ws, r, 4, text, spans)
        if code in colors:
            out.code(ws, r, 2, code, colors[code])
        else:
            out.put(ws, r, 2, code)


def _rest(out: SheetWriter, ws: Sheet, book: Codebook) -> None:
    out.validations(ws, ["decision", "recode_to"], len(ROWS) + 1, len(book.flat()))
    out.finish(ws, len(COLUMNS), len(ROWS) + 1)
    out.codebook_sheet(book)
    out.text_sheet("Instructions", ["How to review", "", "Read the text."], 100)
    out.meta({"kind": "review", "export_id": "fixed"})


def _parts(path: Path) -> dict[str, bytes]:
    """Every part of the package but the one with the time it was written."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_fast_rows_are_the_bytes_xlsxwriter_writes(tmp_path: Path):
    _write(tmp_path / "slow.xlsx", fast=False)
    _write(tmp_path / "fast.xlsx", fast=True)
    slow, fast = _parts(tmp_path / "slow.xlsx"), _parts(tmp_path / "fast.xlsx")
    assert slow.keys() == fast.keys()
    for name in slow:
        assert fast[name] == slow[name], name
    ws = openpyxl.load_workbook(tmp_path / "fast.xlsx", rich_text=True)["Review"]
    assert ws.max_row == len(ROWS) + 1
    assert str(ws["D2"].value) == ROWS[0][0]
    assert str(ws["D7"].value) == "'=1+1 formula-like"


def test_a_sheet_without_rows_is_the_header_alone(tmp_path: Path):
    for fast in (False, True):
        with writing(tmp_path / f"{fast}.xlsx") as out:
            ws = out.fast_table("Review", ["a", "b"], {}) if fast else \
                out.table("Review", ["a", "b"], {})
            out.finish(ws, 2, 1)
    assert _parts(tmp_path / "True.xlsx") == _parts(tmp_path / "False.xlsx")


def test_rows_go_in_order(tmp_path: Path):
    with pytest.raises(ValueError, match="row 2 after row 3"), writing(tmp_path / "x.xlsx") as out:
        ws = out.fast_table("Review", ["a"], {})
        out.put(ws, 3, 1, "three")
        out.put(ws, 2, 1, "two")
    assert not (tmp_path / "x.xlsx").exists()


def _unnumbered(sheet: bytes) -> bytes:
    """A sheet's XML without the numbers of its rows and cells after the header row."""
    rows = re.sub(rb'<row r="(\d+)">', lambda m: m[0] if m[1] == b"1" else b"<row>", sheet)
    return re.sub(rb'<c r="[A-Z]+(\d+)"', lambda m: m[0] if m[1] == b"1" else b"<c", rows)


def _cells(path: Path, read_only: bool) -> list[list[Any]]:
    wb = openpyxl.load_workbook(path, read_only=read_only, rich_text=not read_only)
    try:
        return [[(str(c.value), None if read_only else c.style_id) for c in row]
                for row in wb["Review"].iter_rows()]
    finally:
        wb.close()


def test_rows_packed_apart_are_the_rows_written_in_place_without_numbers(tmp_path: Path):
    """run keeps each transcript's rows rendered and deflated apart (FastSheet.piece,
    packing.py), without their numbers: two pieces packed after the header are the rows
    written in place but for the numbers (and an empty cell where a column is skipped), a
    zip whose CRCs hold, and read the same cells and styles (openpyxl, read-only as qcode
    reads sheets or not)."""
    book = load_codebook(DEFAULT_CODEBOOK)
    lender = SheetWriter(tmp_path / "never-saved.xlsx")  # styles fixed, as DraftRows has them
    lender.fix_styles(book)
    pieces = []
    for part in (ROWS[:4], ROWS[4:]):
        piece = FastSheet.piece(len(COLUMNS))
        _rows(lender, piece, part, 2)
        pieces.append(deflated(piece.text().encode("utf-8"), 1))
    with writing(tmp_path / "packed.xlsx", compression=1) as out:
        out.fix_styles(book)
        ws = out.fast_table("Review", COLUMNS, {})
        out.packed_rows(ws, joined(pieces), len(ROWS))
        _rest(out, ws, book)
    _write(tmp_path / "slow.xlsx", fast=False, fixed=True)
    packed, slow = _parts(tmp_path / "packed.xlsx"), _parts(tmp_path / "slow.xlsx")
    assert packed.keys() == slow.keys()
    rows = "xl/worksheets/sheet1.xml"
    assert packed.pop(rows).replace(b"<c/>", b"") == _unnumbered(slow.pop(rows))  # a gap: <c/>
    assert packed == slow
    with zipfile.ZipFile(tmp_path / "packed.xlsx") as z:
        assert z.testzip() is None
    for read_only in (True, False):
        assert _cells(tmp_path / "packed.xlsx", read_only) == \
            _cells(tmp_path / "slow.xlsx", read_only)


def test_a_skipped_column_of_a_piece_is_an_empty_cell(tmp_path: Path):
    """Cells without numbers are the cell after the one before: a column left empty
    between two cells of a piece's row is an empty cell, so the next lands in its column."""
    lender = SheetWriter(tmp_path / "never-saved.xlsx")
    piece = FastSheet.piece(4)
    lender.put(piece, 2, 1, "a")
    lender.put(piece, 2, 4, "d")
    with writing(tmp_path / "gap.xlsx", compression=1) as out:
        ws = out.fast_table("Review", ["w", "x", "y", "z"], {})
        out.packed_rows(ws, deflated(piece.text().encode("utf-8"), 1), 1)
    wb = openpyxl.load_workbook(tmp_path / "gap.xlsx", read_only=True)
    assert [list(r) for r in wb["Review"].iter_rows(values_only=True)] == \
        [["w", "x", "y", "z"], ["a", None, None, "d"]]
    wb.close()


def test_pieces_deflated_apart_are_one_stream():
    """packing.py: pieces deflated on their own, the last ended as last, inflate as their
    bytes laid end to end, with those bytes' CRC-32 and length (empty pieces, and pieces
    longer than the buffer of zeros the CRCs are combined with, among them)."""
    import zlib

    texts = [b"", b"<row>", bytes(range(256)) * 9000, b"", "한국어 <c/>".encode() * 3, b"x"]
    whole = joined([deflated(t, 1) for t in texts[:-1]] + [deflated(texts[-1], 1, last=True)])
    assert zlib.decompress(whole.data, -15) == b"".join(texts)
    assert (whole.crc, whole.size) == (zlib.crc32(b"".join(texts)), len(b"".join(texts)))
