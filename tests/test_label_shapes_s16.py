"""Labels that are easy to distrust (session 16): initials that are also a postscript word
(`PS:`, `NB:`) used as a speaker's label (qcode/ingest/labels.py `_initials_speak`)."""

from __future__ import annotations

from tests.test_layouts import read


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
