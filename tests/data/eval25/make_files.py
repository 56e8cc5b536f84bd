"""Writes the two eval25 files that cannot be typed: docx32 (a Word transcript laid out as a
two-column table, interviewer left and respondent right, one cell filled per row, the header
row typed again at the top of each page and a merged row for the interviewer's notes) and
utf16-02 (a file from an old transcription tool: UTF-16 LE with BOM, CRLF, speaker labels in
square brackets on their own lines). Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).parent

HEADER = ("INTERVIEWER (J. Marsh)", "RESPONDENT (Mr. Cho)")

PAGE1 = [
    ("Thank you for meeting me. Where are you from, Mr. Cho?", ""),
    ("", "From Musan, in North Hamgyong. I worked at the iron mine until 2011."),
    ("Why did you stop working at the mine?", ""),
    ("", "The mine stopped paying. You still had to go, or you were in trouble, so "
         "people paid the work unit chief to be marked present and went to the market "
         "instead. I paid him thirty thousand won a month."),
    ("", "Everybody in my shift did the same. The chief built a new house that year."),
    ("NOTE: respondent smiled here; says the chief is \u201cstill there, still rich\u201d.",
     None),
    ("What did you do at the market?", ""),
]
PAGE2 = [
    ("", "I sold batteries and small electronics. And under the table, memory cards with "
         "South Korean dramas. That was the real business."),
    ("Were you afraid of being caught?", ""),
    ("", "Always. In 2014 the 109 group took my whole stock. I was held for a week and my "
         "wife sold our television to get me released."),
    ("NOTE: audio unclear for about 20 seconds at this point (traffic).", None),
    ("Is that why you left?", ""),
    ("", "Partly. After that they watched me. And my son was going to be sent to the army "
         "for ten years. I did not want that for him. We left together in 2015."),
    ("When did you first hear about human rights?", ""),
    ("", "At Hanawon. Before that it was just a word from the newspaper."),
]


def add_rows(table, rows) -> None:
    for left, right in rows:
        cells = table.add_row().cells
        if right is None:  # the interviewer's note: one merged cell across the row
            merged = cells[0].merge(cells[1])
            merged.text = left
            merged.paragraphs[0].runs[0].italic = True
        else:
            cells[0].text = left
            cells[1].text = right


def docx32() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Marsh fieldwork 2019 \u2013 interview C-05"
    doc.add_paragraph("Interview C-05, Seoul, 2 April 2019. Interviewer: Julia Marsh. "
                      "Respondent: Mr. Cho (pseudonym), 58. Interpreted; English only below.")
    for page, rows in enumerate((PAGE1, PAGE2)):
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        add_rows(table, rows)
        if page == 0:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("End of interview C-05. Transcribed by J. Marsh, 9 April 2019.")
    doc.save(HERE / "docx32-two-speaker-columns.docx")


UTF16 = """TransScribe 3.1 export
File: int_0917_hoeryong.wav
Exported: 17/09/2011 16:22

[Interviewer]
Can you both hear me? Good. Mrs. Ma, please start. Where did you live?

[Respondent 1]
In Hoeryong, on the hill behind the school. My daughter was born there.

[Respondent 2]
I was born there, yes. Mum, tell them about the house.

[Respondent 1]
It was a small house. Two rooms. In the hungry years we sold one room to a neighbour.

[Interviewer]
How did you get food in those years?

[Respondent 1]
I went to China to bring back corn. The guards on our side let women cross if you gave them something. \
A pack of cigarettes going, a bag of corn coming back.

[Respondent 2]
And when she was caught the second time, my uncle paid the security man so she was not sent to the camp.

[Interviewer]
Did you watch anything from outside in those years?

[Respondent 2]
Me, yes, later. Chinese films on video tapes. I was twelve. We watched with the blankets over the windows.

[Respondent 1]
I did not know about that! [laughs]

[Interviewer]
Why did you leave in the end?

[Respondent 1]
My husband died and we had nothing. There was no reason to stay.

[Respondent 2]
And I wanted to study. There you study what they tell you.

[Interviewer]
Had you heard the phrase "human rights" before?

[Respondent 2]
In China, from a missionary. My mother did not want to listen.

[Respondent 1]
I listen now.

[END OF RECORDING]
"""


def utf16_02() -> None:
    data = UTF16.replace("\n", "\r\n").encode("utf-16-le")
    (HERE / "utf16-02-bracket-label-lines.txt").write_bytes(b"\xff\xfe" + data)


if __name__ == "__main__":
    docx32()
    utf16_02()
