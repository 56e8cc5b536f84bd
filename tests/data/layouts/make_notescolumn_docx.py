"""Writes the Word fixtures of tables whose one column holds a labelled interview
(notescolumn.py; run once, the tests read the committed .docx): a slide handout in German
PowerPoint's wording (`Folie N` | title | notes: `Int:` / `Mr. Choi:` among the presenter's
reminders, a label used once), a translation review table (`No. | Original (Korean) |
Translation | Comments`: `문:` / `답:` and `Q:` / `A:`, a segment without a label), and a near
miss: a handout whose notes are the presenter's sources and notes (`Source:` / `Note:`,
no one asking) beside a transcript typed in the body."""

from pathlib import Path

import docx

HERE = Path(__file__).parent


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            paragraphs = text.split("\n")
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)


def handout() -> None:
    d = docx.Document()
    d.add_paragraph("Choi_Hyesan_seminar_final")
    _table(d, [
        ["Folie 1", "Leaving Hyesan", "Good evening. These notes quote the interview of "
         "March 2021.\nReminder: check the projector first."],
        ["Folie 2", "Work", "Int: Where did you work?\nMr. Choi: At the copper mine, nine "
         "years, then on the river.\nshow the map now"],
        ["Folie 3", "The river", "Int: Who did you pay at the river?\nMr. Choi: The guards "
         "of the post, in yuan. Always the same two.\nInt: And if they changed?\nMr. Choi: "
         "Then you waited a week and asked around."],
        ["Folie 4", "Questions", "Thank everyone. Ten minutes for questions."],
    ])
    d.save(HERE / "docx-slide-notes-labelled.docx")


def review() -> None:
    d = docx.Document()
    d.add_paragraph("Review file, interview 12")
    _table(d, [
        ["No.", "Original (Korean)", "Translation", "Comments"],
        ["1", "문: 언제 떠나셨어요?", "Q: When did you leave?", ""],
        ["2", "답: 2017년 봄이요. 얼음이 녹기 전에요.", "A: In the spring of 2017. Before "
         "the ice melted.", "check: 녹기 = melted"],
        ["3", "혼자 갔어요.", "I went alone.", ""],
        ["4", "문: 누가 도와줬어요?", "Q: Who helped you?", ""],
        ["5", "답: 사촌이요. 중국에 살았어요.", "A: My cousin. He lived in China.", ""],
    ])
    d.save(HERE / "docx-review-table-labelled.docx")


def near_miss() -> None:
    d = docx.Document()
    d.add_paragraph("Interviewer: How did you hear the news?")
    d.add_paragraph("Kang: On a radio my uncle hid in the roof.")
    d.add_paragraph("Interviewer: Was it dangerous?")
    d.add_paragraph("Kang: Very. We listened at night with a blanket over us.")
    _table(d, [
        ["Slide 1", "Radio", "Source: interview 4, 2019.\nNote: the uncle is not named."],
        ["Slide 2", "Night", "Source: interview 4, 2019.\nNote: keep this short."],
        ["Slide 3", "End", "Source: our survey.\nNote: thank the funders."],
    ])
    d.save(HERE / "docx-slide-notes-sources-near-miss.docx")


if __name__ == "__main__":
    handout()
    review()
    near_miss()
