"""A header block of `Field: value` lines above the interview.

Archives, hearings and databases open a transcript with a block of fields: `Interviewee:
Yoo Mi-ran`, `Date: 18 August 2015`, `Location: ...`, `Duration: 1:42:10`, or a hearing's
`Present:` / `Chair: ...` / `Witness: ...`. Read as labels, `Interviewee:` became a
respondent whose turn held the location, duration and access lines (coded), and `Chair:` an
answer. Such a block is context: at least three lines in a row (no blank line or other text
between), before the first line that asks, each a field (one to four words, a colon, a short value or
none), no field named twice (speakers taking turns repeat their labels) and most values
no sentence (a name, a date, a place, `58 min.`: `Thank you for having me.` is a turn).

A log or a form typed in a plain-text editor sets several fields on one line, apart by wide
gaps: `Case ref: NK-0044        Interviewer: S.H.        Interpreter: none`. Read as text,
the field after a name ending in `.` was split off as a speaker's label (`Interpreter:`) and
everything after it became that speaker's turn. A line of two or more such fields (two or
more spaces or a tab between them, no field named twice, no value a sentence or a question)
before the first line that asks is context too, alone or in a block.

An archive may put its record after the transcript instead (`ARCHIVE RECORD`, then
`Interviewee: H.S.`, `Interviewer: Jonah Pryce (JP)`, `Date of interview: ...`). Read as
turns, its fields became speakers and the credit went unused, so `JP:` was a respondent and
every question was coded. Such a block is the file's last text (only rules, blank lines or
marks after it) and a header block as above that names the staff (`Interviewer:`,
`Interviewee:`, `Narrator:`...: a price list closing an answer names no one), asks nothing,
and whose fields the file mostly names nowhere else: a speaker's label recurs, and only a
staff field (`Interviewer:`) may also label turns, so `Interviewer: Anything else?` /
`Respondent: No.` / `Interpreter: She says no.` stay turns. The turns just before it whose
labels recur (`JP: Thank you.`) are turns, not fields. Its staff take their roles as a
header's do (credits.py: `JP:` then asks).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import TITLES

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_FIELD = lazy(r"^\s*(?:\*\*|__)?([A-Z][\w.'’()-]*(?:[ \t][\w.'’()-]+){0,3}?)\s*"
              r"(?:(?:\*\*|__)\s*)?[:：](?:\*\*|__)?(?:\s+(.*))?$")
MIN_FIELDS = 3
MAX_VALUE = 20  # words: longer is a turn, not a field's value
_GAP = lazy(r"\s*(?:\t|  )\s*")  # between fields on one line: a tab or 2+ spaces


def mark_header(lines: list[Line], roles: Roles) -> None:
    """Mark each header block before the first line that asks as context (`header`); the
    interviewer it names asks under their name or initials (`Interviewer: Daniel Kessler`,
    then `DK:`), no guess needed."""
    end = next((i for i, ln in enumerate(lines) if asks(ln.text)), len(lines))
    run: list[tuple[Line, re.Match[str]]] = []
    for line in [*lines[:end], Line(0, 0, "")]:  # a line that is no field closes a run
        if _fields_line(line.text):
            line.kind = "header"
        m = _FIELD.match(line.text)
        if m is not None and len((m[2] or "").split()) <= MAX_VALUE:
            run.append((line, m))
            continue
        if _header([m for _, m in run]):
            for ln, m in run:
                ln.kind = "header"
                _name_interviewers(m, roles)
        run = []
    _record_at_end(lines, roles)


_STAFF_FIELDS = {"interviewer", "interviewers", "interviewee", "respondent", "narrator",
                 "interpreter", "translator"}
_WORD = lazy(r"[^\W_]")


def _record_at_end(lines: list[Line], roles: Roles) -> None:
    """A record block that ends the file (the module docstring) is context; the interviewer
    it names asks under that name or initials (`Interviewer: Jonah Pryce (JP)`, then `JP:`)."""
    named = Counter(m[1].lower() for line in lines if (m := _FIELD.match(line.text)))
    run = _last_fields(lines)
    cut = 0  # `JP: Thank you.` right above the record: the last turn (cut once: popped
    while cut < len(run) and named[run[cut][1][1].lower()] > 1 \
            and run[cut][1][1].lower() not in _STAFF_FIELDS:  # one at a time from the
        cut += 1  # front, a file of thousands of label lines took quadratic time)
    run = run[cut:]
    if _a_record([m for _, m in run], named):
        for line, m in run:
            line.kind = "header"
            _name_interviewers(m, roles)
    elif any(line.kind == "header" for line in lines):
        _fields_after(lines, named)


MAX_REMARK = 60  # words of a record's field after the statement: `Interviewer's remarks: ...`
_NOT_A_NAME = lazy(r"['’]s\b|\s[a-z]")  # `Interviewer's remarks`, `Linked records`


def _fields_after(lines: list[Line], named: Counter[str]) -> None:
    """A database record's export opens with its fields (a header block) and, after the
    statement, closes with more: `Interviewer's remarks: Testimony consistent with...`,
    `Linked records: ...`, `Attachments: ...`. Read as text they were the last answer's
    words (coded). Such fields, ending the file (blank lines between them, a value wrapped on
    indented lines, only rules, blank lines or marks after them) are context when there are
    two or more, each named once in the file (a label that recurs is a speaker's), one at
    least no name (lower-case words or a possessive: `Attachments:` alone may be a
    daughter's `Sun-hee:`), none asking, and most no sentence."""
    run, fields = _trailing_fields(lines)
    names = [m[1] for m in fields]
    if len(fields) >= 2 and all(named[n.lower()] == 1 for n in names) \
            and any(_NOT_A_NAME.search(n) for n in names) \
            and not any(asks(m[2] or "") for m in fields) \
            and 3 * sum(_sentence(m[2] or "") for m in fields) <= len(fields):
        for line in run:
            line.kind = "header"


def _trailing_fields(lines: list[Line]) -> tuple[list[Line], list[re.Match[str]]]:
    """The field lines the file ends with (blank lines between them, a value's indented
    wrapped lines under its field) and their fields, last first."""
    i = len(lines) - 1
    while i >= 0 and not _FIELD.match(lines[i].text) and (
            lines[i].kind is not None or not _WORD.search(lines[i].text)):
        i -= 1  # a rule, a blank line or an end mark after the record
    run: list[Line] = []
    fields: list[re.Match[str]] = []
    wrapped: list[Line] = []
    for line in reversed(lines[:i + 1]):
        m = _FIELD.match(line.text) if line.kind is None else None
        if m is not None and len((m[2] or "").split()) <= MAX_REMARK:
            run += [line, *wrapped]
            fields.append(m)
            wrapped = []
        elif not _WORD.search(line.text) or line.text[:1] in " \t":
            wrapped.append(line)  # a blank line, or a value's wrapped line under its field
        else:
            break
    return run, fields


def _last_fields(lines: list[Line]) -> list[tuple[Line, re.Match[str]]]:
    """The run of `Field: value` lines the file ends with, rules and blank lines after it
    aside."""
    i = len(lines) - 1
    while i >= 0 and not _FIELD.match(lines[i].text) and (
            lines[i].kind is not None or not _WORD.search(lines[i].text)):
        i -= 1  # a rule, a blank line or an end mark after the record
    run: list[tuple[Line, re.Match[str]]] = []
    while i >= 0 and (m := _FIELD.match(lines[i].text)) and \
            len((m[2] or "").split()) <= MAX_VALUE:
        run.append((lines[i], m))
        i -= 1
    return run[::-1]


def _a_record(fields: list[re.Match[str]], named: Counter[str]) -> bool:
    """A header block that names the staff, asks nothing, and whose fields the file
    mostly names nowhere else, only a staff field also labelling turns (the module
    docstring)."""
    staff = [m[1].lower() in _STAFF_FIELDS for m in fields]
    once = [named[m[1].lower()] == 1 for m in fields]
    return any(staff) and _header(fields) and 2 * sum(once) > len(fields) \
        and all(s or o for s, o in zip(staff, once, strict=True)) \
        and not any(asks(m[2] or "") for m in fields)


def _header(fields: list[re.Match[str]]) -> bool:
    """Whether these consecutive fields are a header block (the module docstring)."""
    names = {m[1].lower() for m in fields}
    sentences = sum(_sentence(m[2] or "") for m in fields)
    return len(fields) >= MIN_FIELDS and len(names) == len(fields) and \
        3 * sentences <= len(fields)


def _fields_line(text: str) -> bool:
    """Whether a line holds two fields or more apart by wide gaps (the module docstring)."""
    pieces = _GAP.split(text.strip())
    if len(pieces) < 2:
        return False
    fields = [_FIELD.match(piece) for piece in pieces]
    return all(m is not None and len((m[2] or "").split()) <= MAX_VALUE // 2
               and not _sentence(m[2] or "") and not asks(m[2] or "") for m in fields) \
        and len({m[1].lower() for m in fields if m is not None}) == len(fields)


def _sentence(value: str) -> bool:
    """Four words or more ending as a sentence ends (`58 min.` is a value)."""
    return value.rstrip(" *_\"”’)]")[-1:] in (".", "!", "…") and len(value.split()) >= 4


_INTERVIEWER_FIELD = lazy(r"^(?:interviewers?|interviewed by|conducted by)$", re.I)


def _name_interviewers(field: re.Match[str], roles: Roles) -> None:
    """`Interviewer: Daniel Kessler, Han Ji-won`: each name and its initials interview."""
    if not _INTERVIEWER_FIELD.match(field[1]):
        return
    for name in re.split(r"\s*(?:,|;|&|\band\b)\s*", re.sub(r"\([^)]*\)", "", field[2] or "")):
        words = [w for w in re.split(r"[\s-]+", name) if w and w.rstrip(".").lower() not in TITLES]
        if words:
            roles.assign(name.strip(), "interviewer")
            roles.assign("".join(w[0] for w in words).upper(), "interviewer")
