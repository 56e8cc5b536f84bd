"""A written questionnaire: all the questions listed, then all the answers.

A questionnaire sent by e-mail and returned comes back as a header, the questions numbered
1..N (under `QUESTIONS`), then the answers numbered 1..N (under `ANSWERS`), then a
sign-off. Read as an unlabelled Q&A it was one respondent turn from the header on: the
questions, the headings and the sign-off were coded as testimony. Coding reads an answer
with the question before it (a code's `question` rules), so the pairs are read as an
interview is: question 1, answer 1, question 2, answer 2..., each question the
interviewer's and each answer (with the paragraphs under it) the respondent's, their
numbers no words of theirs. What comes before the questions (a title, `Respondent:` /
`Questions sent by:` lines, the heading), between the lists (`ANSWERS`) and a sign-off
after the last answer is context.

Only when the numbers match up: at least two paragraphs in a row numbered 1, 2, ..., N,
two thirds of them asking, and every numbered paragraph after them numbered 1, 2, ..., N
again, most of those not asking, and no speaker label after the questions begin. When a
second list follows but its numbers do not match (a missing answer, two lists), a warning
says so and the file is read as before.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.lists import QUESTION_NO
from qcode.ingest.prompts import INTERVIEWER
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

# a sign-off after the last answer: thanks (not `Thanks to the broker...`) or a closing,
# short, perhaps signed `- Baek`
_SIGN_OFF = lazy(r"^\W*(?:(?:thank\s+you|(?:many\s+)?thanks)(?!\s+to\b)\b|"
                 r"(?:kind|warm(?:est)?|best)\s+regards\b|(?:with\s+)?(?:best\s+)?wishes\b|"
                 r"regards\b|sincerely\b|yours\s+(?:sincerely|truly)\b|best\s*,|"
                 r"take\s+care\b)", re.I)
_SIGNED = lazy(r"^\W*[-–—]\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*$")
SIGN_OFF_WORDS = 20


def _number(block: Block) -> int | None:
    m = QUESTION_NO.match(block.text) if block.kind is None and block.speaker is None else None
    return int(m[1]) if m else None


def _question_list(found: list[Block], numbers: list[int | None]) -> tuple[int, int] | None:
    """(first, end) of the first run of paragraphs in a row numbered 1..N (N >= 2), two
    thirds of them asking; None if there is none."""
    i = 0
    while i < len(found):
        if numbers[i] != 1:
            i += 1
            continue
        end = i + 1
        while end < len(found) and numbers[end] == end - i + 1:
            end += 1
        run = found[i:end]
        if len(run) >= 2 and 3 * sum(map(is_question, run)) >= 2 * len(run):
            return i, end
        i = end
    return None


def read_questionnaire(found: list[Block],
                       roles: Roles) -> tuple[list[Block] | None, list[Notice]]:
    """The paragraphs of a questionnaire in reading order, its pairs interleaved (the module
    docstring), or None if the file is none; a warning when its numbers do not match."""
    numbers = [_number(b) for b in found]
    listed = _question_list(found, numbers)
    if listed is None:
        return None, []
    first, end = listed
    answers = [k for k in range(end, len(found)) if numbers[k] is not None]
    if not answers:
        return None, []
    n = end - first
    if [numbers[k] for k in answers] != list(range(1, n + 1)):
        return None, [Notice(found[answers[0]].lines[0].number, (
            f"{n} numbered questions are listed before numbered answers, but the answers "
            f"are numbered {_numbers([numbers[k] for k in answers])}, not 1 to {n}: read as "
            "written, not question by answer; number each answer as its question is"))]
    labelled = any(b.speaker is not None and b.kind is None for b in found[first:])
    if labelled or 2 * sum(is_question(found[k]) for k in answers) > n:
        return None, []
    return _interleave(found, first, end, answers, roles), []


def _numbers(numbers: list[int | None]) -> str:
    shown = ", ".join(str(x) for x in numbers[:8])
    return shown + (", ..." if len(numbers) > 8 else "")


def _interleave(found: list[Block], first: int, end: int, answers: list[int],
                roles: Roles) -> list[Block]:
    """Context before, the questions each followed by its answer, the sign-off after."""
    for k in [*range(first), *range(end, answers[0])]:
        if found[k].kind is None:
            found[k].kind = "header" if k < first else "heading"
    for k in range(first, end):
        _take_number(found[k], INTERVIEWER)
    for k in answers:
        _take_number(found[k], roles.respondent)
    _mark_sign_off(found[answers[-1] + 1:])
    roles.assign(INTERVIEWER, "interviewer")
    out = found[:first] + found[end:answers[0]]
    bounds = [*answers, len(found)]
    for q, (a, a_end) in enumerate(pairwise(bounds)):
        out += [found[first + q], *found[a:a_end]]
    return out


def _take_number(block: Block, speaker: str) -> None:
    """The item's number is no word of it; the paragraph opens its speaker's turn."""
    line = block.lines[0]
    cut = QUESTION_NO.match(line.text)
    assert cut is not None  # the block's text opens with its first line
    line.offset, line.text = line.offset + cut.end(), line.text[cut.end():]
    block.text, block.speaker = " ".join(ln.text.strip() for ln in block.lines), speaker


def _mark_sign_off(after: list[Block]) -> None:
    """A short closing paragraph among the last three after the last answer (`Thank you
    for your questions. - Baek`, `Best regards,`, a signature `- Baek`) and all after it
    are context; the paragraphs before it go on with the last answer."""
    speech = [b for b in after if b.kind is None]
    for i, block in enumerate(speech[-3:], start=max(0, len(speech) - 3)):
        if block.words <= SIGN_OFF_WORDS and (_SIGN_OFF.match(block.text)
                                              or _SIGNED.match(block.text)):
            for rest in speech[i:]:
                rest.kind = "sign-off"
            return
