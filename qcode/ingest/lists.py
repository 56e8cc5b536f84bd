"""Numbered lists inside an answer: `There were three things:` then `1. Money...`,
`2. A broker. Who else would hide you?`, or `(1) Do not trust...`, `(2) ...`.

The items are the respondent's words. Read alone, an item that ends in `?` was taken for
the interviewer's question, and `(1)` items for footnotes (context; in the last answer,
the end of the interview). An item is in a list when the paragraph before it introduces
one (ends with `:`) and it is item 1, or the paragraph before it is the list's item before;
numbered questions with answers between them (`1. Where were you born?` / answer /
`2. ...`) are not.

Numbered questions are the interviewer's, their numbers no words of theirs. Notes typed
during an interview number each question (`4. Were you ever caught?`) and put the answer
below it; a note-taker's question in shorthand, `7. (follow-up on dates)`, does not ask,
and was read as the answer's first words. In a file without labels where at least three
paragraphs are numbered 1, 2, 3... with other paragraphs (the answers) between them, and
two thirds of those ask, each is the interviewer's; the ones that do not ask are said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, Line, is_question
from qcode.ingest.lazyre import lazy
from qcode.ingest.prompts import INTERVIEWER
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

QUESTION_NO = lazy(r"^\s*(\d{1,3})[.)]\s+(?=\S)")  # a numbered question's number (questionnaire.py too)
_ITEM = lazy(r"^\W{0,4}?(?:(\d{1,2})[.)]|\((\d{1,2})\))\s+\S")


def _number(text: str) -> int | None:
    m = _ITEM.match(text)
    return None if m is None else int(m[1] or m[2])


def _continues(before: str, item_before: int | None, number: int) -> bool:
    """Whether item `number` goes on the list the text before it opens or carries on."""
    return (number == 1 and before.rstrip(" *_").endswith(":")) or item_before == number - 1


def keep_list_lines(lines: list[Line]) -> None:
    """`(1)` lines of a list inside an answer are text, not footnotes (a `Notes:` heading
    is no answer introducing a list: only text counts)."""
    before, item = "", None  # the last line with text (speech only); its item number
    for line in lines:
        if not line.text.strip():
            continue
        number = _number(line.text) if line.kind in (None, "footnote") else None
        listed = number is not None and _continues(before, item, number)
        if listed:
            line.kind = None
        before, item = (line.text if line.kind is None else ""), (number if listed else None)


def mark_list_items(found: list[Block], roles: Roles) -> None:
    """In a file without labels, an item that ends in `?` of a list of two items or more
    stays the answer's (`Here are the questions:` then `1. Where were you born?` and its
    answer is a numbered question)."""
    speech = [b for b in found if b.kind is None and b.speaker is None]
    numbers = [_number(b.text) for b in speech]
    run: list[Block] = []  # the list being read
    for i, (block, number) in enumerate(zip(speech, numbers, strict=True)):
        if number is not None and _continues(speech[i - 1].text if i else "",
                                             numbers[i - 1] if run else None, number):
            run.append(block)
        else:
            run = []
        ends = i + 1 == len(speech) or not run or numbers[i + 1] != len(run) + 1
        if ends and len(run) >= 2:
            for item in run:
                if is_question(item):
                    item.speaker = roles.respondent


def numbered_questions(found: list[Block], roles: Roles) -> list[Notice]:
    """In a file without labels, paragraphs numbered 1, 2, 3... with answers between them
    are the interviewer's questions, their numbers taken off (the module docstring)."""
    speech = [b for b in found if b.kind is None and b.speaker is None]
    run: list[Block] = []
    since = True  # a paragraph that is no item came since the run's last question
    for block in speech:
        m = QUESTION_NO.match(block.text)
        if m is not None and int(m[1]) == len(run) + 1 and since:
            run.append(block)
            since = False
        elif m is None:
            since = True
    if len(run) < 3 or 3 * sum(is_question(b) for b in run) < 2 * len(run):
        return []
    notices = []
    for block in run:
        if not is_question(block):
            notices.append(Notice(block.lines[0].number, (
                f"'{block.text[:60]}' is read as the interviewer's question (numbered as the "
                "questions around it are, though it does not ask); if it is the respondent's, "
                "label the turns (e.g. `Q:` / `A:`)")))
        first = block.lines[0]
        cut = QUESTION_NO.match(first.text)
        assert cut is not None  # the block's text opens with its first line
        first.offset, first.text = first.offset + cut.end(), first.text[cut.end():]
        block.text, block.speaker = " ".join(ln.text.strip() for ln in block.lines), INTERVIEWER
    roles.assign(INTERVIEWER, "interviewer")
    return notices
