"""What a format's reader hands the turn builder, and the lines of a decoded text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qcode.ingest.decode import Decoded
from qcode.ingest.layout import Line
from qcode.model import Notice


@dataclass
class Source:
    """What a reader hands the turn builder."""

    meta: dict[str, Any]
    id_line: int
    lines: list[Line]
    labelled: bool | None  # None: look for `Label:` prefixes in the text
    line_is_paragraph: bool
    decoded: Decoded
    meta_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> line
    notices: list[Notice] = field(default_factory=list)  # text kept, but said: a bad cue
    cues: bool = False  # subtitle cues: a line never ends a paragraph by itself


def numbered(text: str) -> list[tuple[int, int, str]]:
    """(line number, offset, text) of each line."""
    out, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append((i + 1, offset, line))
        offset += len(line) + 1
    return out
