"""Writes the seven eval27 Word files, which cannot be typed, with python-docx 1.2 and
hand-built XML where python-docx has no call: automatic numbering (w:numPr), custom
paragraph styles, tracked changes (w:ins / w:del), comments, footnotes and endnotes, a text
box (w:txbxContent), PAGE / NUMPAGES fields in headers and footers, a Google Docs export's
run habits, a table with merged cells (vMerge / gridSpan) and a nested table, and content
controls (w:sdt). Run once with /work/main/.venv/bin/python; its outputs are committed and
the tests never run it."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

HERE = Path(__file__).parent
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2019-04-02T10:15:00Z"


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def ins(text: str, rid: int, author: str = "Translator") -> str:
    return f'<w:ins w:id="{rid}" w:author="{author}" w:date="{DATE}">{run(text)}</w:ins>'


def dele(text: str, rid: int, author: str = "Translator") -> str:
    return (f'<w:del w:id="{rid}" w:author="{author}" w:date="{DATE}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def para(doc, inner: str, ppr: str = "") -> None:
    """Append a raw paragraph to the body (before the section properties)."""
    p = parse_xml(f"<w:p {WNS}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>")
    doc.element.body.sectPr.addprevious(p)


def page_field_header(section, before: str, after: str = "") -> None:
    p = section.header.paragraphs[0]
    p.text = before
    p._p.append(parse_xml(f'<w:fldSimple {WNS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                          f"</w:fldSimple>"))
    if after:
        p.add_run(after)


def notes_part(doc, kind: str, notes: list[str]) -> None:
    """A footnotes or endnotes part holding the notes, ids 1.. (0 and -1 separators)."""
    tag = "footnote" if kind == "footnotes" else "endnote"
    body = "".join(
        f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{tag.capitalize()}Text"/>'
        f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{tag}Ref/></w:r>{run(" " + text)}</w:p></w:{tag}>'
        for i, text in enumerate(notes, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {WNS}>'
           f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:{tag}><w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f'<w:continuationSeparator/></w:r></w:p></w:{tag}>{body}</w:{kind}>')
    ct = ("application/vnd.openxmlformats-officedocument.wordprocessingml."
          f"{kind}+xml")
    part = Part(PackURI(f"/word/{kind}.xml"), ct, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def note_ref(kind: str, i: int) -> str:
    tag = "footnote" if kind == "footnotes" else "endnote"
    return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{tag}Reference w:id="{i}"/></w:r>')


# --------------------------------------------------------------------------- docx33
def docx33() -> None:
    """Questions numbered by Word's automatic numbering: the "1." is not in the text."""
    doc = Document()
    sec = doc.sections[0]
    page_field_header(sec, "CONFIDENTIAL - Case 2019-14 - page ")
    sec.footer.paragraphs[0].text = ("Hanbit Transition Research Group (example) \u2013 "
                                     "do not circulate")
    doc.add_heading("Case 2019-14: interview transcript (English)", level=1)
    doc.add_paragraph("Interviewee: woman, 38, formerly of Hyesan, left in 2018. "
                      "Interviewer: Ana Petrov. Interpreter: Mr. Joo. Recorded in Seoul, "
                      "14 March 2019.")
    # the template's "List Number" numbering, referenced explicitly as Word writes it
    num_id = doc.styles["List Number"].element.xpath(".//w:numId/@w:val")[0]
    qppr = (f'<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>')

    def q(text: str) -> None:
        para(doc, run(text), qppr)

    def a(inner: str) -> None:
        para(doc, inner)

    q("Where did you live before you left, and what did you do for a living?")
    a(run("In Hyesan, in a flat near the station. My husband was at the mine, but the mine "
          "stopped paying after 2009, so I sold rice at the jangmadang, and later batteries "
          "and phone chargers from China."))
    q("Did you have to pay anyone to keep the stall?")
    a(run("The stall fee, yes, that is normal, everyone pays the market manager. But then "
          "there is ") + dele("the police officer from the district", 1)
      + ins("a bowiwon [state security officer]", 2)
      + run(" who comes at the end of the month. You put cigarettes in a bag for him, or a "
            "bottle, and he does not look at what you sell."))
    a(run("When I started selling chargers that was more, because chargers are for phones, "
          "and phones are for calling China. So I paid him in yuan, fifty yuan each time."))
    q("Tell me about the dramas you watched.")
    a(run("My cousin brought the sticks. We watched on a notel with the curtains closed and "
          "the volume down to one. A South Korean drama about a hospital, I remember, where "
          "the nurses talked back to the doctors. I could not believe it."))
    q("Why did you decide to leave in 2018?")
    a(run("My daughter was fourteen. The school wanted money every week, firewood, rabbit "
          "skins, money for the teacher's birthday. I thought, she will sell batteries like "
          "me forever. My sister was already in the South and she sent a broker."))
    q("Had you heard the words \u201chuman rights\u201d before you came here?")
    a(run("Only as something the Americans do not have. At Hanawon the teacher said I have "
          "them too. I laughed, honestly."))
    doc.add_paragraph("[Recording ends 11:42. Transcribed and translated by J. Joo.]")
    doc.save(HERE / "docx33-autonumbered-questions.docx")


# --------------------------------------------------------------------------- docx34
def docx34() -> None:
    """No labels: questions and answers told apart only by custom paragraph styles."""
    doc = Document()
    qs = doc.styles.add_style("Question", WD_STYLE_TYPE.PARAGRAPH)
    qs.base_style = doc.styles["Normal"]
    qs.font.bold = True
    qs.font.size = Pt(11)
    qs.paragraph_format.space_before = Pt(12)
    ans = doc.styles.add_style("Answer", WD_STYLE_TYPE.PARAGRAPH)
    ans.base_style = doc.styles["Normal"]
    ans.paragraph_format.left_indent = Pt(18)
    doc.sections[0].footer.paragraphs[0].text = "NK oral history pilot \u2013 transcript 07"
    doc.add_heading("Transcript 07 \u2013 Mr. Yeom (pseudonym)", level=1)
    doc.add_paragraph("Man, early 50s, from Musan, North Hamgyong. Interview by Clara "
                      "Wendt, 2 June 2021, Incheon. Questions in the Question style.")
    qn = "Question"
    an = "Answer"

    def q(text: str) -> None:
        doc.add_paragraph(text, style=qn)

    q("You worked at the iron mine in Musan. What was that like in the later years?")
    p = doc.add_paragraph(style=an)
    p.add_run("By the end nobody worked for the wage. The wage bought one kilo of corn. You "
              "came to the mine to be registered, and you paid the work-team leader so that "
              "he marked you present while you went to the market.")
    doc.add_comment(p.runs, text="8.3 money? Ask in the next session.", author="C. Wendt",
                    initials="CW")
    doc.add_paragraph("How much did that cost?", style=qn)
    doc.add_paragraph("Depends on the year. In 2015 it was thirty thousand won a month, and "
                      "some rice for his wife at New Year.", style=an)
    q("Please describe the first time you watched a foreign film.")
    p = doc.add_paragraph(style=an)
    p.add_run("A friend from the railway had a notel")
    p._p.append(parse_xml(f"<w:r {WNS}><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                          '<w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(". He put a card in and it was an Indian film, singing and dancing. After that "
              "South Korean ones. I was forty-two years old and I felt like a child who had "
              "been lied to.")
    doc.add_paragraph("The 109 people came to his house a year later. He paid them off with "
                      "his motorbike and they forgot his name.", style=an)
    q("Were you ever searched yourself?")
    doc.add_paragraph("No.", style=an)
    q("What made you decide to go?")
    doc.add_paragraph("My wife died in 2017 and my son was already in China. There was "
                      "nothing holding me. A man alone, with no wage, is just waiting.",
                      style=an)
    q("And human rights \u2013 did you know the term before?")
    doc.add_paragraph("I knew it from the newspaper, the Rodong Sinmun, always about the "
                      "South. In Hanawon they gave us a booklet. I still have it.", style=an)
    doc.add_paragraph("\u2014 end of transcript 07 \u2014")
    notes_part(doc, "footnotes", ["Notel: a small portable media player that takes USB "
                                  "sticks and memory cards (translator's note)."])
    doc.save(HERE / "docx34-question-answer-styles.docx")


# --------------------------------------------------------------------------- docx35
TEXTBOX = (
    '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Pull1" '
    'type="#_x0000_t202" style="position:absolute;margin-left:300pt;width:160pt;'
    'height:90pt;z-index:1" stroked="f"><v:textbox><w:txbxContent><w:p><w:pPr>'
    '<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="28"/></w:rPr>'
    '{}</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def docx35() -> None:
    """A magazine draft: questions as Heading 3, a pull quote in a text box, an endnote."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "DRAFT 2 \u2013 Northline Quarterly (example)"
    doc.add_heading("\u201cThe envelope decides\u201d", level=1)
    doc.add_paragraph("A former customs clerk from Sinuiju on bribes, borders and the films "
                      "that changed his mind. Interview by Mira Castell.").runs[0].italic = True
    doc.add_paragraph("Mr. Baek, 47, left North Korea in 2016 and now drives a delivery van "
                      "near Suwon. We spoke over two afternoons; the interview has been "
                      "translated and condensed.")
    doc.add_heading("You worked at the customs house in Sinuiju. What did you see there?",
                    level=3)
    para(doc, run("Everything that comes from China comes through there, and everything has a "
                  "price that is not on the paper. A truck arrives, the driver hands over "
                  "his documents, and between the documents there is an envelope. ")
         + TEXTBOX.format(t("\u201cIf the envelope is thick, nobody opens the truck.\u201d"))
         + run("If the envelope is thick, nobody opens the truck. If it is thin, everything "
               "comes out onto the ground and waits in the rain."))
    doc.add_paragraph("Where the envelope goes after that, nobody asks. Up, is all I will say.")
    doc.add_heading("Did you take envelopes yourself?", level=3)
    doc.add_paragraph("A clerk does not get envelopes. A clerk gets cigarettes and a bottle "
                      "at New Year. I am not proud of it, but I did not refuse.")
    doc.add_heading("When did you first see foreign films?", level=3)
    p = doc.add_paragraph("In the customs house itself. We confiscated DVDs and the officers "
                          "watched them in the back room before they were burned")
    p._p.append(parse_xml(f"<w:r {WNS}><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                          '<w:endnoteReference w:id="1"/></w:r>'))
    p.add_run(". Sometimes they were not burned. I took a few home in my coat.")
    doc.add_heading("Why did you leave?", level=3)
    doc.add_paragraph("An inspection team from Pyongyang came in 2015 and somebody had to be "
                      "guilty. My name was on the list. A friend in the bowibu told me one "
                      "night, and I was across the river a week later.")
    doc.add_heading("Had you heard of human rights?", level=3)
    doc.add_paragraph("Not in a way that meant anything. In China a pastor said the words and "
                      "I thought he meant a law for foreigners.")
    doc.add_paragraph("Mira Castell is a writer based in Leipzig. This interview was "
                      "supported by a grant from the Open Testimony Fund (example).").runs[
                          0].italic = True
    notes_part(doc, "endnotes", ["Translator: he uses the word for \u2018destroyed\u2019; "
                                 "burning was the usual method at the time."])
    doc.save(HERE / "docx35-heading3-textbox.docx")


# --------------------------------------------------------------------------- docx36
GRPR = ('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:rtl w:val="0"/>')
GPPR = ('<w:pStyle w:val="NormalWeb"/><w:spacing w:after="0" w:before="0" '
        'w:line="276" w:lineRule="auto"/><w:rPr/>')


def gruns(*pieces: tuple[bool, str]) -> str:
    out = ""
    for bold, text in pieces:
        b = '<w:b w:val="1"/><w:bCs w:val="1"/>' if bold else ""
        out += f'<w:r><w:rPr>{GRPR}{b}</w:rPr>{t(text)}</w:r>'
    return out


def docx36() -> None:
    """A Google Docs export: bold in run properties as w:b w:val="1", Arial everywhere,
    "Normal (Web)" paragraphs with empty ones between turns, a label split over runs."""
    doc = Document()
    st = doc.styles.add_style("Normal (Web)", WD_STYLE_TYPE.PARAGRAPH)
    st.element.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId",
                   "NormalWeb")

    def g(*pieces: tuple[bool, str]) -> None:
        para(doc, gruns(*pieces), GPPR)

    def gbr(label: str, lines: list[str]) -> None:
        inner = gruns((True, label))
        for i, line in enumerate(lines):
            inner += gruns((False, line))
            if i < len(lines) - 1:
                inner += f"<w:r><w:rPr>{GRPR}</w:rPr><w:br/></w:r>"
        para(doc, inner, GPPR)

    def blank() -> None:
        para(doc, "", GPPR)

    g((True, "Interview notes \u2013 Ms. Jeong (J) \u2013 shared folder copy"))
    g((False, "Interviewer: Tomasz Wilk (TW). Date: 21 Sept 2020, video call. "
              "Translation: Soo-ah (volunteer)."))
    blank()
    g((True, "TW: "), (False, "Thanks for joining again. Last time we stopped at the "
                                "market in Hoeryong. Can we go back there?"))
    blank()
    g((True, "J"), (False, ": Yes. I had a stall for shoes, Chinese shoes. The stall was "
                           "in my mother's name because I was registered at a factory."))
    blank()
    g((True, "TW"), (True, ": "), (False, "And the factory did not mind?"))
    blank()
    gbr("J: ", ["The factory minded until I paid. Every month I gave the manager money, ",
                "they call it 8.3 money, and then I was on the list as working.",
                "Everybody did it. Half the factory was at the market."])
    blank()
    g((True, "TW: "), (False, "Did you watch anything from outside?"))
    blank()
    g((True, "J: "), (False, "Chinese television first, because Hoeryong is on the river. "
                             "Then dramas on memory cards, the small ones you can hide in a "
                             "cigarette packet. When the 109 group came we pulled the card "
                             "and swallowed it once. My brother did. [laughs]"))
    blank()
    g((True, "TW: "), (False, "What made you go in the end?"))
    blank()
    gbr("J: ", ["Debt. I borrowed for a big shipment of shoes and the border closed.",
                "The lender was connected, and his people came to the house."])
    blank()
    g((True, "TW: "), (False, "Did anyone talk to you about human rights in China?"))
    blank()
    g((True, "J: "), (False, "A woman at the church. She said it like it was obvious. For me "
                             "it was new."))
    blank()
    g((False, "[Soo-ah: the call dropped here; we did not reconnect that day.]"))
    doc.save(HERE / "docx36-gdocs-export.docx")


# --------------------------------------------------------------------------- docx37
def cell(text: str, extra: str = "", bold: bool = False) -> str:
    r = run(text, "<w:b/>" if bold else "") if text else ""
    return f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>{extra}</w:tcPr><w:p>{r}</w:p></w:tc>"


def table(rows: list[str], grid: list[int]) -> str:
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (f'<w:tbl {WNS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
            f'w:type="auto"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>'
            + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>")


def docx37() -> None:
    """A metadata table (a nested table inside it) before a transcript table whose speaker
    cells are merged down (vMerge) and whose interruption row spans both columns."""
    doc = Document()
    doc.add_heading("Interview NK-22 \u2013 transcript", level=1)
    nested = table([cell("Audio recording") + cell("yes"),
                    cell("Quotation") + cell("anonymised only")], [2000, 2000])
    meta = [cell("Interviewee code", bold=True) + cell("NK-22"),
            cell("Profile", bold=True) + cell("man, 29, Ryanggang province, left 2019"),
            cell("Interviewer", bold=True) + cell("Kerstin Holm (KH)"),
            cell("Place / date", bold=True) + cell("Busan, 5 November 2022"),
            "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p>"
            + run("Consent", "<w:b/>") + "</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"0\" "
            "w:type=\"auto\"/></w:tcPr>" + nested + "<w:p/></w:tc>"]
    doc.element.body.sectPr.addprevious(parse_xml(table(meta, [2500, 6000])))
    doc.add_paragraph()
    restart = '<w:vMerge w:val="restart"/>'
    cont = "<w:vMerge/>"
    rows = [cell("Speaker", bold=True) + cell("Statement", bold=True)]

    def turn(who: str, texts: list[str]) -> None:
        for i, text in enumerate(texts):
            rows.append(cell(who if i == 0 else "", restart if i == 0 else cont)
                        + cell(text))

    turn("KH", ["Thank you for coming. Could you start with your work before you left?"])
    turn("NK-22", ["I was a driver for a trading company, a truck between Hyesan and "
                   "Kimchaek. Drivers see everything because drivers carry everything.",
                   "At every checkpoint you have a packet of cigarettes ready on the seat. "
                   "The soldier takes it and waves. If you forget, he finds a problem with "
                   "your papers, and the problem costs more than the cigarettes."])
    turn("KH", ["Did you carry things that were not on the papers?"])
    turn("NK-22", ["Sometimes USB sticks, in a box of batteries. Not for me, for a man in "
                   "Hyesan who sold them. I did not look at what was on them. Well, once."])
    rows.append('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/><w:gridSpan w:val="2"/>'
                "</w:tcPr><w:p>" + run("[Interview paused \u2013 interviewee's phone "
                                       "rang; resumed after five minutes]", "<w:i/>")
                + "</w:p></w:tc>")
    turn("KH", ["You said once. What was on it?"])
    turn("NK-22", ["A South Korean variety show, young people cooking and laughing. It was "
                   "not even political. That was the strange thing."])
    turn("KH", ["Why did you decide to leave?"])
    turn("NK-22", ["My company boss was arrested and all his drivers were questioned. I "
                   "did not want to find out what I would be guilty of."])
    turn("KH", ["Last question. Had you heard about human rights before?"])
    turn("NK-22", ["No."])
    doc.element.body.sectPr.addprevious(parse_xml(table(rows, [1800, 7200])))
    doc.add_paragraph("Transcribed by KH from the audio, 9 November 2022.")
    doc.save(HERE / "docx37-merged-cells-table.docx")


# --------------------------------------------------------------------------- docx38
def sdt(alias: str, text: str, sid: int) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{sid}"/><w:dataBinding w:xpath="/record/{alias}" '
            f'w:storeItemID="{{7A1C0B44-2F6E-4C71-9E5A-000000000027}}"/></w:sdtPr>'
            f"<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>")


TAB = "<w:r><w:tab/></w:r>"


def docx38() -> None:
    """An NGO's record template: the interviewee's code in a bound content control, both at
    the top and as the answer label, a tab between label and text, footnotes, Page X of Y."""
    doc = Document()
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Page "
    fp._p.append(parse_xml(
        f'<w:r {WNS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    fp._p.append(parse_xml(f'<w:r {WNS}><w:instrText xml:space="preserve"> PAGE '
                           f"</w:instrText></w:r>"))
    fp._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    fp._p.append(parse_xml(f"<w:r {WNS}><w:t>1</w:t></w:r>"))
    fp._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="end"/></w:r>'))
    fp.add_run(" of ")
    fp._p.append(parse_xml(f'<w:fldSimple {WNS} w:instr=" NUMPAGES "><w:r><w:t>2</w:t>'
                           f"</w:r></w:fldSimple>"))
    doc.add_heading("Testimony record", level=1)
    para(doc, run("Interviewee code: ", "<w:b/>") + sdt("code", "NK-0412", 101))
    para(doc, run("Interviewer: ", "<w:b/>") + sdt("interviewer", "Baek Hyun-woo", 102)
         + run("    Language: Korean > English"))
    doc.add_paragraph("Status: translated, not yet checked by the second reader.")

    def hb(text: str) -> None:
        para(doc, run("HB", "<w:b/>") + TAB + run(text),
             '<w:ind w:left="1440" w:hanging="1440"/>')

    def nk(inner: str, n: int) -> None:
        para(doc, "<w:r><w:rPr><w:b/></w:rPr></w:r>" + sdt("code", "NK-0412", 200 + n)
             + TAB + inner, '<w:ind w:left="1440" w:hanging="1440"/>')

    hb("Can you tell me about your family's situation before you left?")
    nk(run("We were a bad songbun family, my grandfather had been a landowner. So my father "
           "could only work on the farm, and I could not join the army or the party."), 1)
    hb("How did that affect daily life?")
    nk(run("At school the teacher sat me at the back. When there was a collection for the "
           "army, I had to give double to show loyalty. My mother sold her sewing machine "
           "for one of those collections.") + note_ref("footnotes", 1), 2)
    hb("Did you have access to any foreign media?")
    nk(run("A radio that my uncle fixed so it could get other stations. At night, under the "
           "blanket, we listened to a station from the South") + note_ref("footnotes", 2)
       + run(". It talked about the famine that we were living, and they knew more about it "
             "than we did."), 3)
    hb("What was the main reason you left?")
    nk(run("I could not marry the girl I loved because of my songbun. Her parents said no. "
           "After that I had no reason to stay."), 4)
    hb("Before you left, had you heard the phrase human rights?")
    nk(run("On that radio, yes. I did not understand it. I thought it was about voting."), 5)
    hb("Thank you.")
    notes_part(doc, "footnotes", [
        "Collections \u2018for the army\u2019 were frequent in the 2000s (translator).",
        "He names the station; name withheld by the translator."])
    doc.save(HERE / "docx38-content-control-labels.docx")


# --------------------------------------------------------------------------- docx39
def docx39() -> None:
    """Labelled turns whose respondent label the translator replaced with tracked changes
    ("Respondent" deleted, "Mrs. Kang" inserted), a deleted place name, a whole deleted
    exchange, and comments with a reply."""
    doc = Document()
    doc.add_heading("Mrs. Kang \u2013 translation v3 (tracked)", level=1)
    doc.add_paragraph("Translator's note: labels changed to the pseudonym throughout; "
                      "identifying details removed. Please accept or reject.")

    def label(n: int) -> str:
        return dele("Respondent:", 10 + n) + ins("Mrs. Kang:", 40 + n)

    para(doc, run("Interviewer: Where did you grow up?"))
    para(doc, label(1) + run(" In a village outside ") + dele("Kapsan, near the school for "
                                                               "the railway workers", 70)
         + ins("[place withheld]", 71) + run(". My parents farmed and kept rabbits."))
    para(doc, run("Interviewer: What happened to the farm in the 1990s?"))
    para(doc, label(2) + run(" The harvest went to the state and we were given nothing. "
                             "People ate grass soup. My little brother died in 1997, in "
                             "the spring."))
    para(doc, run("Interviewer: Did anyone help?"))
    para(doc, label(3) + run(" No. If you had money you could bribe the farm chairman for "
                             "a bag of corn. We had no money."))
    # a whole exchange deleted with its paragraph marks
    para(doc, dele("Interviewer: Was your uncle the one in the party?", 80),
         f'<w:rPr><w:del w:id="81" w:author="Translator" w:date="{DATE}"/></w:rPr>')
    para(doc, dele("Respondent: Yes, Kang Yong-su, he worked at the county office.", 82),
         f'<w:rPr><w:del w:id="83" w:author="Translator" w:date="{DATE}"/></w:rPr>')
    para(doc, run("Interviewer: When did you first see foreign films?"))
    para(doc, label(4) + run(" In 2008, at a neighbour's, on a DVD player. A Chinese war "
                             "film first, then South Korean dramas. We watched with a "
                             "blanket over the window."))
    para(doc, run("Interviewer: And why did you leave?"))
    para(doc, label(5) + run(" My husband was taken for selling DVDs. They said he would be "
                             "released if we paid, and we paid, and he was not released. "
                             "After that I did not believe anything."))
    para(doc, run("Interviewer: Did you know about human rights then?"))
    para(doc, label(6) + run(" I only learned the word in Hanawon. Before that, I thought "
                             "what happened to us was just life."))
    # comments: one on the brother's death, one reply, one on the ransom answer
    body = doc.element.body
    paras = [p for p in body.iterchildren() if p.tag.endswith("}p")]
    brother = next(p for p in paras if "brother died" in "".join(p.itertext()))
    runs = [r for r in brother.iterchildren() if r.tag.endswith("}r")]
    bp = Paragraph(brother, doc.part)
    c = doc.add_comment([Run(r, bp) for r in runs], text="She said 1996 in the first "
                        "interview. Keep 1997?", author="Translator", initials="TR")
    c.add_paragraph("Keep what she says here; note the difference.")
    hus = next(p for p in paras if "husband was taken" in "".join(p.itertext()))
    hp = Paragraph(hus, doc.part)
    hruns = [r for r in hus.iterchildren() if r.tag.endswith("}r")]
    doc.add_comment([Run(r, hp) for r in hruns], text="Bribery, or a scam by the "
                    "officer? Code both?", author="Editor",
                    initials="ED")
    doc.add_paragraph("[end]")
    doc.save(HERE / "docx39-tracked-label-comments.docx")


if __name__ == "__main__":
    docx33()
    docx34()
    docx35()
    docx36()
    docx37()
    docx38()
    docx39()
