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
    "commission01-hearing-recess.txt": (
        "a commission hearing's capitalised title labels `THE PRESIDING COMMISSIONER:` and "
        "`MS. KINGI:` are read as respondents: every question of counsel and of the "
        "presiding commissioner is coded (lines 16-34, 49); the witness's first answer, "
        "labelled `WITNESS 11 (\u201cMRS. YOON\u201d) (Interpreted):`, is glued as words into "
        "MS. KINGI's turn (line 20); `THE INTERPRETER:` (line 28), the recess and adjournment "
        "lines (38, 51), the page number and the reporter's certificate (53) are coded in "
        "answers; only `COMMISSIONER WIERZBA:` asks"),
    "cart01-rough-draft-captions.txt": (
        "CART rough-draft captions (hard-wrapped capitals, `>>` at each change of speaker, a "
        "name only sometimes): `>> MODERATOR:` opening the moderator's welcome and first "
        "question is intro context (line 21); `>> MR. RYU (THROUGH INTERPRETER):` is no label, "
        "so his first answer is an interviewer turn (line 30) and turns alternate on the "
        "`>>` paragraphs glued together: the interpreter's correction is split (43 credit, 44 "
        "coded with the moderator's next question and Ryu's answer), the audience question "
        "is glued to the moderator's (55), the moderator's human-rights question and closing "
        "thanks are coded inside Ryu's answers (61, 70)"),
    "srt10-name-line-cues.srt": (
        "subtitles naming the speaker on a line of its own at the top of a cue (`Marit "
        "Olsen`, `Cha Hye-won`, no colon): the name is read as the first words of every turn "
        "(coded in each answer) and turns alternate on `?`, so the prompt `Tell me about the "
        "films you watched.` and the answer after it are glued into the answer before (line "
        "42)"),
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
