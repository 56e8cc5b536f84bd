"""A page without labels that sets its questions in bold: the writer's bold name labelling
the first question only is no words of it, and an italic note closing the page after the
last answer is the writer's, not the answer's (boldpage.py). eval29's md05 found the closing
thanks coded as the interviewee's words; proven here on another page, and not done on a
page that sets words of the interviewee's answers in italics."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_the_first_questions_bold_name_and_the_closing_italic_note():
    got = _read("blog-bold-questions-named-first.md")
    assert [g for g in got if g[0] != "other"] == [
        ("interviewer", "Interviewer", "You started at the"),
        ("respondent", "Respondent", "My father was there,"),
        ("interviewer", "Interviewer", "__What was the pay"),
        ("respondent", "Respondent", "There was no pay,"),
        ("interviewer", "Interviewer", "__You mean you paid"),
        ("respondent", "Respondent", "Yes. Everyone did. The"),
        ("interviewer", "Interviewer", "__And when did you"),
        ("respondent", "Respondent", "When my son was"),
    ]
    assert got[-1] == ("other", "(closing note)", "_My thanks to Mr.")
    t = parse_file(LAYOUTS / "blog-bold-questions-named-first.md", Config())
    assert not any("Marguerite" in turn.text for turn in t.turns if turn.role != "other")


def test_italic_words_in_the_answers_keep_the_last_italic_paragraph_hers():
    """She sings a song, set in italics, in an answer before the last: the italic line
    ending the last answer is her song again, not the writer's note."""
    got = _read("blog-bold-questions-italic-answers.md")
    assert got[-1] == ("respondent", "Respondent", "Church songs. But when")
    t = parse_file(LAYOUTS / "blog-bold-questions-italic-answers.md", Config())
    assert t.turns[-1].text.endswith("*The river is wide and the wind is cold.*")
