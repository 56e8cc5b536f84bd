"""Documents as they come from web pages, PDFs and podcasts (fixtures in
tests/data/layouts/): what is the respondent's, what the interviewer's and what is the
editors' or the page's, and the warnings where the reader cannot tell."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def read(name: str) -> list[tuple[int, str, str, str]]:
    """(line, speaker, role, text) of each paragraph, as parsed."""
    t = parse_file(LAYOUTS / name, Config())
    return [(p.line, turn.speaker, turn.role, p.text) for turn in t.turns for p in turn.paragraphs]


def notices(name: str) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(LAYOUTS / name, Config()).notices]


def said_by(rows: list[tuple[int, str, str, str]], role: str) -> str:
    return " ".join(text for _, _, r, text in rows if r == role)


def test_editors_notes_inside_and_between_answers_are_context():
    rows = read("notes-inline.txt")
    assert rows[1] == (3, "A", "respondent", "At a fish-processing plant in Sinpo. We salted "
                       "pollack for export and the managers kept the dollars.")
    assert rows[2][1:3] == ("(note)", "other")
    assert rows[2][3].startswith("(Note: most of the catch")
    assert rows[4][3].endswith("I carried the soybeans for her.")
    assert rows[5][1:3] == ("(note)", "other") and "Translator's note" in rows[5][3]
    assert rows[6][:3] == (9, "(note)", "other")  # `Note: Sinpo is a port city...`
    assert rows[-1][1] == "(credit)"  # `Editor's note: ...`
    answers = said_by(rows, "respondent")
    assert "note" not in answers.lower() and "famine" not in answers and "port city" not in answers


def test_interviewer_in_brackets_inside_an_unlabelled_answer_is_the_interviewers_turn():
    rows = read("interjection-unlabelled.txt")
    assert [(line, speaker, role) for line, speaker, role, _ in rows] == [
        (1, "Intro", "other"), (3, "Interviewer", "interviewer"),
        (5, "Respondent", "respondent"), (5, "Interviewer", "interviewer"),
        (5, "Respondent", "respondent"), (7, "Interviewer", "interviewer"),
        (9, "Respondent", "respondent"), (9, "Interviewer", "interviewer"),
        (9, "Respondent", "respondent")]
    assert rows[3][3] == "So you could see China from your house?"
    assert rows[4][3].startswith("Yes, on a clear day")


def test_closing_notes_after_an_introduction_giving_name_and_age_are_context():
    rows = read("closing-note.txt")
    assert rows[-3][3].startswith("Hunger in my unit.") and rows[-3][2] == "respondent"
    assert [r[1] for r in rows[-2:]] == ["(about the speaker)", "(credit)"]
