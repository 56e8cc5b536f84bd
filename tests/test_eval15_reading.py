"""The eval15 set (tests/data/eval15/, written blind to the readers after eval6 to eval14
had been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval15/README.md."""

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

FILES = documents("eval15")

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {
    "docx19-timecode-speaker-table.docx":
        "the Timecode | Speaker | Transcript table (blank Speaker cells going on with the "
        "turn above) is not read as a speaker table but kept whole as context '(table)' "
        "(notice: not a Speaker | Text table): no answer of Kang Hyo-jin is coded; the note "
        "above it (line 2, 'Exported from the editing software...') and the credit below it "
        "(line 42, 'Transcript generated automatically and corrected by S. Moreau.') are "
        "coded as a respondent's",
    "docx20-teams-transcript.docx":
        "the Teams export's 'Name   m:ss' paragraphs above each turn are not read as labels: "
        "roles go by '?', so the interviewer Mirela Voss's 'Mm-hmm.' (line 24) and closing "
        "'Thank you. Let's take a short break there.' (line 28) are coded as respondent "
        "text, with 'Mirela Voss stopped transcription' (line 29)",
}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {
    "docx19-timecode-speaker-table.docx":
        "no question or answer turn at all: the Timecode | Speaker | Transcript table is one "
        "context turn; the note (line 2) and the credit (line 42) are respondent turns "
        "('Respondent')",
    "docx20-teams-transcript.docx":
        "'Mirela Voss   0:03' lines are context '(heading)', but 'Baek Seon-hwa (Guest)   "
        "0:07' lines open her answers as words (lines 7, 11, 17, 21), except at 0:36 and "
        "1:22; speakers 'Interviewer' / 'Respondent'; her 'Mm-hmm.' and closing line are "
        "respondent turns",
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval15_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, CODED_MISREAD, coded_text_misread)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval15_turns(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, TURNS_MISREAD, turns_misread)


def test_eval15_truth_is_in_the_files() -> None:
    check_truth_in_files(FILES, range(12, 15))
