"""Writes the eval20 files that cannot be typed: mac01 (a transcript typed on a classic Mac:
Mac Roman bytes, a lone CR ending every line), docx29 (questions in the left column of a
table with no header, answers in the right, page header and footer, a Word comment, a
merged break row) and docx30 (questions as Heading 2 with tracked changes: a sentence moved
from one answer (where the transcriber had put it) to another with w:moveFrom /
w:moveTo, a whole question and answer deleted,
a question heading inserted). Run once with /work/main/.venv/bin/python (python-docx); its
outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
DATE = "2023-02-20T14:00:00Z"
AUTHOR = "M. Castellanos"

MAC01 = """\
BORDER VOICES PROJECT \u2014 TAPE TRANSCRIPT
Tape 2 of 3 (side A and B)
Recorded 11 August 2001, Yanji. Typed 3 September 2001.
Interviewer: Dr. Ellen Marsh. Translation: Mr. Kang (church volunteer).
Names changed. Do not quote without permission.

[SIDE A]

Interviewer: Last time you told me about the famine years in Musan. Can we go back to 1997?

Mrs. Paek: 1997 was the worst. My husband\u2019s ration stopped in the spring and did not come back. We ate corn husks ground with a little flour, and grass soup. My mother-in-law died in the autumn. I don\u2019t say she starved \u2014 the doctor wrote \u201cweakness.\u201d

Interviewer: How did people get food after the rations stopped?

Mrs. Paek: The market. Everything moved to the market. I sold noodles from a basin on the ground, and the security man who walked the market took a bowl every day without paying. If you complained\u2026 well, nobody complained.

Interviewer: Did you ever watch foreign films or listen to foreign radio in those years?

Mrs. Paek: Chinese videotapes, yes. A neighbour had a video machine from Chongjin and we watched Hong Kong films with the curtain closed. Once, a South Korean tape. I remember the kitchen in it. A kitchen with so much food on the table that they left it.

[END OF SIDE A]

[SIDE B]

Interviewer: When did you decide to cross the river?

Mrs. Paek: In 1998, in winter. Not decided, really. My son was eleven and he was becoming thin like my mother-in-law. I thought, if I stay he dies, if I go maybe we both die, but maybe not. We crossed the Tumen on the ice.

Interviewer: Was the border guarded?

Mrs. Paek: There was a soldier. A young boy. My sister\u2019s husband knew him and gave him a bottle of liquor and some cigarettes the day before. When we walked he looked at the other side.

Interviewer: Have you heard people here talk about human rights?

Mrs. Paek: The pastor says it. In North Korea I never heard this word. Here I hear it, but I don\u2019t know it yet. I think it means they cannot send you back. But they do send people back.

Interviewer: Thank you, Mrs. Paek. We will stop the tape here.

[END OF TAPE 2]
"""  # noqa: E501 (the transcript's lines as typed)


def mac01() -> None:
    """Mac Roman bytes (curly quotes 0xD2-0xD5, em dash 0xD1, ellipsis 0xC9), CR lines."""
    (HERE / "mac01-cr-macroman.txt").write_bytes(MAC01.replace("\n", "\r").encode("mac_roman"))


def _run_xml(text: str, deleted: bool = False) -> OxmlElement:
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _mark(tag: str, n: int) -> OxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(n))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def change(p, kind: str, text: str, n: int) -> None:
    """Append a tracked insertion, deletion, or move (from / to) holding `text` to p."""
    tag = {"ins": "w:ins", "del": "w:del", "from": "w:moveFrom", "to": "w:moveTo"}[kind]
    if kind in ("from", "to"):
        start = OxmlElement("w:moveFromRangeStart" if kind == "from" else "w:moveToRangeStart")
        start.set(qn("w:id"), str(n + 500))
        start.set(qn("w:name"), "move1")
        start.set(qn("w:author"), AUTHOR)
        start.set(qn("w:date"), DATE)
        p._p.append(start)
    el = _mark(tag, n)
    el.append(_run_xml(text, deleted=kind in ("del", "from")))
    p._p.append(el)
    if kind in ("from", "to"):
        end = OxmlElement("w:moveFromRangeEnd" if kind == "from" else "w:moveToRangeEnd")
        end.set(qn("w:id"), str(n + 500))
        p._p.append(end)


def paragraph_mark(p, kind: str, n: int) -> None:
    """Track the paragraph mark itself as inserted or deleted (a whole paragraph)."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_mark("w:" + kind, n))
    ppr.append(rpr)


def docx29() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OPEN GATE KOREA \u2013 CONFIDENTIAL \u2013 R31"
    sec.footer.paragraphs[0].text = "Interview notes R31 \u2013 typed by S. Moon \u2013 v1"
    doc.add_heading("Interview R31 \u2013 Mr. Ahn (pseudonym)", level=1)
    doc.add_paragraph("Seoul, 6 October 2022, 14:00\u201315:40. Interviewer: Soyeon Moon. "
                      "Answers typed during the interview and completed from the recording.")
    rows = [
        ("Where did you live and what was your work?",
         ["Hoeryong, near the station. I repaired bicycles and later motorbikes, in a shed "
          "behind my house. Officially I was a worker at the brick factory."]),
        ("How could you be at the factory and in your shed?",
         ["I paid the factory. 8.3 money, every month, and the work-team leader got "
          "cigarettes on top so he would not forget my name on the list."]),
        ("Did the police bother your business?",
         ["A motorbike repairer knows everyone, including the police. The traffic police "
          "brought their bikes and did not pay, and I did not ask. That was my payment to "
          "them, and in return my shed was never inspected."]),
        ("", ["It was a good arrangement until a new chief came in 2016 who wanted dollars."]),
        (None, ["[Break \u2013 10 minutes]"]),
        ("You mentioned the shed was never inspected. What was in it?",
         ["Parts, and under the parts, the box. USB sticks and micro SD cards. Customers "
          "brought a bike and left with a card in the tool bag. South Korean dramas, "
          "mostly, and some songs.",
          "I watched everything first. I had to know what I sold."]),
        ("Why did you leave?",
         ["A customer was caught with a card and the 109 group asked him where it came from. "
          "My wife heard it from a neighbour before they came. I left that night with "
          "nothing."]),
        ("Had you heard of human rights before?",
         ["No."]),
        ("Not even the word?",
         ["The word, maybe, in a lecture. Not the meaning. The meaning I learned here."]),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    commented = None
    for question, answers in rows:
        cells = table.add_row().cells
        if question is None:
            merged = cells[0].merge(cells[1])
            merged.paragraphs[0].add_run(answers[0]).italic = True
            continue
        cells[0].paragraphs[0].text = question
        cells[1].paragraphs[0].text = answers[0]
        for more in answers[1:]:
            cells[1].add_paragraph(more)
        if question.startswith("Did the police"):
            commented = cells[1].paragraphs[0].runs[0]
    if commented is not None:
        doc.add_comment([commented], text="check with audio: 'payment' or 'gift'?",
                        author="S. Moon", initials="SM")
    doc.add_paragraph("Interview ended 15:40. Mr. Ahn asked for a copy of the notes.")
    doc.save(HERE / "docx29-qa-columns-no-header.docx")


def docx30() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Draft for the annual report \u2013 not for publication"
    doc.add_heading("\u201cThe envelope is the law\u201d: a conversation with Mrs. Seong", level=1)
    note = doc.add_paragraph()
    note.add_run("Interview by Daniel Ferreira, Seoul, January 2023. Translated by Yu-na Hwang. "
                 "Tracked changes are the editor\u2019s (M. Castellanos).").italic = True

    doc.add_heading("You ran a stall in Chongjin for ten years. What did you sell?", level=2)
    doc.add_paragraph("Clothes from China. Jackets, children\u2019s shoes, underwear. "
                      "Whatever the wholesaler had that month.")

    doc.add_heading("Who did you have to pay?", level=2)
    p = doc.add_paragraph("The market manager, the inspector, the police officer for our "
                          "section. Each one a different day, so you are always paying "
                          "someone.")
    change(p, "to", " At New Year all three came together, and that was the worst day.", 10)

    # a whole exchange the editor took out (heading and answer, paragraph marks too)
    h = doc.add_heading("", level=2)
    paragraph_mark(h, "del", 20)
    change(h, "del", "Did you ever refuse?", 21)
    p = doc.add_paragraph()
    paragraph_mark(p, "del", 22)
    change(p, "del", "Once. The next week my stall was given to a soldier\u2019s widow. "
                     "I paid double to get it back.", 23)

    doc.add_heading("How did you come to sell dramas?", level=2)
    p = doc.add_paragraph("A customer asked if I had \u2018something to watch\u2019. Next "
                          "month I did. Memory cards in the pockets of the jackets, "
                          "one card, one jacket, twice the price.")
    # the transcriber's wording, moved by the editor and then tightened where it landed
    change(p, "from", " At New Year all three of them came on the same day, and that was the "
                      "worst day of the year.", 30)
    doc.add_paragraph("I watched them all on a notel my brother-in-law fixed. I liked the "
                      "ones about hospitals.")

    h = doc.add_heading("", level=2)
    paragraph_mark(h, "ins", 40)
    change(h, "ins", "What made you leave?", 41)
    p = doc.add_paragraph("My daughter was caught by the 109 people with one of my cards. "
                          "She said she found it. I knew she would not say it twice. ")
    change(p, "ins", "I paid them everything in the house, ", 42)
    p.add_run("and two weeks later we were on the river.")

    doc.add_heading("And human rights \u2013 when did you first hear of them?", level=2)
    doc.add_paragraph("In China, from a radio programme in Korean. I thought, they are "
                      "talking about another country. Then at Hanawon they said it was me.")
    closing = doc.add_paragraph()
    closing.add_run("Mrs. Seong now runs a clothes shop in Incheon.").italic = True
    closing.runs[0].font.size = Pt(9)
    doc.add_comment([closing.runs[0]], text="Check she is happy with Incheon being named.",
                    author=AUTHOR, initials="MC")
    doc.save(HERE / "docx30-heading-moved-text.docx")


if __name__ == "__main__":
    mac01()
    docx29()
    docx30()
