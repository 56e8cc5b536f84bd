"""Other voices set in brackets inside an answer.

An interviewer's (or translator's) words: `... the mine. [Interviewer: So you grew up near
the border?] Yes, we could see China.` Oral-history transcripts write a short question or
prompt this way instead of starting a new turn. Left in the answer, the interviewer's words
would be coded and quoted as the respondent's; so the line is cut into the answer before,
the interviewer's turn, and the answer going on after.

An editor's note: `... at the jangmadang [Translator's note: the private markets.] and I
carried...`, `(Note: ...)`, `[Ed.: ...]`, a note-taker's `[Int. note: long pause here.]`
(a note named by one or two words before `note`), and a transcriber's mark that the
recording ends, closing the last answer (`... Thank you. [end of recording]`). Not the
respondent's words either; it is taken out of the paragraph (which reads on without it)
and kept as context just after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, Line
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_BRACKETED = lazy(r"[\[(]\s*(?P<label>[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20})?)"
                  r"\s*[:：]\s*(?P<words>[^\[\]()]{1,300}?)\s*[\])]")


def split_interjections(lines: list[Line], roles: Roles, labelled: bool) -> list[Line]:
    """Lines, each bracketed interviewer interjection cut out as its own turn; the answer
    after it goes on under the speaker who was answering (in a file without labels, the
    respondent: turns.py reads a labelled piece of such a file by its role)."""
    out: list[Line] = []
    speaker: str | None = None if labelled else roles.respondent
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


_NOTE = lazy(
    r"[\[(]\s*(?:(?:[\w.'’-]{1,20}\s+){1,2}notes?|"
    r"notes?|n\.\s?b\.?|ed\.)\s*[:：.–—-]\s*[^\[\]()]{1,400}?[\])]"
    # a transcriber's mark that the recording ends or stops, at the end of the last answer
    # (`Thank you. [end of recording]`, `((recording stopped at 00:41:17))`): never words
    r"|[\[(]{1,2}\s*(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:recording|tape|transcript|"
    r"interview|session|audio)|(?:recording|tape|audio)\s+(?:ends?|ended|stops?|stopped))"
    r"\b[^\[\]()]{0,100}[\])]{1,2}", re.I)


def set_notes_apart(found: list[Block]) -> list[Block]:
    """Paragraphs of speech with each bracketed editor's note taken out of the text and
    kept, as context, right after its paragraph."""
    out: list[Block] = []
    for block in found:
        if block.kind is not None or not _NOTE.search(block.text):  # one search per paragraph
            out.append(block)
            continue
        kept: list[Line] = []
        notes: list[Line] = []
        for line in block.lines:
            start = 0
            for m in _NOTE.finditer(line.text):
                kept += _piece(line, start, m.start(), *((line.speaker, line.time) if start == 0
                                                             else (None, None)))
                notes.append(Line(line.number, line.offset + m.start(), m[0], kind="note"))
                start = m.end()
            kept += _piece(line, start, len(line.text), None, None) if start else [line]
        if kept and kept[0].speaker is None:  # the paragraph opened with the note
            kept[0].speaker, kept[0].time = block.speaker, block.lines[0].time
        out += [Block(kept)] if kept else []
        out += [Block([note]) for note in notes]
    return out
