"""The eval22 set (tests/data/eval22/, written blind to the readers after eval6-eval20 had
been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here as
XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval22/README.md."""

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

FILES = documents("eval22")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {
    "elan01-tab-delimited-export.txt":
        "ELAN's tab-delimited export: the tier names INT / RESP are read as labels, but the "
        "participant column and the begin / end / duration times are words of every turn "
        "('J. Ahn 00:00:01.120 ...', 'Gil 00:00:07.050 ...'), and the analyst's `notes` tier "
        "(lines 4, 7, 13, 16: 'bribery - payment in kind (pig)', 'reasons_for_leaving - "
        "persecution/family') is read into Gil's answers and coded",
    "logseq01-outliner-page.md":
        "Logseq outline: `- **Q:**` / `- **Nam:**` bullets are read as turns but the bullet and "
        "bold label stay words of each turn; the nested question 'Did you trade in anything "
        "forbidden?' (18) and the `id::` property are read into the answer at 16 and coded; "
        "the TODO (21), the block reference (24) and the `## Memo` section (27-29, '#bribery') "
        "are coded in the answers",
    "latex01-thesis-appendix-source.txt":
        "LaTeX source: `\\noindent\\textbf{Q:}` / `{A:}` turns are found but the markup is words "
        "of each turn; `\\footnote{...}` notes (15, 34), the `quote` pull quote (28) and the "
        "last `Q: Thank you.` (40) are coded in the answers; the `% TODO` comment (17) opens "
        "a question; `\\clearpage` (44) is a respondent turn",
    "rst01-sphinx-testimony-page.txt":
        "reStructuredText: turns right, but the `.. [#]` footnote (55: 'Cigarettes are the "
        "most common payment in kind...') and the `|archive| replace::` line (58) are read "
        "into the last answer and coded",
}
CODED_OK_FIRST_RUN: set[str] = set()
TURNS_OK_FIRST_RUN = {"rst01-sphinx-testimony-page.txt"}

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {name: reason for name, reason in MISREAD.items()
                                 if name not in CODED_OK_FIRST_RUN}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {name: reason for name, reason in MISREAD.items()
                                 if name not in TURNS_OK_FIRST_RUN}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval22_coded_text(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, CODED_MISREAD, coded_text_misread)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_eval22_turns(path: Path, request: pytest.FixtureRequest) -> None:
    expect_read_right(path, request, TURNS_MISREAD, turns_misread)


def test_eval22_truth_is_in_the_files() -> None:
    check_truth_in_files(FILES, range(12, 13))
