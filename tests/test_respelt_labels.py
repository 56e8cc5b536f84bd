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


def test_only_questions_labelled_and_the_label_changing_to_the_writers_surname():
    """`Q:`, `Q.`, `Question:` (no-break space) then the byline's surname ask; the plain
    paragraphs after each question answer, except a question read out over a quotation."""
    rows = spoken("blog-questions-labelled-only.txt")
    assert {(s, r) for s, r, _ in rows} == {("Quillfeather", "interviewer"),
                                            ("Respondent", "respondent")}
    assert [(r[0], w) for _, r, w in rows] == [
        ("i", "You drove the same"), ("r", "At every post a"), ("r", "If the load was"),
        ("i", "Did any guard ever"), ("r", "Once, a young one,"),
        ("i", "Tell me about the"), ("r", "The drivers carried them"),
        ("r", "A man at the"),  # a question put to him, quoted in his answer
        ("i", "A researcher wrote something"), ("i", "“Long-distance drivers were the"),
        ("i", "Would you put it"), ("r", "Toll booth is right."),
        ("i", "When did you decide"), ("r", "After my licence was"),
        ("i", "How did you cross"), ("r", "In March, at night,"), ("r", "I still hear it")]
    assert any("the byline's name" in n for n in notices("blog-questions-labelled-only.txt"))


def test_an_answer_that_asks_back_stays_the_answer():
    """Negative: in a file labelling only its questions, an answer ending in a question the
    respondent asks back is hers, and so is the paragraph after it; no name is merged."""
    rows = spoken("questions-labelled-answer-asks-back.txt")
    assert [(s, w) for s, _, w in rows] == [
        ("Q", "What did you sell"), ("Respondent", "Rice cakes at first,"),
        ("Q", "Did the inspectors take"), ("Respondent", "Every inspector took something."),
        ("Respondent", "My sister said we"), ("Q", "Where did you first"),
        ("Respondent", "From a drama on"), ("Q", "Were you ever afraid"),
        ("Respondent", "Always. They came at")]


def test_q_and_a_for_a_stretch_between_the_names_are_the_two_named():
    rows = spoken("testimony-labels-change.md")
    assert {(s, r) for s, r, _ in rows} == {("Interviewer", "interviewer"),
                                            ("Kwon Mi-rae", "respondent")}
    assert [s for s, _, _ in rows] == ["Interviewer", "Kwon Mi-rae"] * 5
    assert any("labels change part way" in n for n in notices("testimony-labels-change.md"))


def test_a_between_two_named_respondents_is_kept_apart_and_said():
    """Negative: with two respondents under their names, `A:` could be either: not merged
    into one of them (the one asker still takes `Q:`), and a notice says so."""
    rows = spoken("two-respondents-qa-stretch.txt")
    assert [s for s, _, _ in rows] == [
        "Interviewer", "Mr. Pyo", "Mrs. Pyo", "Interviewer", "Mr. Pyo", "Interviewer", "A",
        "Interviewer", "A", "Interviewer", "Mrs. Pyo", "Mr. Pyo"]
    assert any("'A:' answers in a file where Mr. Pyo, Mrs. Pyo" in n
               for n in notices("two-respondents-qa-stretch.txt"))


def test_questions_only_labels_read_in_linear_time(tmp_path: Path):
    """A few thousand lines of questions-only labels and their plain answers read once."""
    page = tmp_path / "long.txt"
    parts = ["Hal Brenner\n\n", *("Q: Where did you sell?\n\nAt the station.\n\nEvery day.\n\n"
                                  "Question: I read you this:\n\n“A quote.”\n\nTrue?\n\n"
                                  "Yes.\n\n" for _ in range(150)),
             "Brenner: And then?\n\nWe left.\n\nBrenner: When?\n\nIn winter.\n\n"]
    page.write_text("".join(parts), encoding="utf-8")
    rows = spoken(str(page))
    assert {s for s, _, _ in rows} == {"Brenner", "Respondent"} and len(rows) == 1054
