"""Shapes of published documents the eval8 set showed misread, each in a wording of its
own (tests/data/layouts/, tmp_path): first-person testimony without an interviewer."""

from __future__ import annotations

from pathlib import Path

from tests.test_layouts import notices, read, roles


def test_a_statement_that_asks_once_is_one_persons_testimony_with_a_title_page():
    rows = read("statement-sections.txt")
    assert roles(rows) == [
        *[("(front matter)", "other")] * 3, ("(heading)", "other"),
        *[("Respondent", "respondent")] * 3,  # `Who would have listened?` is hers
        ("(heading)", "other"), ("Respondent", "respondent"),  # `II. Leaving home`
    ]
    assert rows[5][3] == "Who would have listened?"
    said = notices("statement-sections.txt")
    assert any("title page of a testimony" in n for n in said)
    assert any("the only question ('Who would have listened?')" in n for n in said)


def test_a_lone_question_after_an_introduction_in_the_third_person_is_still_asked(
        tmp_path: Path):
    path = tmp_path / "one-question.txt"
    path.write_text("Mrs. Yoon ran a noodle stall in Wonsan until 2015.\n\n"
                    "Why did you close the stall?\n\n"
                    "The inspectors wanted more each month than I earned.\n", encoding="utf-8")
    assert roles(read(str(path))) == [("Intro", "other"), ("Interviewer", "interviewer"),
                                      ("Respondent", "respondent")]
