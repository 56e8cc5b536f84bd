"""Initials that are also a postscript or note word: `PS:` for Park Seon-ok, `NB:` for Nam
Byung-chul. labels.py never takes `PS` or `NB` for a label, so that a letter's closing
`PS: ...` or a writer's `NB: ...` note stays text; a file whose `PS:` turns alternate with
another speaker's is the exception (eval18's h07: `KH:` / `PS:`, every answer was given to
an unlabelled `Respondent` with `PS:` in its text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import COLONS

if TYPE_CHECKING:
    from qcode.ingest.labels import Found

POSTSCRIPTS = frozenset({"PS", "NB"})  # not `NOTE`: no one's initials
_START = lazy(r"^\s*(?:\*\*|__)?(?:PS|NB)(?:\*\*|__)?\s*:")


def initials_speak(lines: list[Line], read: Callable[[Line], Found | None]) -> frozenset[str]:
    """The postscript words that label turns here (`read`: a line's label, postscript words
    allowed): turns that alternate with another speaker's (`KH:` / `PS:` / `KH:` / `PS:` /
    `KH:`, each `PS:` opening a paragraph), with at least half its uses between two turns of
    one other speaker. A letter's one `PS:` at its end, or a writer's `NB:` notes between the
    parts of one speaker's answers, stay text. Not read: initials that never alternate with
    one other speaker (a panel answering in turn with no question between)."""
    if not any(_START.match(line.text) for line in lines):
        return frozenset()
    said: list[tuple[str, bool]] = []  # each colon label and whether it opens a paragraph
    previous: Found | None = None
    for i, line in enumerate(lines):
        f = read(line)
        if f is not None and f.match["sep"] in COLONS:
            said.append((f.speaker, i == 0 or not lines[i - 1].text.strip()
                         or previous is not None))
        previous = f
    between = [k for k in range(1, len(said) - 1) if said[k][0] in POSTSCRIPTS
               and said[k][1] and said[k - 1][0] == said[k + 1][0] != said[k][0]]
    at = set(between)
    alternating = {said[k][0] for k in between if k + 2 in at
                   and said[k + 2][0] == said[k][0] and said[k + 1][0] == said[k - 1][0]}
    return frozenset(w for w in alternating if 2 * sum(said[k][0] == w for k in between)
                     >= sum(s == w for s, _ in said))
