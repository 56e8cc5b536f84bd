"""Writes the two eval32 Word files, which cannot be typed: docx44 (a university project's
transcript: a header table of metadata, a consent paragraph, labels as initials in square
brackets, inaudible, pause and crosstalk marks) and docx45 (the interview in a three-column
table, Time | Speaker | Text, its header row repeated as a table row on every page and the
speaker cell merged down over one speaker's rows). Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).parent


def docx44() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Borderlands Memory Project - CONFIDENTIAL"
    doc.add_heading("Interview transcript R1", level=1)
    table = doc.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    for row, (k, v) in zip(table.rows, [
            ("Project", "Borderlands Memory Project (Dept. of Sociology)"),
            ("Participant", "R1 (man, 30s, Musan)"),
            ("Interviewer", "HJ (Han Ji-woo)"),
            ("Date / place", "14 July 2022, university seminar room"),
            ("Duration", "41 min")], strict=True):
        row.cells[0].text = k
        row.cells[1].text = v
    doc.add_paragraph("Consent: The participant read the information sheet and gave verbal and "
                      "written consent to recording. Names of people and places in his "
                      "life have been removed.")
    doc.add_paragraph("Transcription conventions: [inaudible] unclear speech; [long pause] "
                      "more than five seconds; [crosstalk] overlapping speech.")
    turns = [
        ("[HJ]", "Okay, it's recording. Could you tell me about your work in Musan?"),
        ("[R1]", "I worked at the iron mine, officially. Really I worked for a smuggler, "
                 "carrying copper to the river at night. The mine gave me nothing, so to "
                 "be absent I paid the work unit chief every month [inaudible] mostly "
                 "in cigarettes."),
        ("[HJ]", "Every month?"),
        ("[R1]", "Every month. If you stop paying, you become a worker again."),
        ("[HJ]", "And did you watch any foreign media?"),
        ("[R1]", "[long pause] Yes. I had a tablet from China with dramas and films. I "
                 "kept it inside the wall. My friend was caught with the same films and "
                 "sent to a kyohwaso for three years."),
        ("[HJ]", "I'm sorry. Was that why you left?"),
        ("[R1]", "[crosstalk] Partly, partly. I thought they would find the tablet one "
                 "day. And the smuggler I worked for was arrested. So I crossed in 2018."),
        ("[HJ]", "Had you heard about human rights then?"),
        ("[R1]", "From South Korean radio, a little. But I thought it was propaganda, the "
                 "same as ours but from the other side."),
        ("[HJ]", "Thank you. I'll stop here."),
    ]
    for label, text in turns:
        doc.add_paragraph(f"{label} {text}")
    doc.add_paragraph("[Recording ends 00:41:07]")
    doc.save(HERE / "docx44-university-bracket-initials.docx")


def docx45() -> None:
    doc = Document()
    doc.add_heading("Testimony 22 - transcript table", level=1)
    doc.add_paragraph("Interview with Mr. Cha Il-nam, 40s, formerly of Hamhung. Interviewer: "
                      "Rosa Vinter. Recorded in Bangkok, 2019.")
    rows = [
        ("00:00:10", "Rosa Vinter", "Mr. Cha, you worked at a state company. What did you do there?"),
        ("00:00:18", "Cha Il-nam", "I was a buyer for the food company. I bought flour in China."),
        ("00:00:31", "", "Every trip the customs officer wanted his share, and the party "
                         "secretary wanted his share of the share."),
        ("00:00:49", "Rosa Vinter", "How did you pay them?"),
        ("00:00:53", "Cha Il-nam", "In dollars, in an envelope inside the paperwork."),
        ("HEADER", "", ""),
        ("00:01:20", "Rosa Vinter", "Did you bring anything else back from China?"),
        ("00:01:25", "Cha Il-nam", "DVDs for my boss. He liked Hong Kong films. Later, USB "
                                   "sticks with South Korean news."),
        ("00:01:44", "", "I watched the news myself. That was the beginning of my doubt."),
        ("00:02:02", "Rosa Vinter", "Why did you leave in the end?"),
        ("00:02:06", "Cha Il-nam", "My boss was purged and I was next on the list. I did not "
                                   "wait for the list."),
    ]
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = ("Time", "Speaker", "Text")

    def header_row(cells) -> None:
        for c, h in zip(cells, hdr, strict=True):
            c.text = h
            c.paragraphs[0].runs[0].bold = True

    header_row(table.rows[0].cells)
    merges = []
    last_speaker_row = None
    for t, who, text in rows:
        cells = table.add_row().cells
        if t == "HEADER":
            # the header row typed again, as a table run over a page break repeats it
            header_row(cells)
            last_speaker_row = None
            continue
        cells[0].text = t
        cells[2].text = text
        if who:
            cells[1].text = who
            last_speaker_row = len(table.rows) - 1
        elif last_speaker_row is not None:
            merges.append((last_speaker_row, len(table.rows) - 1))
    for a, b in merges:
        table.cell(a, 1).merge(table.cell(b, 1))
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Transcribed by volunteer K.M.; checked by R.V.")
    doc.save(HERE / "docx45-three-column-merged-repeat-header.docx")


if __name__ == "__main__":
    docx44()
    docx45()
