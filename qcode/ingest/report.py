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

A research report's appendix of excerpts introduces each by a designation line of its own
with no speech verb (`Interviewee #14, female, 40s, Hyesan (left 2017):`, `Respondent 3
(Musan):`): the paragraphs under it, to the next designation or a `Source:` / `Note:` line,
are that interviewee's, and a bracketed question inside them (`[Did you ever refuse?]`) is
the author's (an aside that does not ask, `[laughs]`, stays in the answer). Read so only
with at least two designation lines and no question in the text outside the excerpts.

A qualitative journal article gives each indented excerpt its participant on the line
after it (`(P7, woman, 40s, Hyesan, left 2016)`, `(P7)`, `— Participant 12`). Read as
text, the excerpts were the narrative's (not coded), and after an excerpt with labels
(`I:` / `P3:`) the narrative and the next excerpt were the last label's. Here each
attributed excerpt is its participant's speech, its `I:` lines the interviewer's, and the
narrative, the attributions and any indented passage no attribution follows are context.
Read so only with at least two attributed excerpts, no question and no label in the text
outside them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.leadins import WHO, read_leadins
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_INDENTED = lazy(r"^(?: {4,}|\t)\S")
# a designation alone on its line, described (a bare `Respondent 3:` is a label):
# `Interviewee #14, female, 40s, Hyesan (left 2017):`, `Respondent 3 (Musan):`
_DESIGNATION = lazy(r"^\s*(interviewee|respondent|participant|informant)\s+(?:no\.\s*|#)?"
                    r"([A-Z]|\d{1,4})\s*[,(][^:\n]{1,100}:\s*$", re.I)
_LABEL = lazy(r"^\s*[A-Z][\w.' -]{0,25}:(?:\s|$)")  # `Interviewer:`, `Q:`, `Kim Ok-sun:`
_APPARATUS = lazy(r"^\s*(?:sources?|notes?)\b\s*[:.]", re.I)  # ends an excerpt
_BRACKET = lazy(r"\s*\[([^\[\]\n]{1,300})\]\s*")
_AUTHOR = "Author"
_ASKS = lazy(r"\?[\"”’)\]]*(?:\s|$)")  # a question anywhere in the narrative


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
    if not _quotes_testimony(lines, quotes):
        return []
    starts = _give_quotations(lines, quotes, roles)
    names = [n for n in dict.fromkeys(lines[i].speaker for i in sorted(starts)) if n]
    who = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return [Notice(lines[quotes[0][0]].number, (
        f"read as a report quoting testimony: {len(quotes)} indented quotations "
        f"({who}) are the speech, the text around them is context; if the "
        "indented text is not testimony, label the turns"))]


def _quotes_testimony(lines: list[Line], quotes: list[tuple[int, int, str]]) -> bool:
    """Two indented quotations or more, most introduced by a line ending in `:`, and no
    question in the text around them (questions: an interview, whatever its indentation)."""
    if len(quotes) < 2:
        return False
    if 2 * sum(before.rstrip().endswith(":") for _, _, before in quotes) < len(quotes):
        return False
    return not any(line.kind is None and not _INDENTED.match(line.text)
                   and _ASKS.search(line.text) for line in lines)


def _give_quotations(lines: list[Line], quotes: list[tuple[int, int, str]],
                     roles: Roles) -> set[int]:
    """Each quotation's interviewee, the last one the narrative names before it; the
    narrative is `(report)`. Returns the line indexes where quotations start."""
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
    return starts


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


def read_excerpts(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """The lines with each designation line context and the excerpts under it its
    interviewee's, bracketed questions cut out as the author's; the lines as they were and
    no notice when the file is no appendix of excerpts. Read before the labels: a
    designation like `Respondent 3 (Musan):` would be taken for one."""
    attributed = _attributed(lines, roles)
    if attributed:
        return lines, attributed
    marks = [i for i, line in enumerate(lines) if line.kind is None and _DESIGNATION.match(line.text)]
    if len(marks) < 2 or any(_other_label(line) for line in lines):
        return lines, []  # a speaker's label besides them (`Interviewer:`): an interview
    cut = _cut_excerpts(lines, set(marks))
    if cut is None:
        return lines, []  # the report asks: an interview, not an appendix
    out, prose = cut
    for line in prose:
        line.kind = "report"
    names = list(dict.fromkeys(line.speaker for line in out if line.speaker not in (None, _AUTHOR)))
    for name in names:
        roles.assign(str(name), "respondent")
    roles.assign(_AUTHOR, "interviewer")
    return out, [Notice(lines[marks[0]].number, (
        f"read as an appendix of interview excerpts: {len(marks)} designation lines "
        f"(`{lines[marks[0]].text.strip()}`) introduce the excerpts of {', '.join(names[:5])}"
        "; bracketed questions in them are the author's; if that is wrong, label the turns"))]


# a participant's attribution on its own line under an excerpt: `(P7, woman, 40s, ...)`,
# `(P7)`, `[Participant 12]`, `— R3, man, 60s`
_CODE = (r"(?:[A-Z]{1,3}-?\d{1,4}|(?i:participant|interviewee|respondent|informant)\s+"
         r"(?:(?i:no)\.\s*|#)?(?:\d{1,4}|[A-Z]))")
_ATTRIBUTION = lazy(rf"^\s*(?:[(\[]\s*(?:[—–-]\s*)?({_CODE})\b[^()\[\]\n]{{0,120}}[)\]]"
                    rf"|[—–]\s*({_CODE})\b[^\n]{{0,120}})\s*$")
_IN_EXCERPT = lazy(r"^\s*([A-Z][\w.]{0,15}):\s+")  # `I: Who did...`, `P3: Only...`


def _attributed(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give each indented excerpt the participant its attribution line (under it) names,
    and mark the rest context; an empty list when the file is no such article."""
    found = _excerpts_attributed(lines)
    inside = {i for start, end, _, _ in found for i in range(start, end)}
    if len(found) < 2 or _interview_outside(lines, inside):
        return []
    for start, end, at, who in found:
        roles.assign(who, "respondent")
        _speak(lines, start, end, who, roles)
        lines[at].kind = "attribution"
    for i, line in enumerate(lines):
        if i not in inside and line.text.strip():
            line.kind = line.kind or "report"
    names = ", ".join(dict.fromkeys(who for *_, who in found))
    return [Notice(lines[found[0][0]].number, (
        f"read as an article quoting participants: {len(found)} indented excerpts, each "
        f"given to the participant named on the line under it ({names}), are the speech; "
        "the text around them is context; if that is wrong, label the turns"))]


def _interview_outside(lines: list[Line], inside: set[int]) -> bool:
    """The text outside the excerpts asks or has a speaker's label: an interview."""
    return any(i not in inside and line.kind is None and (
        _ASKS.search(line.text) or _other_label(line)) for i, line in enumerate(lines))


def _excerpts_attributed(lines: list[Line]) -> list[tuple[int, int, int, str]]:
    """(first, end) line indexes of each indented excerpt with an attribution under it (the
    next line with text, or the excerpt's own last line), the attribution's and whom it
    names."""
    found = []
    for start, end, _ in _quotations(lines):
        at = next((i for i in range(end, len(lines)) if lines[i].text.strip()), None)
        m = _ATTRIBUTION.match(lines[at].text) if at is not None else None
        if m is None and end - start > 1 and _ATTRIBUTION.match(lines[end - 1].text):
            at, end, m = end - 1, end - 1, _ATTRIBUTION.match(lines[end - 1].text)
        if m is not None and at is not None:
            found.append((start, end, at, " ".join((m[1] or m[2]).split())))
    return found


def _speak(lines: list[Line], start: int, end: int, who: str, roles: Roles) -> None:
    """An excerpt's lines: the first is the participant's, and a labelled line (`I:`,
    `P3:`) is its label's, the label cut off: the participant's own, or the interviewer's."""
    lines[start].speaker = who
    for i in range(start, end):
        m = _IN_EXCERPT.match(lines[i].text)
        if m is None:
            continue
        label = m[1]
        roles.assign(label, "respondent" if _participant(label, who) else "interviewer")
        old = lines[i]
        lines[i] = Line(old.number, old.offset + m.end(), old.text[m.end():], label,
                        old.time, old.kind)


def _participant(label: str, who: str) -> bool:
    """An excerpt's label is a participant's: the one named under it (`P3` under `(P3,
    ...)` or `(Participant 3)`), or another participant's code (`P4` in a group); not the
    interviewer's (`I`, `Q`, `Int`, `I2`, the author's initials)."""
    digits = re.sub(r"\D", "", label)
    if _ASKER.match(label):
        return False
    return label.lower() == who.lower() or (bool(digits) and digits == re.sub(r"\D", "", who)) \
        or re.fullmatch(_CODE, label) is not None


_ASKER = lazy(r"^(?:I|Q|Int|INT)-?\d")  # `I2:`, `Q1:`: an interviewer's code


def _other_label(line: Line) -> bool:
    """A line opening with a speaker's label that is no designation (`Interviewer:`)."""
    return line.kind is None and bool(_LABEL.match(line.text)) \
        and not _DESIGNATION.match(line.text) and not _APPARATUS.match(line.text)


def _cut_excerpts(lines: list[Line], marks: set[int]) -> tuple[list[Line], list[Line]] | None:
    """The lines with the excerpts cut into their speakers' pieces, and the report's own
    lines (the designations among them); None when the report's text asks a question."""
    out: list[Line] = []
    prose = [lines[i] for i in sorted(marks)]
    speaker: str | None = None  # the interviewee whose excerpt goes on, None in the report
    for i, line in enumerate(lines):
        if i in marks:
            m = _DESIGNATION.match(line.text)
            speaker = f"{m[1].title()} {m[2]}" if m else None
        elif line.kind == "credit" or _APPARATUS.match(line.text):
            speaker = None
        if i in marks or line.kind is not None or not line.text.strip():
            out.append(line)
        elif speaker is None:
            if _ASKS.search(line.text):
                return None
            out.append(line)
            prose.append(line)
        else:
            out += _spoken(line, speaker, not lines[i - 1].text.strip() or i - 1 in marks)
    return out, prose


def _spoken(line: Line, speaker: str, start: bool) -> list[Line]:
    """An excerpt's line in pieces: its bracketed questions the author's, the words after
    one its interviewee's again (the first piece names them when the excerpt starts here)."""
    pieces: list[Line] = []
    at, who = 0, speaker if start else None
    for m in _BRACKET.finditer(line.text):
        if not asks(m[1].strip()):
            continue  # `[laughs]`, `[sic]`: an aside, left in the answer
        pieces += _piece(line, at, m.start(), who)
        pieces.append(Line(line.number, line.offset + m.start(1), m[1].strip(), _AUTHOR))
        at, who = m.end(), speaker
    return pieces + _piece(line, at, len(line.text), who)


def _piece(line: Line, a: int, b: int, who: str | None) -> list[Line]:
    """The line's text from a to b, its spaces at either end dropped, as a line of `who`."""
    text = line.text[a:b]
    lead = len(text) - len(text.lstrip())
    return [Line(line.number, line.offset + a + lead, text.strip(), who)] if text.strip() else []
