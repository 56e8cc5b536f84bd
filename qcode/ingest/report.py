"""Reports that quote testimony: the authors' narrative around indented quotations.

An NGO or UN report excerpt tells its findings in its own words and quotes interviewees
as indented blocks, each introduced by the narrative (`Interviewee 14, a woman from
Musan, described it as follows:`). Read as a Q&A without labels, the whole excerpt was
one respondent's answer: headings and the authors' findings were coded as testimony, and
three interviewees were one speaker. Here the quotations are the speech, each given to the
interviewee its introduction names (`Interviewee 14`, `Respondent B`, `Participant 3`),
and the narrative is context, `(report)`.

A file is read this way only when it has no speaker labels, no questions outside the
quotations and at least two indented quotations, at least half of them after a paragraph
ending in a colon. A report that quotes its witnesses inside its own paragraphs
(`Witness 7 stated: "..."`) is read by leadins.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.leadins import WHO, read_leadins
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_INDENTED = re.compile(r"^(?: {4,}|\t)\S")
_ASKS = re.compile(r"\?[\"”’)\]]*(?:\s|$)")  # a question anywhere in the narrative


def read_report(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice], list[Notice]]:
    """The lines read as a report quoting testimony, with indented quotations or quotations
    inside its paragraphs (leadins.py), and the notice that says so; or the lines as they
    were, no notice, and perhaps a warning that the file looks like such a report but its
    own text reads as testimony."""
    notices = _indented(lines, roles)
    if notices:
        return lines, notices, []
    lines, notices, read = read_leadins(lines, roles)
    return (lines, notices, []) if read else (lines, [], notices)


def _indented(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give indented quotations their interviewee and mark the narrative `(report)`; an
    empty list when the file is not such a report (its lines are left as they were)."""
    quotes = _quotations(lines)
    if len(quotes) < 2:
        return []
    if 2 * sum(before.rstrip().endswith(":") for _, _, before in quotes) < len(quotes):
        return []
    if any(line.kind is None and not _INDENTED.match(line.text) and _ASKS.search(line.text)
           for line in lines):
        return []  # questions: an interview, whatever its indentation
    quoted = {i for start, end, _ in quotes for i in range(start, end)}
    starts = {start for start, _, _ in quotes}  # later lines and paragraphs carry the turn on
    speaker = roles.respondent
    for i, line in enumerate(lines):
        if i in starts:
            line.speaker = speaker
        elif i not in quoted and line.text.strip() and line.kind is None:
            line.kind = "report"
            named = WHO.findall(line.text)
            if named:  # the last interviewee the paragraph names speaks next
                speaker = f"{named[-1][0].title()} {named[-1][1]}"
    names = [n for n in dict.fromkeys(lines[i].speaker for i in sorted(starts)) if n]
    who = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return [Notice(lines[quotes[0][0]].number, (
        f"read as a report quoting testimony: {len(quotes)} indented quotations "
        f"({who}) are the speech, the text around them is context; if the "
        "indented text is not testimony, label the turns"))]


def _quotations(lines: list[Line]) -> list[tuple[int, int, str]]:
    """(first, end) line indexes of each run of indented lines (blank lines inside a run
    keep it going: a quotation of two paragraphs), and the last line before it."""
    runs: list[tuple[int, int, str]] = []
    start: int | None = None
    last, before = -1, ""
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if _INDENTED.match(line.text) and line.kind is None:
            if start is None:
                start = i
            last = i
            continue
        if start is not None:
            runs.append((start, last + 1, before))
            start = None
        before = line.text
    if start is not None:
        runs.append((start, last + 1, before))
    return runs
