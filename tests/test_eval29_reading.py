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
    "committee01-parliament-evidence.txt":
        "parliamentary committee evidence: labels with parenthesised riding/party or "
        "'(As an Individual) (Interpretation)' are not labels (lines 17, 23, 43, 57): the "
        "witness's whole prepared statement (lines 23-37) is in the Chair's turn, not coded; "
        "a member's questions (43, 49) are read as a respondent 'Mr. Garrett Whitcombe' and "
        "coded; another member's question (57-59) is in the Chair's turn; the header line "
        "'Chair: Mr. Lachlan Bryce' (9) is a Chair turn; '(1305)', '[English]', "
        "'[Translation]' are words of turns",
    "profile01-quotes-then-qa.txt":
        "newspaper profile: the two paragraphs that open in narration and carry her quotes "
        "(line 24 'She did not leave because of the dramas... \"I had two days to decide\"', "
        "line 28 'Her son... \"He says I should rest\"') are narration (context): her reasons "
        "for leaving are not coded",
    "md05-blog-footnotes-pullquote.md":
        "the italic closing thanks '*Thank you to Mrs. Lim and to Kim Da-som for "
        "interpreting.*' (line 32) is coded in the last answer; the bold name "
        "'**Tobias Renwick:**' labelling only the first question (line 10) is read as words "
        "of the question (speaker 'Interviewer')",
    "docx43-q-a-tab-hanging.docx":
        "the rule and the footnote after the last question ('1 The interviewee was unsure "
        "whether the sum...', paragraphs 20-21) are read into the closing question 'Thank "
        "you. We will stop there.' (paragraph 19), an interviewer turn a question rule reads",
}
CODED_OK_FIRST_RUN = {"docx43-q-a-tab-hanging.docx"}
TURNS_OK_FIRST_RUN: set[str] = set()


test_coded_text, test_turns, test_truth_is_in_the_files = reading_tests(
    FILES, range(12, 13), *split_misread(MISREAD, CODED_OK_FIRST_RUN, TURNS_OK_FIRST_RUN))
