"""A spreadsheet's transcript saved as text (Excel's or LibreOffice's "Text (Tab
delimited)"): what its cells hold beyond the tab-separated rows texttables.py reads.

- A cell with a line break, a tab or a quotation mark in it is written between quotation
  marks, its own marks doubled (`"She said ""go"" twice"`), and its line break is a line of the
  file: read as text, the row's later lines were rows of no table, and the table ended at
  the first such cell (or every cell kept its quotes). A record is read as one row when a
  cell opens with `"` and the matching `"` closes it right before a tab or the line's end
  within MAX_LINES lines; each line break inside a cell is a paragraph break in it.
- A column of the coder's or analyst's notes (`Notes`, `Comments`, `Memo`, `Codes`...)
  beside the speaker and the text: the notes are theme words about the answer, never
  anyone's words, so each is context after its row. Without this, a header with such a
  column was no transcript header and the notes were glued into the answers and coded.

A cell that opens with a quotation mark but is not closed that way (`"Go," she said.`) is
read as written. Linear: each line is scanned once, a record at most MAX_LINES lines.
"""

from __future__ import annotations

from qcode.ingest.layout import Line

# headers of a column of notes about the rows, not words said in them
NOTE_HEADERS = {"note", "notes", "comment", "comments", "memo", "memos", "remark", "remarks",
                "code", "codes", "coding", "codes applied", "theme", "themes", "tags",
                "annotation", "annotations", "coder notes", "coder's notes", "coding notes",
                "analyst notes", "researcher notes", "비고", "메모", "코드", "주석",
                "anmerkung", "anmerkungen", "bemerkung", "bemerkungen", "remarques"}
MAX_LINES = 50

Piece = tuple[Line, int, str]  # a piece of a cell on one line: the line, offset in it, text


def note_columns(heads: list[str]) -> set[int]:
    """The columns whose header names notes (`Notes`, `Coder's notes`, `Comments`)."""
    return {c for c, h in enumerate(heads) if h.lower().strip(" :*_") in NOTE_HEADERS}


def quoted_record(lines: list[Line], j: int) -> tuple[list[list[Piece]], int] | None:
    """The cells of the tab-delimited record starting at line j when one of them is
    quoted (each cell its pieces, one a line it runs over), and the line after the record;
    None when no cell is quoted as a spreadsheet quotes (the line is then read as written)."""
    cells: list[list[Piece]] = []
    k, at, piece_start = j, 0, 0
    text = lines[j].text
    quoted = False
    while True:
        if at == len(text) or text[at] == "\t":  # an unquoted cell's end
            cells.append([(lines[k], piece_start, text[piece_start:at].strip())])
            if at == len(text):
                return (cells, k + 1) if quoted else None
            at += 1
            piece_start = at
        elif text[at] == '"' and not text[piece_start:at].strip():
            found = _closed(lines, k, at + 1)
            if found is None:
                return None
            pieces, k, at = found
            cells.append(pieces)
            text, quoted = lines[k].text, True
            if at < len(text):  # a tab: the next cell starts after it
                at += 1
            elif at == len(text):
                return cells, k + 1
            piece_start = at
        else:
            nxt = text.find("\t", at)
            at = len(text) if nxt < 0 else nxt


def _closed(lines: list[Line], k: int, at: int) -> tuple[list[Piece], int, int] | None:
    """A quoted cell's pieces from `at` (past its opening mark) on line k, the line its
    closing mark is on and where after it; None when it is not closed before a tab or a
    line's end within MAX_LINES lines."""
    pieces: list[Piece] = []
    start, first = at, k
    while k < len(lines) and k - first < MAX_LINES:
        text = lines[k].text
        q = text.find('"', at)
        if q < 0:  # the cell runs on to the next line
            pieces.append(_piece(lines[k], start, text[start:]))
            k, at, start = k + 1, 0, 0
            continue
        if q + 1 < len(text) and text[q + 1] == '"':  # a doubled mark: one in the text
            at = q + 2
            continue
        if q + 1 < len(text) and text[q + 1] != "\t":
            return None
        pieces.append(_piece(lines[k], start, text[start:q]))
        return pieces, k, q + 1
    return None


def _piece(line: Line, start: int, raw: str) -> Piece:
    return line, start + len(raw) - len(raw.lstrip()), raw.strip().replace('""', '"')
