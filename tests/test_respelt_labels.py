"""Labels whose spelling changes within one file (`Q:` / `A:`, `Q.` / `A.`, `Question:` /
`Answer:`, then the two names; OCR's `0:` and `A;`), a focus group's credit line naming the
facilitators by their initials, and italic questions after a Word transcript's labels stop
(qcode/ingest/respelt.py, credits.py, prompts.py)."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.test_layouts import notices, read


def spoken(name: str) -> list[tuple[str, str, str]]:
    return [(s, r, w) for _, s, r, w in read(name) if r != "other"]


def test_respelt_labels_are_one_interviewer_and_one_respondent():
    rows = spoken("news-respelt-labels.txt")
    assert {(s, r) for s, r, _ in rows} == {("Okoro", "interviewer"), ("Baek", "respondent")}
    assert [w for _, _, w in rows][:6] == [
        "How did you get", "My uncle knew the", "Were the checkpoints difficult?",
        "Every checkpoint wanted something.", "You mentioned the memory", "Students, mostly. They put"]
    assert not any("correspondent" in w for _, _, w in rows)
    assert any("spells its labels several ways" in n for n in notices("news-respelt-labels.txt"))


def test_ocr_garbled_labels_read_as_the_labels_they_stand_for():
    rows = spoken("ocr-garbled-labels.txt")
    assert [(s, w) for s, _, w in rows] == [
        ("Q", "What did you sell"), ("A", "Tofu, and later rice"),
        ("Q", "Did the market guards"), ("A", "Every week. You gave"),
        ("Q", "When did you first"), ("A", "When my son was"),
        ("Q", "How did you cross?"), ("A", "At night, in winter,")]


def test_facilitators_credited_with_initials_ask():
    rows = spoken("focus-group-credit.txt")
    assert [(s, r) for s, r, _ in rows] == [
        ("HK", "interviewer"), ("P1", "respondent"), ("P2", "respondent"),
        ("M", "interviewer"), ("P1", "respondent"), ("HK", "interviewer")]
    assert rows[2][2] == "In cigarettes, in Musan."  # `[overlap]` is no word of it


def test_names_that_both_answer_are_not_merged_with_q_and_a():
    """Negative: two names after `Q:` / `A:` that both answer are not the pair respelt."""
    rows = spoken("names-both-answer.txt")
    assert {s for s, _, _ in rows} == {"Q", "A", "Kim", "Lee"}
    assert not any("several ways" in n for n in notices("names-both-answer.txt"))


def test_a_list_in_an_answer_is_not_a_label():
    """Negative: `A.` after an `A:` answer (a list item) is not read as a new answer."""
    rows = spoken("list-after-answer.txt")
    assert [s for s, _, _ in rows] == ["Q", "A", "Q", "A"]


def _word_file(path: Path, italic_asks: bool) -> Path:
    doc = docx.Document()
    for label, text, italic in (("Q: ", "Where did you sell your tofu?", True),
                                ("A: ", "At the station, every morning.", False),
                                ("Q: ", "Who took a share?", True),
                                ("A: ", "The railway police, always.", False)):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text).italic = italic
    doc.add_paragraph("“Everyone paid the railway police.”", style="Intense Quote")
    for text, italic in (("Did you ever watch dramas?", True), ("Yes, on a notel.", False),
                         ("When did you leave?", italic_asks), ("In 2018, in winter.", False)):
        doc.add_paragraph().add_run(text).italic = italic
    doc.save(str(path))
    return path


def test_italic_questions_after_the_labels_stop(tmp_path: Path):
    rows = spoken(str(_word_file(tmp_path / "italic.docx", True)))
    assert [(s, w) for s, _, w in rows][-4:] == [
        ("Q", "Did you ever watch"), ("A", "Yes, on a notel."),
        ("Q", "When did you leave?"), ("A", "In 2018, in winter.")]


def test_plain_questions_after_the_labels_stop_stay_in_the_answer(tmp_path: Path):
    """Negative: a plain paragraph that asks is not set apart as the questions are."""
    rows = spoken(str(_word_file(tmp_path / "plain.docx", False)))
    assert [s for s, _, _ in rows][-4:] == ["Q", "A", "A", "A"]


def test_respelt_labels_read_in_linear_time(tmp_path: Path):
    """A few thousand lines of changing spellings read once (the rules are linear)."""
    page = tmp_path / "long.txt"
    pairs = ["Q: Where did you sell?\n\nA: At the station.\n\n",
             "Q. Who paid?\n\nA. Everyone paid.\n\n", "0: And then?\n\nA; We left.\n\n"]
    page.write_text("".join(pairs[i % 3] for i in range(1000)), encoding="utf-8")
    rows = spoken(str(page))
    assert len(rows) == 2000 and {s for s, _, _ in rows} == {"Q", "A"}
