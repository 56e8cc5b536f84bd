"""One person whose display name changes spelling during a meeting.

A meeting app's transcript (Webex, Zoom, Teams; saved as WebVTT or text) labels each turn
with the speaker's display name, and that name changes when someone rejoins from another
device or edits it: `Rosalind Achterberg` for the first half, `Ros Achterberg` after;
`Mi-jin Seong (interpreter)`, then `Mijin Seong (Interpreter)`. Read as they are spelled,
one interviewer was two speakers (and neither asked enough to be found the interviewer).

Two names are one person when they have as many words, every word the same but one (case,
hyphens and spaces aside), that one the same letters or one a shortening of the other
(`Ros` / `Rosalind`, three letters at least), the role in brackets the same, and one
spelling takes over from the other: every line of the first comes before every line of the
second (two people of one family speaking in turn never do that). No other name of the
file may share the words that agree (`Kim Min-ji` and `Kim Min-jun` with a `Kim Min-ho`
speaking too stay apart). The later spelling is read as the first; said, with the line.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.model import Notice

_ROLE = re.compile(r"\(([^()]{1,30})\)$")
MIN_SHORT = 3  # letters of a shortened first name: `Ros`, not `R`
MAX_SPEAKERS = 40  # names compared two by two


def _parts(name: str) -> tuple[list[str], str]:
    """The name's words, case and hyphens aside, and its role in brackets."""
    role = _ROLE.search(name)
    bare = name[:role.start()] if role else name
    return [w.replace("-", "").replace("’", "'").casefold() for w in bare.split()], \
        (role[1].casefold() if role else "")


def _one_person(a: str, b: str) -> int | None:
    """The place of the one word two names spell differently, if they are one person's."""
    (wa, ra), (wb, rb) = _parts(a), _parts(b)
    if ra != rb or len(wa) != len(wb) or len(wa) < 2:
        return None
    differ = [i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(differ) > 1:
        return None
    if not differ:
        return -1  # `Mi-jin Seong` / `Mijin Seong`
    x, y = wa[differ[0]], wb[differ[0]]
    short, long = sorted((x, y), key=len)
    return differ[0] if len(short) >= MIN_SHORT and long.startswith(short) else None


def same_display_names(lines: list[Line]) -> list[Notice]:
    """Merge the spellings of one display name (the module docstring)."""
    spans: dict[str, tuple[int, int]] = {}  # speaker -> first and last index of a line
    for i, line in enumerate(lines):
        if line.speaker is not None:
            first, _ = spans.get(line.speaker, (i, i))
            spans[line.speaker] = (first, i)
    if not 2 <= len(spans) <= MAX_SPEAKERS:
        return []
    names = sorted(spans, key=lambda s: spans[s][0])
    merged: dict[str, str] = {}
    for n, later in enumerate(names):
        matches = [earlier for earlier in names[:n] if _one_person(earlier, later) is not None]
        if len(matches) != 1 or spans[matches[0]][1] > spans[later][0] \
                or _shared(later, matches[0], names):
            continue
        merged[later] = merged.get(matches[0], matches[0])
    notices: list[Notice] = []
    for i, line in enumerate(lines):
        if line.speaker in merged:
            if spans[line.speaker][0] == i:
                notices.append(Notice(line.number, (
                    f"'{line.speaker}' and '{merged[line.speaker]}' are read as one speaker, "
                    f"{merged[line.speaker]}: a display name spelt anew that takes over from "
                    "the other; if they are two people, label them apart")))
            line.speaker = merged[line.speaker]
    return notices


def _shared(a: str, b: str, names: list[str]) -> bool:
    """Whether a third name agrees with both in the words they share: a family's names."""
    place = _one_person(a, b)
    words, _ = _parts(a)
    for other in names:
        if other in (a, b):
            continue
        ow, _ = _parts(other)
        if len(ow) == len(words) and place is not None and place >= 0 and all(
                x == y for i, (x, y) in enumerate(zip(ow, words, strict=True)) if i != place):
            return True
    return False
