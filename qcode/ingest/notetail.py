"""The note-taker's lines after the last answer in typed interview notes.

A researcher's notes of a call or a meeting write the clock time when she asks
(`14:02 Q - fees?`) and the answer under it without one (`A - stall fee daily...`). When
the interview stops she writes the time again, with no label, and what is left to do:
`14:35 she had to go pick up grandson. follow up??`, `TODO transcribe properly tonight!!`.
Those lines have no label, so they were read as the last answer's last lines and coded as
the respondent's words. The clock is the note-taker's: where every time stamp of the file
opens one speaker's labels and never another's, an unlabelled line after the last label
that opens with a clock time is hers, and so is everything after it: context ("note").
A transcript that stamps every turn (both speakers' labels carry times) is not read this
way: there an unlabelled stamped line may be the answer going on.
"""

from __future__ import annotations

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

# a clock time opening a line, then words: `14:35 she had to go`, `9.50 - call ended`
_CLOCK = lazy(r"^\s{0,4}[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?\s{0,4}[-–—:]?\s{0,4}\w")
MIN_STAMPED = 3  # the stamped speaker's labels


def mark_notes_tail(lines: list[Line]) -> None:
    """After the last label, the note-taker's stamped line and what follows: context."""
    last = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].speaker is not None), None)
    if last is None or not _one_speaker_stamps(lines):
        return
    tail = lines[last + 1:]
    start = next((n for n, ln in enumerate(tail) if ln.kind is None and ln.text.strip()
                  and _CLOCK.match(ln.text)), None)
    for ln in tail[start:] if start is not None else ():
        if ln.text.strip() and ln.kind is None:
            ln.kind = "note"


def _one_speaker_stamps(lines: list[Line]) -> bool:
    """Every time stamp opens one speaker's labels (three or more), and another speaks."""
    stamped = {ln.speaker for ln in lines if ln.speaker is not None and ln.time}
    speakers = {ln.speaker for ln in lines if ln.speaker is not None}
    return len(stamped) == 1 and len(speakers) >= 2 \
        and sum(ln.speaker in stamped for ln in lines) >= MIN_STAMPED
