"""A transcript in conversation-analysis (Jefferson) notation, as a thesis appendix sets
its extracts: numbered lines, `IR:` / `IE:` labels, pauses `(.)` / `(0.6)`, overlaps `[`,
latches `=`, quiet talk `°...°`, pitch `↑`, the transcriber's `((laughs))`, breaths
`.hh` (in) and `hh` (out).

Every mark but the breaths is punctuation to the coder (a timed pause is a number no rule
reads), and the analyst transcribed them on purpose: they stay. The breaths are letters:
read as words, `.hh` opening an answer was its first word (`hh money`). So in a file that
is recognisably CA, labelled speech with at least three kinds of its marks, and pauses
among them, a breath standing as a token of its own (`.hh`, `hh`, `.hhh`) is blanked in
the speech, from the first labelled line on (the conventions key above keeps it). Never in
any other file: `hh` in ordinary text stays as typed.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line

_MARKS = {
    "micropause": re.compile(r"\(\.\)"),
    "pause": re.compile(r"\(\d{1,2}\.\d{1,2}\)"),
    "quiet": re.compile(r"°[^°\n]{1,200}°"),
    "description": re.compile(r"\(\([^()\n]{1,80}\)\)"),
    "pitch": re.compile(r"[↑↓]\w"),
    "breath": re.compile(r"(?<![\w.])\.h{2,8}(?!\w)"),
    "latch": re.compile(r"(?:^|\s)=\w|\w=(?:\s|$)"),
    "overlap": re.compile(r"(?:^|\s)\[\w"),
}
MIN_KINDS = 3
_BREATH = re.compile(r"(?<![\w.])\.?h{2,8}(?![\w])")


def is_jefferson(lines: list[Line]) -> bool:
    """Whether the labelled `lines` are a CA transcript (the module docstring)."""
    spoken = [ln.text for ln in lines if ln.kind is None and ln.text]
    found = {name for name, mark in _MARKS.items() if any(mark.search(t) for t in spoken)}
    return len(found) >= MIN_KINDS and bool(found & {"micropause", "pause"})


def blank_breaths(lines: list[Line]) -> None:
    """Blank the breath marks of a CA transcript's speech (the module docstring), in place;
    any other file is left as it is."""
    if not any(ln.speaker for ln in lines) or not any("hh" in ln.text for ln in lines):
        return
    first = next(i for i, ln in enumerate(lines) if ln.speaker)
    speech = lines[first:]
    if not is_jefferson(speech):
        return
    for line in speech:
        if line.kind is None and "hh" in line.text:
            text = _BREATH.sub(lambda m: " " * len(m.group(0)), line.text)
            lead = len(text) - len(text.lstrip())
            line.offset, line.text = line.offset + lead, text.strip()
