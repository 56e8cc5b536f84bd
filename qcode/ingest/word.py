"""Word (.docx) files: the text Word shows, in reading order, read from the document's XML.

python-docx's `paragraph.text` reads only the runs and links placed directly in a
paragraph. It misses tracked insertions (`w:ins`: the text a reviewer added, which Word
shows), content controls (`w:sdt`: a form's filled-in fields, a whole interview pasted into
one) and the runs of smart tags and simple fields; its body and cells skip paragraphs inside
a block-level content control; and a vertically merged cell repeats its text in every row.
So paragraphs and tables are walked here, element by element: tracked deletions
(`w:del`, `w:moveFrom`), hidden runs (`w:vanish`: a transcriber's note Word does not show
unless asked to, read before into the answer around it) and a content control's
placeholder ("Click or tap here to enter text.") are not text; text boxes
(`w:txbxContent`: sidebars, pull quotes, Word draws them apart from the text) are kept as
context after their paragraph, with a warning. Page headers and footers, footnotes and
comments live in other parts: never read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qcode.errors import IngestError
from qcode.ingest.boxes import read_boxes
from qcode.ingest.decode import decode
from qcode.ingest.fontcolour import COLOURED, paragraph_colour, read_colours
from qcode.ingest.headlabels import heads_block
from qcode.ingest.layout import Line
from qcode.ingest.source import Source, with_front_matter
from qcode.ingest.statement import read_statement
from qcode.ingest.tables import Mark, one_line, read_table
from qcode.ingest.wordnumbers import ListNumbers
from qcode.model import Notice
from qcode.plural import counted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _T = (_W + t for t in ("p", "tbl", "tr", "tc", "t"))
_SDT, _TXBX = _W + "sdt", _W + "txbxContent"
# what holds blocks, rows or cells besides the body: content controls and custom XML
_WRAPPERS = {_SDT, _W + "sdtContent", _W + "customXml"}
# never text: deleted or moved-away runs, properties, the other rendering of a drawing
_NOT_TEXT = {_W + t for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr",
                              "tcPr", "trPr", "customXmlPr", "smartTagPr")} | {_MC + "Fallback"}
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n",
               _W + "noBreakHyphen": "-"}
_R = _W + "r"
_HEADING_STYLES = ("Heading", "Title", "Subtitle")
_KINDS = ("heading", "caption", "text box", "table")  # marks that make a line context
_END: Any = object()  # an iterator of children ran out


def read_docx(data: bytes, path: Path) -> Source:
    """Each Word paragraph is one line and one paragraph, in reading order, including the
    paragraphs inside table cells and content controls; line numbers count them all. A
    Speaker | Text table (with a Time or row number column anywhere) is a transcript, each
    row a turn; what other tables are: tables.py. Heading and Title styles are headings,
    Caption a caption, text boxes context. A one-column table with an attribution under
    its account (`— Woman, 40s, Hyesan`) is a report's box of testimony: boxes.py."""
    import docx  # python-docx; imported here because only .docx files need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx and lxml raise many kinds for a broken file
        raise IngestError(
            f"not a readable Word file ({type(e).__name__}); open it in Word or LibreOffice "
            "and save it as .docx",
            path,
            1,
        ) from e
    body = _Body(document)
    for block in _inside(document.element.body, (_P, _TBL)):
        body.block(block)
    text = "\n".join(body.texts)
    if not text.strip():
        raise IngestError("empty file; the Word document has no text paragraphs", path, 1)
    source = with_front_matter(decode(text.encode("utf-8"), path), path, line_is_paragraph=True)
    asking, notes = read_colours(body.colours, body.texts)  # questions in colour (fontcolour.py)
    for line in source.lines:
        mark = body.marks.get(line.number - 1)
        line.emphasis = body.emphasis.get(line.number - 1) \
            or (COLOURED if line.number - 1 in asking else None)
        line.kind = "note" if line.number - 1 in notes else line.kind
        if mark is None:
            continue
        line.in_table = mark.what not in _KINDS
        if mark.said:  # a speaker key's row: who its label is
            source.speaker_key[mark.speaker] = mark.said
        if mark.what == "speech":
            line.speaker, line.time = mark.speaker, mark.time
        elif mark.what == "cell" and mark.time:  # a Time | Text row; its label is read later
            line.time = mark.time
        elif mark.what in _KINDS:
            line.kind = mark.what
        elif mark.what == "name":  # a Speaker or Time cell: not text of its own
            line.text = ""
    _beside_table(source.lines, body.marks)
    people, said = read_boxes(source.lines, body.boxes)  # a report's testimony in boxes
    source.speaker_key.update(people)
    source.notices += said
    source.notices += body.notices
    said = read_statement(source.lines, paragraphs=True, listed=body.listed)  # a statement's
    source.notices, source.one_voice = source.notices + said, bool(said)
    boxes = [n + 1 for n, m in body.marks.items() if m.what == "text box"]
    if boxes:
        source.notices.append(Notice(boxes[0], (
            f"{counted(len(boxes), 'paragraph')} of text boxes (the first on this line) kept as "
            "context, not coded: Word draws a text box apart from the text (a sidebar, a pull "
            "quote); if one holds the interview, move its text into the document body")))
    return source


class _Body:
    """The document's paragraphs as lines (`texts`), and what each is (`marks`)."""

    def __init__(self, document: Any) -> None:
        from docx.text.paragraph import Paragraph

        self.paragraph = lambda p: Paragraph(p, document)  # for its style
        self.texts: list[str] = []
        self.marks: dict[int, Mark] = {}  # paragraph index -> what its style or table made it
        self.notices: list[Notice] = []  # what the user should know of a table
        self.tables = 0
        self.boxes: list[tuple[int, int]] = []  # (first, end) paragraphs of one-column tables
        self.emphasis: dict[int, str] = {}  # paragraph index -> "bold" / "italic" as a whole
        self.styles: dict[str | None, str] = {}  # a paragraph's style id -> the style's name
        self.colours: dict[int, str | None] = {}  # paragraph index -> its font colour
        self.cap: int | None = None  # the paragraph index of a drop cap just read
        self.numbers = ListNumbers(document)  # Word's own list numbering (wordnumbers.py)
        self.listed: set[int] = set()  # paragraph indices Word numbers (a statement's)
        self.style_of: dict[str | None, Any] = {}  # a style id -> the style

    def block(self, block: Any) -> None:
        boxes: list[Any] = []
        if block.tag == _TBL:
            self.tables += 1
            rows, first = _rows(block, boxes), len(self.texts)
            self.notices += read_table(rows, self.texts, self.marks, f"table {self.tables}")
            if rows and all(len(row) == 1 for row in rows):
                self.boxes.append((first, len(self.texts)))
        else:
            name = self._style(block)
            if name.startswith(_HEADING_STYLES):
                self.marks[len(self.texts)] = Mark("heading")
            elif name.startswith("Caption"):
                self.marks[len(self.texts)] = Mark("caption")
            runs = [r for r in block.iter(_R) if not _set(r, "vanish")
                    and "".join(t.text or "" for t in r.iter(_T)).strip()]
            if emphasis := _emphasis(runs):
                self.emphasis[len(self.texts)] = emphasis
            self.colours[len(self.texts)] = paragraph_colour(runs)
            if self.numbers.numbered(block, self.style_of.get(self._key(block))):
                self.listed.add(len(self.texts))
            text = paragraph_text(block, boxes)
            if self.cap is not None and self.cap == len(self.texts) - 1:
                text, self.texts[self.cap] = self.texts[self.cap] + text, ""
            self.cap = len(self.texts) if _drop_cap(block) else None
            self.texts.append(one_line(_label_break(text)))
        for box in boxes:  # a text box in a text box comes after it
            for paragraph in _paragraphs(box, boxes):
                self.marks[len(self.texts)] = Mark("text box")
                self.texts.append(one_line(paragraph))


    def _style(self, block: Any) -> str:
        """The name of the paragraph's style, looked up once per style: python-docx finds
        the default style by reading every style, some milliseconds for each paragraph (a
        long Teams transcript of 16,000 paragraphs took over a minute)."""
        key = self._key(block)
        if key not in self.styles:
            style = self.paragraph(block).style
            self.style_of[key] = style
            self.styles[key] = style.name if style is not None and style.name else ""
        return self.styles[key]

    @staticmethod
    def _key(block: Any) -> str | None:
        given = block.find(f"{_W}pPr/{_W}pStyle")
        return given.get(f"{_W}val") if given is not None else None


def _drop_cap(paragraph: Any) -> bool:
    """A drop cap (`w:framePr w:dropCap="drop"` or `"margin"`): Word sets the first letter
    or word of a paragraph in a frame paragraph of its own, the rest keeping its space (`I`,
    then ` grew up by the mine`). Read apart, the letter was a one-word paragraph of the
    answer and the answer lost its first word; it is joined to the paragraph after it, whose
    line is the one read (the cap's line stays, blank, so line numbers still count paragraphs)."""
    frame = paragraph.find(f"{_W}pPr/{_W}framePr")
    return frame is not None and frame.get(f"{_W}dropCap") in ("drop", "margin")


def _emphasis(runs: list[Any]) -> str | None:
    """"bold" or "italic" when every run with text is (`w:b` / `w:i`, not switched off): how
    a Word Q&A sets its questions apart, where Markdown writes `**...**` or `*...*`."""
    for tag, kind in (("b", "bold"), ("i", "italic")):
        if runs and all(_set(r, tag) for r in runs):
            return kind
    return None


def _set(run: Any, tag: str) -> bool:
    """The run's property `tag` (`b`, `i`, `vanish`) is on."""
    b = run.find(f"{_W}rPr/{_W}{tag}")
    return b is not None and b.get(f"{_W}val", "true") not in ("0", "false", "off")


def _inside(parent: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The children of `parent` with one of `tags`, in order, looking inside content
    controls (not those showing their placeholder) and custom XML."""
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], _END)
        if child is _END:
            stack.pop()
        elif child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS and not _placeholder(child):
            stack.append(iter(child))


def _placeholder(element: Any) -> bool:
    """A content control showing its placeholder ("Click or tap here to enter text.")."""
    return bool(element.tag == _SDT and element.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None)


def _label_break(text: str) -> str:
    """A paragraph whose first line (before a manual line break) is a label and its time
    stamp (`00:00:03 Speaker 1`, as Word's Transcribe writes them: headlabels.py)
    keeps that break as a tab, so the label is read as one before the text after it, not
    as its first words (one_line makes other breaks spaces)."""
    head, br, rest = text.partition("\n")
    return f"{head}\t{rest}" if br and rest.strip() and heads_block(head) else text


def paragraph_text(paragraph: Any, boxes: list[Any]) -> str:
    """The text Word shows of a paragraph: its runs wherever they sit (links, insertions,
    content controls, fields, smart tags), not deletions nor hidden runs; text boxes go to
    `boxes`."""
    out: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], _END)
        if child is _END:
            stack.pop()
            continue
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag in _CHARACTERS:
            out.append(_CHARACTERS[tag])
        elif tag == _TXBX:
            boxes.append(child)
        elif tag not in _NOT_TEXT and len(child) and not _placeholder(child) \
                and not (tag == _R and _set(child, "vanish")):
            stack.append(iter(child))
    return "".join(out)


def _paragraphs(container: Any, boxes: list[Any]) -> Iterator[str]:
    """The texts of a cell's or text box's paragraphs, a nested table's cell by cell."""
    for block in _inside(container, (_P, _TBL)):
        if block.tag == _P:
            yield paragraph_text(block, boxes)
        else:
            for row in _rows(block, boxes):
                for cell in row:
                    yield from cell


def _rows(table: Any, boxes: list[Any]) -> list[list[list[str]]]:
    """Each row as its cells (a cell spanning columns once; the lower part of a vertically
    merged cell empty), each cell as its paragraphs."""
    return [[[] if _merged_below(cell) else list(_paragraphs(cell, boxes))
             for cell in _inside(row, (_TC,))] for row in _inside(table, (_TR,))]


def _merged_below(cell: Any) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _beside_table(lines: list[Line], marks: dict[int, Mark]) -> None:
    """In a file whose turns come from a table, the paragraphs outside it (a note above
    it, a credit below it: context_beside_tables)."""
    if any(m.what in ("speech", "cell") for m in marks.values()):
        for line in lines:
            line.beside_table = not line.in_table and line.kind is None


def context_beside_tables(lines: list[Line]) -> None:
    """When a Word file's turns come from a table (a Speaker | Text table, or a Time | Text
    table of labelled cells), the paragraphs around it are the exporting software's or the
    editor's (`Exported from...`, `Transcript corrected by...`): context, unless a label
    makes one a turn of its own. Read as unlabelled text, a credit under the table was the
    last answer's words. (Before the first turn they are the preamble already.) Called once
    labels are read."""
    turns = False
    for line in lines:
        turns = turns or line.speaker is not None
        if turns and line.beside_table and line.speaker is None and line.kind is None:
            line.kind = "note"
