"""Questions a labelled file leaves without a label.

Some files label only the answers (`A:` / `Answer:`, or each respondent's name), the
questions plain between them; in others the labels stop after the first exchanges, or
after a pull quote, and the questions go on plain or in italics. Read as labelled text,
each question became the end of the answer before it, and was coded as testimony. Each
paragraph found to ask is given the interviewer's speaker (`Interviewer` when the file
names none), which turns.py reads as the interviewer's turn; each reading is said once.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Block, asks, is_question
from qcode.ingest.person import YOU
from qcode.ingest.prompts import INTERVIEWER, MAX_PROMPT, closing_thanks
from qcode.model import Notice
from qcode.plural import counted, plural

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles


def mark_unlabelled_questions(found: list[Block], roles: Roles) -> list[Notice]:
    """In a file whose only labels are respondents', and where at least two labelled turns
    and half of them follow an unlabelled paragraph that asks: each unlabelled paragraph
    right before a label is the interviewer's. Said once, with the first such line."""
    speech = [b for b in found if b.kind is None]
    speakers = {b.speaker for b in speech if b.speaker is not None}
    if speakers and any(roles.role(s) == "interviewer" for s in speakers):
        return _italic_questions(speech, roles) or _questions_after_labels(speech, roles)
    if not speakers or any(roles.role(s) != "respondent" for s in speakers):
        return []
    before = _asked_before_answers(speech, len(speakers))
    if not before:
        return []
    for block in before:
        block.speaker = INTERVIEWER
    roles.assign(INTERVIEWER, "interviewer")
    label = ":', '".join(sorted(speakers))  # `'Bae:', 'Ri:'`
    return [Notice(before[0].lines[0].number, (
        f"only the answers are labelled ('{label}:'); the paragraph before each is read as "
        "the interviewer's question; if that is wrong, label the questions too (e.g. `Q:`)"))]


def _asked_before_answers(speech: list[Block], speakers: int) -> list[Block]:
    """The unlabelled paragraphs right before a label, when they read as the questions of a
    file that labels only its answers: two or more, and half the labelled turns follow one
    that asks (or each of several respondents answers each question: _each_answers). Empty
    when they do not."""
    before = [a for a, b in pairwise(speech)
              if b.speaker is not None and a.speaker is None]
    labelled = sum(b.speaker is not None for b in speech)
    asking = sum(asks(b.text) for b in before)
    if len(before) < 2 or (2 * asking < labelled and not _each_answers(
            asking, len(before), labelled, speakers)):
        return []
    return before


def _labels_stop(speech: list[Block], roles: Roles) -> tuple[str, str, int] | None:
    """In a labelled file: its one interviewer, the respondent the last label names, and
    where that label is; None if the interviewer is not one speaker or the last label not
    a respondent's."""
    labelled = [i for i, b in enumerate(speech) if b.speaker is not None]
    askers = {b.speaker for b in speech if b.speaker and roles.role(b.speaker) == "interviewer"}
    answer = speech[labelled[-1]].speaker if labelled else None
    if len(askers) != 1 or answer is None or roles.role(answer) != "respondent":
        return None
    return askers.pop(), answer, labelled[-1]


def _each_answers(asking: int, before: int, labelled: int, speakers: int) -> bool:
    """Two or more respondents answering each question in turn (a couple: `Ri:` / `Bae:`
    under one plain question): at least three of the paragraphs before a label ask, three
    in four of them do, and there are enough for each respondent to answer each once
    (eval17's news09: 6 questions asked, 18 labelled answers from two people)."""
    return speakers >= 2 and asking >= 3 and 4 * asking >= 3 * before \
        and 2 * asking * speakers >= labelled


def _italic_questions(speech: list[Block], roles: Roles) -> list[Notice]:
    """A labelled file whose labels stop (a Word transcript after a pull quote): the
    unlabelled paragraphs after the last label that ask and are set in italics as a whole,
    each after a plain answer paragraph and before a plain one, are the interviewer's
    questions, the plain paragraph after each the answer. Read as the last answer's, three
    questions were coded as testimony. Only when no labelled answer is in italics and the
    interviewer is one speaker; said once."""
    stop = _labels_stop(speech, roles)
    if stop is None or any(b.emphasis == "italic" for b in speech if b.speaker == stop[1]):
        return []
    (asker, answer, last), asked = stop, []
    tail = speech[last:]
    for before, block, after in zip(tail, tail[1:], tail[2:], strict=False):
        if block.emphasis == "italic" and is_question(block) and before.emphasis != "italic" \
                and after.emphasis != "italic" and after.speaker is None:
            block.speaker, after.speaker = asker, answer
            asked.append(block)
    return [Notice(asked[0].lines[0].number, (
        f"the labels stop, but {counted(len(asked), 'paragraph')} after them set in italics "
        f"{plural(len(asked), 'asks', 'ask')}: read "
        f"as {asker}'s questions, each answered by the plain paragraph after it; if that is "
        "wrong, label them"))] if asked else []


def _questions_after_labels(speech: list[Block], roles: Roles) -> list[Notice]:
    """A labelled file whose labels stop after the first exchanges (an NGO's page:
    `Question:` / `Answer:`, then plain paragraphs), when the paragraphs after the last
    label take turns as a Q&A: the first asks, and at least three paragraphs that ask (most
    to `you`) each come before one or more that do not. Each is the interviewer's question,
    the paragraphs after it the answer; after the last answer a short thanks is the
    interviewer's, the paragraph after it the respondent's (what follows is left to
    notspeech.py: the page's tail). Read as the last answer's, the
    questions were coded as testimony. Said once. Not read: a tail whose questions come two
    in a row or end it (a respondent's rhetorical questions), or fewer than three."""
    stop = _labels_stop(speech, roles)
    if stop is None:
        return []
    asker, answer, last = stop
    tail = speech[last + 1:]
    exchanges: list[tuple[Block, list[Block]]] = []
    for block in tail:
        if is_question(block) and block.words <= MAX_PROMPT:
            if exchanges and not exchanges[-1][1]:
                return []  # two questions in a row
            exchanges.append((block, []))
        elif exchanges:
            exchanges[-1][1].append(block)
        else:
            return []  # the last answer goes on
    if len(exchanges) < 3 or not exchanges[-1][1] \
            or 2 * sum(bool(YOU.search(q.text)) for q, _ in exchanges) < len(exchanges):
        return []
    for question, answers in exchanges:  # the answer's other paragraphs go on with it
        question.speaker, answers[0].speaker = asker, answer
    closing = exchanges[-1][1]
    thanks = next((i for i, b in enumerate(closing) if i and closing_thanks(b.text)), None)
    if thanks is not None:
        closing[thanks].speaker = asker
        if thanks + 1 < len(closing):
            closing[thanks + 1].speaker = answer  # `Thank you for writing it down.`
    return [Notice(exchanges[0][0].lines[0].number, (
        f"the labels stop, but the paragraphs after them take turns as a Q&A: "
        f"{len(exchanges)} that ask are read as {asker}'s questions, the paragraph after "
        f"each as the start of {answer}'s answer; if that is wrong, label them"))]
