"""Markdown pipe tables (`| Speaker | Text |` then `|---|---|`): read as tables are (tables.py)."""

from __future__ import annotations

from itertools import pairwise

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.tables import Mark, plan
from qcode.model import Notice

# `\s*\|?\s*` was quadratic on a run of spaces (a line of them under a pipe row): the same
# strings as `\s*(?:\|\s*)?`
DELIMITER = lazy(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
_PIPE = lazy(r"(?<!\\)\|")


def markdown_tables(lines: list[Line]) -> tuple[list[Line], list[Notice]]:
    """Markdown pipe tables (a header row, a `|---|---|` row, rows opening with `|`) read as
    tables: a transcript table's rows become turns, any other table's rows context; never
    text with its pipes in a quote."""
    out: list[Line] = []
    notices: list[Notice] = []
    i = tables = 0
    while i < len(lines):
        if i + 1 < len(lines) and "|" in lines[i].text and lines[i].kind is None \
                and "|" in lines[i + 1].text and DELIMITER.match(lines[i + 1].text):
            j = i + 2
            while j < len(lines) and lines[j].text.lstrip().startswith("|"):
                j += 1
            tables += 1
            out += _markdown_table([lines[i], *lines[i + 2:j]], lines[i + 1], f"table {tables}",
                                   notices)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out, notices


MAX_COLUMNS = 20  # a wider pipe table is context, unparsed (padding its rows would cost)


def _markdown_table(rows: list[Line], delimiter: Line, where: str,
                    notices: list[Notice]) -> list[Line]:
    delimiter.text = ""  # the `|---|` line: not text
    width = len(pipe_cells(rows[0].text))
    if width > MAX_COLUMNS:
        for line in rows:
            line.kind = "table"
        notices.append(Notice(rows[0].number, f"{where} has {width} columns: kept as context, "
                              "not coded"))
        return [rows[0], delimiter, *rows[1:]]
    cells = [pipe_cells(line.text) for line in rows]
    cells = [(row + [(len(line.text), "")] * width)[:width]
             for row, line in zip(cells, rows, strict=True)]
    p, found = plan([[[text] for _, text in row] for row in cells], where, rows[0].number)
    notices += found
    out: list[Line] = []
    for r, line in enumerate(rows):
        out += row_lines(line, cells[r], [m[0] for m in p.row(r)])
        if r == 0:
            out.append(delimiter)
    return out


def row_lines(line: Line, cells: list[tuple[int, str]], marks: list[Mark]) -> list[Line]:
    """A row's lines: a turn's text cell (its offset kept), or the row as a heading or
    context."""
    if any(m.what in ("speech", "cell") for m in marks):
        return [Line(line.number, line.offset + at, text, m.speaker or None, m.time)
                for (at, text), m in zip(cells, marks, strict=True)
                if m.what == "speech" or (m.what == "cell" and text)]
    if all(m.what == "name" for m in marks):
        return []
    line.kind = "heading" if any(m.what == "heading" for m in marks) else "table"
    return [line]


def pipe_cells(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a pipe table row; `\\|` is a pipe inside a cell."""
    start = text.index("|") + 1 if text.lstrip().startswith("|") else 0
    bounds = [start - 1, *(m.start() for m in _PIPE.finditer(text, start))]
    if bounds[-1] < len(text.rstrip()) - 1 or len(bounds) == 1:
        bounds.append(len(text))
    out = []
    for a, b in pairwise(bounds):
        cell = text[a + 1:b]
        out.append((a + 1 + len(cell) - len(cell.lstrip()), cell.strip().replace("\\|", "|")))
    return out
