"""The eval28 set (tests/data/eval28/, written blind to the readers after eval6-eval27
had been used to fix them) as a reading test, the same two checks
as eval6 (tests/test_eval6_reading.py, whose comparison this reuses): what gets coded
(respondent text, its speakers, no clutter in it) and the whole turn sequence. Misreadings
found are strict expected failures whose reason says what is misread, so a reader fix shows
up here as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval28/README.md."""

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

FILES = documents("eval28")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs, a .vtt its lines); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {
}
CODED_OK_FIRST_RUN: set[str] = set()
TURNS_OK_FIRST_RUN: set[str] = set()

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {name: reason for name, reason in MISREAD.items()
                                 if name not in CODED_OK_FIRST_RUN}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {name: reason for name, reason in MISREAD.items()
                                 if name not in TURNS_OK_FIRST_RUN}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval28_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, CODED_MISREAD, coded_text_misread)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval28_turns(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, TURNS_MISREAD, turns_misread)


def test_eval28_truth_is_in_the_files() -> None:
    check_truth_in_files(FILES, range(12, 13))
