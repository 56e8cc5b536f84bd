"""Shapes around the interview that say who speaks: a descriptor line above the first
question (`Interviewee: man, early 40s, ...`, `Participants: R1 (...)`), a numbered
Question | Answer table whose header row comes again mid-table, and a transcription
service's speaker key table above `Speaker N [00:00:04]:` labels (eval14's ngo02, docx15,
docx16 in other words)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.descriptor import describes
from tests.test_layouts import read


def test_descriptor_line_above_the_first_question_is_context():
    rows = read("descriptor-testimony.txt")
    assert rows[3] == (7, "(header)", "other", "Interviewee: man, early 40s,")
    assert {(s, r) for _, s, r, _ in rows[4:-1]} == {("Q", "interviewer"), ("A", "respondent")}
    assert rows[5][3] == "I drove a truck"


def test_participants_list_is_context_and_they_answer():
    rows = read("descriptor-focus-group.txt")
    assert [(s, r) for _, s, r, _ in rows] == [
        ("(heading)", "other"), ("(header)", "other"), ("Moderator", "interviewer"),
        ("R1", "respondent"), ("R2", "respondent"), ("Moderator", "interviewer"),
        ("R3", "respondent")]


def test_a_short_answer_under_the_same_label_is_kept():
    # after a question, or in the first person, an `Interviewee:` line answers
    rows = read("descriptor-not-before-question.txt")
    assert [(s, w) for _, s, r, w in rows if r == "respondent"] == [
        ("Interviewee", "Woman. I was a"), ("Interviewee", "Twenties, Musan, left in"),
        ("Interviewee", "Every week, asking about")]


@pytest.mark.parametrize(("value", "said"), [
    ("woman, late 30s, formerly of Musan, North Hamgyong. Left in 2019.", True),
    ("man, 20s, Chongjin; interviewed in Seoul in 2023.", True),
    ("P1 (woman, 40s, Hyesan), P2 (man, 30s, Hoeryong)", True),
    ("Woman. I was a woman alone, what could I do?", False),
    ("The guards took everything, in 2009, at the border.", False),
    ("woman, 30s, from Hyesan?", False),
    ("Kim Young-ho, Seoul", False),
])
def test_what_describes_someone(value: str, said: bool):
    assert describes(value) is said


def test_descriptor_reading_is_linear(tmp_path: Path):
    many = "\n".join(f"Respondent {n}: woman, 30s, Hyesan. Left in 2015." for n in range(1000))
    path = Path(__file__).parent / "data" / "layouts" / "descriptor-testimony.txt"
    big = tmp_path / "big.txt"
    big.write_text(many + "\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    t = parse_file(big, Config())
    assert [turn.speaker for turn in t.turns if turn.role == "respondent"] == ["A"] * 3


def _numbered_table(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Appendix C. Interview with Informant 9", level=1)
    d.add_paragraph("Informant 9: man, 50s, Kangwon. Interviewed in Seoul in 2021.")
    rows = [["#", "Question", "Answer"], ["Section A: Food"],
            ["1", "Where did your family buy rice?", "At the market, from a woman "
             "who came from Hamhung."],
            ["2", "Was it expensive?", "Very. One month of my wage bought four kilos."],
            ["#", "Question", "Answer"], ["Section B: Media"],
            ["3", "Who had a notel?", "My uncle. He rented it out by the night."]]
    table = d.add_table(rows=0, cols=3)
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[2])
            merged.text = row[0]
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    d.save(path)
    return path


def test_numbered_question_answer_table_with_its_header_again(tmp_path: Path):
    t = parse_file(_numbered_table(tmp_path / "numbered.docx"), Config())
    said = [(turn.role, turn.text[:12]) for turn in t.turns if turn.role != "other"]
    assert said == [("interviewer", "Where did yo"), ("respondent", "At the marke"),
                    ("interviewer", "Was it expen"), ("respondent", "Very. One mo"),
                    ("interviewer", "Who had a no"), ("respondent", "My uncle. He")]
    assert not any(turn.text.startswith("#") for turn in t.turns if turn.role != "other")
    assert not any("not a Speaker | Text" in n.message for n in t.notices)


def _keyed(path: Path, key: list[tuple[str, str]], lines: list[str]) -> Path:
    d = docx.Document()
    d.add_heading("Transcript: session_14.mp3", level=1)
    d.add_heading("Speaker key", level=2)
    table = d.add_table(rows=0, cols=2)
    for label, who in key:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, who
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return path


LINES = ["Speaker A [00:00:03]: Thanks for meeting me. Where did you grow up?",
         "Speaker B [00:00:09]: In Sinuiju, by the bridge.",
         "Speaker A [00:00:14]: What did your parents do?",
         "Speaker B [00:00:18]: My mother sold shoes she bought from Chinese traders.",
         "Speaker C [00:00:30]: She means second-hand shoes, from Dandong.",
         "Speaker A [00:00:36]: Thank you. And the bribes at the market?",
         "Speaker B [00:00:41]: Every week a little, to the manager."]


def test_speaker_key_table_names_and_roles(tmp_path: Path):
    key = [("Speaker A", "Interviewer (Noor Aziz)"), ("Speaker B", "Respondent (Ms. Ri)"),
           ("Speaker C", "Interpreter, Mr. Baek")]
    t = parse_file(_keyed(tmp_path / "keyed.docx", key, LINES), Config())
    assert [(turn.speaker, turn.role) for turn in t.turns if turn.line > 8] == [
        ("Noor Aziz", "interviewer"), ("Ms. Ri", "respondent"), ("Noor Aziz", "interviewer"),
        ("Ms. Ri", "respondent"), ("Mr. Baek", "other"), ("Noor Aziz", "interviewer"),
        ("Ms. Ri", "respondent")]
    assert not any("is not a Speaker" in n.message or "took" in n.message for n in t.notices)


def test_a_two_column_table_of_no_roles_is_no_key(tmp_path: Path):
    # a glossary beside the transcript: kept as context with its warning, keys nothing
    glossary = [("jangmadang", "market"), ("bowibu", "state security"), ("notel", "player")]
    t = parse_file(_keyed(tmp_path / "glossary.docx", glossary, LINES), Config())
    assert any("is not a Speaker | Text" in n.message for n in t.notices)
    assert "Noor Aziz" not in {turn.speaker for turn in t.turns}
    assert "She means second-hand" in next(
        turn.text for turn in t.turns if "My mother sold" in turn.text)
