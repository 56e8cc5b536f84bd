"""A page that sets its questions in capitals, each right above its answer.

A newsletter or a magazine typed from print asks `WHERE DID YOU GROW UP?` on a line of its
own with the answer on the next line, no blank line between; some of its questions lose
their `?` or never had one (`WHY DID YOU DECIDE TO LEAVE`, `LIFE AT HOME`, the closing
`THANK YOU, MRS. JEON.`). A line in capitals with a `?` ends its paragraph already; one
without ran on into the answer under it, and the prompt and its answer were read into the
answer before (three answers one turn, the prompts coded as hers).

The rule: in a file without labels where at least two lines wholly in capitals end in `?`
right above a line of ordinary text, the page sets its questions that way; then every run
of at most MAX_LINES lines in capitals that opens after a blank line (or a line of context)
and sits right above ordinary text is set apart as the page's questions are (emphasis
`capitals`, as bold is in a Word file): it ends its paragraph (layout.py) and is read as
the interviewer's prompt where it sits between answers (prompts.py). A page whose capitals
lines are headings above blank lines, or that asks in capitals only once, is read as before.
"""

from __future__ import annotations

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

CAPITALS = "capitals"  # a Line's (and so a Block's) emphasis
MAX_LINES = 3  # lines of one question in capitals
MAX_WORDS = 25
MIN_QUESTIONS = 2
_LETTER = lazy(r"[^\W\d_]")


def in_capitals(text: str) -> bool:
    """A short line whose letters are all capitals (at least three of them, in a script
    that has cases)."""
    s = text.strip()
    if not s or len(s) > 300 or len(s.split()) > MAX_WORDS:
        return False
    letters = _LETTER.findall(s)
    return len(letters) >= 3 and s.upper() == s and s.lower() != s


def _ordinary(line: Line) -> bool:
    """A line of text that may be an answer: not in capitals, not context, no label."""
    return bool(line.text.strip()) and line.kind is None and line.speaker is None \
        and not in_capitals(line.text)


def mark_capital_questions(lines: list[Line]) -> None:
    """Set apart (emphasis `capitals`) the runs of capitals lines above ordinary text, in a
    page that asks that way (the rule above)."""
    if any(line.speaker is not None for line in lines):
        return  # labels say who asks
    runs = list(_runs(lines))
    asked = sum(lines[end].text.rstrip(" \"”’)*_").endswith("?") for _, end in runs)
    if asked < MIN_QUESTIONS:
        return
    for start, end in runs:
        for line in lines[start:end + 1]:
            line.emphasis = line.emphasis or CAPITALS


def _runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) index of each run of capitals lines that opens after a blank line or
    context and sits right above ordinary text."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opens = i == 0 or not lines[i - 1].text.strip() or lines[i - 1].kind is not None
        if not (opens and _capitals_line(lines[i])):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and end - i + 1 < MAX_LINES and _capitals_line(lines[end + 1]):
            end += 1
        if end + 1 < len(lines) and _ordinary(lines[end + 1]):
            out.append((i, end))
        i = end + 1
    return out


def _capitals_line(line: Line) -> bool:
    return line.kind is None and line.speaker is None and in_capitals(line.text)
