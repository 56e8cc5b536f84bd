"""Transcript tables set as plain text, as qualitative-analysis software and post-production
export them: NVivo's `Number<TAB>Timespan<TAB>Content<TAB>Speaker` rows, ATLAS.ti's or
MAXQDA's `Speaker<TAB>Text`, Transana's `Timestamp<TAB>Speaker<TAB>Transcript`, a pipe
table typed without Markdown's `|---|` line (`| 00:01 | INT | ... |`), and a film's
dialogue list in fixed columns (`TC IN   TC OUT   SPEAKER   DIALOGUE`, its dialogue
wrapped onto lines of its own under its column). Read as lines of text, every row was one
respondent's turn: the questions, the row numbers, the times and the speakers' names coded.

A table is found by its header line, as a Word table's is (labelledcells.by_header): one
Speaker column (`Speaker`, `Name`, `Who`), one Text column (`Content`, `Text`,
`Transcript`, `Dialogue`), every other a time (`Timespan`, `TC IN`) or a row number, in
any order. Its rows are the lines below cut the same way (at tabs, at pipes, or at the
header's column starts, each start after a space) whose time cells are empty or a time
(labelledcells.CELL_TIME) and whose number cells are empty or a number; a blank line
inside goes on when a row follows it; any other line ends the table. In fixed columns a
line with only its Dialogue cell filled is the row above wrapped. The table is then read
as a Word table is (tables.py `plan`): each row a paragraph of its speaker's turn, a row
with no speaker going on with the turn above in a paragraph of its own, a row that is only
a mark (`[inaudible]`) context, the header a heading; a dialogue list's music, captions,
archive clips and credits context (tables.py). A table with no Speaker and Text header
(`Year<TAB>Event<TAB>Notes`), or one whose Speaker column holds no speakers' names, is not
touched: read as before. Not read: a table whose cells run onto lines of their own in tabs
or pipes (a cell with a line break in it), nor one with columns besides the speaker, the
text, times and row numbers (NVivo's coding columns)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from qcode.ingest.labelledcells import CELL_TIME, NUMBER_HEADERS, ROW_NUMBER, TIME_HEADERS, by_header
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.pipes import DELIMITER, pipe_cells, row_lines
from qcode.ingest.sheetcells import Piece, note_columns, quoted_record
from qcode.ingest.tables import SPEAKER_HEADERS, plan
from qcode.model import Notice

Cells = list[tuple[int, str]]  # (offset in the line, text) of each cell
Cut = Callable[[str], Cells | None]

_COLUMN = lazy(r"\S+(?: \S+)*")  # a fixed column's head: words one space apart
_APART = lazy(r"\S {2,}\S")


@dataclass
class _Row:
    line: Line
    cells: Cells
    before: list[Line]  # the lines above it inside the table: blank, or between rows
    wrapped: list[tuple[Line, int, str]] = field(default_factory=list)  # fixed columns
    more: list[Piece] = field(default_factory=list)  # a quoted text cell's later lines
    notes: dict[int, Piece] = field(default_factory=dict)  # a quoted row's note cells


@dataclass
class _Columns:
    """A header's columns: how a line is cut, and what each column holds."""
    cut: Cut
    heads: list[str]
    speaker: int
    text: int
    fixed: bool
    notes: set[int] = field(default_factory=set)  # columns of notes (sheetcells.py)

    def kind(self, c: int) -> str:
        head = self.heads[c].lower().strip(" :*_")
        if c in self.notes:
            return "note"
        return "time" if head in TIME_HEADERS else "number" if head in NUMBER_HEADERS else ""


def text_tables(lines: list[Line]) -> tuple[list[Line], list[Notice]]:
    """The lines, each transcript table's rows read as turns (the module docstring)."""
    out: list[Line] = []
    notices: list[Notice] = []
    i = tables = 0
    refused: dict[tuple[object, ...], int] = {}  # a header read as no table: where it ended
    while i < len(lines):
        read = _table(lines, i, f"table {tables + 1}", refused)
        if read is None:
            out.append(lines[i])
            i += 1
            continue
        tables += 1
        out += read[0]
        notices += read[1]
        i = read[2]
    return out, notices


def _table(lines: list[Line], i: int, where: str,
           refused: dict[tuple[object, ...], int]) -> tuple[list[Line], list[Notice], int] | None:
    """The lines of a transcript table whose header is line i, what to say of it, and where
    it ends; None when no such table starts there. `refused`: the headers whose rows were
    read as no transcript, and where their rows ended; the same header again among those
    rows is not tried again (20,000 lines of `Speaker<TAB>Text`, each a header whose rows
    ran to the file's end, were 20,000 tables read and refused: minutes)."""
    columns = _header(lines[i])
    if columns is None:
        return None
    key = (lines[i].text.rstrip() if columns.fixed else columns.cut is _tabs,
           *(h.lower().strip(" :*_") for h in columns.heads))  # fixed: its column starts too
    if refused.get(key, -1) > i:
        return None
    found = _rows(lines, i, columns)
    if found is None:
        return None
    rows, delimiter, end = found
    read = _read(lines[i], columns, rows, delimiter, where)
    if read is None:
        refused[key] = end
    return (*read, end) if read else None


def _header(line: Line) -> _Columns | None:
    """The columns a header line names (one Speaker, one Text, the rest times or numbers)."""
    text = line.text
    if line.kind or line.speaker or not text.strip():
        return None
    cut: Cut
    if "\t" in text:
        cut, fixed = _tabs, False
    elif text.lstrip().startswith("|"):
        cut, fixed = _pipes, False
    elif _APART.search(text):
        starts = [m.start() for m in _COLUMN.finditer(text)]
        cut, fixed = (lambda t: _fixed(starts, t)), True
    else:
        return None
    cells = cut(text) or []
    while cells and not cells[-1][1]:
        cells.pop()
    heads = [c for _, c in cells]
    notes = note_columns(heads) if cut is _tabs else set()
    kept = [c for c in range(len(heads)) if c not in notes]
    found = by_header([[heads[c]] for c in kept], SPEAKER_HEADERS) if len(kept) >= 2 else None
    if found is None:
        return None
    return _Columns(cut, heads, kept[found[1]], kept[found[2]], fixed, notes)


def _tabs(text: str) -> Cells | None:
    if "\t" not in text:
        return None
    out, at = [], 0
    for cell in text.split("\t"):
        out.append((at + len(cell) - len(cell.lstrip()), cell.strip()))
        at += len(cell) + 1
    return out


def _pipes(text: str) -> Cells | None:
    return pipe_cells(text) if text.lstrip().startswith("|") else None


def _fixed(starts: list[int], text: str) -> Cells | None:
    """A line cut at the header's column starts, each a space after the column before (or
    past the line's end); None when a word runs across a start."""
    if any(0 < s < len(text) and text[s - 1] != " " and text[s] != " " for s in starts):
        return None
    if text[:starts[0]].strip():
        return None
    bounds = [*starts[1:], len(text)]
    out = []
    for s, e in zip(starts, bounds, strict=True):
        cell = text[s:e] if s < len(text) else ""
        out.append((s + len(cell) - len(cell.lstrip()), cell.strip()))
    return out


def _rows(lines: list[Line], i: int,
          columns: _Columns) -> tuple[list[_Row], Line | None, int] | None:
    """The rows below the header at i, the `|---|` line under a pipe header, and where the
    table ends; None for fewer than two rows."""
    j, delimiter = i + 1, None
    if j < len(lines) and columns.cut is _pipes and DELIMITER.match(lines[j].text):
        delimiter, j = lines[j], j + 1
    rows: list[_Row] = []
    gap: list[Line] = []
    while j < len(lines):
        line = lines[j]
        if not line.text.strip():
            gap.append(line)
        elif columns.cut is _tabs and '"' in line.text and (
                record := quoted_record(lines, j)) is not None:
            row = _quoted_row(line, record[0], columns, gap)
            if row is None:
                break
            rows.append(row)
            gap = []
            j = record[1]
            continue
        elif (cells := _cells(line, columns)) is None:
            between = _between(lines, j, columns) if rows else []
            if not between:
                break
            gap += between
            j += len(between)
            continue
        elif columns.fixed and rows and not gap and _wrapped(cells, columns):
            rows[-1].wrapped.append((line, *cells[columns.text]))
        else:
            rows.append(_Row(line, cells, gap))
            gap = []
        j += 1
    return (rows, delimiter, j - len(gap)) if len(rows) >= 2 else None


def _quoted_row(line: Line, record: list[list[Piece]], columns: _Columns,
                gap: list[Line]) -> _Row | None:
    """A row whose cells a spreadsheet quoted: each cell's first piece its cell, the text
    cell's later pieces its paragraphs; None when it is no row of the table."""
    if len(record) > len(columns.heads) or any(
            len(p) > 1 for c, p in enumerate(record) if c != columns.text and c not in columns.notes):
        return None
    probe = Line(line.number, line.offset, "\t".join(p[0][2] for p in record))
    cells = _cells(probe, columns)
    if cells is None:
        return None
    cells = [(p[0][1], p[0][2]) for p in record] + cells[len(record):]
    more = record[columns.text][1:] if columns.text < len(record) else []
    notes = {c: (record[c][0][0], record[c][0][1], " ".join(p[2] for p in record[c]))
             for c in columns.notes if c < len(record)}
    return _Row(line, cells, gap, more=more, notes=notes)


def _between(lines: list[Line], j: int, columns: _Columns) -> list[Line]:
    """The lines from j on that stand between the table's rows, as a page break or a reel
    puts them (a page footer, `REEL 2`, the header again): at most three short lines, blank
    lines among them, the next line a row of the table; else none."""
    k, found = j, 0
    while k < len(lines) and found <= 3:
        line = lines[k]
        if line.text.strip():
            cells = _cells(line, columns)
            if cells is not None:
                return lines[j:k] if not (columns.fixed and _wrapped(cells, columns)) else []
            if line.speaker is not None or len(line.text.split()) > 20:
                return []
            found += 1
        k += 1
    return []


def _cells(line: Line, columns: _Columns) -> Cells | None:
    """A row's cells, as many as the header's; None for a line that is no row of the table."""
    if line.kind or line.speaker is not None:
        return None
    cells = columns.cut(line.text)
    width = len(columns.heads)
    if cells is None:
        return None
    while len(cells) > width and not cells[-1][1]:
        cells.pop()
    if len(cells) > width:
        return None
    cells += [(len(line.text), "")] * (width - len(cells))
    for c, (_, text) in enumerate(cells):
        shape = {"time": CELL_TIME, "number": ROW_NUMBER}.get(columns.kind(c))
        if text and shape is not None and not shape.match(text):
            return None
    if not (cells[columns.speaker][1] or cells[columns.text][1]):
        return None
    return cells


def _wrapped(cells: Cells, columns: _Columns) -> bool:
    """In fixed columns, a line with only its Dialogue cell filled: the row above wrapped."""
    return all(not text for c, (_, text) in enumerate(cells) if c != columns.text)


def _read(header: Line, columns: _Columns, rows: list[_Row], delimiter: Line | None,
          where: str) -> tuple[list[Line], list[Notice]] | None:
    """The table's lines as tables.py reads its cells; None when it is no transcript."""
    kept = [c for c in range(len(columns.heads)) if c not in columns.notes]
    table = [[[columns.heads[c]] for c in kept]]
    for row in rows:
        cells = [[row.cells[c][1]] for c in kept]
        cells[kept.index(columns.text)] = [" ".join([row.cells[columns.text][1],
                                         *(text for _, _, text in row.wrapped)]).strip()]
        table.append(cells)
    p, notices = plan(table, where, header.number)
    if p.kind != "speakers":
        return None
    header.kind = "heading"
    out = [header]
    if delimiter is not None:
        delimiter.text = ""
        out.append(delimiter)
    for r, row in enumerate(rows, start=1):
        marks = [m[0] for m in p.row(r)]
        read = row_lines(row.line, [row.cells[c] for c in kept], marks)
        for line in row.before:  # a page footer, `REEL 2`, the header again: a heading
            line.kind = line.kind or ("heading" if line.text.strip() else None)
        out += [*row.before, Line(row.line.number, row.line.offset, "")]  # a row: a paragraph
        out += read
        as_text = not (len(read) == 1 and read[0] is row.line and row.line.kind)
        for line, at, text in row.wrapped:
            if as_text:
                out.append(Line(line.number, line.offset + at, text, joined=True))
            else:
                line.kind = row.line.kind
                out.append(line)
        out += _after_cells(row, columns, as_text)
    return out, notices


def _after_cells(row: _Row, columns: _Columns, as_text: bool) -> list[Line]:
    """A quoted text cell's later lines (each a paragraph of the turn, or context with its
    row), then the row's notes, each context of its own (sheetcells.py)."""
    out: list[Line] = []
    for line, at, text in row.more:
        out += [Line(line.number, line.offset, ""),
                Line(line.number, line.offset + at, text, kind=None if as_text else "table")]
    for c in sorted(columns.notes):
        line, at, text = row.notes.get(c, (row.line, *row.cells[c]))
        if text:
            out += [Line(line.number, line.offset, ""),
                    Line(line.number, line.offset + at, text, kind="note")]
    return out
