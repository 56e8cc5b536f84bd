"""Line numbers before every line, as research transcripts print them for reference.

Qualitative researchers number a transcript's lines (Word's line numbering, saved or
copied as text; an analysis package's export) so that a quote can be cited by line:
`  7  P12: I lived in Sinuiju...`, blank lines numbered too. Read as text, the numbers hid
every label (a label must open its line), so the turns ran together and the numbers were
coded as words. A file is line-numbered when nearly every line with text (nine in ten, at
least five lines; blank lines may be numbered or not) opens with a number followed by a
space or nothing, and nearly every such number is one more than the one before; then
each number is left out (a line that is only its number is blank), said once.
"""

from __future__ import annotations

import re
from itertools import pairwise

from qcode.ingest.layout import Line
from qcode.model import Notice

_NUMBER = re.compile(r"^\s*(\d{1,5})(?:[ \t]+|$)")
MIN_LINES = 5
SHARE = 0.9  # of the lines numbered, and of the numbers one more than the one before


def drop_line_numbers(lines: list[Line]) -> list[Notice]:
    """Leave out the line numbers of a line-numbered file (the module docstring)."""
    found = [_NUMBER.match(line.text) for line in lines]
    numbers = [int(m[1]) for m in found if m is not None]
    written = sum(bool(line.text.strip()) for line in lines)
    if written < MIN_LINES or len(numbers) < SHARE * written:
        return []
    following = sum(b == a + 1 for a, b in pairwise(numbers))
    if following < SHARE * (len(numbers) - 1):
        return []
    for line, m in zip(lines, found, strict=True):
        if m is not None:
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
    first = next(line.number for line, m in zip(lines, found, strict=True) if m is not None)
    return [Notice(first, (
        f"{len(numbers)} line numbers ({numbers[0]} to {numbers[-1]}) open the lines and are "
        "left out of the text, so that the labels after them are read"))]
