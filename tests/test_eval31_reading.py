"""The eval31 set (tests/data/eval31/, written blind to the readers after eval6-eval29 had
been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval31/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    reading_tests,
    split_misread,
)

FILES = documents("eval31")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs, a .srt its lines); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {
    "slides01-notes-handout.docx": (
        "refused, no respondent text found: a presentation's Notes Next to Slides handout (a "
        "table of `Slide N` | slide title | speaker notes, the notes holding `Q:` / `Mrs. "
        "Lim:` exchanges) gives no question and no answer: nothing is coded"),
    "cat01-bilingual-review-table.docx": (
        "a translation tool's bilingual review table (ID | Korean | English | Comment, "
        "`면담자:` / `Interviewer:` and `응답자:` / `Respondent:` inside the cells) is kept "
        "as context, not a Speaker | Text table (notice at line 4; another says the Korean column "
        "is not read): no turn of the interview is coded, and the title `Bilingual review "
        "export` (line 1) is the file's only, respondent, turn"),
    "coded02-inline-codes.txt": (
        "a researcher's coded transcript: the `[CODE: bribery]` / `[CODE: usb_notel > "
        "crackdown]` margin codes opening answer paragraphs (lines 7, 11, 16, 17, 20, 25) are "
        "read as the respondent's words (coded, theme names and all, and every answer starts "
        "with its code), and the coders' `{{HK memo: ...}}` / `{{DS memo: ...}}` lines (12, 21) "
        "are coded as answer paragraphs"),
    "sonix01-paragraph-timecodes.txt": (
        "turns only: the export's footer `Lumen Transcribe - lumen-transcribe.example - "
        "Machine transcript...` (line 38) is read as a paragraph of the interviewer's closing "
        "turn"),
}
CODED_OK_FIRST_RUN = {"sonix01-paragraph-timecodes.txt"}
TURNS_OK_FIRST_RUN: set[str] = set()


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 13), *split_misread(MISREAD, CODED_OK_FIRST_RUN, TURNS_OK_FIRST_RUN))
