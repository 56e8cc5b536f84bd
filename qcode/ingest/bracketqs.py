"""A narrative whose interviewer's questions are given in square brackets.

An NGO's testimony form writes the witness's account as paragraphs and the interviewer's
questions in brackets (`[Were you ever detained?]`), some alone in a paragraph, some
opening the paragraph the answer goes on in (`[Why did you leave?] After the detention
they...`). Read without labels, a question alone was read right, but one opening a
paragraph was read as the witness's words, and the form's closing declaration and the
interpreter's certification under their heading were read as her testimony.

Here each bracketed question that opens a line is the interviewer's, the words after it
and the lines under it, to the next question, the witness's. The text before the first
question (the form's fields, the instruction note) is the introduction, and a heading
after an answer (`Declaration`, `Certification`) ends the account: what follows it, to the
next question, is the form's, context.

Read so only in a file without labels that has at least three bracketed questions opening
lines, at least one of them alone on its line and one with the answer after it on the same
line: a transcript that brackets one aside (`[inaudible?]`) or an editor's note reads as
before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.prompts import PROMPT
from qcode.ingest.sentences import asks
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_OPENS = lazy(r"^\s*\[([^\[\]\n]{3,400})\]\s*")  # `[Were you ever detained?]` opening a line
_HEADING = lazy(r"^\s*[A-Z][\w'’ -]{0,40}\s*$")  # `Declaration`, `Interpreter's note`
_ASKER, _WITNESS = "Interviewer", "Respondent"
MIN_QUESTIONS = 3


def read_bracket_questions(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """The lines with each bracketed question cut out as the interviewer's and the rest
    given to the witness, and the notice that says so; the lines as they were and no
    notice when the file is no such narrative."""
    found = [i for i, line in enumerate(lines) if _question(line) is not None]
    alone = sum(1 for i in found if not lines[i].text[_question(lines[i]) or 0:].strip())
    if len(found) < MIN_QUESTIONS or alone == 0 or alone == len(found):
        return lines, []
    out: list[Line] = []
    answering: bool | None = None  # None before the first question, False after a heading
    asked = False  # a question alone on its line is above: the next line opens the answer
    for line in lines:
        end = _question(line)
        if end is not None:
            out += _cut(line, end)
            answering, asked = True, not line.text[end:].strip()
            continue
        if line.kind is None and line.text.strip() and answering is not None:
            if answering and _heading(line):
                answering = False
            if answering:
                line.speaker, asked = (_WITNESS if asked else None), False
            else:
                line.kind = "closing"  # the form's declaration, signature, certification
        out.append(line)
    roles.assign(_ASKER, "interviewer")
    roles.assign(_WITNESS, "respondent")
    return out, [Notice(lines[found[0]].number, (
        f"read as a narrative with the interviewer's questions in square brackets: "
        f"{len(found)} bracketed questions open their lines, the words after them are the "
        "witness's; a heading after an answer ends the account; if that is wrong, label "
        "the turns"))]


def _question(line: Line) -> int | None:
    """Where the bracketed question (or prompt: `[Please tell us about...]`) opening the
    line ends, None if it opens with none (`[laughs]`, `[Pause in the recording.]`)."""
    if line.kind is not None:
        return None
    m = _OPENS.match(line.text)
    if m is None or len(m[1].split()) < 2:
        return None
    return m.end() if asks(m[1].strip()) or PROMPT.match(m[1]) else None


def _cut(line: Line, end: int) -> list[Line]:
    """The line as the interviewer's question and, if words follow it, the witness's."""
    m = _OPENS.match(line.text)
    assert m is not None
    text = m[1].strip()
    pieces = [Line(line.number, line.offset + m.start(1), text, _ASKER, line.time,
                   emphasis=line.emphasis)]
    rest = line.text[end:]
    if rest.strip():
        pieces.append(Line(line.number, line.offset + end, rest.strip(), _WITNESS, line.time))
    return pieces


def _heading(line: Line) -> bool:
    """A heading after the answers (`Declaration`): a short Word paragraph in bold, or a
    short line without a sentence's end, never a one-word answer (`Yes`)."""
    text = line.text.strip()
    if line.emphasis == "bold" and len(text.split()) <= 6:
        return not text.endswith((".", "?", "!"))
    return bool(_HEADING.match(text)) and 1 <= len(text.split()) <= 4 \
        and text.lower().rstrip(" .!") not in _ANSWERS and text[-1:] not in ".?!"


_ANSWERS = {"yes", "no", "never", "sometimes", "maybe", "of course", "no, never", "always"}
