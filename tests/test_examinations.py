"""Shapes eval10 (tests/data/eval10/) found misread, each fix proven in another wording: a
court's examination transcript (`BY MR. OKAFOR:` above indented `Q` / `A`, colloquy in
capitals, a reporter's certificate), page numbers a PDF converted to Word keeps as
paragraphs (`— 27 —`), and the end of a testimony said in French or Korean."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.furniture import line_kind
from tests.test_word_subtitles import messages, para, run, turns, word_xml

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def test_an_immigration_hearing_read_as_examination():
    """Indented `Q` / `A` (a reporter's spaces, no stop) under `BY MR. OKAFOR:` are the
    examining lawyer's questions and the witness's answers; a cross-examination makes the
    other lawyer the one who asks; her objection during the direct is colloquy (context),
    the court and the interpreter are context, `THE WITNESS:` answers; the headings, the
    right-aligned page numbers and footer, the parenthetical over two lines and the
    reporter's certificate are context, and so are the preliminaries (the court opening, the
    lawyer before he examines, the oath). Before, `BY MR. OKAFOR` was a respondent who said
    every question and answer."""
    rows = [(s, r, t[:32]) for s, r, t in turns(LAYOUTS / "hearing-examination.txt")]
    okafor, lind, witness = "MR. OKAFOR", "MS. LINDQVIST", "THE WITNESS"
    start = rows.index(("(heading)", "other", "DIRECT EXAMINATION"))
    assert rows[start - 4:start] == [  # the preliminaries
        ("THE COURT", "other", "We are on the record. Counsel, y"),
        ("(colloquy)", "other", "MR. OKAFOR: The applicant, Your "),
        ("(note)", "other", "(The witness was sworn through t"),
        ("(note)", "other", "interpreter.)")]
    assert rows[start:] == [
        ("(heading)", "other", "DIRECT EXAMINATION"),
        ("(heading)", "other", "BY MR. OKAFOR:"),
        (okafor, "interviewer", "Where did you work before you le"),
        (witness, "respondent", "At the Hyesan market. I had a st"),
        (okafor, "interviewer", "Did you have to pay anyone to ke"),
        (witness, "respondent", "Every month the market manager c"),
        (okafor, "interviewer", "Were you ever stopped for anythi"),
        ("(colloquy)", "other", "MS. LINDQVIST: Objection, Your H"),
        ("THE COURT", "other", "Overruled. You may answer."),
        (witness, "respondent", "Once. A man from the inspection "),
        (okafor, "interviewer", "What happened then?"),
        (witness, "respondent", "I gave him my week's takings and"),
        (okafor, "interviewer", "Why did you finally decide to le"),
        (witness, "respondent", "My cousin crossed the river in t"),
        ("THE INTERPRETER", "other", "Interpreter clarifies: the witne"),
        (okafor, "interviewer", "Thank you. Nothing further."),
        ("(heading)", "other", "CROSS-EXAMINATION"),
        ("(heading)", "other", "BY MS. LINDQVIST:"),
        (lind, "interviewer", "Who paid the guide who took you "),
        (witness, "respondent", "My cousin paid him from China. I"),
        (lind, "interviewer", "That is all, Your Honor."),
        ("THE COURT", "other", "The witness may step down."),
        ("(note)", "other", "(Witness excused. The hearing re"),
        ("(note)", "other", "3:05 p.m.)"),
        ("(certificate)", "other", "CERTIFICATE OF REPORTER"),
        ("(certificate)", "other", "I, Tomas Reyes, certify that the"),
        ("(certificate)", "other", "are a complete and accurate reco"),
        ("(certificate)", "other", "PACIFIC COAST DEPOSITION SERVICE")]
    answer = next(t for s, _, t in turns(LAYOUTS / "hearing-examination.txt")
                  if t.startswith("I gave him"))
    assert answer.endswith("in his own pocket and walked away. I never saw them again.")
    assert any("read as a court transcript" in m for m in
               messages(LAYOUTS / "hearing-examination.txt"))


def test_capitals_labels_without_an_examination_header_read_as_before(tmp_path: Path):
    """Negative: a broadcaster's transcript with `MS. KANG:` / `MR. RI:` in capitals and no
    `BY ...:` header is an interview as before (Ri answers, coded), not colloquy; and a
    `BY MS. KANG:` with a single `Q.` / `A.` is not enough to read a court transcript."""
    path = tmp_path / "radio.txt"
    path.write_text("MS. KANG: Where did you sell the memory cards?\n"
                    "MR. RI: At the station market, hidden under the rice.\n"
                    "MS. KANG: Who bought them?\nMR. RI: Students, mostly. And soldiers.\n"
                    "MS. KANG: Did you pay the guards?\nMR. RI: Cigarettes, every week.\n",
                    encoding="utf-8")
    assert [(s, r) for s, r, _ in turns(path)] == [
        ("MS. KANG", "interviewer"), ("MR. RI", "respondent")] * 3
    once = tmp_path / "once.txt"
    once.write_text("BY MS. KANG:\n  Q.  Where did you cross?\n  A.  At Hoeryong, at night.\n"
                    "MR. RI: The water was low that winter.\n"
                    "MR. RI: We walked across the ice.\n", encoding="utf-8")
    assert not any("court transcript" in m for m in messages(once))
    assert ("MR. RI", "respondent") in [(s, r) for s, r, _ in turns(once)]


def test_an_examination_reads_in_linear_time(tmp_path: Path):
    """Questions, answers, colloquy and parentheticals that never close: four times the
    lines take about four times as long, not sixteen (the whole file is 28,000 lines at
    the larger size). CPU time, so a loaded machine does not skew the ratio."""
    block = ("BY MR. OKAFOR:\n     Q    Who paid the inspector?\n     A    My aunt paid him\n"
             "in cloth.\n          MS. LINDQVIST: Objection.\n          (Pause.\n"
             "          THE WITNESS: Twice.\n")
    took = []
    for n in (1_000, 4_000):
        path = tmp_path / f"big{n}.txt"
        path.write_text(block * n, encoding="utf-8")
        began = time.process_time()
        parse_file(path, Config(max_file_mb=50))
        took.append(time.process_time() - began)
    assert took[1] < 10 * took[0], took


def test_page_numbers_a_pdf_converted_to_word_keeps_as_paragraphs(tmp_path: Path):
    """A Word file made from a PDF, a paragraph per printed line: `- 12 -` between the two
    halves of an answer and `Page 13 of 20` after it were words of the answer; a bare `14`
    (may answer `How old?`) and `3 / 4` inside an answer's lines stay."""
    texts = ["Q: How old were you when you started at the market?", "A: I was", "14",
             "and my mother sold noodles.", "Q: What did the inspectors take?",
             "A: Cloth, mostly, and batteries from", "- 12 -", "the Chinese traders.",
             "Page 13 of 20"]
    path = word_xml(tmp_path / "pdf.docx", "".join(para(run(t)) for t in texts))
    rows = turns(path)
    assert ("(page number)", "other", "- 12 -") in rows
    assert ("(page number)", "other", "Page 13 of 20") in rows
    said = " ".join(t for _, r, t in rows if r == "respondent")
    assert said == ("I was 14 and my mother sold noodles. Cloth, mostly, and batteries from "
                    "the Chinese traders.")


@pytest.mark.parametrize("text", ["— 27 —", "– 3 –", "-- 4 --", "Page 27", "page 27 of 40",
                                  "27 / 40"])
def test_page_number_lines(text: str):
    assert line_kind(text) == "page number"


@pytest.mark.parametrize("text", ["27", "27 of 40", "12 / 10", "3/4", "Page 27 was torn out."])
def test_not_page_number_lines(text: str):
    assert line_kind(text) != "page number"


@pytest.mark.parametrize("text", ["Fin du témoignage.", "Fin de l'entretien", "— Fin —",
                                  "Ende des Interviews", "Fin de la entrevista.",
                                  "Fim da entrevista", "Конец интервью", "(끝)", "인터뷰 끝",
                                  "— 끝 / End —", "[END]", "End of interview."])
def test_end_markers_in_other_languages(text: str):
    assert line_kind(text) == "end"


@pytest.mark.parametrize("text", ["Fine.", "Fine, thank you.", "Fin du monde, they said.",
                                  "끝까지 갔어요", "Ende gut, alles gut."])
def test_words_that_are_no_end_marker(text: str):
    """Negative: `Fine.` answers (the Italian `fine` alone is not read as the end)."""
    assert line_kind(text) != "end"


def test_a_french_testimony_ending_with_its_marker(tmp_path: Path):
    """`Fin de l'entretien.` after the last answer was coded in it."""
    path = tmp_path / "fr.txt"
    path.write_text("Q : Qui vous a aidée à traverser ?\n\nR : A smuggler my cousin knew. "
                    "We paid him in yuan.\n\nFin de l'entretien.\n", encoding="utf-8")
    assert turns(path)[-1] == ("(end)", "other", "Fin de l'entretien.")
