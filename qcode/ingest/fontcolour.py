"""Questions a Word transcript tells apart by font colour alone (`My questions in blue.`).

With no labels, qcode guessed the questions from `?`: a blue prompt without one (`Some
people say that...`) was read into the answer, and an answer ending in the speaker's own
question (`... Why would they?`) was taken for the interviewer's. A colour is a weak
signal (a word or a line may be coloured for emphasis, a note in red), so it is read only
when the document is consistent about it: three paragraphs or more wholly in one colour
that is not black, no more than half the text, three in four of them followed by a
paragraph in black (question, answer, question...), and at least one of them ending in
`?`. Then, in a file without labels (prompts.py), each paragraph in that colour after the
introduction is the interviewer's and each other one the respondent's, `?` or not; a
bracketed paragraph wholly in a third colour is the transcriber's note (context). A
notice says the questions were read by colour.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from qcode.ingest.layout import Block
from qcode.ingest.lazyre import lazy
from qcode.model import Notice
from qcode.plural import counted

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

COLOURED = "colour"  # a Word paragraph's emphasis: the colour the page asks in
BLACK = "black"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEX = lazy(r"^[0-9A-Fa-f]{6}$")
_NOTE = lazy(r"^\s*[\[(][^\n]{0,300}[\])]\s*$")
MIN_COLOURED = 3
DARK = 0x40  # every channel at most this: near black (a theme's dark grey text)


def run_colour(run: Any) -> str:
    """A run's font colour (`RRGGBB`, upper case), or BLACK for automatic, black or near
    black (a theme colour keeps its `w:val`)."""
    colour = run.find(f"{_W}rPr/{_W}color")
    val = (colour.get(f"{_W}val") or "") if colour is not None else ""
    if not _HEX.match(val):
        return BLACK
    if all(int(val[i:i + 2], 16) <= DARK for i in (0, 2, 4)):
        return BLACK
    return val.upper()


def paragraph_colour(runs: list[Any]) -> str | None:
    """The colour every run with text shares; None when they differ (a word coloured)."""
    colours = {run_colour(r) for r in runs}
    return colours.pop() if len(colours) == 1 else None


def read_colours(colours: dict[int, str | None], texts: list[str]) -> tuple[set[int], set[int]]:
    """The paragraphs (by index) in the colour the page asks in, and the notes in a third
    colour, when the document is consistent (the module docstring); else two empty sets."""
    said = [(i, c) for i, c in sorted(colours.items()) if c is not None and texts[i].strip()]
    ranked = Counter(c for _, c in said if c != BLACK).most_common(1)
    if not ranked or ranked[0][1] < MIN_COLOURED or 2 * ranked[0][1] > len(said):
        return set(), set()
    colour = ranked[0][0]
    asking = [k for k, (_, c) in enumerate(said) if c == colour]
    followed = sum(k + 1 < len(said) and said[k + 1][1] == BLACK for k in asking)
    if 4 * followed < 3 * len(asking) \
            or not any(texts[said[k][0]].rstrip().endswith("?") for k in asking):
        return set(), set()
    notes = {i for i, c in said if c not in (colour, BLACK) and _NOTE.match(texts[i])}
    return {said[k][0] for k in asking}, notes


def questions_by_colour(speech: list[Block], roles: Roles,
                        asker: str) -> list[Notice] | None:
    """In a file without labels whose questions are set in colour: each paragraph in that
    colour (from the first) the interviewer's, each other one the respondent's; None when
    the page sets none in colour."""
    coloured = [b for b in speech if b.emphasis == COLOURED]
    if len(coloured) < MIN_COLOURED:
        return None
    first = speech.index(coloured[0])
    for block in speech[first:]:
        if block.speaker is None:
            block.speaker = asker if block.emphasis == COLOURED else roles.respondent
    roles.assign(asker, "interviewer")
    return [Notice(coloured[0].lines[0].number, (
        f"the questions are told apart by font colour alone: read "
        f"{counted(len(coloured), 'paragraph')} in that colour (the first on this line) as "
        "the interviewer's and the others as the answers, `?` or not; if that is wrong, "
        "label the turns (e.g. `Q:` / `A:`)"))]
