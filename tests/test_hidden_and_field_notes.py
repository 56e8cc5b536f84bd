"""A researcher's own words around a transcript that no reader of it takes for the
respondent's: Word's hidden text (`w:vanish`, a transcriber's note Word does not show) and
the field notes after the interview under their heading (`Field notes`, `Notes after the
interview`, `Interviewer's notes`). eval19's docx28 found both coded as the answer's words;
proven here on other files (word.py, furniture.py, notspeech.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.test_word_subtitles import turns


def _qa(path: Path, heading: str, notes: list[str], *, hidden: bool | None = True,
        heading_first: bool = False) -> Path:
    """A Word Q&A with its questions in bold, a run of the first answer set hidden (or
    explicitly shown: `hidden=False`), and a Heading 2 over the researcher's notes after
    the interview (or before it)."""
    document = docx.Document()
    document.add_heading("Interview 7: Mrs. Oh, Hyesan", level=1)

    def section() -> None:
        document.add_heading(heading, level=2)
        for note in notes:
            document.add_paragraph(note)

    if heading_first:
        section()
    document.add_paragraph().add_run("How did you earn money after the factory closed?").bold = True
    answer = document.add_paragraph()
    answer.add_run("I sold tofu at the market, a place by the gate.")
    tn = answer.add_run(" [check spelling of the market name with the interpreter]")
    tn.font.hidden = hidden
    answer.add_run(" The manager took a fee every week.")
    for text, bold in [("Did the inspectors take a share too?", True),
                       ("Every one of them. Rice, cigarettes, and once a pair of shoes.", False),
                       ("Thank you, that is all for today.", True)]:
        document.add_paragraph().add_run(text).bold = bold
    if not heading_first:
        section()
    document.save(str(path))
    return path


NOTES = ["I felt she was holding back about the inspectors until the end.",
         "Next time: ask about the bribe for the travel permit."]


@pytest.mark.parametrize("heading", ["Interviewer's notes", "Notes after the interview",
                                     "Fieldnotes (not for publication)"])
def test_hidden_text_and_notes_after_the_interview_are_not_the_answer(tmp_path: Path,
                                                                      heading: str):
    got = turns(_qa(tmp_path / "qa.docx", heading, NOTES))
    assert [(role, text[:30]) for _, role, text in got] == [
        ("other", "Interview 7: Mrs. Oh, Hyesan"),
        ("interviewer", "How did you earn money after t"),
        ("respondent", "I sold tofu at the market, a p"),
        ("interviewer", "Did the inspectors take a shar"),
        ("respondent", "Every one of them. Rice, cigar"),
        ("interviewer", "Thank you, that is all for tod"),
        ("other", heading[:30]),
        ("other", "I felt she was holding back ab"),
        ("other", "Next time: ask about the bribe"),
    ]
    assert got[2][2] == ("I sold tofu at the market, a place by the gate. The manager took a "
                         "fee every week.")


def test_text_shown_on_purpose_and_notes_before_the_interview_stay(tmp_path: Path):
    """A run whose hiding is switched off (`<w:vanish w:val="0"/>`) is text Word shows; a
    field-notes section before the first question ends nothing: the interview after it
    reads as before."""
    got = turns(_qa(tmp_path / "qa.docx", "Field notes", NOTES[:1], hidden=False,
                    heading_first=True))
    assert [role for _, role, _ in got if role != "other"][:4] == [
        "interviewer", "respondent", "interviewer", "respondent"]
    assert "[check spelling of the market name" in got[4][2]
    assert got[6][2].startswith("Every one of them.")


def test_field_notes_heading_in_a_text_transcript(tmp_path: Path):
    """`## Field notes` after an unlabelled Markdown Q&A: the notes are context."""
    path = tmp_path / "qa.md"
    path.write_text(
        "**Where did you hear South Korean songs first?**\n\n"
        "From a cassette my cousin brought from Yanji. We played it under the blankets.\n\n"
        "**Were you ever caught?**\n\n"
        "Once. My father paid the inspector with a carton of cigarettes.\n\n"
        "## Field notes\n\n"
        "He laughed a lot when he spoke about the cassette. I think the arrest was his "
        "brother's, not his.\n", encoding="utf-8")
    assert [(role, text.strip("*")[:24]) for _, role, text in turns(path)] == [
        ("interviewer", "Where did you hear South"), ("respondent", "From a cassette my cousi"),
        ("interviewer", "Were you ever caught?"), ("respondent", "Once. My father paid the"),
        ("other", "Field notes"), ("other", "He laughed a lot when he")]
