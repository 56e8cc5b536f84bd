"""Several speakers run together on one line: `Q: Why? A: Hunger. Q: And then?`, as a
transcript typed without line breaks or flattened from a PDF comes. The line is cut before
each label that follows the end of a sentence, when the label is credible elsewhere in the
file; labels.py reads each piece's label again (`read`) and judges the file's labels whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.furniture import END_MARKER
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.turns import Roles

_CAPITALS = lazy(r"^[A-Z][A-Z0-9]{0,3}$")
# Another speaker's label after the end of a sentence, on the same line: `... home. A: Yes.`
# (with its honorific: `... lived? Mrs. Hong: In Hoeryong.`, cut before `Mrs.`, not after:
# `Mrs.` ended every question and `Hong` spoke)
_INLINE = lazy(
    r"(?<=[.?!…])[\"”’)\]]*\s+(?P<cut>(?:\*\*)?(?P<label>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.\s)?"
    r"[A-Z][\w'’-]{0,11}):(?:\*\*)?)\s+")
# an end marker in brackets closing a line after a sentence (`Thank you, Mrs. Hong. [end of
# portal transcript]`), as a Word paragraph of lines held by manual line breaks brings it
_END_TAIL = lazy(r"(?<=[.?!…])[\"”’)]*\s+(?P<tail>[\[(][^\[\]()]{3,80}[\])][.!]?)\s*$")


def split_inline(lines: list[Line], found: list[Found | None], roles: Roles,
                 read: Callable[[Line], Found | None]) -> tuple[list[Line], list[Found | None]]:
    """Split a line where another speaker's label follows the end of a sentence (`Q: Why?
    A: Hunger. Q: ...`). The label must be known or start lines elsewhere in the file, or
    occur inline at least twice alongside another such label."""
    inline = _inline_labels(lines, found)
    if not inline:
        return lines, found
    starts = Counter(f.speaker for f in found if f is not None)
    counts = Counter(m["label"] for matches in inline.values() for m in matches)
    several = sum(n >= 2 for n in counts.values()) >= 2

    def usable(label: str, labelled_line: bool) -> bool:
        """Known, or starting lines, or twice inline beside another; or capitals (`F:`,
        `M2:`) on a line that itself starts with a label: `Q: Why? F: Hunger.`"""
        return (roles.is_known(label) or starts[label] >= 2
                or (several and counts[label] >= 2)
                or (labelled_line and bool(_CAPITALS.match(label))))

    out: list[Line] = []
    out_found: list[Found | None] = []
    for i, (line, f) in enumerate(zip(lines, found, strict=True)):
        cuts = [m.start("cut") for m in inline.get(i, []) if usable(m["label"], f is not None)]
        pieces = _cut(line, cuts, read) if cuts else [(line, f)]
        out += [piece for piece, _ in pieces]
        out_found += [label for _, label in pieces]
    return out, out_found


def _inline_labels(lines: list[Line], found: list[Found | None]) -> dict[int, list[re.Match[str]]]:
    """Line index -> labels that follow a sentence's end inside the line's text."""
    inline: dict[int, list[re.Match[str]]] = {}
    for i, (line, f) in enumerate(zip(lines, found, strict=True)):
        begin = f.match.start("rest") if f else 0
        if line.kind is None and line.text.find(": ", begin) >= 0:  # cheap test first
            matches = list(_INLINE.finditer(line.text, begin))
            if matches:
                inline[i] = matches
    return inline


def _cut(line: Line, cuts: list[int],
         read: Callable[[Line], Found | None]) -> list[tuple[Line, Found | None]]:
    """A line cut before each inline label, each piece with its label read again."""
    pieces = []
    for a, b in pairwise([0, *cuts, len(line.text)]):
        piece = Line(line.number, line.offset + a, line.text[a:b].rstrip())
        label = read(piece)
        if label is not None and a > 0:
            label.inline = True
        pieces.append((piece, label))
    return pieces


def end_apart(lines: list[Line]) -> list[Line]:
    """An end marker closing a line after a sentence (`Thank you, Mrs. Hong. [end of portal
    transcript]`: a Word paragraph whose lines were held by manual line breaks, made one
    line) becomes a line of its own, context (furniture.py `end`), not the last words of
    the question before it. Only a bracketed note furniture.py reads as an end marker (END_MARKER)."""
    out: list[Line] = []
    for line in lines:
        closes = line.kind is None and line.text.rstrip(" .!").endswith(("]", ")"))
        m = _END_TAIL.search(line.text) if closes else None
        if m is None or not END_MARKER.match(m["tail"]):
            out.append(line)
            continue
        cut = m.start("tail")
        out.append(replace(line, text=line.text[:cut].rstrip()))
        out.append(replace(line, offset=line.offset + cut, text=m["tail"], speaker=None,
                           time=None, kind="end"))
    return out
