"""Session 19's new reading tried at the command line as a user would (`qcode run`, `qcode
show`): a magazine box printing each question on the line right above its answer, and a
film's title card set over two cues (the title, then `A film by...`). Checked through the
real CLI (Typer's CliRunner)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Project

LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"


def _copy(project: Project, name: str) -> None:
    project.write(name, (LAYOUTS / name).read_text(encoding="utf-8"))


def test_a_box_with_each_question_right_above_its_answer(project: Project):
    """No blank line between a box's question and its answer: the box was not found, so the
    body's quotes were an introduction (never coded) and two questions ran into an answer."""
    _copy(project, "feature-box-question-over-answer.txt")
    r = project.qcode("run")
    assert ("Warning: transcripts/feature-box-question-over-answer.txt:7: read as a feature "
            "article: its 3 paragraphs that open with a quotation mark are the interviewee's "
            "speech, the narration around them is context; the 4 questions of the box after it "
            "are the writer's, the answers the interviewee's; if that is wrong, label the "
            "turns\n") in r.stderr
    shown = project.qcode("show", "feature-box-question-over-answer").stdout
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in shown.splitlines()
            if line.startswith("│")]
    assert [row[:4] for row in rows if row[3] == "coded"] == [
        ["7", "Ryu", "respondent", "coded"], ["11", "Ryu", "respondent", "coded"],
        ["15", "Ryu", "respondent", "coded"], ["20", "Ryu", "respondent", "coded"],
        ["23", "Ryu", "respondent", "coded"], ["26", "Ryu", "respondent", "coded"],
        ["29", "Ryu", "respondent", "coded"]]
    assert [row[0] for row in rows if row[1] == "Interviewer"] == ["19", "22", "25", "28"]


def test_a_title_card_over_two_cues_is_a_heading(project: Project):
    """`NORTHERN LIGHTS`, then `A film by Teresa Quinn` in a cue of its own: both opened the
    first question (and the review sheet's question column); the dash after them stayed."""
    _copy(project, "srt-title-card-over-two-cues.srt")
    project.qcode("run")
    shown = project.qcode("show", "srt-title-card-over-two-cues").stdout
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in shown.splitlines()
            if line.startswith("│")]
    assert [row[1] for row in rows] == ["(heading)", "Interviewer", "Respondent", "(sound)",
                                        "Interviewer", "Respondent"]
    assert rows[1][5] == "What made you decide to go?"


def test_a_capitals_cue_with_no_credit_after_it_stays_speech(project: Project):
    """A first cue in capitals that no `A film by...` cue follows is no title card."""
    _copy(project, "srt-capitals-cue-then-speech-negative.srt")
    project.qcode("run")
    shown = project.qcode("show", "srt-capitals-cue-then-speech-negative").stdout
    assert "(heading)" not in shown
    assert "WELCOME BACK EVERYONE" in shown
