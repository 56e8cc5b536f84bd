"""Captions that mark each change of speaker with `>>` and name no one (television captions,
YouTube's automatic captions). Read without names, such a file had no speakers: its
paragraphs were told apart by `?` alone, and automatic captions have no punctuation, so the
whole file was one respondent turn and every question was coded as testimony.

`>>` says only that the voice changes. In an interview two voices take turns, so the
pieces between one `>>` and the next belong to two speakers, one piece in two (the text
before the first `>>`, if any, to the voice the first one hands over from). The interviewer
is the one whose pieces open as questions (a `?`, or the wording: `so when did you`, `were
you`, `tell me about`...): at least half of them, and at least twice the share of the
other's. When the two cannot be told apart so, nothing is named, and a warning says so.
Either way it is a guess from the file's shape: said in a warning.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line, asks
from qcode.ingest.prompts import opens_as_question
from qcode.model import Notice

MIN_TURNS = 2  # pieces each voice must have before their questions are compared
MIN_CHANGES = 3  # fewer `>>` is no evidence of turns (a stray one in a cue): read as before


def name_caption_voices(lines: list[Line], changes: list[tuple[int, str | None]]
                        ) -> tuple[bool, list[Notice]]:
    """Give each piece between `>>` marks (`changes`: the index of its first line in
    `lines`, and its cue's time) the speaker `Interviewer` or `Respondent`. Returns whether
    the voices were named, and the warning."""
    if len(changes) < MIN_CHANGES:
        return False, []
    starts = [(0, None)] if changes[0][0] > 0 and _said(lines, 0, changes[0][0]) else []
    pieces = starts + changes
    offset = len(starts)  # the piece before the first `>>` is the other voice's
    ends = [start for start, _ in pieces[1:]] + [len(lines)]
    asked = [0, 0]
    count = [0, 0]
    for k, ((start, _), end) in enumerate(zip(pieces, ends, strict=True)):
        text = _said(lines, start, end)
        voice = (k - offset) % 2
        count[voice] += 1
        asked[voice] += _asks(text)
    first = lines[changes[0][0]].number
    share = [asked[v] / count[v] if count[v] else 0.0 for v in (0, 1)]
    asker = next((v for v in (0, 1) if min(count) >= MIN_TURNS and share[v] >= 0.5
                  and share[v] >= 2 * share[1 - v]), None)
    if asker is None:
        return False, [Notice(first, (
            f"`>>` marks {len(changes)} changes of speaker, but who asks could not be told "
            "from the wording; read without speakers; tag the voices (<v Name>) to read them"))]
    for k, ((start, time), end) in enumerate(zip(pieces, ends, strict=True)):
        line = next((ln for ln in lines[start:end] if ln.text), None)
        if line is not None:
            voice = (k - offset) % 2
            line.speaker = "Interviewer" if voice == asker else "Respondent"
            line.time = time
    return True, [Notice(first, (
        f"`>>` marks {len(changes)} changes of speaker and no one is named: read as two "
        f"voices taking turns, the interviewer the one whose turns open as questions "
        f"({asked[asker]} of {count[asker]}, the other's {asked[1 - asker]} of "
        f"{count[1 - asker]}); if that is wrong, tag the voices (<v Name>)"))]


def _asks(text: str) -> bool:
    """A piece that opens as a question (`so when did you...`, `WHERE DID YOU LIVE?`) or
    ends asking."""
    first = _FIRST_SENTENCE.match(text)
    return opens_as_question(text) or asks(text) or bool(first and asks(first[0]))


_FIRST_SENTENCE = re.compile(r"[^.?!…]*[.?!…]")


def _said(lines: list[Line], start: int, end: int) -> str:
    return " ".join(ln.text for ln in lines[start:end] if ln.text).strip()
