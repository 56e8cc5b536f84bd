"""An interviewer's (or translator's) words set in brackets inside an answer: `... the mine. [Interviewer: So
you grew up near the border?] Yes, we could see China.` Oral-history transcripts write a
short question or prompt this way instead of starting a new turn. Left in the answer, the
interviewer's words would be coded and quoted as the respondent's; so the line is cut into
the answer before, the interviewer's turn, and the answer going on after."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_BRACKETED = re.compile(r"[\[(]\s*(?P<label>[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20})?)"
                        r"\s*[:：]\s*(?P<words>[^\[\]()]{1,300}?)\s*[\])]")


def split_interjections(lines: list[Line], roles: Roles) -> list[Line]:
    """Lines of a labelled file, each bracketed interviewer interjection cut out as its own
    turn; the answer after it goes on under the speaker who was answering."""
    out: list[Line] = []
    speaker: str | None = None
    for line in lines:
        if line.speaker is not None:
            speaker = line.speaker
        if line.kind is not None or speaker is None or roles.role(speaker) == "interviewer" \
                or ("[" not in line.text and "(" not in line.text):
            out.append(line)
            continue
        out += _cut(line, speaker, roles)
    return out


def _cut(line: Line, speaker: str, roles: Roles) -> list[Line]:
    pieces: list[Line] = []
    start = 0
    for m in _BRACKETED.finditer(line.text):
        if roles.role(m["label"]) == "respondent":  # not known to ask or translate
            continue
        pieces += _piece(line, start, m.start(), line.speaker if start == 0 else speaker,
                         line.time)
        pieces.append(Line(line.number, line.offset + m.start("words"), m["words"], m["label"]))
        start = m.end()
    if not pieces:
        return [line]
    return pieces + _piece(line, start, len(line.text), speaker, None)


def _piece(line: Line, a: int, b: int, speaker: str | None, time: str | None) -> list[Line]:
    """The line's text from a to b, stripped, as a line of its own (none if blank)."""
    text = line.text[a:b]
    if not text.strip():
        return []
    return [Line(line.number, line.offset + a + len(text) - len(text.lstrip()), text.strip(),
                 speaker, time)]
