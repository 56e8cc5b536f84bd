"""One reader per file format; each turns bytes into Lines plus front-matter fields."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.errors import IngestError
from qcode.ingest.decode import Decoded, decode
from qcode.ingest.frontmatter import split_front_matter
from qcode.ingest.layout import Line, asks, ends_sentence
from qcode.model import Notice


@dataclass
class Source:
    """What a reader hands the turn builder."""

    meta: dict[str, Any]
    id_line: int
    lines: list[Line]
    labelled: bool | None  # None: look for `Label:` prefixes in the text
    line_is_paragraph: bool
    decoded: Decoded
    meta_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> line
    notices: list[Notice] = field(default_factory=list)  # text kept, but said: a bad cue
    cues: bool = False  # subtitle cues: a line never ends a paragraph by itself


def _numbered(text: str) -> list[tuple[int, int, str]]:
    out, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append((i + 1, offset, line))
        offset += len(line) + 1
    return out


def _with_front_matter(decoded: Decoded, path: Path, line_is_paragraph: bool) -> Source:
    rows = _numbered(decoded.text)
    meta, body, id_line = split_front_matter([r[2] for r in rows], path)
    lines = [Line(n, off, text) for n, off, text in rows[body:]]
    if path.suffix.lower() in (".md", ".markdown"):
        for line in lines:  # Markdown headings are titles, not speech
            if line.text.startswith("#"):
                hashes = len(line.text) - len(line.text.lstrip("# "))
                line.offset, line.text = line.offset + hashes, line.text[hashes:]
                line.kind = "heading"
    meta_lines = {r[2].split(":")[0].strip(): r[0] for r in rows[1:body] if ":" in r[2]}
    return Source(meta, id_line, lines, None, line_is_paragraph, decoded, meta_lines)


def read_text(data: bytes, path: Path) -> Source:
    return _with_front_matter(decode(data, path), path, line_is_paragraph=False)


def read_docx(data: bytes, path: Path) -> Source:
    """Each Word paragraph is one line and one paragraph, in reading order, including the
    paragraphs inside table cells; line numbers count them all. A Speaker | Text table
    (with a Time or row number column anywhere) is a transcript, each row a turn; other
    tables are read row by row, cell by cell. Heading and Title styles are headings,
    Caption a caption. Headers and footers are not the interview: not read."""
    import docx  # python-docx; imported here because only .docx files need it
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx and lxml raise many kinds for a broken file
        raise IngestError(
            f"not a readable Word file ({type(e).__name__}); open it in Word or LibreOffice "
            "and save it as .docx",
            path,
            1,
        ) from e
    texts: list[str] = []
    marks: dict[int, _Mark] = {}  # paragraph index -> what its style or table made it
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = item.style.name if item.style is not None else ""
            if style.startswith(_HEADING_STYLES):
                marks[len(texts)] = _Mark("heading")
            elif style.startswith("Caption"):
                marks[len(texts)] = _Mark("caption")
            texts.append(_one_line(item.text))
        else:
            _read_table(item, texts, marks)
    text = "\n".join(texts)
    if not text.strip():
        raise IngestError("empty file; the Word document has no text paragraphs", path, 1)
    source = _with_front_matter(decode(text.encode("utf-8"), path), path, line_is_paragraph=True)
    for line in source.lines:
        mark = marks.get(line.number - 1)
        if mark is None:
            continue
        line.in_table = mark.what not in ("heading", "caption")
        if mark.what == "speech":
            line.speaker, line.time = mark.speaker, mark.time
        elif mark.what in ("heading", "caption"):
            line.kind = mark.what
        elif mark.what == "name":  # a Speaker or Time cell: not text of its own
            line.text = ""
    return source


@dataclass
class _Mark:
    """What a Word paragraph is, from its style or its table: a heading, a caption, a
    table's header row ("heading"), a Speaker or Time cell ("name"), the first paragraph of
    a turn ("speech", with its speaker and time) or any other table cell ("cell")."""

    what: str
    speaker: str = ""
    time: str | None = None


_HEADING_STYLES = ("Heading", "Title", "Subtitle")


def _one_line(text: str) -> str:
    """A Word paragraph's manual line breaks (Shift+Enter) become spaces, so that line
    numbers stay paragraph numbers; `Q: ...<break>A: ...` is then split as inline speakers."""
    return text.replace("\r", " ").replace("\n", " ")


_HEADER_CELLS = {"speaker", "name", "who", "person", "role", "text", "transcript", "content",
                 "statement", "speech", "answer", "utterance", "time", "timestamp", "time code",
                 "timecode", "#", "no", "no.", "number", "line"}
_CELL_TIME = re.compile(r"^[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?$")


def _rows(table: Any) -> list[list[list[str]]]:
    """Each row as its distinct cells (a merged cell once), each cell as its paragraphs."""
    out = []
    for row in table.rows:
        seen: list[Any] = []
        for cell in row.cells:
            if not any(cell._tc is s._tc for s in seen):
                seen.append(cell)
        out.append([[p.text for p in cell.paragraphs] for cell in seen])
    return out


def _flat(cell: list[str]) -> str:
    return " ".join(" ".join(cell).split())


def _transcript_columns(rows: list[list[list[str]]]) -> tuple[int | None, int, int] | None:
    """(time column, speaker column, text column) of a transcript table: a column of short
    names (one used at least twice) and a column of speech, in either order, perhaps with
    a column of time stamps and one of row numbers anywhere; None for any other table."""
    width = len(rows[0]) if rows else 0
    if width not in (2, 3, 4) or any(len(r) != width for r in rows):
        return None
    body = [r for r in rows if not all(_flat(c).lower().strip(":") in _HEADER_CELLS for c in r)]
    columns = [[_flat(r[c]) for r in body] for c in range(width)]
    times = [c for c, cells in enumerate(columns)
             if any(cells) and all(_CELL_TIME.match(x) or not x for x in cells)]
    numbers = [c for c, cells in enumerate(columns) if c not in times
               and any(cells) and all(re.fullmatch(r"\d{1,4}\.?", x) or not x for x in cells)]
    rest = [c for c in range(width) if c not in times and c not in numbers]
    if len(body) < 2 or len(times) > 1 or len(rest) != 2:
        return None
    text = max(rest, key=lambda c: sum(len(x.split()) for x in columns[c]))
    name = rest[0] if text == rest[1] else rest[1]
    if not _names(columns[name]) or not any(columns[text]):
        return None
    return (times[0] if times else None), name, text


def _names(cells: Iterable[str]) -> bool:
    """Cells that read as speakers' names: each empty or short and not a sentence, and one
    name used at least twice."""
    names = list(cells)
    short = [n for n in names if n and len(n) <= 40 and len(n.split()) <= 4
             and not n.endswith((".", "?", "!"))]
    return len(short) + names.count("") == len(names) and len(set(short)) < len(short)


_ASKING = {"question", "questions", "q", "interviewer", "asked"}
_ANSWERING = {"answer", "answers", "a", "response", "responses", "reply", "respondent",
              "interviewee"}


def _read_qa_table(rows: list[list[list[str]]], texts: list[str],
                   marks: dict[int, _Mark]) -> bool:
    """A Question | Answer table (its header row says which column asks): each cell a
    turn of the header's speaker, whether or not its question ends in `?`. False for any
    other table."""
    header = [_header_role(c) for c in rows[0]] if rows else []
    numbered = [c for c, role in enumerate(header) if role == "number" and all(
        re.fullmatch(r"\d{1,4}\.?", _flat(r[c])) or not _flat(r[c]) for r in rows[1:])]
    if [role for c, role in enumerate(header) if c not in numbered] != ["ask", "answer"] \
            or any(len(r) != len(header) for r in rows):
        return False
    speakers = ["Interviewer", "Respondent"]  # as an unlabelled Q&A reads them
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            speaker = speakers[c - len([n for n in numbered if n < c])] if r else ""
            for paragraph in cell:
                marks[len(texts)] = _Mark("name") if c in numbered else _Mark("heading") \
                    if not r else _Mark("speech", speaker) if speaker and paragraph.strip() \
                    else _Mark("cell")
                speaker = "" if paragraph.strip() else speaker
                texts.append(_one_line(paragraph))
    return True


def _header_role(cell: list[str]) -> str | None:
    """What a header cell names: the asking column (`Question`, `Interviewer's question`),
    the answering one (`Answer`, `Respondent's reply`), a row number (`No.`), or None."""
    text = _flat(cell).lower().strip(" :")
    if text in ("q", "a"):
        return "ask" if text == "q" else "answer"
    if text in ("no", "no.", "#", "number", ""):
        return "number"
    words = set(re.findall(r"[a-z]+", text))
    asking, answering = bool(words & _ASKING - {"q"}), bool(words & _ANSWERING - {"a"})
    return None if asking == answering else "ask" if asking else "answer"


def _read_table(table: Any, texts: list[str], marks: dict[int, _Mark]) -> None:
    """Append a table's paragraphs; in a transcript table, mark each row's first text
    paragraph with its speaker (and time), the name and time cells, and a header row."""
    rows = _rows(table)
    if _read_qa_table(rows, texts, marks):
        return
    columns = _transcript_columns(rows)
    for r, row in enumerate(rows):
        is_header = columns is not None and r == 0 and all(
            _flat(c).lower().strip(":") in _HEADER_CELLS for c in row)
        speaker, time = "", None
        if columns is not None:
            speaker = _flat(row[columns[1]]).rstrip(":")
            stamp = _CELL_TIME.match(_flat(row[columns[0]])) if columns[0] is not None else None
            time = stamp[1] if stamp else None
        for c, cell in enumerate(row):
            for paragraph in cell:
                if is_header:
                    marks[len(texts)] = _Mark("heading")
                elif columns is not None and c != columns[2]:
                    marks[len(texts)] = _Mark("name")
                elif speaker and paragraph.strip():
                    marks[len(texts)] = _Mark("speech", speaker, time)
                    speaker = ""  # the cell's next paragraphs continue the turn
                else:
                    marks[len(texts)] = _Mark("cell")
                texts.append(_one_line(paragraph))


_TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_TIME_LIKE = re.compile(r"^\s*\d[\d:.,]*\s*-+>")  # a cue's time line, however mistyped
_NOT_CUES = ("WEBVTT", "NOTE", "STYLE", "REGION")  # blocks that run to the next blank line
_CUE_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2}):\s+")


def read_subtitles(data: bytes, path: Path) -> Source:
    """WebVTT / SRT: speakers from `<v Name>` voice tags or `Name:` prefixes, or a change
    of speaker at a leading dash (`- Where?` / `- Hyesan.`); cue start times are kept as
    the turn time. A cue without a speaker continues the previous one.
    Nothing is dropped unsaid: a time line qcode cannot read, or text outside any cue, is
    kept as cue text with a warning naming its line."""
    decoded = decode(data, path)
    cues = _Cues(_numbered(decoded.text))
    for i, (number, offset, text) in enumerate(cues.rows):
        cues.read(i, number, offset, text)
    if not cues.lines:
        raise IngestError("no subtitle cues found; is this a .vtt / .srt file?", path, 1)
    return Source({}, 1, cues.lines, cues.any_speaker, False, decoded, notices=cues.warnings,
                  cues=True)


@dataclass
class _Cues:
    """Subtitle lines read in order: where a cue starts, whose voice it is, what is not a cue."""

    rows: list[tuple[int, int, str]]  # (line number, offset, text)
    lines: list[Line] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    time: str | None = None
    in_cue: bool = False
    skipping: bool = False  # inside a header, NOTE, STYLE or REGION block
    any_speaker: bool = False
    current: str | None = None  # the voice speaking

    def read(self, i: int, number: int, offset: int, text: str) -> None:
        if self._time_line(number, text):
            return
        if not text.strip():
            self.in_cue = self.skipping = False
        elif self.in_cue or self._enters(i, number, text):
            self._cue_text(number, offset, text)

    def _time_line(self, number: int, text: str) -> bool:
        if _TIMING.match(text):
            self.time = text.split("-->")[0].strip().replace(",", ".")
        elif "-->" in text or _TIME_LIKE.match(text):
            self.warnings.append(Notice(number, "cue time line not understood (expected like "
                                        "00:01:02.500 --> 00:01:05.000); the cue's text is "
                                        "kept without a time"))
            self.time = None
        else:
            return False
        self.in_cue = True
        return True

    def _enters(self, i: int, number: int, text: str) -> bool:
        """Text outside a cue: a header, NOTE block or cue id is skipped; anything else is
        kept, with a warning, as part of the cue before it."""
        next_line = self.rows[i + 1][2] if i + 1 < len(self.rows) else ""
        if self.skipping or text.startswith(_NOT_CUES) or text.strip().isdigit() \
                or "-->" in next_line or _TIME_LIKE.match(next_line):
            self.skipping = self.skipping or text.startswith(_NOT_CUES)
            return False
        self.warnings.append(Notice(number, "text outside any cue (no time line before it); "
                                    "kept as part of the cue before it"))
        self.in_cue = True
        return True

    def _cue_text(self, number: int, offset: int, text: str) -> None:
        voice = _VOICE.search(text)
        speaker = voice.group(1).strip() if voice else None
        clean = _TAG.sub("", text)
        label = _CUE_LABEL.match(clean)
        if speaker is None and label:
            speaker = label.group(1)
            clean = clean[label.end() :]
        lead = len(text) - len(text.lstrip())
        said = next((ln.text for ln in reversed(self.lines) if ln.text), "")
        dash = _DIALOGUE_DASH.match(clean) if speaker is None and (
            not said or ends_sentence(said)) else None
        if dash:  # `- Where did you live?` / `- In Hyesan.`: each dash a new speaker
            clean = clean[dash.end():]
            if self.lines and self.lines[-1].text:
                self.lines.append(Line(number, offset, ""))
        if speaker is not None and speaker == self.current:
            speaker = None  # the same voice goes on: same turn, same paragraph
        elif speaker is not None:
            self.current = speaker
            self.any_speaker = True
            if self.lines:
                self.lines.append(Line(number, offset, ""))  # a new speaker starts a paragraph
        elif speaker is None and not self.any_speaker and asks(clean) and said \
                and self.lines[-1].text and ends_sentence(said) and not asks(said):
            self.lines.append(Line(number, offset, ""))  # `In Hyesan.` / `Did you cross?`
        self.lines.append(Line(number, offset + lead, clean.strip(), speaker,
                               self.time if speaker else None))
        if speaker is None and not self.any_speaker and clean.rstrip().endswith("?"):
            self.lines.append(Line(number, offset, ""))


# subtitles mark a change of speaker inside a cue with a leading dash, after a sentence's end
# (`My father said — go now,` / `— before they come.` is one sentence going on)
_DIALOGUE_DASH = re.compile(r"^\s*[-–—]\s+(?=\S)")


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
}
