"""A Word table whose one text column holds a labelled interview, every other column its
furniture: a presentation's handout (PowerPoint's "Notes Next to Slides" sent to Word:
`Slide 2` | the slide's title | the speaker notes, the notes quoting `Q: ...` / `Mrs. Lim:
...` exchanges among the presenter's own reminders) or a translation tool's review table
(`ID` | source | target | `Comment`, each segment `Interviewer: ...` / `Respondent: ...`).

It has no Speaker column, no time column (labelledcells.py) and no Question | Answer header,
so it was kept as context (a handout gave no turn at all: refused). The column is found by
its labels: paragraphs opening with a label (`Name:`), at least two labels used twice or
more, speakers taking turns (the label changes at least every other labelled paragraph) and
someone asking (a labelled paragraph ending in `?`); exactly one column of the table (the
original of a bilingual table is already set aside: tables.py) reads so. A `Field: value`
table (`Source:` / `Status:` rows, no one asking) is no interview and stays context.

Each labelled paragraph is a turn of its label's speaker (the label no word of it). An
unlabelled paragraph is the presenter's own note in a handout (the first column `Slide N`,
in several languages): context (`(pause here...)`, `Talking point: ...`, a label used once);
in any other such table it is a segment going on with the turn before (a translation
tool splits an answer into segments). Row numbers and `Slide N` cells are no words; slide
titles and comments (`TR: ...`) are context; a first row of short cells with no label in
the column is the header.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from qcode.ingest.lazyre import lazy

# a label opening a paragraph: `Q:`, `Mrs. Lim:`, `Interviewer:`, `면담자:`, `Kim (R3):`
_LABEL = lazy(r"^\W{0,2}([A-Z][\w.'’-]{0,30}(?:\s[A-Z0-9][\w.'’-]{0,30}){0,2}|"
              r"[\uac00-\ud7a3]{1,8})(?:\s{0,3}\([^()]{1,40}\))?\W{0,2}\s{0,3}[:：]\s{0,3}"
              r"(?:\*\*)?\s{0,3}(?=\S)")
_SLIDE = lazy(r"^(?:slide|folie|diapositiv[ea]|dia|slajd|diapositivo|слайд|슬라이드|"
              r"スライド|幻灯片)\s{0,3}\d{1,4}\.?$", re.I)
_NUMBER = lazy(r"^\d{1,5}\.?$")

Rows = list[list[list[str]]]
Piece = tuple[str, str, str | None]  # (what, speaker, text): tables.Mark's fields


@dataclass(frozen=True)
class NotesColumn:
    column: int  # the column holding the interview
    speakers: frozenset[str]  # the labels used twice or more: the speakers
    handout: bool  # a slide handout: unlabelled paragraphs are the presenter's
    header: bool  # the first row names the columns


def _flat(cell: list[str]) -> str:
    return " ".join(" ".join(cell).split())


def _labels(cell: list[str]) -> list[tuple[str, str]]:
    """(label, paragraph) of each paragraph of a cell opening with a label."""
    return [(m[1], p) for p in cell if (m := _LABEL.match(p.strip()))]


def _interview(rows: Rows, c: int) -> frozenset[str] | None:
    """The speakers' labels when column c reads as a labelled interview (the docstring)."""
    said = [(label, p) for row in rows for label, p in _labels(row[c])]
    uses = Counter(label for label, _ in said)
    speakers = frozenset(label for label, n in uses.items() if n >= 2)
    turns = [(label, p) for label, p in said if label in speakers]
    changes = sum(a[0] != b[0] for a, b in pairwise(turns))
    asks = any(p.rstrip(" *_\"”’)").endswith(("?", "？")) for _, p in turns)
    if len(speakers) >= 2 and len(turns) >= 4 and 2 * changes >= len(turns) - 1 and asks:
        return speakers
    return None


def notes_column(rows: Rows) -> NotesColumn | None:
    """How to read a table as the module docstring says, None for any other table."""
    width = len(rows[0]) if rows else 0
    if width < 2 or len(rows) < 3 or any(len(r) != width for r in rows):
        return None
    found = [(c, s) for c in range(width) if (s := _interview(rows, c))]
    if len(found) != 1:
        return None
    column, speakers = found[0]
    first = [_flat(cell) for cell in rows[0]]
    header = all(x and len(x.split()) <= 4 for x in first) and not _labels(rows[0][column])
    slides = [_flat(r[0]) for r in rows[header:] if _flat(r[0])]
    handout = column != 0 and len(slides) >= 2 and all(_SLIDE.match(s) for s in slides)
    return NotesColumn(column, speakers, handout, header)


def notes_row(row: list[list[str]], notes: NotesColumn | None,
              first: bool) -> list[list[Piece]]:
    """What each paragraph of each cell of a row is (`first`: the table's first row); no
    pieces when the table is not read so (`notes` None)."""
    if notes is None:
        return []
    if first and notes.header:
        return [[("heading", "", None)] * len(cell) for cell in row]
    out = []
    for c, cell in enumerate(row):
        if c == notes.column:
            out.append([_paragraph(p, notes) for p in cell])
        elif _NUMBER.match(_flat(cell)) or _SLIDE.match(_flat(cell)):
            out.append([("name", "", None)] * len(cell))  # no words
        else:
            out.append([("table", "", None)] * len(cell))  # a title, a comment
    return out


def _paragraph(text: str, notes: NotesColumn) -> Piece:
    m = _LABEL.match(text.strip())
    if m and m[1] in notes.speakers:
        return "speech", m[1], text.strip()[m.end():]
    if not text.strip() or notes.handout:
        return "table", "", None
    return "cell", "", None
