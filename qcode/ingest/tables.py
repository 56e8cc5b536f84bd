"""Tables, in a Word file or as Markdown pipes (`| Speaker | Text |`: pipes.py). A Speaker | Text table
(by its header, or a column of a few names taking turns beside a column of speech with
questions in it; an editing suite's `Timecode | Speaker | Transcript` by its header words:
labelledcells.by_header) or a Question | Answer table (by its header, or questions left and
answers right with no header: qarows.py) is a transcript, each row a turn (a row whose
Speaker cell is a dialogue list's `MUSIC` or `LOWER THIRD` context: labelledcells.shown).
A bilingual table (Korean | English, Original | Translation) is read in its English column; a
column of question and answer words (`질문` / `답변`, `Question` / `Answer`) says who speaks in
each row, whatever its header (`구분`). A Time | Text table whose text opens with labels
(`Jang: ...`) is read as labelled text (labelledcells.py), and so is one column of labelled
turns (a slide handout's notes: notescolumn.py). A one-column table (a box around text) is
read cell by cell. Any other table is not the interview: context, and a warning says so."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qcode.ingest.avscript import av_columns, av_row
from qcode.ingest.labelledcells import (
    CELL_TIME,
    HEADER_WORDS,
    ROW_NUMBER,
    all_match,
    by_header,
    flat,
    heard_as,
    labelled_column,
    shown,
)
from qcode.ingest.lazyre import lazy
from qcode.ingest.notescolumn import NotesColumn, notes_column, notes_row
from qcode.ingest.qarows import asks_left, qa_columns
from qcode.ingest.speakerkey import speaker_key
from qcode.model import Notice

Rows = list[list[list[str]]]  # rows of cells of paragraphs


@dataclass
class Mark:
    """What a Word paragraph is, from its style or its table: a heading, a caption, a text
    box, a table's header row ("heading"), a Speaker, Time or original-language cell
    ("name": not text of its own), the first paragraph of a turn ("speech", with its
    speaker and time), any other cell of a table read as text ("cell"), or a cell of a
    table that is not the interview ("table")."""

    what: str
    speaker: str = ""
    time: str | None = None
    said: tuple[str, str] | None = None  # a speaker key's (role, name) for `speaker`
    text: str | None = None  # the paragraph's words without its label (an AV script's)


def one_line(text: str) -> str:
    """A Word paragraph's manual line breaks (Shift+Enter) become spaces, so that line
    numbers stay paragraph numbers; `Q: ...<break>A: ...` is then split as inline speakers."""
    return text.replace("\r", " ").replace("\n", " ")


_HEADER_CELLS = {"speaker", "name", "who", "person", "role", "answer", *HEADER_WORDS}
SPEAKER_HEADERS = {"speaker", "speakers", "name", "who", "person", "role", "participant",
                   "interviewer", "interviewee", "respondent", "화자", "발화자"}
_INTERVIEWER = lazy(r"^(?:interviewer|int|q|i|question|moderator|researcher)\b", re.I)


def _name(cell: list[str]) -> str:
    """A speaker cell's name, without a colon, `**` (`**Kim:**`) or `(O.S.)` (heard_as)."""
    return heard_as(flat(cell).strip("*_ ").rstrip(":").strip("*_ "))


def _header_like(row: list[list[str]]) -> bool:
    """A first row that names its columns: every cell a few words, none a sentence."""
    cells = [flat(c) for c in row]
    return all(x and len(x.split()) <= 4 and not x.endswith((".", "?", "!", ",")) for x in cells)


def _transcript_columns(rows: Rows) -> tuple[int | None, int, int] | None:
    """(time column, speaker column, text column) of a transcript table: a column of short
    names (one used at least twice) and a column of speech, in either order, perhaps with
    a column of time stamps and one of row numbers anywhere (or the columns the header row
    names: by_header); None for any other table."""
    width = len(rows[0]) if rows else 0
    named = by_header(rows[0], SPEAKER_HEADERS) if 2 <= width <= 6 else None
    if not 2 <= width <= (6 if named else 4) or any(len(r) != width for r in rows):
        return None
    known = all(flat(c).lower().strip(":") in _HEADER_CELLS for c in rows[0])
    body = rows[1:] if known else rows
    columns = [[flat(r[c]) for r in body] for c in range(width)]
    found = named or _name_and_text(columns)
    if len(body) < 2 or found is None or not any(columns[found[2]]):
        return None
    names = [_name(r[found[1]]) for r in body]
    return found if _speakers(rows[0], known, found[1], names, columns[found[2]]) else None


def _name_and_text(columns: list[list[str]]) -> tuple[int | None, int, int] | None:
    """(time, name, text) columns: besides columns of time stamps (a time code, or `In` and
    `Out`) and one of row numbers, two columns; the names are the one that reads as names
    (`Kim` | `Yes.`), else the one of fewer words."""
    times = [c for c, cells in enumerate(columns) if all_match(cells, CELL_TIME)]
    numbers = [c for c, cells in enumerate(columns) if c not in times
               and all_match(cells, ROW_NUMBER)]
    rest = [c for c in range(len(columns)) if c not in times and c not in numbers]
    if len(times) > 2 or len(rest) != 2:
        return None
    named = [c for c in rest if _names(_name([x]) for x in columns[c][1:])]
    text = max(rest, key=lambda c: (c not in named or len(named) != 1,
                                    sum(len(x.split()) for x in columns[c])))
    return (times[0] if times else None), rest[0] if text == rest[1] else rest[1], text


def _speakers(first: list[list[str]], known: bool, name: int, names: list[str],
              texts: list[str]) -> bool:
    """Whether a column of names is speakers. A header row must name it (`Speaker`,
    `Name`...): `Place | Remark` is no transcript. Without one, the names must take turns
    as speakers do (a few names, each used about twice or more) and someone must ask."""
    if known:
        return _names(names)
    if _says_who_asks(names[1:]):
        return True
    if _header_like(first) and names[0] not in names[1:]:
        return flat(first[name]).lower().strip(":") in SPEAKER_HEADERS and _names(names[1:])
    return _takes_turns(names, texts) and _names(names)


# a row's label saying who speaks, as a Q&A table writes it in a column of its own
# (`질문` / `답변`, `Q` / `A`, `문` / `답`), whatever its header (`구분`, `Type`)
# (`면담자` / `구술자` name the speakers themselves, kept as written)
_ROW_SPEAKER = {"질문": "Interviewer", "문": "Interviewer", "질의": "Interviewer",
                "q": "Interviewer", "question": "Interviewer", "답변": "Respondent",
                "답": "Respondent", "응답": "Respondent", "a": "Respondent",
                "answer": "Respondent"}


def _says_who_asks(names: list[str]) -> bool:
    """A column whose every label is a question or an answer word, both of them used."""
    said = {_ROW_SPEAKER.get(n.lower()) for n in names if n}
    return said == {"Interviewer", "Respondent"}


def _row_speaker(name: str) -> str:
    """The speaker a row's label names: `질문` the interviewer, `답변` the respondent (as an
    unlabelled Q&A reads them); a name, or `Q` / `A` (labels.py knows them), as written."""
    return _ROW_SPEAKER.get(name.lower(), name) if name.lower() not in ("q", "a") else name


def _takes_turns(names: list[str], texts: list[str]) -> bool:
    """Names as speakers use them in a table without a header: a few (at most half as
    many as the rows that name one), and one of them asks."""
    given = [n for n in names if n]
    return len(set(given)) * 2 <= len(given) and (
        any(_INTERVIEWER.match(n) for n in given) or any(t.rstrip().endswith("?") for t in texts))


def _names(cells: Iterable[str]) -> bool:
    """Cells that read as speakers' names: each empty or short and not a sentence, and one
    name used at least twice."""
    names = list(cells)
    short = [n for n in names if n and len(n) <= 40 and len(n.split()) <= 4
             and not n.endswith((".", "?", "!"))]
    return len(short) + names.count("") == len(names) and len(set(short)) < len(short)


_TARGET = {"english", "translation", "english translation", "translated", "in english",
           "영어", "번역", "영문", "영어 번역"}
_ORIGINAL = {"korean", "original", "korean original", "original (korean)", "transcript (korean)",
             "한국어", "조선어", "원문", "원본", "chinese", "japanese", "russian"}
_NON_LATIN = lazy(r"[^\W\d_\x20-\u024f\u1e00-\u1eff]")  # letters beyond Latin scripts
_LETTER = lazy(r"[^\W\d_]")


def _originals(rows: Rows) -> tuple[set[int], str]:
    """Columns that hold the original of a translation beside them, and the column read:
    by the header (`Korean | English`, `Original | Translation`), or a column written
    mostly in another script (Hangul...) beside one in the Latin alphabet."""
    width = len(rows[0]) if rows else 0
    if width < 2 or any(len(r) != width for r in rows):
        return set(), ""
    header = [flat(c).lower().strip(" :*_") for c in rows[0]]
    targets = [c for c, h in enumerate(header) if h in _TARGET]
    originals = {c for c, h in enumerate(header) if h in _ORIGINAL}
    if len(targets) == 1 and originals:
        return originals, flat(rows[0][targets[0]])
    return _by_script(rows, width)


def _by_script(rows: Rows, width: int) -> tuple[set[int], str]:
    """Columns of sentences (two words a row or more) mostly in another script, when one
    other column of sentences is in the Latin alphabet."""
    share = [_foreign_share(flat(r[c]) for r in rows[1:]) for c in range(width)]
    said = [sum(len(flat(r[c]).split()) for r in rows) >= 2 * len(rows) for c in range(width)]
    foreign = {c for c in range(width) if said[c] and (share[c] or 0) >= 0.5}
    latin = [c for c, s in enumerate(share) if said[c] and s is not None and s <= 0.1]
    return (foreign, "English") if foreign and len(latin) == 1 else (set(), "")


def _foreign_share(cells: Iterable[str]) -> float | None:
    """The share of a column's letters beyond the Latin scripts; None without letters.
    Bounded: its first 20,000 characters."""
    text = "".join(cells)[:20_000]
    letters = len(_LETTER.findall(text))
    return len(_NON_LATIN.findall(text)) / letters if letters else None


class _Plan:
    """What each paragraph of a table is, row by row (see Mark); `originals`: the columns
    not read (the original of a translation), the rest (`kept`) read as `kind` says."""

    def __init__(self, rows: Rows, originals: set[int], sections: set[int]) -> None:
        self.rows, self.originals, self.sections = rows, originals, sections
        body = [r for r in range(len(rows)) if r not in sections]
        self.at = {r: k for k, r in enumerate(body)}  # row -> its place among the kept rows
        self.kept = [[cell for c, cell in enumerate(rows[r]) if c not in originals]
                     for r in body]
        self.numbered: list[int] = []
        self.speakers: list[str] = []
        self.columns: tuple[int | None, int, int] | None = None
        self.header = False
        self.key: dict[str, tuple[str, str]] = {}
        self.notes: NotesColumn | None = None
        qa = qa_columns(self.kept)
        self.av = av_columns(self.kept)  # a VIDEO | AUDIO script (avscript.py)
        if self.av:
            self.kind, self.header = "av", True
        elif qa:
            self.kind, (self.numbered, self.speakers), self.header = "qa", qa, True
        elif columns := _transcript_columns(self.kept):
            self.kind, self.columns = "speakers", columns
            first = self.kept[0]
            self.header = all(flat(c).lower().strip(":") in _HEADER_CELLS for c in first) or (
                _header_like(first) and _name(first[columns[1]]) not in
                [_name(r[columns[1]]) for r in self.kept[1:]])
        elif labelled := labelled_column(self.kept):  # `Time | Text`, `Jang: ...` in the text
            self.kind, self.header = "labelled", labelled[0]
            self.columns = (labelled[1], labelled[2], labelled[2])
        elif key := speaker_key(self.kept):  # `Speaker 1 | Interviewer (Dana Holt)`
            self.kind, self.key = "key", key
        elif asks_left(self.kept):  # no header: questions left, answers right (qarows.py)
            self.kind, self.speakers = "qa", ["Interviewer", "Respondent"]
        elif notes := notes_column(self.kept):  # labels in one column: a handout's notes
            self.kind, self.notes = "notes", notes
        else:
            self.kind = "table" if self.kept and len(self.kept[0]) > 1 else "cells"

    def row(self, r: int) -> list[list[Mark]]:
        """The marks of each paragraph of each cell of row r."""
        if r in self.sections:
            return [[Mark("heading")] * len(cell) for cell in self.rows[r]]
        k = self.at[r]
        kept = iter(self._av_row(k) if self.av else self._notes_row(k) if self.notes else self._kept_row(k))
        return [[Mark("name")] * len(cell) if c in self.originals else next(kept)
                for c, cell in enumerate(self.rows[r])]

    def _av_row(self, r: int) -> list[list[Mark]]:
        assert self.av is not None
        return [[Mark(s.what, s.speaker, text=s.text) for s in cell]
                for cell in av_row(self.kept[r], self.av[1], not r)]

    def _notes_row(self, r: int) -> list[list[Mark]]:  # notescolumn.py
        return [[Mark(w, s, text=t) for w, s, t in c] for c in notes_row(self.kept[r], self.notes, not r)]

    def _kept_row(self, r: int) -> list[list[Mark]]:
        row = self.kept[r]
        if self.kind in ("cells", "table", "key"):
            out = [[Mark("cells" if self.kind == "cells" else "table")] * len(cell)
                   for cell in row]
            label = flat(row[0]).strip(" :*_")
            if label in self.key and row[0]:  # context, saying who the label is
                out[0][0] = Mark("table", label, said=self.key[label])
            return out
        if self.kind == "qa" or (self.header and r == 0):
            return [self._qa_cell(r, c, cell) for c, cell in enumerate(row)]
        assert self.columns is not None
        time_column, name, text = self.columns
        stamp = CELL_TIME.match(flat(row[time_column])) if time_column is not None else None
        out = [[Mark("name")] * len(cell) for cell in row]
        if self.kind == "labelled":  # read as text, its labels by labels.py
            out[text] = [Mark("cell", time=stamp[1] if stamp and not k else None)
                         for k in range(len(row[text]))]
            return out
        if shown(_name(row[name])):  # the music, a caption: context
            return [[Mark("table")] * len(cell) for cell in row]
        out[text] = _speech(row[text], _row_speaker(_name(row[name])),
                            stamp[1] if stamp else None)
        return out

    def _qa_cell(self, r: int, c: int, cell: list[str]) -> list[Mark]:
        if not r and self.header:
            return [Mark("heading")] * len(cell)
        if c in self.numbered:
            return [Mark("name")] * len(cell)
        speaker = self.speakers[c - len([n for n in self.numbered if n < c])]
        if not self.header and not flat(self.kept[r][0]):  # no question: the answer goes on
            speaker = ""
        return _speech(cell, speaker, None)


def _speech(cell: list[str], speaker: str, time: str | None) -> list[Mark]:
    """A cell of a turn: its first paragraph with text opens the turn, the rest go on."""
    out = []
    for paragraph in cell:
        out.append(Mark("speech", speaker, time) if speaker and paragraph.strip()
                   else Mark("cell"))
        speaker = "" if paragraph.strip() else speaker
    return out


def plan(rows: Rows, where: str, line: int) -> tuple[_Plan, list[Notice]]:
    """How a table is read, and what the user should know about it (`where`: `table 2`,
    `line`: its first line)."""
    width = max((len(row) for row in rows), default=0)
    # a row of one cell merged across the table (`Part 2. Leaving`) is a section heading
    sections = {r for r, row in enumerate(rows) if r and len(row) == 1 and width > 1}
    # the header row repeated where the table went on to the next page: a heading too
    sections |= {r for r, row in enumerate(rows) if r and width > 1 and row == rows[0]}
    originals, language = _originals([row for r, row in enumerate(rows) if r not in sections])
    p = _Plan(rows, originals, sections)
    notices = []
    if originals:
        notices.append(Notice(line, f"{where} is bilingual: read in its {language} column; the "
                              "column of the original beside it is not read"))
    if p.kind == "av":
        notices.append(Notice(line, f"{where} read as an AV script: its sound column's bites "
                              "(`SOT NAME:`) and off-camera questions are the turns; the "
                              "picture column, narration and music are context"))
    if p.kind == "table":
        first = " | ".join(_short(flat(c)) for c in p.kept[0])
        notices.append(Notice(line, (
            f"{where} ({first}) is not a Speaker | Text or Question | Answer table: kept as "
            "context, not coded; if it holds the interview, give it a header row naming a "
            "Speaker and a Text column")))
    return p, notices


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:30].rsplit(" ", 1)[0] + "…"


def read_table(rows: Rows, texts: list[str], marks: dict[int, Mark], where: str) -> list[Notice]:
    """Append a Word table's paragraphs (its rows of cells of paragraphs) to `texts`, and
    what each is to `marks`."""
    p, notices = plan(rows, where, len(texts) + 1)
    for r, row in enumerate(rows):
        for cell, cell_marks in zip(row, p.row(r), strict=True):
            for paragraph, mark in zip(cell, cell_marks, strict=True):
                marks[len(texts)] = mark
                texts.append(one_line(paragraph if mark.text is None else mark.text))
    return notices
