"""A broadcast script's narration.

A radio or television package is written as a script: the anchor's lead (`ANCHOR: ...`),
the reporter's narration (`REPORTER: ...`) and, between them, the recorded quotes of the
people interviewed (`SOUNDBITE (...) SUN-HEE, ESCAPEE: "..."`, labels.py). Anchors and
reporters are interviewers by default, since in a live interview they ask; in a script they
never do, and their narration read as an interviewer's words was taken for the questions
the quotes answer. So a broadcaster's label (anchor, reporter, correspondent, presenter,
newsreader, announcer) none of whose paragraphs asks, in a file where someone else speaks,
narrates: context, never coded nor a question, said in a notice (which stands for the
warning that a file with one speaker and no interviewer was misread).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, asks
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_BROADCASTER = re.compile(r"^(?:the\s+)?(?:anchor|reporter|correspondent|presenter|newsreader|"
                          r"announcer)s?\b", re.I)


def mark_narration(found: list[Block], roles: Roles) -> list[Notice]:
    """Broadcasters who never ask narrate (the module docstring)."""
    asked, first = _who_asks(found)
    narrators = [s for s, a in asked.items() if not a and _BROADCASTER.match(s)]
    if not narrators or len(narrators) == len(asked):
        return []
    for name in narrators:
        roles.narrates(name)
    named = "', '".join(narrators)
    return [Notice(first[narrators[0]], (
        f"'{named}' never ask{'s' if len(narrators) == 1 else ''}: read as a broadcast "
        "script's narration (context, not coded) around the quotes; if they interview, "
        "list them under `interviewers:` in the front matter"))]


def _who_asks(found: list[Block]) -> tuple[dict[str, bool], dict[str, int]]:
    """Each speaker: whether a paragraph of theirs asks, and the line of their first."""
    asked: dict[str, bool] = {}
    first: dict[str, int] = {}
    speaker: str | None = None
    for block in found:
        speaker = block.speaker if block.speaker is not None else speaker
        if block.kind is None and speaker is not None:
            asked[speaker] = asked.get(speaker, False) or asks(block.text)
            first.setdefault(speaker, block.lines[0].number)
    return asked, first
