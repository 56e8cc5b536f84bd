"""The eval32 set (tests/data/eval32/, written blind to the readers after eval6-eval31 had
been used to fix them) as a reading test, the same two checks as eval6
(tests/test_eval6_reading.py, whose comparison this reuses): what gets coded (respondent
text, its speakers, no clutter in it) and the whole turn sequence. Misreadings found are
strict expected failures whose reason says what is misread, so a reader fix shows up here
as XPASS and its mark is removed. How the set was written and what each file tries:
tests/data/eval32/README.md."""

from __future__ import annotations

from tests.test_eval6_reading import (
    documents,
    reading_tests,
    split_misread,
)

FILES = documents("eval32")

# what qcode gets wrong in each file misread on the first run (line numbers are qcode's: a
# .docx counts paragraphs, a .srt its lines); README "What qcode misread" ranks them
MISREAD: dict[str, str] = {
    "two02-two-respondents-dashed-dividers.txt": (
        "two respondents interviewed one after the other under dashed divider headings "
        "('----- First interviewee: Mr. Seo ... -----', '----- Second interviewee: Mrs. Gil "
        "... -----') are read as one respondent 'A': the second divider (line 18) is glued into "
        "Mr. Seo's last answer and coded, and the credit line 'Interviewer: Lee Ha-neul. Two "
        "interviewees, one after the other...' (line 2) is read as an interviewer turn with "
        "the first divider (line 4) in it"),
    "ngo06-staff-narrated-testimony.md": (
        "a testimony page narrated by the NGO's staff in the third person with the witness's "
        "own words as whole quoted paragraphs: none of her quoted paragraphs is read as hers; "
        "the byline, links, introduction, narration and her first two quotes (lines 3-15) are "
        "one '(preamble)' context turn and her last quote (line 37) is '(after interview)' "
        "context; only the short bold Q: / A: section in the middle is read as an interview"),
    "report04-case-testimonies.txt": (
        "a think-tank paper's case testimonies ('Case 3 - woman, 40s, North Hamgyong', "
        "'Testimony 14 - man, 50s, Jagang' above a paragraph of summary with the case's words "
        "in quotation marks): no quotation is read as the case's (the paragraphs of Cases 3, 7 "
        "and 11 are 'Intro' context, lines 11-33); the paragraph of Testimony 14 (line 36) is "
        "read as an interviewer's turn, the footnotes 8-10 (lines 41-45) and the next "
        "section's text under '4. ANALYSIS' (line 49) as a respondent's, and coded"),
    "vtt05-documentary-short-cues-offcamera.vtt": (
        "the off-camera interviewer's questions in cues opened by '[Off camera]' (lines 33 "
        "and 61) are read as words of YANG's turn, the mark dropped as a sound: a notice says "
        "only one speaker was found, so 'And when did you decide?' and 'Did you know what was "
        "on the other side?' are coded as her answers (the narrator's cues are read right)"),
    "pod06-host-monologue-backchannels.txt": (
        "turns only (the coded text is right): the host's closing production credits read at "
        "the end, 'The Long Way Round is produced by Harbour Audio. If you enjoyed this "
        "episode, please rate...' (line 24), are read as a Daniel interviewer turn, where the "
        "truth has them as credits (context; a reader might give them to Daniel); the long "
        "monologue questions and the backchannels ('Right.', 'Wow.', 'Huh.', 'Mm.') are read "
        "right"),
}
CODED_OK_FIRST_RUN: set[str] = {"pod06-host-monologue-backchannels.txt"}
TURNS_OK_FIRST_RUN: set[str] = set()


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 13), *split_misread(MISREAD, CODED_OK_FIRST_RUN, TURNS_OK_FIRST_RUN))
