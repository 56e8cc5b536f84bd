"""Writes the two eval31 Word files, which cannot be typed, and saves three text files the
Windows way: slides01 (a presentation's "Notes Next to Slides" handout sent to Word: a
three-column table of slide number, slide title and the speaker notes, which carry the
interview excerpts) and cat01 (a translation tool's bilingual review table: segment id,
Korean source, English target, translator's comment). sonix01 gets a UTF-8 BOM and CRLF,
commission01 Windows-1252 and CRLF, coded02 CRLF. Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).parent


def windows(name: str, encoding: str) -> None:
    """Re-save a text file (typed as UTF-8) with CRLF line ends in `encoding` (run once:
    commission01 is no UTF-8 after it)."""
    path = HERE / name
    text = path.read_text(encoding="utf-8-sig")
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))


def cell_text(cell, lines: list[str], bold_first: bool = False) -> None:
    """A table cell holding one paragraph per line."""
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold_first and i == 0


def slides01() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Lim_Musan_talk_v4.pptx"
    slides = [
        ("Voices from Musan: trade, media and leaving", [
            "Welcome everyone. Tonight I want to let Mrs. Lim speak for herself as much as "
            "possible. All quotes are from our second interview, 2022, translated by "
            "Seo-yeon.",
        ]),
        ("The market", [
            "Q: What did you sell, and where?",
            "Mrs. Lim: Pork and sometimes tofu, at the Musan market, the covered part. I "
            "started in 2005 with one pig my sister gave me.",
            "(pause here, show the photo of the market roof)",
        ]),
        ("Paying to stay open", [
            "Q: Did you have trouble with the market management?",
            "Mrs. Lim: Not trouble. Arrangements. The manager got meat on holidays, the "
            "safety agent got meat and cash. When they closed the market for the "
            "anniversary I paid to open my stall from the back.",
            "Q: How much?",
            "Mrs. Lim: Half a month of profit. It was worth it.",
        ]),
        ("Dramas in the kitchen", [
            "Q: And the South Korean dramas?",
            "Mrs. Lim: My husband did not want them in the house. My daughter watched at "
            "her friend's, on a notel, and came home talking like Seoul girls. That is how "
            "I knew.",
            "Talking point: mention the 2014 crackdown only briefly, no dates for the "
            "daughter.",
        ]),
        ("Why she left", [
            "Q: What made you decide to go?",
            "Mrs. Lim: My daughter was called to the bowibu twice. The second time they "
            "kept her a night. I sold the stall and the pig pen and paid a broker, and we "
            "went together.",
        ]),
        ("Rights", [
            "Q: Did you know about human rights in Musan?",
            "Mrs. Lim: No. Only as something the South does not have, according to the "
            "lecture. At Hanawon I asked the teacher, is it a law? She said it is older than "
            "laws.",
        ]),
        ("Thank you / Questions", [
            "Thank the interpreter. Open for questions, 15 min.",
        ]),
    ]
    doc.add_paragraph("Lim_Musan_talk_v4")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for n, (title, notes) in enumerate(slides, 1):
        cells = table.add_row().cells
        cell_text(cells[0], [f"Slide {n}"])
        cell_text(cells[1], [title], bold_first=True)
        cell_text(cells[2], notes)
    doc.save(HERE / "slides01-notes-handout.docx")


def cat01() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    doc.add_paragraph("Bilingual review export")
    doc.add_paragraph("Project: NKTI-2021-07 interview 3    Document: int03_ko.docx")
    doc.add_paragraph("Source language: Korean    Target language: English (United Kingdom)")
    rows = [
        ("1", "면담자: 먼저 고향에 대해 말씀해 주시겠어요?",
         "Interviewer: First, could you tell me about your home town?", ""),
        ("2", "응답자: 함경북도 회령이요. 두만강 건너가 바로 중국이에요.",
         "Respondent: Hoeryong, in North Hamgyong. Across the Tumen it is China right away.",
         ""),
        ("3", "면담자: 그곳에서 무슨 일을 하셨어요?",
         "Interviewer: What work did you do there?", ""),
        ("4", "응답자: 밀수요. 국경경비대에 돈을 주고 물건을 넘겼어요.",
         "Respondent: Smuggling. I paid the border guards and passed goods across.",
         "TR: 돈을 주고 = lit. 'giving money'; 'paid' chosen."),
        ("5", "경비대 소대장한테는 한 번에 중국 돈 오백 원씩 줬어요.",
         "To the platoon leader I gave five hundred Chinese yuan each time.", ""),
        ("6", "면담자: 어떤 물건이었어요?",
         "Interviewer: What kind of goods?", ""),
        ("7", "응답자: 옷, 약, 그리고 알판이랑 USB요. 한국 드라마가 제일 잘 팔렸어요.",
         "Respondent: Clothes, medicine, and discs and USB sticks. South Korean dramas sold "
         "best.", "TR: 알판 = discs (slang). Check with reviewer."),
        ("8", "면담자: 왜 떠나셨어요?",
         "Interviewer: Why did you leave?", ""),
        ("9", "응답자: 같이 일하던 사람이 잡혀서 제 이름을 댔어요. 보위부가 오기 전에 강을 건넜어요.",
         "Respondent: A man I worked with was caught and gave my name. I crossed the river "
         "before the bowibu came.", ""),
        ("10", "면담자: 인권에 대해 들어 보신 적이 있었어요?",
         "Interviewer: Had you ever heard about human rights?", ""),
        ("11", "응답자: 중국 라디오에서 들었어요. 그때는 무슨 뜻인지 몰랐어요.",
         "Respondent: I heard it on a Chinese radio station. At the time I did not know "
         "what it meant.", ""),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("ID", "Korean", "English (United Kingdom)",
                                                 "Comment"), strict=True):
        cell_text(cell, [text], bold_first=True)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell_text(cell, [text] if text else [""])
    doc.add_paragraph("Segments: 11    Confirmed: 9    Translated: 2")
    doc.save(HERE / "cat01-bilingual-review-table.docx")


if __name__ == "__main__":
    slides01()
    cat01()
    windows("sonix01-paragraph-timecodes.txt", "utf-8-sig")
    windows("commission01-hearing-recess.txt", "cp1252")
    windows("coded02-inline-codes.txt", "utf-8")
