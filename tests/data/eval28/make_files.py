"""Writes the two eval28 Word files, which cannot be typed: docx40 (an NGO's testimony form:
a table of case fields, then the witness's narrative with the interviewer's questions in
italics inside square brackets, some inline at the start of a paragraph, and a closing
declaration the witness signed) and docx41 (a magazine's Word proof of a Q&A whose first
answer opens with a drop cap, its first word "I": the letter sits in a paragraph of its
own, a w:framePr frame, as Word makes it). Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent


def docx40() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Northern Light Witness Project \u2013 RESTRICTED"
    doc.add_heading("Testimony Form (v3, 2020)", level=1)
    fields = [
        ("Case no.", "NLW-2021-087"),
        ("Witness code", "W-087 (female, b. 1979)"),
        ("Last residence", "Chongjin, North Hamgyong"),
        ("Date left DPRK", "October 2017"),
        ("Interview date / place", "3 June 2021, Seoul office"),
        ("Interviewer", "Naoko Fairweather"),
        ("Interpreter", "Baek Seung-min"),
        ("Violations recorded", "extortion by officials; confiscation; detention (3 days)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in fields:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(key).bold = True
        cells[1].text = value
    doc.add_paragraph()
    doc.add_heading("Narrative", level=2)
    doc.add_paragraph("(Interviewer's questions are given in italics in square brackets. "
                      "The narrative is the witness's own account as interpreted.)")

    def para(*pieces: tuple[str, str]) -> None:
        p = doc.add_paragraph()
        for kind, text in pieces:
            run = p.add_run(text)
            run.italic = kind == "q"

    para(("q", "[Please tell us about your life in Chongjin.]"))
    para(("a", "I worked at a textile mill until 2008, and after that I sold clothes "
               "from home. My husband was a driver for the city transport office, so we "
               "were better off than many."))
    para(("q", "[What happened to the clothes business?] "),
         ("a", "The neighbourhood unit leader knew I sold from home. Each month I gave her "
               "a jacket or some socks so that she would not report it as illegal trade. "
               "When the police came to check the household register I gave them "
               "cigarettes."))
    para(("a", "In 2015 a new officer came who did not want cigarettes. He wanted fifty "
               "dollars, and when I could not pay he took two bags of clothes away."))
    para(("q", "[Were you ever detained?] "),
         ("a", "Yes, for three days, in 2016. Someone told the bowibu that my son had a "
               "memory card with South Korean songs. They held me at the office and asked "
               "where it came from. My husband paid to get me out; I do not know how much, "
               "he never said."))
    para(("q", "[Did you watch foreign films yourself?]"))
    para(("a", "Only a few times. I was too afraid. My son watched everything, American "
               "films, Korean dramas. He knew the songs by heart."))
    para(("q", "[Why did you leave?] "),
         ("a", "After the detention they watched our house. My son would have been sent "
               "to the army and with that record he would have had a bad life. We left "
               "together, by the river."))
    para(("q", "[Did you know the term \u2018human rights\u2019 before you came to the South?]"))
    para(("a", "I had heard it in lectures, that the enemies used human rights to attack "
               "us. Here I learned that what the officer did to me has a name."))
    doc.add_heading("Declaration", level=2)
    doc.add_paragraph("I confirm that the above account was read back to me in Korean, that it "
                      "is true to the best of my knowledge, and that I consent to its use by "
                      "the Northern Light Witness Project in anonymised form.")
    doc.add_paragraph("Signed: W-087 (signature on file)        Date: 3 June 2021")
    doc.add_paragraph("Interpreter's certification: I interpreted faithfully. Baek Seung-min")
    doc.save(HERE / "docx40-ngo-form-bracket-questions.docx")


def drop_cap(paragraph) -> None:
    """Make `paragraph` a drop-cap frame, as Word's Insert > Drop Cap does."""
    ppr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for key, value in (("w:dropCap", "drop"), ("w:lines", "3"), ("w:wrap", "around"),
                       ("w:vAnchor", "text"), ("w:hAnchor", "text")):
        frame.set(qn(key), value)
    ppr.insert(0, frame)


def docx41() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "CROSSING MAGAZINE \u2013 PROOF 2 \u2013 p. 44"
    doc.add_paragraph("INTERVIEW").runs[0].bold = True
    doc.add_heading("\u201cWe called it the tax on sleeping\u201d", level=1)
    doc.add_paragraph("Jeon Hye-ri left Musan in 2019. She talked to Callum Oyelaran about "
                      "border guards, hidden cards and her first winter in Seoul.")

    def ask(text: str) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(11)

    ask("What did your family live on in Musan?")
    cap = doc.add_paragraph()
    cap.add_run("I").font.size = Pt(36)
    drop_cap(cap)
    doc.add_paragraph(" grew up by the mine. My father was a miner and my mother sold tofu. "
                      "When the mine stopped "
                      "paying, my mother\u2019s tofu was everything. She made it at night and "
                      "sold it in the morning.")
    ask("What was the tax on sleeping?")
    doc.add_paragraph("The guards on the river. If your house was near the river, they "
                      "came by and you gave them something so they would not write that "
                      "you had been out at night. Even if you were asleep. So we called it "
                      "the tax on sleeping.")
    ask("You mentioned hidden cards.")
    doc.add_paragraph("Micro-SD cards. My friends hid them in the seams of their school "
                      "uniforms. We swapped dramas like children here swap stickers.")
    doc.add_paragraph("Continued on page 46 \u25b8")
    ask("Were you ever caught?")
    doc.add_paragraph("Once. A teacher found one in my pencil case. My mother went to her "
                      "house with a bag of rice and the card was never mentioned again.")
    ask("Why did you decide to go?")
    doc.add_paragraph("I did not decide, really. My mother decided. She said there was no "
                      "future in the tofu, and she had seen in the dramas that girls "
                      "could study.")
    ask("And human rights: when did you first hear those words?")
    doc.add_paragraph("At Hanawon. Before, I thought it was something only foreigners had.")
    doc.add_paragraph("Photograph: Callum Oyelaran. This interview has been condensed.")
    doc.save(HERE / "docx41-magazine-drop-cap.docx")


if __name__ == "__main__":
    docx40()
    docx41()
