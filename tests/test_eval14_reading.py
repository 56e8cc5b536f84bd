"""The eval14 set (tests/data/eval14/, written blind to the readers after eval6 to eval12
had been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval14/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    reading_tests,
)

FILES = documents("eval14")

# file name -> what qcode gets wrong in the text it codes (eval6 README: "coded text")
CODED_MISREAD: dict[str, str] = {}
# file name -> what qcode gets wrong in the sequence of turns (eval6 README: "turns")
TURNS_MISREAD: dict[str, str] = {}


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 15), CODED_MISREAD, TURNS_MISREAD)
