"""The eval14 set (tests/data/eval14/, written blind to the readers after eval6 to eval12
had been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval14/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_eval6_reading import (
    check_truth_in_files,
    coded_text_misread,
    documents,
    expect_read_right,
    turns_misread,
)

FILES = documents("eval14")

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {
    "news04-mixed-labels.txt":
        "`Q.` / `A.` between `Q:` / `A:` and `Question:` / `Answer:` are not labels: 'Q. Did "
        "you have to pay anyone to keep the stall?' and its `A.` answer are coded inside the "
        "first `A:` answer; after 'Page 2 of 3' the interviewer's name label `Ferreday:` is a "
        "respondent, so his four questions are coded as testimony; one respondent is three "
        "speakers ('A', 'Answer', 'Yoon'); the author box 'Colin Ferreday is the Ledger's "
        "Asia correspondent...' is coded in the last answer",
    "fg01-focus-group.txt":
        "the credit line 'Facilitator: Ahn Ji-soo (F). Co-facilitator: Dr. Peter Lindgren "
        "(PL).' is read as a Facilitator turn, not as naming the staff, so `F:` and `PL:` are "
        "respondents: every question of both facilitators is coded as testimony; the "
        "'Participants: P1 (...)' line and the transcription conventions are coded as a "
        "respondent 'Participants'",
    "ocr01-archive-ocr.txt":
        "OCR-garbled labels are not read: '0: How did people survive after that?' and 'A; "
        "They sold what they had...' are coded inside the first `A:` answer (a question "
        "coded as testimony); 'A. Hunger, only hunger...' is read into the `Q:` question "
        "before it, so that answer is not coded",
    "docx14-bold-labels-italic-questions.docx":
        "after the Intense Quote pull quote, where the bold `Q:` / `A:` labels stop, the "
        "italic questions ('Were you ever taken to one of the centres...', 'When did you "
        "start thinking about China?', 'Had you heard about human rights...') are read with "
        "their plain answers as one `A` turn: three questions coded as testimony (notice "
        "only: 'an answer holds 3 paragraphs ending in ?'); the descriptor 'Interviewee: man, "
        "20s, Chongjin; ...' is coded as a second respondent 'Interviewee'",
}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {
    "news04-mixed-labels.txt":
        "'Q. Did you have to pay...' and its `A.` answer are lost inside the first answer; "
        "`Q:` and `Question:` are two interviewers; `Ferreday:`'s four questions are "
        "respondent turns; the respondent is three speakers ('A', 'Answer', 'Yoon')",
    "fg01-focus-group.txt":
        "the credit line is a 'Facilitator' interviewer turn and the participants line a "
        "respondent turn; every `F:` / `PL:` question is a respondent turn; '[overlap]' "
        "opening P2's first turn is read as its first word",
    "ocr01-archive-ocr.txt":
        "the `0:` question and the `A;` answer are lost inside the first answer; the `A.` "
        "answer is inside the `Q:` question before it",
    "docx14-bold-labels-italic-questions.docx":
        "the last three italic questions and their answers are one `A` turn; the "
        "'Interviewee: man, 20s, ...' descriptor is a respondent turn",
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval14_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, CODED_MISREAD, coded_text_misread)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval14_turns(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, TURNS_MISREAD, turns_misread)


def test_eval14_truth_is_in_the_files() -> None:
    check_truth_in_files(FILES, range(12, 15))
