"""The eval8 set (tests/data/eval8/, written blind to the readers after eval6 and eval7 had
been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval8/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    reading_tests,
)

FILES = documents("eval8")

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {
    "docx04-korean-english-table.docx":
        "the table is read in its English column only (tables.py: the original beside a "
        "translation is not read), so the Korean answers are not coded",
}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {
    "docx04-korean-english-table.docx":
        "each turn is its English rendering only, without the Korean original the truth "
        "opens it with; the '(녹음 불량) / [inaudible]' question is a '(sound)', not a turn",
}


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(14, 19), CODED_MISREAD, TURNS_MISREAD)
