"""Line numbers down the left margin, as research transcripts print them for reference.

Qualitative researchers number a transcript's lines (Word's line numbering, saved or
copied as text; an analysis package's export; a thesis appendix) so that a quote can be
cited by line: `  7  P12: I lived in Sinuiju...`. Read as text, the numbers hid every label
(a label must open its line), so the turns ran together and the numbers were coded as words.

Two shapes are read. A whole file numbered: nearly every line with text (nine in ten, at
least five lines; blank lines may be numbered or not) opens with a number followed by a
space or nothing, and nearly every number is one more than the one before. Or a margin
under a title and an introduction that are not numbered (a thesis appendix): runs of
numbered lines, each number in the same column as the run's first and one more than the one
before (or the next multiple of five when only every fifth line is numbered), the lines
between them blank, indented continuation lines, or a page break's number and running head
(the numbers may go on or start again at 1 on each page). A run counts when it has five
numbers or more, set apart from the text (a tab or two spaces), and two labels (`I:`,
`R1:`) each open two of its lines or more once the numbers are out; or when it starts again
in a counted run's column (the last page). A numbered list inside an answer (no labels, or
`1 Market: ...` with one space after the number) and a year or a count opening a line
(`1997 was the worst`, `3 of us crossed`: no run, or not in the margin's column) keep their
numbers as words. Each number is left out (a line that is only its number is blank), and
an unnumbered continuation line loses the margin's indent; said once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

_NUMBER = lazy(r"^\s*(\d{1,5})(?:[ \t]+|$)")
MIN_LINES = 5
SHARE = 0.9  # of the lines numbered, and of the numbers one more than the one before
_MARGIN = lazy(r"^[ \t]*(\d{1,5})(?:[ \t]+|$)")
# what a label looks like once the number is out: `I:`, `R1:`, `Int.:`, `Mrs Ko:`
_OPENS_LABEL = lazy(r"^([A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2})\s?:(?:\s|$)")
_GAP = 30  # lines at most between two numbers of a run (a page break, a long turn's lines)
_STEP = 10  # the widest step between numbers when only every fifth or tenth line is numbered


def drop_line_numbers(lines: list[Line]) -> list[Notice]:
    """Leave out the line numbers of a line-numbered file (the module docstring)."""
    return _whole_file(lines) or _margin_runs(lines)


def _whole_file(lines: list[Line]) -> list[Notice]:
    """Every line numbered, the file's first line too."""
    found = [_NUMBER.match(line.text) for line in lines]
    numbers = [int(m[1]) for m in found if m is not None]
    written = sum(bool(line.text.strip()) for line in lines)
    if written < MIN_LINES or len(numbers) < SHARE * written:
        return []
    following = sum(b == a + 1 for a, b in pairwise(numbers))
    if following < SHARE * (len(numbers) - 1):
        return []
    for line, m in zip(lines, found, strict=True):
        if m is not None:
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
    first = next(line.number for line, m in zip(lines, found, strict=True) if m is not None)
    return [Notice(first, (
        f"{len(numbers)} line numbers ({numbers[0]} to {numbers[-1]}) open the lines and are "
        "left out of the text, so that the labels after them are read"))]


@dataclass
class _Run:
    """Numbered lines in one column, each number following the one before."""
    members: list[tuple[int, re.Match[str]]] = field(default_factory=list)

    def fits(self, index: int, m: re.Match[str]) -> bool:
        """Whether a number at line `index` goes on this run: in its column (the numbers'
        right or left edge), one more than the last, or the next multiple of five no further
        on than the lines counted since, within a page break's distance."""
        last, lm = self.members[-1]
        first = self.members[0][1]
        if m.end(1) != first.end(1) and m.start(1) != first.start(1):
            return False
        step, value = int(m[1]) - int(lm[1]), int(m[1])
        if not 0 < index - last <= _GAP:
            return False
        return step == 1 or (value % 5 == 0 and 1 < step <= min(_STEP, index - last))

    def set_apart(self) -> bool:
        """Whether the numbers with text after them stand apart from it, by a tab or two
        spaces or more, as a margin sets them (a list's `1 Market: open at noon` has one)."""
        said = [m for _, m in self.members if m.string.strip() != m[1]]
        apart = sum("\t" in m[0][m.end(1):] or m.end() - m.end(1) >= 2 for m in said)
        return apart >= SHARE * len(said)

    def column(self) -> int:
        """Where the numbers end: the margin's right edge."""
        return self.members[0][1].end(1)


def _runs(lines: list[Line]) -> list[_Run]:
    """The runs of margin numbers, in one pass: a number that fits neither the current run
    nor one just started (a page number, a year in the text) starts a run of its own, which
    takes over once a second number follows it (numbers starting again on a new page)."""
    runs: list[_Run] = []
    current: _Run | None = None
    started: _Run | None = None
    for index, line in enumerate(lines):
        m = _MARGIN.match(line.text)
        if m is None:
            continue
        if current is not None and current.fits(index, m):
            current.members.append((index, m))
        elif started is not None and started.fits(index, m):
            started.members.append((index, m))
            if current is not None:
                runs.append(current)
            current, started = started, None
        elif current is None:
            current = _Run([(index, m)])
        else:
            started = _Run([(index, m)])
    return [*runs, current] if current is not None else runs


def _labels(lines: list[Line], run: _Run) -> int:
    """How many labels open two or more of the run's lines once the numbers are out (the
    interviewer's and a respondent's at least, in a transcript; a list's `Money: ...`,
    `Broker: ...` items each once)."""
    numbered = dict(run.members)
    said: Counter[str] = Counter()
    for index in range(run.members[0][0], run.members[-1][0] + 1):
        m = numbered.get(index)
        text = lines[index].text[m.end():] if m is not None else lines[index].text.lstrip()
        label = _OPENS_LABEL.match(text)
        if label is not None:
            said[label[1]] += 1
    return sum(n >= 2 for n in said.values())


def _counted(lines: list[Line], runs: list[_Run]) -> list[_Run]:
    """The runs that are a margin (the module docstring): five numbers and two labels each
    used twice, or a shorter run in the column of one that counts."""
    strong = [r for r in runs if len(r.members) >= MIN_LINES and r.set_apart()
              and _labels(lines, r) >= 2]
    columns = {r.column() for r in strong}
    return [r for r in runs
            if r in strong or (len(r.members) >= 2 and r.column() in columns and r.set_apart())]


def _margin_runs(lines: list[Line]) -> list[Notice]:
    """Leave out the numbers of the runs that count, and the margin's indent of the
    unnumbered continuation lines between them, once the page furniture and the closing
    note the margin shows are marked (on the lines as they are set)."""
    counted = _counted(lines, _runs(lines))
    if not counted:
        return []
    members = [member for run in counted for member in run.members]
    widest = max(m.end() for _, m in members)
    _mark_page_numbers(lines, widest)
    _mark_breaks(lines, members)
    _mark_closing_note(lines, members[-1][0], widest)
    for run in counted:
        _drop_margin(lines, run)
    values = [int(m[1]) for _, m in members]
    again = " (starting again on a new page)" if any(
        int(b.members[0][1][1]) <= int(a.members[-1][1][1])
        for a, b in pairwise(counted)) else ""
    return [Notice(lines[members[0][0]].number, (
        f"{len(values)} line numbers in the margin ({values[0]} to {max(values)}){again} "
        "open the lines and are left out of the text, so that the labels after them are "
        "read"))]


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _drop_margin(lines: list[Line], run: _Run) -> None:
    """Take the numbers out of a run's lines; a line between them indented past the
    numbers is a continuation line and loses its indent (a page number alone keeps its
    place)."""
    numbered = dict(run.members)
    for index in range(run.members[0][0], run.members[-1][0] + 1):
        line, m = lines[index], numbered.get(index)
        indent = _indent(line.text)
        cut = m.end() if m is not None else (
            indent if indent > run.column() and not _BARE.match(line.text) else 0)
        line.offset, line.text = line.offset + cut, line.text[cut:]


_BARE = lazy(r"^\s*\d{1,5}\s*$")
_NOTE_LINES = 8  # a closing note is short; more unnumbered text after the margin is left be


def _mark_page_numbers(lines: list[Line], widest: int) -> None:
    """A number alone set past the text's column is a page number: the margin's numbers are
    in their own column (so a page number right after a question is one here too)."""
    for line in lines:
        if _BARE.match(line.text) and _indent(line.text) > widest + 4:
            line.kind = line.kind or "page number"


def _mark_closing_note(lines: list[Line], last: int, widest: int) -> None:
    """The short note set left of the text after the last numbered line and a blank line
    (`[Interview continued in Korean...]`) closes the transcript, whose every line (or
    every fifth, the rest indented) the margin numbers."""
    after = lines[last + 1:]
    blank = next((k for k, line in enumerate(after) if not line.text.strip()), len(after))
    note = [line for line in after[blank:] if line.text.strip() and line.kind is None]
    if 0 < len(note) <= _NOTE_LINES and all(_left_of(line, widest) for line in note):
        for line in note:
            line.kind = "closing note"


def _mark_breaks(lines: list[Line], members: list[tuple[int, re.Match[str]]]) -> None:
    """When every line of the text is numbered (nearly every number on the line after the
    one before), the unnumbered lines of a gap with a blank line in it, set left of the
    text's column, are a page break's running head (`Appendix C      Interview 4`), not
    words of the turn: with a number on each line, a continuation line would carry one."""
    pairs = list(pairwise(index for index, _ in members))
    if sum(b == a + 1 for a, b in pairs) < SHARE * len(pairs):
        return
    column = min(m.end() for _, m in members)
    for a, b in pairs:
        gap = lines[a + 1:b]
        if b == a + 1 or all(line.text.strip() for line in gap):
            continue
        for line in gap:
            if _left_of(line, column):
                line.kind = "running header"


def _left_of(line: Line, column: int) -> bool:
    """Whether a line has text set left of the transcript's text, and no label."""
    text = line.text.lstrip()
    return bool(text) and line.kind is None and _indent(line.text) < column \
        and not _OPENS_LABEL.match(text)
