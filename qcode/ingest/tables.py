"""Tables in a Word file: a Speaker | Text or Question | Answer table is a transcript,
each row a turn; any other table is read cell by cell."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Mark:
    """What a Word paragraph is, from its style or its table: a heading, a caption, a
    table's header row ("heading"), a Speaker or Time cell ("name"), the first paragraph of
    a turn ("speech", with its speaker and time) or any other table cell ("cell")."""

    what: str
    speaker: str = ""
    time: str | None = None


def one_line(text: str) -> str:
    """A Word paragraph's manual line breaks (Shift+Enter) become spaces, so that line
    numbers stay paragraph numbers; `Q: ...<break>A: ...` is then split as inline speakers."""
    return text.replace("\r", " ").replace("\n", " ")


_HEADER_CELLS = {"speaker", "name", "who", "person", "role", "text", "transcript", "content",
                 "statement", "speech", "answer", "utterance", "time", "timestamp", "time code",
                 "timecode", "#", "no", "no.", "number", "line"}
_CELL_TIME = re.compile(r"^[\[(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[\])]?$")


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
                   marks: dict[int, Mark]) -> bool:
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
                marks[len(texts)] = Mark("name") if c in numbered else Mark("heading") \
                    if not r else Mark("speech", speaker) if speaker and paragraph.strip() \
                    else Mark("cell")
                speaker = "" if paragraph.strip() else speaker
                texts.append(one_line(paragraph))
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


def read_table(rows: list[list[list[str]]], texts: list[str], marks: dict[int, Mark]) -> None:
    """Append a table's paragraphs (its rows of cells of paragraphs); in a transcript
    table, mark each row's first text paragraph with its speaker (and time), the name and
    time cells, and a header row."""
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
                    marks[len(texts)] = Mark("heading")
                elif columns is not None and c != columns[2]:
                    marks[len(texts)] = Mark("name")
                elif speaker and paragraph.strip():
                    marks[len(texts)] = Mark("speech", speaker, time)
                    speaker = ""  # the cell's next paragraphs continue the turn
                else:
                    marks[len(texts)] = Mark("cell")
                texts.append(one_line(paragraph))
