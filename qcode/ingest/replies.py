"""An interview answered inline in an e-mail reply.

The interviewer sends numbered questions; the interviewee replies, quoting them (`> 3. How
did you leave?`) with her answer under each. Read as a plain Q&A, a quoted question without
`?` (`> 5. Finally, anything you would like readers to know.`) was read into the answer
before it, the quoted sign-off and signature at the end were coded in the last answer, and
every question kept its `>` and its number. So, in a file without labels, when at least two
quoted paragraphs are each followed by a plain one (an answer) and half of those ask, each
quoted paragraph followed by an answer is the interviewer's question, its `>` marks and its
number taken off; any other quoted paragraph is context (`quoted`: the rest of the message),
and so is a paragraph after the last answer that opens as a sign-off does (`Best wishes,`).
A reply typed from a phone may leave no blank line around its answers (`> 1. Where...?` /
`ROSONG-DONG IN HYESAN...` / `>` / `> 2. ...`): where it does, each change between quoted
and plain lines ends a paragraph, and so does a bare `>` (_interleaved).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, Line, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.sentences import CLOSERS
from qcode.model import Notice
from qcode.plural import counted

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

INTERVIEWER = "Interviewer"
MIN_GLUED = 2  # quoted lines with a plain line right under them: an answer typed between
_QUOTE = lazy(r"^\s*(?:>[ \t]?)+")
_BARE = lazy(r"^\s{0,8}(?:>\s{0,4}){1,8}$")  # a quoted blank line
_NUMBER = lazy(r"\s*\d{1,2}[.)]\s+(?=\S)")
_NUMBER_WORD = lazy(r"\d{1,2}[.)]")  # `_NUMBER` as a text's first word, a word after it
_SIGN_OFF = lazy(r"^\W*(?:(?:best|kind|warm(?:est)?|many)\s+(?:wishes|regards)|regards|"
                 r"best|cheers|sincerely|yours(?:\s+(?:sincerely|truly))?|love|"
                 r"(?:many\s+)?thanks(?:\s+again)?|take\s+care)\b[\s,.!]*$", re.I)


def quoted_questions(found: list[Block], roles: Roles) -> list[Notice]:
    """Read an e-mail's quoted questions and the quoted rest (the module docstring). A
    reply typed between the quoted lines is read against the file's own blank lines, so
    it is said (a notice, with how to undo it)."""
    interleaved = _interleaved(found) or []
    asked = _questions(_speech(interleaved))  # a reply typed between the quoted lines
    between = bool(asked)
    if between:
        found[:] = interleaved
    else:
        _split_quoted(found)
        asked = _questions(_speech(found))
    speech = _speech(found)
    if not asked:
        return []
    for block in asked:
        _take_off_marks(block)
    _mark_rest(speech, speech.index(asked[-1]) + 1)
    roles.assign(INTERVIEWER, "interviewer")
    if not between:
        return []
    return [Notice(asked[0].lines[0].number, (
        f"read as an e-mail interview answered between the quoted lines: its "
        f"{counted(len(asked), 'quoted question')} (the first on this line) are the "
        f"interviewer's, the lines typed right under each the answer, the other quoted lines "
        "(greeting, sign-off, signature) context; if the quoted lines are not questions put "
        "to the writer, label the turns (e.g. `Q:` / `A:`)"))]


def _speech(found: list[Block]) -> list[Block]:
    return [b for b in found if b.kind is None and b.speaker is None]


def _interleaved(found: list[Block]) -> list[Block] | None:
    """A reply typed between the quoted lines with no blank line around it (from a phone:
    `> 1. Where did he live?` / `ROSONG-DONG IN HYESAN...` / `>` / `> 2. When...`): where
    at least two quoted lines have a plain line right under them, each change between quoted
    and plain lines ends a paragraph, and so does a bare `>` (a quoted blank line, no words
    of either). Read as the file's blocks, each answer ran on into the next question and the
    quoted sign-off into the last answer. None when the reply is not typed that way (blank
    lines set answers apart: _split_quoted reads those)."""
    lines = [line for block in _speech(found) for line in block.lines]
    glued = sum(b.number == a.number + 1 and _is_quoted(a) and not _is_quoted(b)
                for a, b in pairwise(lines))
    if glued < MIN_GLUED:
        return None
    out: list[Block] = []
    run: list[Line] = []
    for block in found:
        if block.kind is not None or block.speaker is not None:
            out += [Block(run), block] if run else [block]
            run = []
            continue
        for k, line in enumerate(block.lines):
            if run and (_BARE.match(line.text) or _is_quoted(run[-1]) != _is_quoted(line)
                        or (k == 0 and not _quoted_on(run[-1], line))):
                out.append(Block(run))
                run = []
            if not _BARE.match(line.text):
                run.append(line)
    return [*out, Block(run)] if run else out


def _quoted_on(above: Line, line: Line) -> bool:
    """A quoted line right under another: one quoted paragraph, whatever its lines end
    with (`> 3. Did he ever...?` / `> (If this is too sensitive...)`)."""
    return line.number == above.number + 1 and _is_quoted(above) and _is_quoted(line)


def _is_quoted(line: Line) -> bool:
    return _QUOTE.match(line.text) is not None


def _mark_rest(speech: list[Block], answered: int) -> None:
    """The other quoted paragraphs, and a sign-off after the last answer (`answered`)."""
    for i, block in enumerate(speech):
        if block.speaker is None and _quoted(block):
            block.kind = "quoted"
        elif i > answered and _SIGN_OFF.match(block.lines[0].text):
            block.kind = "sign-off"


def _questions(speech: list[Block]) -> list[Block]:
    """The quoted paragraphs followed by a plain one, if at least two and half of them ask."""
    asked = [a for a, b in pairwise(speech) if _quoted(a) and not _quoted(b)]
    return asked if len(asked) >= 2 and 2 * sum(map(is_question, asked)) >= len(asked) else []


def _split_quoted(found: list[Block]) -> None:
    """A quoted block right above a plain one whose quoted paragraphs are apart by bare `>`
    lines (`> Dear Pastor Yim,` / `>` / `> 1. Could you tell me...?`): the question is its
    last paragraphs from the last that asks or opens with a number; the ones before it (the
    quoted greeting) are a block of their own, the bare `>` lines no words of either."""
    out: list[Block] = []
    for i, block in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        cut = 0 if after is None or block.kind is not None or block.speaker is not None \
            or after.kind is not None or not _quoted(block) or _quoted(after) \
            else _question_start(block.lines)
        out += [Block(block.lines[:cut]), Block(block.lines[cut:])] if cut else [block]
    found[:] = out


def _question_start(lines: list[Line]) -> int:
    """Where the last paragraph that asks or is numbered starts, after a bare `>` (0: none)."""
    starts = [i + 1 for i, ln in enumerate(lines[:-1]) if _BARE.match(ln.text)]
    if not starts:
        return 0
    # the text from each line on (its lines' words joined by spaces) told by what `_NUMBER`
    # and `asks` look at, from the last line up: its first two words and its last character
    # that closes nothing (joining the text from every start took minutes on a quoted block
    # of 10,000 paragraphs)
    heads: list[list[str]] = [[] for _ in range(len(lines) + 1)]
    last = [""] * (len(lines) + 1)
    for i in range(len(lines) - 1, starts[0] - 1, -1):
        text = _QUOTE.sub("", lines[i].text)
        heads[i] = (text.split(None, 2)[:2] + heads[i + 1])[:2]
        last[i] = last[i + 1] or text.rstrip(CLOSERS)[-1:]
    for start in reversed(starts):
        if _BARE.match(lines[start].text):
            continue
        numbered = len(heads[start]) == 2 and _NUMBER_WORD.fullmatch(heads[start][0])
        if numbered or last[start] == "?":  # `_NUMBER.match(text) or asks(text)`
            return start
    return 0


def _quoted(block: Block) -> bool:
    return all(_QUOTE.match(ln.text) for ln in block.lines)


def _take_off_marks(block: Block) -> None:
    """The question's `>` marks and its number are no words of it."""
    for i, line in enumerate(block.lines):
        m = _QUOTE.match(line.text)
        cut = m.end() if m else 0
        if i == 0 and (n := _NUMBER.match(line.text, cut)):
            cut = n.end()
        line.offset, line.text = line.offset + cut, line.text[cut:]
    block.text = " ".join(ln.text.strip() for ln in block.lines)
    block.speaker = INTERVIEWER
