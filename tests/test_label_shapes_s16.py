"""Labels that are easy to distrust (session 16): initials that are also a postscript word
(`PS:`, `NB:`) used as a speaker's label (qcode/ingest/postscripts.py); a meeting's attendee
who speaks once, to ask (speakers.py `attendee_once`, `asked_once`), and a meeting app's end
lines (furniture.py)."""

from __future__ import annotations

from tests.test_layouts import notices, read


def test_postscript_initials_that_alternate_with_the_interviewer_are_a_speaker():
    rows = [r for r in read("initials-postscript-speaker.md") if r[2] != "other"]
    turns = [(s, r) for i, (_, s, r, _) in enumerate(rows) if i == 0 or rows[i - 1][1] != s]
    assert turns == [("LO", "interviewer"), ("NB", "respondent")] * 4 + [("LO", "interviewer")]
    assert (16, "NB", "respondent", "I learned to keep") in rows
    assert rows[1] == (8, "NB", "respondent", "My uncle had a")
    assert (30, "(credit)", "other", "PS: This interview was") in read(
        "initials-postscript-speaker.md")  # the closing postscript stays what it was


def test_writers_notes_and_a_closing_postscript_stay_text():
    """Negative: `NB:` notes between the parts of one speaker's answer, a `PS:` closing
    the last turn: words of the turn, as before."""
    rows = read("postscript-notes-negative.txt")
    assert {s for _, s, _, _ in rows} == {"Interviewer", "Hwang"}
    assert (5, "Hwang", "respondent", 'NB: the "card" is') in rows
    assert (22, "Hwang", "respondent", "PS: If you remember") in rows


def test_meeting_attendee_asking_once_is_an_interviewer_and_the_end_lines_context():
    rows = read("meet-second-interviewer-once.txt")
    assert (11, "Jonas Weber", "interviewer", "Sorry to jump in,") in rows
    assert (10, "Ko Sun-ae", "respondent", "A tenth, paid in") in rows  # ends before it
    assert (12, "Ko Sun-ae", "respondent", "Before. After the change") in rows
    assert rows[-3:] == [(17, "Ko Sun-ae", "respondent", "Thank you."),
                         (18, "(system)", "other", "Transcription ended after 00:08:19"),
                         (20, "(system)", "other", "This editable transcript was")]
    assert any("'Jonas Weber' speaks once, to ask" in n
               for n in notices("meet-second-interviewer-once.txt"))


def test_full_names_quoted_or_speaking_once_without_asking_stay_in_the_answer():
    """Negative: a guard's words quoted after `said to my brother:`, a name speaking once
    without asking and listed nowhere, and an answer's `The meeting ended after 10:30`:
    read as before."""
    rows = read("full-names-once-negative.txt")
    assert {s for _, s, _, _ in rows} == {"Hanna Lindqvist", "Kang Min-ho"}
    turns = [r for i, (_, s, r, _) in enumerate(rows) if i == 0 or rows[i - 1][1] != s]
    assert turns == ["interviewer", "respondent", "interviewer", "respondent", "interviewer"]
    assert (6, "Kang Min-ho", "respondent", "Choi Song-il: Where is") in rows
    assert (15, "Kang Min-ho", "respondent", "Yoon Dae-jung: Brand matters") in rows
    assert (17, "Kang Min-ho", "respondent", "That is what my") in rows
