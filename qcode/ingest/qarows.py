"""Question | Answer tables: by their header row (qa_columns), or without one (asks_left).

A two-column table with no header row whose left cells ask and right cells answer: NGO
interview notes typed into a Word grid, a question per row. Without a `Question | Answer`
header and without a column of speakers' names (tables.py) it was read as a table of data,
kept as context: the file was refused with no respondent text. It is read as Q&A only when
its shape is unmistakable, since a table of data read as turns would be coded:

- two columns, at least three rows with a question;
- the left cells (those with text) are questions: at least three quarters end in `?` and
  none is long (a question, not an account);
- the right cells answer: hardly any ends in `?`, they say at least as much as the
  questions, and most say something beyond a number or a figure.

A row whose left cell is empty goes on with the answer above (an answer split over rows).
`Did you pay? | 45%` (a survey's table of results) has right cells of figures, not words:
it stays context."""

from __future__ import annotations

import re

from qcode.ingest.labelledcells import ROW_NUMBER, flat

Rows = list[list[list[str]]]

_ASKS = re.compile(r"\?[\s\"'”’)\]*_]{0,4}$")  # `...before?`, `...word?"`, `**Why?**`
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a figure or a `%` is none
_LONGEST_QUESTION = 60  # words
_ASKING = {"question", "questions", "q", "interviewer", "asked"}
_ANSWERING = {"answer", "answers", "a", "response", "responses", "reply", "respondent",
              "interviewee"}


def qa_columns(rows: Rows) -> tuple[list[int], list[str]] | None:
    """A Question | Answer table (its header row says which column asks): its row-number
    columns and the speaker of each other column; None for any other table."""
    header = [_header_role(c) for c in rows[0]] if rows else []
    numbered = [c for c, role in enumerate(header) if role == "number" and all(
        ROW_NUMBER.match(flat(r[c])) or not flat(r[c]) for r in rows[1:])]
    if [role for c, role in enumerate(header) if c not in numbered] != ["ask", "answer"] \
            or any(len(r) != len(header) for r in rows):
        return None
    return numbered, ["Interviewer", "Respondent"]  # as an unlabelled Q&A reads them


def _header_role(cell: list[str]) -> str | None:
    """What a header cell names: the asking column (`Question`, `Interviewer's question`),
    the answering one (`Answer`, `Respondent's reply`), a row number (`No.`), or None."""
    text = flat(cell).lower().strip(" :*_")
    if text in ("q", "a"):
        return "ask" if text == "q" else "answer"
    if text in ("no", "no.", "#", "number", ""):
        return "number"
    words = set(re.findall(r"[a-z]+", text))
    asking, answering = bool(words & _ASKING - {"q"}), bool(words & _ANSWERING - {"a"})
    return None if asking == answering else "ask" if asking else "answer"


def asks_left(rows: Rows) -> bool:
    """Whether a table without a header is questions (left) answered (right): see above."""
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return False
    pairs = [(flat(r[0]).strip(), flat(r[1]).strip()) for r in rows]
    asked = [q for q, _ in pairs if q]
    answers = [a for _, a in pairs if a]
    return _questions(asked) and bool(answers) and _answers(answers, asked)


def _questions(asked: list[str]) -> bool:
    """Three or more, three in four ending in `?`, none long."""
    questions = sum(1 for q in asked if _ASKS.search(q))
    return questions >= 3 and questions * 4 >= len(asked) * 3 \
        and all(len(q.split()) <= _LONGEST_QUESTION for q in asked)


def _answers(answers: list[str], asked: list[str]) -> bool:
    """Hardly any asks, three in four have words (not figures), and together they say at
    least as much as the questions."""
    if sum(1 for a in answers if _ASKS.search(a)) * 4 > len(answers):
        return False
    worded = sum(1 for a in answers if _WORD.search(a[:2000]))
    said = sum(len(a.split()) for a in answers)
    return worded * 4 >= len(answers) * 3 and said >= sum(len(q.split()) for q in asked)
