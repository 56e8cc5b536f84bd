"""The eval29 set (tests/data/eval29/, written blind to the readers after eval6-eval28 had
been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval29/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    reading_tests,
    split_misread,
)

FILES = documents("eval29")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs, an .srt its lines); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {
}
CODED_OK_FIRST_RUN: set[str] = set()
TURNS_OK_FIRST_RUN: set[str] = set()


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 13), *split_misread(MISREAD, CODED_OK_FIRST_RUN, TURNS_OK_FIRST_RUN))
