"""Shapes of published documents the eval8 set showed misread, each in a wording of its
own (tests/data/layouts/, tmp_path): first-person testimony without an interviewer;
questions set apart in italics."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.test_layouts import QA, notices, read, roles


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


def test_italic_questions_without_a_question_mark_are_asked_and_page_anchors_are_no_text():
    rows = read("prompts-italic.md")
    assert [r[1:3] for r in rows] == [
        ("(heading)", "other"), ("Intro", "other"), *QA,
        ("Interviewer", "interviewer"),  # `_And your customers paid with what_`
        ("Respondent", "respondent"), ("(page marker)", "other"),
        ("Interviewer", "interviewer"),  # `_The inspectors, then._`
        ("Respondent", "respondent"),
        ("Respondent", "respondent"),  # `_Life after the bakery_` speaks to no one: not asked
        ("Respondent", "respondent"), *QA]
    assert any("'And your customers paid with what'" in n for n in notices("prompts-italic.md"))


def test_a_word_page_that_sets_its_questions_in_italics(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Ms. Ri, 40, repaired radios in Kimchaek.")
    for text, italic in [("Who brought you the radios?", True),
                         ("Neighbours, and sometimes a soldier.", False),
                         ("You fixed the soldiers' radios too.", True),
                         ("Yes. They paid better than anyone.", False),
                         ("Were the dials sealed?", True),
                         ("Always. We broke the seal and glued it back.", False)]:
        document.add_paragraph().add_run(text).italic = italic
    document.save(str(tmp_path / "italic.docx"))
    assert roles(read(str(tmp_path / "italic.docx"))) == [("Intro", "other"), *QA * 3]


def test_a_bilingual_table_whose_rows_say_question_or_answer_is_a_transcript(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("상담 기록 / Counselling record")
    rows = [("항목", "조선어", "English"),
            ("문", "처음 중국에 갔을 때 몇 살이었어요?", "How old were you when you first went to China?"),
            ("답", "열아홉 살이었어요. 혼자 갔어요.", "I was nineteen. I went alone."),
            ("문", "거기서 무슨 일을 했어요?", "What work did you do there?"),
            ("답", "식당에서 설거지를 했어요.", "I washed dishes in a restaurant.")]
    table = document.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Translation: staff of the centre; place names shortened.")
    document.save(str(tmp_path / "record.docx"))
    rows_read = read(str(tmp_path / "record.docx"))
    assert [r[1:3] for r in rows_read if r[2] != "other"] == QA * 2
    assert rows_read[-1][1:3] == ("(credit)", "other")  # the translator's note, not an answer
    assert [r[3] for r in rows_read if r[2] != "other"][:2] == ["How old were you",
                                                                "I was nineteen. I"]
