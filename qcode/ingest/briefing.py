"""A press briefing's moderator.

A briefing's transcript labels the spokesperson who opens it, gives the floor and closes it
(`SOLBERG:`), the person who briefs (`RI:`) and the journalists who ask (`QUESTION (Anders
Lund, Nordic Press Agency):`, labels.py). The journalists are known to ask; the spokesperson
has no role a label says, so she was read as a respondent and her welcome, her `We will
take questions now` and her closing were coded as testimony. A speaker who opens the file,
speaks again, asks at least once (giving the floor: `Ms. Ri, would you like to say a few
words first?`) and never speaks right after a question, while someone else answers the
questions, moderates: an interviewer, said in a notice. A spokesperson who answers the
questions (`QUESTION:` then `MR PRICE:`) keeps answering.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.labeltext import NAME
from qcode.ingest.layout import Block, asks
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles


# the journalist's name and outlet a briefing's transcript puts after `QUESTION`:
# `QUESTION (Anders Lund, Nordic Press Agency):`, each journalist a speaker of their own (read
# as one `QUESTION`, two journalists' questions were one asker's)
ASKERS = {"question", "q", "questioner", "journalist", "reporter"}
_NAME_AND_OUTLET = lazy(rf"(?P<name>{NAME}),\s*\S")


def asker_name(label: str, said: str) -> str:
    """The name in `QUESTION (Name, Outlet)`, else what the brackets say."""
    m = _NAME_AND_OUTLET.match(said.strip()) if label.lower() in ASKERS else None
    return m["name"] if m else said


def mark_moderator(found: list[Block], roles: Roles) -> list[Notice]:
    """The briefing's moderator asks (the module docstring)."""
    turns = _turns(found)
    if len(turns) < 4:
        return []
    first = turns[0][0]
    if roles.role(first) != "respondent" or roles.is_respondent(first):
        return []
    answered: set[str] = set()
    for (before, _), (after, _) in pairwise(turns):
        if roles.role(before) == "interviewer":
            answered.add(after)
    mine = [blocks for s, blocks in turns if s == first]
    if first in answered or len(mine) < 2 or not (answered - {first}) or not any(
            asks(b.text) for blocks in mine for b in blocks):
        return []
    roles.assign(first, "interviewer")
    return [Notice(mine[0][0].lines[0].number, (
        f"'{first}' opens, gives the floor and never answers a question: read as the "
        "briefing's moderator (an interviewer, not coded); if they testify, check the labels"))]


def _turns(found: list[Block]) -> list[tuple[str, list[Block]]]:
    """The labelled speech, one entry per turn: its speaker and its paragraphs."""
    turns: list[tuple[str, list[Block]]] = []
    for block in found:
        if block.kind is not None:
            continue
        if block.speaker is not None and (not turns or turns[-1][0] != block.speaker):
            turns.append((block.speaker, []))
        if turns:
            turns[-1][1].append(block)
    return turns
