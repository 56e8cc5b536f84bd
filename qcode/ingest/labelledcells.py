"""A Word table whose speech column carries the speakers' labels: `Time | Text` rows of
`00:00:12` | `Jang: Yes. My brother...`, as a Google Docs or transcription-service
transcript is laid out. It has no Speaker column, so it was no transcript table (tables.py)
and was kept as context: no turn of it was read. When, besides a column of time stamps (and
perhaps one of row numbers), one column is left and most of its cells open with a label
that names someone (`Interviewer:`, `Jang:`, a few labels each used again), the column is
read as text paragraph by paragraph (labels.py reads its labels, an unlabelled row goes on
with the turn before), each row's time stamp the time of its paragraph; the time and number
columns are no words of any turn, and a header row (`Time | Text`) is a heading.

It also holds what the readers of transcript tables share (tables.py for Word and Markdown,
texttables.py for plain text): the shapes of time and number cells, the header words that
name a table's columns (by_header), and what a Speaker cell says besides a name: how the
voice is heard (`INTERVIEWER (O.S.)`) or that no one speaks (`MUSIC`, `LOWER THIRD`)."""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.labeltext import QUALIFIER
from qcode.ingest.lazyre import lazy

# the shapes of a table cell that holds no words (tables.py reads them too)
# (an editing suite's time code counts frames after the seconds: `00:00:06:20`, `01:02:03;12`;
# NVivo's Timespan column gives a span, its start kept: `0:14.2 - 0:52.7`)
_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+|[;:]\d{2})?"
CELL_TIME = lazy(rf"^[\[(]?({_STAMP})(?:\s*[-–]\s*{_STAMP})?[\])]?$")
ROW_NUMBER = lazy(r"^\d{1,4}\.?$")
# a label opening a cell: `Jang:`, `Ms. Baek:`, `Kim (interviewer):`, `**Lee:**`, `진행자:`
_LABEL = lazy(r"^\W{0,2}([A-Z][\w.'’-]*(?:\s[A-Z0-9][\w.'’-]*){0,2}|[\uac00-\ud7a3]{1,8})"
              r"(?:\s*\([^()]{1,40}\))?\W{0,2}\s*:\s*(?:\*\*)?\s+\S")
# header words of a transcript table's columns (tables.py finds its Speaker column by them
# too): its times (an editing suite's `Timecode`, `In` | `Out`, a dialogue list's `TC IN` |
# `TC OUT`, NVivo's `Timespan`), row numbers and text
TIME_HEADERS = {"time", "timestamp", "time stamp", "time code", "timecode", "tc", "start",
                "end", "in", "out", "start time", "end time", "time in", "time out", "tc in",
                "tc out", "timecode in", "timecode out", "timespan", "time span"}
NUMBER_HEADERS = {"#", "no", "no.", "line", "row", "number"}
TEXT_HEADERS = {"text", "transcript", "transcription", "content", "speech", "utterance",
                "words", "dialogue", "statement"}
HEADER_WORDS = TIME_HEADERS | NUMBER_HEADERS | TEXT_HEADERS

Rows = list[list[list[str]]]

_HEARD = lazy(r"^(.*\S)\s*\(([^()]{1,40})\)$")
# what a film's dialogue list writes in its Speaker column for a row no one says: the music,
# a title card, a lower third or a caption on screen, an archive clip, the credits (`ARCHIVE
# (KCTV)`: what the brackets say is its source); read as a speaker, the music and the
# credits were a respondent's words
_SHOWN = {"music", "sfx", "fx", "sound", "sound effects", "title", "titles", "title card",
          "main title", "card", "end card", "lower third", "lower-third", "super", "caption",
          "graphic", "graphics", "text on screen", "on-screen text", "onscreen text", "chyron",
          "archive", "archive footage", "footage", "credits", "end credits", "opening credits",
          "insert", "montage"}


def shown(name: str) -> bool:
    """A Speaker cell that names something heard or shown, not a person (`MUSIC`, `LOWER
    THIRD`, `ARCHIVE (KCTV)`)."""
    heard = _HEARD.match(name)
    return (heard[1] if heard else name).strip().lower() in _SHOWN


def heard_as(name: str) -> str:
    """A Speaker cell's name without how the voice is heard (`INTERVIEWER (O.S.)`:
    `INTERVIEWER`; labeltext.QUALIFIER)."""
    heard = _HEARD.match(name)
    return heard[1] if heard and QUALIFIER.match(heard[2]) else name


def flat(cell: list[str]) -> str:
    """A cell's paragraphs as one line, its spaces normalised."""
    return " ".join(" ".join(cell).split())


def labelled_column(rows: Rows) -> tuple[bool, int, int] | None:
    """(whether the first row is a header, the time column, the text column) of a table
    read as labelled text (the module docstring), None for any other table."""
    width = len(rows[0]) if rows else 0
    if width not in (2, 3) or any(len(r) != width for r in rows):
        return None
    header = all(flat(c).lower().strip(" :*_") in HEADER_WORDS for c in rows[0])
    columns = [[flat(r[c]) for r in rows[header:]] for c in range(width)]
    found = _time_and_text(columns)
    if found is None or len(rows) - header < 3 or not _labelled(columns[found[1]]):
        return None
    return header, *found


def by_header(first: list[list[str]], speakers: set[str]) -> tuple[int | None, int, int] | None:
    """(time, speaker, text) columns a header row names: one Speaker column (a header in
    `speakers`: `Speaker`, `Name`, `Who`) and one Text column (`Transcript`, `Utterance`,
    `Dialogue`), every other a time or a row number (`Timecode`, `In` | `Out`, `No.`), as
    an editing suite exports a transcript."""
    heads = [flat(c).lower().strip(" :*_") for c in first]
    speaker = [c for c, h in enumerate(heads) if h in speakers]
    text = [c for c, h in enumerate(heads) if h in TEXT_HEADERS]
    times = [c for c, h in enumerate(heads) if h in TIME_HEADERS]
    said = {*speaker, *text, *times}
    if len(speaker) != 1 or len(text) != 1 or any(
            h not in NUMBER_HEADERS for c, h in enumerate(heads) if c not in said):
        return None
    return (times[0] if times else None), speaker[0], text[0]


def _time_and_text(columns: list[list[str]]) -> tuple[int, int] | None:
    """One column of time stamps and one other, besides perhaps one of row numbers."""
    times = [c for c, cells in enumerate(columns) if all_match(cells, CELL_TIME)]
    rest = [c for c, cells in enumerate(columns) if c not in times and not all_match(cells, ROW_NUMBER)]
    return (times[0], rest[0]) if len(times) == 1 and len(rest) == 1 else None


def all_match(cells: list[str], shape: re.Pattern[str]) -> bool:
    """A column of this shape: some cell filled, every filled one in the shape."""
    return any(cells) and all(shape.match(x) or not x for x in cells)


def _labelled(cells: list[str]) -> bool:
    """Most cells open with a label; two labels or more, at most half as many as the labelled
    cells (speakers take turns; `Place:` / `Note:` in a timeline do not)."""
    said = [x for x in cells if x]
    labels = Counter(m[1] for x in said if (m := _LABEL.match(x)))
    n = sum(labels.values())
    return 2 * n > len(said) and 2 <= len(labels) <= n // 2
