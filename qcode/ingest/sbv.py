"""YouTube's SubViewer captions (`.sbv`, what YouTube Studio downloads; often saved as
`.txt`): blocks of a time line `0:00:20.600,0:00:25.400` (start and end, a comma between,
no `-->`) and the cue's text, a blank line between blocks.

Read as plain text, every time line was a word of the turn it fell in, and the `>>`
speaker changes of broadcast captions were no speakers at all. A file is read as SBV by
its content, whatever its name: its first line of text is such a time line and at least
half of its blocks open with one (two blocks at least). Its cues are then read as
subtitles' are (subtitles.py), each time line a cue's time.
"""

from __future__ import annotations

import re

# `0:00:20.600,0:00:25.400`: hours of one or two digits, milliseconds after a dot
TIME_LINE = re.compile(r"^\s{0,8}(?P<start>\d{1,2}:\d{2}:\d{2}\.\d{3}),\d{1,2}:\d{2}:\d{2}\.\d{3}\s{0,8}$")
MIN_BLOCKS = 2


def is_sbv(text: str) -> bool:
    """Whether `text` is SubViewer captions (the module docstring)."""
    first = next((ln for ln in text.split("\n", 50) if ln.strip()), "")
    if not TIME_LINE.match(first):
        return False
    blocks = [b for b in re.split(r"\n[ \t\r]*\n", text) if b.strip()]
    timed = sum(bool(TIME_LINE.match(b.lstrip("\n").split("\n", 1)[0])) for b in blocks)
    return timed >= MIN_BLOCKS and 2 * timed >= len(blocks)


def start_time(line: str) -> str | None:
    """The cue's start time, if `line` is an SBV time line."""
    m = TIME_LINE.match(line)
    return m["start"] if m else None
