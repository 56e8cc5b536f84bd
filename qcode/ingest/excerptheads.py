"""A thesis appendix of excerpts, each headed by its participant's code.

A thesis gives its interview excerpts in an appendix, each under a heading naming the
participant (`C.1  Participant M-04 (man, 50s), 12 February 2019`, `Excerpt 3: P12`),
the quotation in quotation marks (one running over several paragraphs opens each with a
quotation mark and closes only at its end), the author's questions in brackets (`[I: Did
the company pay it?]`), and the author's commentary between excerpts. Read as an
unlabelled Q&A, the participants were one `Respondent`, the commentary was coded in their
answers, a quoted paragraph after the first was taken for a question, and the
introduction's description of the `[I: ...]` convention became a turn.

Here each heading is context and names the speaker of the quotation under it; a bracketed
question is the author's (the interviewer); every other paragraph (the introduction,
commentary, notes) is context. Read so only with at least two headings naming a
participant's code and a quotation (or a bracketed question) opening the text under each:
a document with such headings over labelled turns or prose reads as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.sentences import asks
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

# `C.1  Participant M-04 (man, 50s), 12 February 2019`, `Excerpt 2 - P12`, `Interviewee R3`
_HEAD = lazy(r"^\s*(?:(?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+|(?i:excerpt|extract)\s+\d{1,3}"
             r"\s*[:.–—-]?\s*)?(?:(?i:participant|interviewee|respondent|informant)\s+)?"
             r"([A-Z]{1,3}-?\d{1,4})\b[^\n]{0,160}$")
_OPENS = "“\"«„‘'"  # a quotation opens the paragraph
_CLOSES = ("”", "\"", "»", "’", "'")
_ASKED = lazy(r"^\s*\[\s*(?:(?:I|Q|Int|Interviewer|Author)\s*:\s*)?([^\[\]\n]{2,400})\]\s*$")
_AUTHOR = "Author"
MIN_HEADS = 2


def read_headed_excerpts(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """The lines with each heading context and the quotation under it its participant's,
    bracketed questions the author's, the rest context; the lines as they were and no
    notice when the file is no such appendix."""
    heads = {i: m[1] for i, line in enumerate(lines) if (m := _heading(line)) is not None
             and _quoted_under(lines, i)}
    if len(heads) < MIN_HEADS:
        return lines, []
    out: list[Line] = []
    who: str | None = None  # the participant of the excerpt being read
    quoting = False  # inside a quotation, across paragraphs until it closes
    before = ""  # the text of the line above, blank between paragraphs
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i in heads:
            who, quoting = heads[i], False
            line.kind = "excerpt heading"
        elif line.kind is not None or not text:
            pass
        elif who is not None and (m := _ASKED.match(line.text)) and _asking(m):
            line = _author(line, m)
            quoting = False
        elif who is not None and (quoting or text[0] in _OPENS):
            line.speaker = who if not before or not quoting or text[0] in _OPENS else None
            quoting = not text.endswith(_CLOSES)
        else:
            line.kind, quoting = "report", False
        out.append(line)
        before = text
    for name in dict.fromkeys(heads.values()):
        roles.assign(name, "respondent")
    roles.assign(_AUTHOR, "interviewer")
    first = min(heads)
    return out, [Notice(lines[first].number, (
        f"read as an appendix of excerpts: {len(heads)} headings (`{lines[first].text.strip()}`)"
        f" name the participants ({', '.join(dict.fromkeys(heads.values()))}) whose "
        "quotations follow them; bracketed questions are the author's; the text between "
        "excerpts is context; if that is wrong, label the turns"))]


def _heading(line: Line) -> re.Match[str] | None:
    """A heading naming a participant: short, no sentence (no end stop but a date's)."""
    if line.kind not in (None, "heading") or len(line.text.split()) > 16:
        return None
    text = line.text.strip()
    if text[:1] in _OPENS or text.endswith(("?", "!", ":")):
        return None
    m = _HEAD.match(text)
    if m is None or not (m.start(1) > 0 or "(" in text or "," in text):
        return None  # a bare `P3` line: a label's, not a heading
    return m


def _quoted_under(lines: list[Line], i: int) -> bool:
    """The next line with text opens a quotation or is a bracketed question."""
    nxt = next((ln.text.strip() for ln in lines[i + 1:i + 6] if ln.text.strip()), "")
    return nxt[:1] in _OPENS or bool(_ASKED.match(nxt))


def _asking(m: re.Match[str]) -> bool:
    """A bracketed question (`[I: Did...?]`), not an aside (`[laughs]`, `[...]`)."""
    return asks(m[1].strip()) or m.group(0).lstrip(" [").split(":")[0] in ("I", "Q", "Int")


def _author(line: Line, m: re.Match[str]) -> Line:
    """The bracketed question as the author's line, brackets and label cut off."""
    return Line(line.number, line.offset + m.start(1), m[1].strip(), _AUTHOR, line.time)
