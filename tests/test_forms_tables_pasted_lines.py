"""Shapes eval20 found misread (and one another helper found), each fix proven on fixtures
of its own in other words (tests/data/layouts/, or Word files built here) with a near miss
beside it: a Word table of questions left and answers right with no header (qarows.py), a
form's response copied as text (forms.py), a credit line naming `Dr.` with another credit
after it (credits.py), and a Q&A pasted from a web page a paragraph per line with blank
lines only around its furniture (pastedqa.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(role, speaker, first three words of each paragraph joined by ' / ') of each turn."""
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " / ".join(" ".join(p.text.split()[:3])
                                               for p in turn.paragraphs)) for turn in t.turns]


def _table_docx(path: Path, rows: list[tuple[str, str]], above: str = "Interview notes",
                below: str = "Typed by the interviewer.") -> Path:
    d = docx.Document()
    d.add_paragraph(above)
    table = d.add_table(rows=0, cols=2)
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].text = left
        paragraphs = right.split("\n")
        cells[1].text = paragraphs[0]
        for more in paragraphs[1:]:
            cells[1].add_paragraph(more)
    d.add_paragraph(below)
    d.save(path)
    return path


def test_a_word_table_of_questions_and_answers_without_a_header(tmp_path: Path):
    """Questions left, answers right, no header row: each row a question and its answer; a
    row with no question goes on with the answer above; the paragraphs around are context."""
    path = _table_docx(tmp_path / "qa.docx", [
        ("What did your mother sell?", "Rice cakes at the Sunam market.\nLater, shoes."),
        ("Who did she pay?", "The market manager, every morning."),
        ("", "And the inspectors twice a year."),
        ("Did you ever refuse?", "Once. They closed the stall for a month."),
    ], above="Notes of the interview with Ms. Seo, typed by Jung Ha-na")
    assert turns(path) == [
        ("other", "(preamble)", "Notes of the"),
        ("interviewer", "Interviewer", "What did your"),
        ("respondent", "Respondent", "Rice cakes at / Later, shoes."),
        ("interviewer", "Interviewer", "Who did she"),
        ("respondent", "Respondent", "The market manager, / And the inspectors"),
        ("interviewer", "Interviewer", "Did you ever"),
        ("respondent", "Respondent", "Once. They closed"),
        ("other", "(note)", "Typed by the"),
    ]


@pytest.mark.parametrize("rows", [
    # a survey's table of results: questions left, figures right
    [("Did you pay a bribe at the market?", "71%"), ("Did you watch foreign films?", "48%"),
     ("Did you hear of human rights?", "12%"), ("Did you leave with family?", "35%")],
    # an interview guide: questions left, their probes (questions too) right
    [("What was your work?", "Where? For how long?"), ("Who did you pay?", "How much? Why?"),
     ("Why did you leave?", "Who helped? When?"), ("How did you cross?", "Was it paid?")],
    # yes / no answers to long questions say less than the questions: not read as turns
    [("Did anyone in your family work for the state security ministry?", "No"),
     ("Did you ever give money to an official at the market or the factory?", "Yes"),
     ("Did you ever watch a South Korean film or drama before you left?", "Yes")],
])
def test_a_table_of_data_with_questions_is_no_interview(tmp_path: Path, rows):
    """Tables that have questions on the left but no answers on the right stay context,
    with the warning that says so; no question of theirs is an interviewer's turn."""
    t = parse_file(_table_docx(tmp_path / "data.docx", rows), Config())
    assert [x.speaker for x in t.turns][:2] == ["(heading)", "(table)"]
    assert all(x.role != "interviewer" for x in t.turns)
    assert any("is not a Speaker | Text or Question | Answer table" in n.message
               for n in t.notices)


def test_a_form_response_with_required_marks_and_buttons():
    """Another form, other furniture: `* Required`, a chosen button `◉` and others `○`,
    crossed boxes `☒`, Google's password warning and footer; an identifying field is
    context, a question with a one-word answer is read."""
    got = turns(LAYOUTS / "form-response-required.txt")
    assert [t for t in got if t[0] != "other"] == [
        ("interviewer", "Interviewer", "Which city or"),
        ("respondent", "Respondent", "Hyesan"),
        ("interviewer", "Interviewer", "What was your"),
        ("respondent", "Respondent", "◉ Trading at"),
        ("interviewer", "Interviewer", "Did you have"),
        ("respondent", "Respondent", "Yes. The market / In 2016 I"),
        ("interviewer", "Interviewer", "Which of these"),
        ("respondent", "Respondent", "☒ Cigarettes"),
        ("respondent", "Respondent", "☒ Cash (yuan"),
        ("interviewer", "Interviewer", "Anything else you"),
        ("respondent", "Respondent", "No."),
    ]
    context = [t for t in got if t[0] == "other"]
    assert ("other", "(field)", "Age group * / 40-49") in context
    assert ("other", "(option not chosen)", "○ State job / ○ Farming / ○ Other:") in context
    assert ("other", "(option not chosen)", "☐ Liquor") in context
    assert context[-1][1] == "(footer)"


def test_a_transcript_with_a_consent_checklist_is_no_form():
    """Boxes and `* Required` above a labelled transcript: the labels are read as before,
    the checklist is context."""
    assert turns(LAYOUTS / "form-negative-consent-transcript.txt") == [
        ("other", "(preamble)", "Consent form (signed"),
        ("interviewer", "Interviewer", "Can you tell"),
        ("respondent", "Mrs. Cha", "At the shoe"),
        ("interviewer", "Interviewer", "Why not?"),
        ("respondent", "Mrs. Cha", "I paid the"),
        ("interviewer", "Interviewer", "Did you pay"),
        ("respondent", "Mrs. Cha", "The market manager,"),
        ("interviewer", "Interviewer", "Thank you."),
    ]


def test_a_credit_line_naming_a_doctor_with_a_translation_credit(tmp_path: Path):
    """`Interviewer: Dr. Ruth Adler. Interpreter: Ms. Yoo.` is a credit (the note under it
    context); `Interviewer: Mrs. Han. Shall we begin?` is still the first turn."""
    path = tmp_path / "credit.txt"
    path.write_text("WITNESS ARCHIVE - TAPE 4\n"
                    "Interviewer: Dr. Ruth Adler. Interpreter: Ms. Yoo (student).\n"
                    "Some names changed.\n\n"
                    "Interviewer: Where were you born?\n\n"
                    "Mr. Pyo: In Kimchaek, by the sea.\n\n"
                    "Interviewer: Did your father work at the steel works?\n\n"
                    "Mr. Pyo: Yes, until the factory stopped.\n", encoding="utf-8")
    got = turns(path)
    assert got[1] == ("other", "(credit)", "Interviewer: Dr. Ruth")
    assert got[2][0] == "other" and got[3] == ("interviewer", "Interviewer", "Where were you")
    path.write_text("Interviewer: Mrs. Han. Shall we begin?\n\nMrs. Han: Yes.\n\n"
                    "Interviewer: Where did you live?\n\nMrs. Han: In Hyesan.\n",
                    encoding="utf-8")
    assert turns(path)[0] == ("interviewer", "Interviewer", "Mrs. Han. Shall")


def test_a_pasted_q_and_a_with_bold_questions_a_line_each():
    """Blank lines only around the title, credit and note: the bold questions are the
    interviewer's and the answer lines under each the respondent's, a paragraph a line."""
    assert turns(LAYOUTS / "pasted-qa-bold-lines.md") == [
        ("other", "(heading)", "\"The guard wanted"),
        ("other", "(credit)", "*Interview by Lena"),
        ("interviewer", "Interviewer", "**How old were"),
        ("respondent", "Respondent", "I was nine. / My mother sold"),
        ("interviewer", "Interviewer", "**What did you"),
        ("respondent", "Respondent", "Grass soup, corn / At school the"),
        ("interviewer", "Interviewer", "**When did you"),
        ("respondent", "Respondent", "When my mother / Then a woman"),
        ("interviewer", "Interviewer", "**Was the crossing"),
        ("respondent", "Respondent", "Yes. The guard"),
        ("other", "(rule)", "---"),
        ("other", "(editorial note)", "*Names have been"),
    ]


def test_a_pasted_q_and_a_with_plain_questions_and_a_footnote():
    """Plain questions ending in `?`, several answer paragraphs in a row, a `Footnote:`
    line after the last answer (context, not her words)."""
    assert turns(LAYOUTS / "pasted-qa-plain-lines.txt") == [
        ("other", "Intro", "The broker's price / Sun-hee Cho talks"),
        ("interviewer", "Interviewer", "You were a"),
        ("respondent", "Respondent", "At a middle / Parents gave us / I am not"),
        ("interviewer", "Interviewer", "How did you"),
        ("respondent", "Respondent", "My husband was / We paid the"),
        ("interviewer", "Interviewer", "And the crossing"),
        ("respondent", "Respondent", "In March, when"),
        ("other", "(note)", "Footnote: the names"),
    ]


def test_a_bold_statement_opening_a_page_of_bold_questions(tmp_path: Path):
    """`**You were a teacher.**` before the first `?`, set as the page sets its questions
    and speaking to her, is the first prompt (said in a notice), not the introduction."""
    path = tmp_path / "bold.txt"
    path.write_text("Teaching in Hoeryong\nSun-hee Cho talks to Anna Berg.\n"
                    "**You were a teacher in Hoeryong.**\nYes, for eleven years.\n"
                    "Parents gave us cigarettes.\n**How did you leave?**\nWith a broker.\n"
                    "**Were you afraid?**\nVery.\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert [(x.role, x.text.split()[0]) for x in t.turns][:4] == [
        ("other", "Teaching"), ("other", "Sun-hee"), ("interviewer", "**You"),
        ("respondent", "Yes,")]
    assert any("set as the page sets its questions" in n.message for n in t.notices)


def test_hard_wrapped_answers_between_question_lines_are_joined():
    """A typed Q&A wrapped at a width: the answers' wrapped lines are joined, each question
    on its line is the interviewer's (before, the answers were read into the questions)."""
    assert turns(LAYOUTS / "pasted-qa-wrapped-lines.txt") == [
        ("other", "Intro", "INTERVIEW 7 (typed"),
        ("other", "(header)", "Respondent: woman, 40s,"),
        ("interviewer", "Interviewer", "How did you"),
        ("respondent", "Respondent", "A broker in"),
        ("interviewer", "Interviewer", "What was the"),
        ("respondent", "Respondent", "China. Three months"),
        ("interviewer", "Interviewer", "Do you still"),
        ("respondent", "Respondent", "Yes, twice a"),
        ("interviewer", "Interviewer", "Does the broker"),
        ("respondent", "Respondent", "Thirty percent. Sometimes"),
    ]


def test_a_transcript_setting_each_sentence_on_a_line_keeps_its_paragraphs():
    """Blank lines between turns, a sentence a line inside each: every answer stays one
    paragraph (not a paragraph a line)."""
    got = turns(LAYOUTS / "pasted-qa-negative-sentences.txt")
    assert [(role, text.count(" / ")) for role, _, text in got] == [
        ("other", 0), ("interviewer", 0), ("respondent", 0), ("interviewer", 0),
        ("respondent", 0), ("interviewer", 0), ("respondent", 0), ("interviewer", 0),
        ("respondent", 0)]


def test_hostile_input_of_these_shapes_is_read(tmp_path: Path):
    """A 20k-character line and a 5k-line file of each shape are read, not refused or crashed
    on (the new patterns are linear; benchmarks, not tests, measure time)."""
    long = "x? " * 7000
    form = ("Response 1 of 2\n* Required\n\n" + "".join(
        f"Question {k}?\n☑ {long if k == 1 else 'yes'}\n☐ no\n\n" for k in range(1250)))
    pasted = "Title\n\nBy someone\n\n" + "".join(
        f"**Question {k}?**\nAnswer {k}. {long if k == 1 else ''}\n" for k in range(2500))
    credit = "Interviewer: Dr. A B. Translation: " + "Mr. " * 5000 + "\n\nInterviewer: Hi?\n"
    for name, text in (("form.txt", form), ("pasted.md", pasted),
                       ("credit.txt", credit + "\nMr. X: Yes.\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert parse_file(path, Config()).turns, name
    rows = [(f"Question {k}?" + (" x" * 10000 if k == 1 else ""), f"Answer {k} words here.")
            for k in range(300)]
    assert parse_file(_table_docx(tmp_path / "big.docx", rows), Config()).turns
