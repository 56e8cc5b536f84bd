"""Writes the two Word fixtures of a magazine's drop cap (run once; the tests read the
committed .docx): a proof whose first answer opens with a drop cap `W` (Word's `margin`
kind, the rest of the word `e left...` in the paragraph after it) and ends with a photo
credit; and a near miss whose framed paragraph (`w:framePr` without `w:dropCap`: a box set
beside the text) is no drop cap and stays a paragraph of its own."""

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent


def framed(d: docx.document.Document, text: str, drop: str | None) -> None:
    p = d.add_paragraph()
    frame = OxmlElement("w:framePr")
    if drop:
        frame.set(qn("w:dropCap"), drop)
        frame.set(qn("w:lines"), "2")
    frame.set(qn("w:wrap"), "around")
    frame.set(qn("w:vAnchor"), "text")
    frame.set(qn("w:hAnchor"), "text")
    p._p.get_or_add_pPr().append(frame)
    p.add_run(text)


def bold(d: docx.document.Document, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


d = docx.Document()
d.add_paragraph("BORDERLANDS QUARTERLY, proof 1")
d.add_paragraph("Paek Chol-min crossed the Tumen in 2016. He spoke to Ines Varga.")
bold(d, "When did you decide to leave?")
framed(d, "W", "margin")
d.add_paragraph("e left in the winter, when the river was hard. My uncle knew a guard.")
bold(d, "What did the guard want?")
d.add_paragraph("Cigarettes first, then money. He said the price had gone up since the autumn.")
bold(d, "And after the river?")
d.add_paragraph("Three years in China. I worked in a kitchen and never went out.")
d.add_paragraph("Photographs: Ines Varga")
d.save(str(HERE / "docx-drop-cap-margin.docx"))

d = docx.Document()
d.add_paragraph("Interview 4, Mr. Paek")
bold(d, "Where did you work?")
framed(d, "Sidebar: the Tumen river is the border for most of its length.", None)
d.add_paragraph("At the brick works. We were paid in maize when we were paid at all.")
bold(d, "Did you pay anyone there?")
d.add_paragraph("The foreman, so that I could go to the market in the afternoons.")
d.save(str(HERE / "docx-framed-box-not-drop-cap.docx"))
