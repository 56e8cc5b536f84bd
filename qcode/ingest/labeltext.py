"""The text after a speaker label: what the label leaves of its line, less what is no word
of the turn (a time stamp after the label, kept as the turn's time; a `(Through
interpreter)` note; the marks a transcriber opens a turn with, `[laughs]`), and a bold
line's closing `**`; a time stamp opening a paragraph that carries a turn on. labels.py
finds the labels; subtitles.py takes the delivery note too.
"""

from __future__ import annotations

import re

from qcode.ingest.kinds import SOUNDS
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# the space between a name's words may be a no-break space (`Kim\u00a0Hye-jin:`), as word
# processors and web pages set names so they do not wrap
SPACE = "[ \u00a0\u202f]"
NAME = rf"[A-Z][\w.'’-]*(?:{SPACE}[A-Z0-9][\w.'’-]*){{0,2}}"

# how a label's speaker is heard, in brackets after the name, not another name for them (read
# as the short name, `KANG (VOICED BY ACTOR):` was the speaker `VOICED BY ACTOR`, one for every
# voiced witness): `(TRANSLATION)`, `(VOICEOVER)`, `(via interpreter)`, `(READ BY AN ACTOR)`;
# tables.py takes it off a Speaker cell's name too (a dialogue list's `INTERVIEWER (O.S.)`)
QUALIFIER = lazy(
    r"^(?:(?:voiced|read|spoken|dubbed|revoiced|re-voiced)\s+by\b.*|(?:through|via|with)\s.*|"
    r"(?:in\s+)?(?:translation|translated|interpreted|interpretation|dubbed|subtitled)|"
    r"voice[\s-]?over|v\.?o\.?|o\.?s\.?|off[\s-]?(?:screen|camera|mic)|actor|actress|"
    r"archive|recorded|on\s+(?:the\s+)?(?:phone|tape|line)|in\s+[a-z]+|"
    r"cont(?:['’]?d|inued|inuing)?\.?)$", re.I)  # a script's `KIM (CONT'D)`: Kim again
# how a broadcaster's transcript says an answer was given, before its words: not words of it
# (GPO's hearings: `[Through interpreter.]`); a film's subtitles say so too, and where the
# voice is (`(in Korean) Everything.`, `(off-screen) Were you afraid?`)
DELIVERY = lazy(r"[\[(](?:(?:through|via|with)\s+(?:an?\s+)?(?:interpreter|translator|"
                r"translation)|as translated|(?:in|speaking|speaks)\s+(?:korean|chinese|"
                r"mandarin|english|japanese|russian)|off[- ]?(?:screen|camera)|o\.s|v\.o|"
                r"voice[- ]?over)\.?[\])]\s*(?=\S|$)", re.I)
# a time stamp right after the label, as automatic transcribers write it: `Speaker 1:
# [00:00:02] Hi everyone` (bracketed, or with seconds: `A: 10:30 was when...` is an answer)
_STAMP_AFTER = lazy(rf"(?:[\[(]({TIME})[\])]|(\d{{1,2}}:\d{{2}}:\d{{2}}))\s+(?=\S)")


# what transcribers mark in brackets at the start of a turn, heard rather than said:
# `RO: [laughs] I have to...`, `A: [crosstalk] To sell?`, `[inaudible 00:14:02] ... and`,
# `[R1] [long pause] Yes.` (a university transcript's conventions line names it)
_MARKS = SOUNDS - {"redacted"} | {"overlap"}  # `[overlap]`: a focus group's speakers at once
_OPENING_MARK = lazy(  # not `[redacted]`: it stands for the speaker's words
    rf"(?:[\[(]\s*(?:(?:long|short|brief|extended)\s)?(?:{'|'.join(sorted(_MARKS))})\b"
    r"[^\[\]()\n]{0,40}[\])]\s*)+(?=\S)", re.I)

_WORD = lazy(r"[^\W_]")


def text_after_label(line: Line, m: re.Match[str]) -> None:
    """The line's text is what follows its label, less a time stamp (kept as the line's
    time), a `(Through interpreter)` note and the sound or transcription marks that open
    it (`[laughs]`, `[crosstalk]`, `[inaudible 00:14:02]`): read as the turn's first words
    they hid how it opens (what a question rule and a reader look at first); inside a turn
    they stay, as transcribed."""
    rest = unbolded(m)
    stamp = _STAMP_AFTER.match(rest)
    cut = stamp.end() if stamp else 0
    if stamp:
        line.time = line.time or stamp[1] or stamp[2]
    note = DELIVERY.match(rest, cut)
    cut = note.end() if note and _WORD.search(rest, note.end()) else cut
    cut = opening_mark_end(rest, cut)
    line.offset += m.start("rest") + cut
    line.text = rest[cut:]


def opening_mark_end(text: str, at: int = 0) -> int:
    """Where the turn's words begin after the sound or transcription marks opening `text` at
    `at` (`[Laughs] Some of them`), `at` when none opens it or nothing but marks is left
    (`(Speaking Korean).` alone is the turn)."""
    mark = _OPENING_MARK.match(text, at)
    return mark.end() if mark and _WORD.search(text, mark.end()) else at


def drop_opening_mark(line: Line) -> None:
    """A turn's first line without the marks that open it: an unlabelled answer (a news
    Q&A's `[Laughs] Some of them, yes.`) or a table's text cell opens with them as a
    labelled line does, and they are no words of it there either."""
    lead = len(line.text) - len(line.text.lstrip())
    cut = opening_mark_end(line.text, lead)
    if cut > lead:
        line.offset += cut
        line.text = line.text[cut:]


def unbolded(m: re.Match[str]) -> str:
    """The text after a label; a line bold as a whole (`**Q: Why did you leave?**`) loses
    the closing `**` its label's opening one left behind."""
    rest, before, between = m["rest"], m.string[:m.start("label")], \
        m.string[m.end("label"):m.start("rest")]
    for mark in ("**", "__"):
        if before.rstrip().endswith(mark) and mark not in between and \
                rest.rstrip().endswith(mark) and mark not in rest.rstrip()[:-2]:
            return rest.rstrip()[:-2].rstrip()
    return rest


def stamped_again(lines: list[Line]) -> None:
    """`[00:02:15] And the market...`: a turn going on, stamped again; the stamp is its time."""
    for line in lines:
        stamp = _STAMP_AGAIN.match(line.text) if line.speaker is None and line.kind is None else None
        if stamp:
            line.time = stamp[1] or stamp[2]
            line.offset, line.text = line.offset + stamp.end(), line.text[stamp.end():]


# a time stamp opening a paragraph that carries on a turn: bracketed, or with seconds
_STAMP_AGAIN = lazy(rf"^\s*(?:[\[(]({TIME})[\])]|(\d{{1,2}}:\d{{2}}:\d{{2}}))\s+(?=\S)")
