"""An annotation tool's tab-delimited export (ELAN's "Export As > Tab-delimited Text", and
tools that copy it): one annotation a row, `tier<TAB>participant<TAB>begin<TAB>end<TAB>
duration<TAB>annotation`, no header, the columns as the user ticked them (the participant,
annotator, or any of the three times may be missing; times as `00:00:01.120`, with
frames `00:00:01:03`, or seconds `1.120`).

Read as text, a row's tier name was taken for a label, but the participant and the times
were words of every turn, and an analyst's tier of notes or codes (`notes`, `codes`,
`comment`...) was read into the answers it overlaps: code names coded as testimony.

A file is read so when at least three rows, and four in five of its non-blank lines, are
tab-cut rows with the same number of cells, two or more of them times, a first cell that
is a short tier name and a last cell of text. Each row is then a paragraph of its tier's
speaker (the participant when the row names one, else the tier), its time the begin time,
the same speaker's rows in a row one turn;
a row of a tier that holds no speech is context, kind `annotation`: a tier named as notes
or codes are (`notes`, `codes`, `comments`, `translation`, `gloss`...), or a tier with no
participant when the speech tiers name theirs. A transcript that merely has tabs (a
`Name<TAB>text` line, a table under its header: texttables.py) is not such a file."""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_TIME = lazy(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,:]\d{1,3})?$|^\d{1,6}[.,]\d{1,3}$")
_TIER = lazy(r"^[^\t]{1,40}$")
_NOT_SPEECH = lazy(r"^(?:[\w-]{0,20}[ _-])?(?:notes?|codes?|coding|comments?|memos?|"
                   r"annotations?|translations?|transl|gloss(?:es)?|tags?|themes?|topics?|"
                   r"analysis|remarks?|ft|com)(?:[ _-][\w-]{0,20})?$", re.I)
MIN_ROWS = 3
MAX_CELLS = 12


def _cells(text: str) -> list[tuple[int, str]] | None:
    """(offset, text) of each tab-cut cell, or None for a line with no tab or too many."""
    if "\t" not in text:
        return None
    parts = text.split("\t", MAX_CELLS)
    if len(parts) > MAX_CELLS:
        return None
    out, at = [], 0
    for part in parts:
        out.append((at, part))
        at += len(part) + 1
    return out


def _shape(cells: list[tuple[int, str]]) -> tuple[int, ...] | None:
    """Which cells are times, when the row is an annotation's: a tier name first, two or
    more times, text last."""
    texts = [c.strip() for _, c in cells]
    if len(texts) < 4 or not _TIER.match(texts[0]) or _TIME.match(texts[0]):
        return None
    times = tuple(i for i, c in enumerate(texts) if _TIME.match(c))
    if len(times) < 2 or len(texts) - 1 in times:
        return None
    return times


def is_annotation_export(lines: list[Line]) -> bool:
    """Whether the lines are an annotation tool's tab-delimited rows (the module docstring)."""
    filled = [ln for ln in lines if ln.text.strip() and ln.kind is None]
    if len(filled) < MIN_ROWS:
        return False
    shapes: dict[tuple[int, tuple[int, ...]], int] = {}
    for ln in filled:
        cells = _cells(ln.text)
        times = _shape(cells) if cells else None
        if cells and times is not None:
            shapes[(len(cells), times)] = shapes.get((len(cells), times), 0) + 1
    best = max(shapes.values(), default=0)
    return best >= MIN_ROWS and best * 5 >= len(filled) * 4


def read_annotation_export(lines: list[Line]) -> list[Line]:
    """The rows as paragraphs of their speakers, the notes tiers context."""
    rows = []
    for ln in lines:
        cells = _cells(ln.text) if ln.kind is None else None
        times = _shape(cells) if cells else None
        rows.append((ln, cells, times))
    named = {c[0][1].strip() for _, c, t in rows if c and t and _participant(c, t)}
    out: list[Line] = []
    last = None  # the speaker of the row above, when it was speech
    for ln, cells, times in rows:
        if cells is None or times is None:
            out.append(ln)
            last = None if ln.text.strip() else last
            continue
        tier, who = cells[0][1].strip(), _participant(cells, times)
        at, text = cells[-1]
        lead = len(text) - len(text.lstrip())
        out.append(Line(ln.number, ln.offset, ""))  # a row: a paragraph
        if _NOT_SPEECH.match(tier) or (named and tier not in named):
            out.append(Line(ln.number, ln.offset + at + lead, text.strip(), kind="annotation"))
            last = None
            continue
        speaker = who or tier
        # the same speaker's next row goes on with their turn, as a table's row without a
        # name does (texttables.py)
        out.append(Line(ln.number, ln.offset + at + lead, text.strip(),
                        None if speaker == last else speaker, cells[times[0]][1].strip()))
        last = speaker
    return out


def _participant(cells: list[tuple[int, str]], times: tuple[int, ...]) -> str:
    """The participant's (or annotator's) cell between the tier and the text, if filled."""
    between = [c.strip() for i, (_, c) in enumerate(cells[1:-1], start=1) if i not in times]
    return next((c for c in between if c), "")
