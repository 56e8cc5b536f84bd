"""Formula cells whose value was never saved, found in a sheet's XML.

Sheets are read with openpyxl's `data_only`: a formula cell reads as the value the
spreadsheet saved with it, which is what the reviewer saw. A formula written by a program
(openpyxl, pandas, xlsxwriter, a macro) has no such value, or a placeholder: openpyxl writes
an empty `<v>`, xlsxwriter a 0, and both mark the workbook `fullCalcOnLoad` so that a
spreadsheet computes them when it opens the file. Read as they are, such cells are empty (or
0): a decision lost without a word. Excel and LibreOffice save the values they computed and
drop the mark.

Most sheets hold no formula at all, so a sheet's XML is first scanned for an `<f>` element
(one pass of a regular expression over the inflated bytes); only a sheet that has one is
parsed (defusedxml) for where they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")  # <f>, <f t="shared" .../>, <x:f>
_CHUNK = 1 << 20
_REF = re.compile(r"([A-Z]{1,3})(\d+)")
# openpyxl reads an absent fullCalcOnLoad as true: the workbook part's own attribute is read.
# Each `<calcPr` tag is taken to the next `<` or `>` (no `<` is allowed inside a tag), then
# its attributes searched: `[^>]*` from every `<calcPr` ran to the next `>` and back, so a
# comment of thousands of `<calcPr ` with no `>` took minutes (quadratic)
_CALC_PR = re.compile(rb"<(?:\w+:)?calcPr\b([^<>]*)")
_ON_LOAD = re.compile(rb"\bfullCalcOnLoad=[\"'](?:1|true)[\"']")


def unsaved_formulas(wb: Any, ws: Any, columns: set[int]) -> Iterator[tuple[str, int]]:
    """(cell address, column number) of each cell in `columns` of a read-only sheet that
    holds a formula without a saved value: no `<v>`, an empty one (but for a formula whose
    saved value is the empty string, `t="str"`), or any formula of a workbook marked to be
    calculated when it is opened (its values were written by a program, not computed)."""
    for ref, col, error in formula_problems(wb, ws, columns):
        if error is None:
            yield ref, col


def formula_problems(wb: Any, ws: Any,
                     columns: set[int]) -> Iterator[tuple[str, int, str | None]]:
    """(cell address, column number, error) of each formula cell in `columns` that cannot be
    read as the reviewer's entry: its value never saved (`unsaved_formulas`; error None),
    or saved as an error (`#NAME?`, `#REF!`...: `t="e"`; read as is, the error's text was
    stored as the note or refused as no decision)."""
    archive, path = getattr(wb, "_archive", None), getattr(ws, "_worksheet_path", None)
    if archive is None or path is None:
        return
    with archive.open(path) as f:
        if not _has_formula(f):
            return
    stale = _calculate_on_load(archive)
    with archive.open(path) as f:
        for ref, col, cell in _cells(f):
            if col not in columns:
                continue
            if _unsaved(cell, stale):
                yield ref, col, None
            elif cell.get("t") == "e" and any(_local(e.tag) == "f" for e in cell):
                value = next((e.text for e in cell if _local(e.tag) == "v"), None)
                yield ref, col, value or "#VALUE!"


def _calculate_on_load(archive: Any) -> bool:
    """Whether the workbook asks to be calculated when it is opened: its saved values were
    written by a program that computed none."""
    parts = [n for n in archive.namelist() if n.endswith("workbook.xml")]
    for name in sorted(parts, key=lambda n: n != "xl/workbook.xml"):
        with archive.open(name) as f:
            return any(_ON_LOAD.search(m[1]) for m in _CALC_PR.finditer(f.read(1 << 20)))
    return False


def _has_formula(f: IO[bytes]) -> bool:
    tail = b""
    while chunk := f.read(_CHUNK):
        if _FORMULA.search(tail + chunk):
            return True
        tail = chunk[-16:]
    return False


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _unsaved(cell: Any, stale: bool) -> bool:
    children = {_local(e.tag): e for e in cell}
    if "f" not in children:
        return False
    value = children.get("v")
    return stale or value is None or (not value.text and cell.get("t") != "str")


def _cells(f: IO[bytes]) -> Iterator[tuple[str, int, Any]]:
    """Each cell of a sheet's XML with its address and column number; rows and cells
    without an `r` are the ones after the one before, as OOXML has it."""
    from defusedxml.ElementTree import iterparse
    from xlsxwriter.utility import xl_col_to_name  # light, unlike openpyxl's package

    row = col = 0
    for event, e in iterparse(f, events=("start", "end")):
        tag = _local(e.tag)
        if event == "start":
            if tag == "row":
                row = int(e.get("r") or row + 1)
                col = 0
            continue
        if tag == "c":
            ref = _REF.fullmatch(e.get("r") or "")
            if ref:
                letters, row = ref[1], int(ref[2])
                col = 0
                for letter in letters:
                    col = col * 26 + ord(letter) - 64
            else:
                col += 1
            yield f"{xl_col_to_name(col - 1)}{row}", col, e
            e.clear()
        elif tag == "row":
            e.clear()
