"""The eval24 set (tests/data/eval24/, written blind to the readers after eval6-eval10,
eval12, eval14-eval17, eval19, eval20 and eval22 had been used to fix them) as a reading
test, the same two checks as eval6 (tests/test_eval6_reading.py, whose comparison this
reuses): what gets coded (respondent text, its speakers, no clutter in it) and the whole
turn sequence. Misreadings found are strict expected failures whose reason says what is
misread, so a reader fix shows up here as XPASS and its mark is removed. How the set was
written and what each file tries: tests/data/eval24/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    read_file,
    reading_tests,
    split_misread,
)

FILES = documents("eval24")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs, a .vtt its lines); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {}  # every file read right (session 18's three reader branches)
CODED_OK_FIRST_RUN: set[str] = set()
TURNS_OK_FIRST_RUN: set[str] = set()


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 13), *split_misread(MISREAD, CODED_OK_FIRST_RUN, TURNS_OK_FIRST_RUN))


def test_eval24_win04_vertical_tabs_are_spaces() -> None:
    """A manual line break that Word's "Plain Text" export leaves as a vertical tab
    separates the words on either side of it, as it does on the page."""
    path = next(p for p in FILES if p.name == "win04-word-plaintext-vt.txt")
    text = " ".join(turn.text for turn in read_file(path).turns)
    for pair in ("when there", "of cigarettes", "USB sticks", "never watched", "the potatoes",
                 "spare tyres", "in China", "my daughter"):
        assert pair in text, pair
