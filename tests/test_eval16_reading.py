"""The eval16 set (tests/data/eval16/, written blind to the readers after eval6 to eval15
had been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval16/README.md."""

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

FILES = documents("eval16")

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {
    "docx22-word-transcribe.docx":
        "Word Transcribe's '00:00:03 Speaker 1' paragraphs are not labels: turns are guessed "
        "from '?', so the interpreter's (Speaker 3) correction (paragraph 12), the "
        "interviewer's 'Mm-hmm.' (16) and closing 'OK. Let's stop there...' (28) are coded as "
        "the respondent's",
    "srt06-colour-speakers.srt":
        "speakers set apart by <font color> only are not told apart: the woman's first "
        "answer (cues 5-6, yellow) is joined to the cyan warning and the reporter's narration "
        "in one context 'Intro' turn (not coded); the brother's cues 13-14 (green) and the "
        "reporter's narration at cue 15 are read into the woman's answer at cue 12 (one "
        "respondent, coded)",
}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {
    "docx22-word-transcribe.docx":
        "the '00:00:03 Speaker 2' paragraphs open the respondent's turns as their words "
        "('Speaker 2 I grew up...'); Speaker 1's 'Mm-hmm.' (16) and closing (28) and the "
        "interpreter's line (12) are respondent turns",
    "srt06-colour-speakers.srt":
        "cues 1-6 are one context 'Intro' (the reporter's opening narration and the woman's "
        "first answer are no turns); the brother's cues 13-14 and the reporter's narration "
        "(cue 15) are inside the woman's turn",
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval16_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, CODED_MISREAD, coded_text_misread)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval16_turns(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, TURNS_MISREAD, turns_misread)


def test_eval16_truth_is_in_the_files() -> None:
    check_truth_in_files(FILES, range(12, 15))
