"""Writes the eval17 files that cannot be typed: the three Word files (python-docx, with
hand-built XML for tracked changes), the NGO page saved on Windows (BOM, CRLF) and the
NVivo export (tab-separated, CRLF). Run once with /work/main/.venv/bin/python; its outputs
are committed and the tests never run it.

ngo05 and nvivo01 are kept beside this script as typed (LF; `|` for the NVivo tabs) and
rewritten in place."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
DATE = "2022-08-05T10:00:00Z"


def _run_xml(text: str, deleted: bool = False) -> OxmlElement:
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(tag: str, text: str, n: int) -> OxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(n))
    el.set(qn("w:author"), "J. Ortiz")
    el.set(qn("w:date"), DATE)
    el.append(_run_xml(text, deleted=tag == "w:del"))
    return el


def tracked(p, pieces: list[tuple[str, str]], start: int = 100) -> None:
    """Append pieces to paragraph p: ("", text) plain, ("ins", text), ("del", text)."""
    for i, (kind, text) in enumerate(pieces):
        if kind == "":
            p.add_run(text)
        else:
            p._p.append(_change("w:" + kind, text, start + i))


def deleted_paragraph(doc, text: str, n: int) -> None:
    """A whole paragraph deleted with track changes (its mark too)."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement("w:del")
    mark.set(qn("w:id"), str(n))
    mark.set(qn("w:author"), "J. Ortiz")
    mark.set(qn("w:date"), DATE)
    rpr.append(mark)
    ppr.append(rpr)
    p._p.append(_change("w:del", text, n + 1))


def docx24() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NK-Markets project \u2013 CONFIDENTIAL \u2013 do not circulate"
    sec.footer.paragraphs[0].text = "Transcript 07 \u00b7 draft 2 \u00b7 J. Ortiz"
    doc.add_paragraph("Interview 07 \u2013 transcript (draft 2)", style="Title")
    doc.add_paragraph("Date: 4 August 2022\tInterviewer: Sun-woo Baek\tTranscribed by: J. Ortiz")
    doc.add_paragraph("Interviewee: R07, man, 40s, former soldier, left 2019.")
    doc.add_paragraph("I: Thanks for coming in. Let\u2019s start with your military service. "
                      "Tell me about your unit.")
    doc.add_paragraph("R: I was in a construction unit near Kaesong for eight years. We built "
                      "roads mostly, and we grew our own food, because the food that was "
                      "supposed to come never came.")
    doc.add_paragraph("I : And the officers?")
    p = doc.add_paragraph()
    tracked(p, [("", "R : My commander, "), ("del", "Major Ryu Tae-il"),
                ("ins", "[name removed]"),
                ("", ", sold our cement to people building private houses. Soldiers carried "
                     "it at night. If you carried well, you got leave.")], start=10)
    deleted_paragraph(doc, "I: Did you ever hit anyone yourself?", 20)
    deleted_paragraph(doc, "R: [inaudible] No. Not like that.", 22)
    doc.add_paragraph("I: How did people get out of service early?")
    doc.add_paragraph("R: You needed three things:")
    doc.add_paragraph("a doctor\u2019s paper that said you were sick,", style="List Bullet")
    doc.add_paragraph("money for the doctor,", style="List Bullet")
    doc.add_paragraph("and money for the officer who signed it.", style="List Bullet")
    doc.add_paragraph("Without all three you served your ten years. My cousin had two of the "
                      "three and he served nine.")
    doc.add_paragraph("I: Tell me about the dramas in the barracks.")
    p = doc.add_paragraph()
    first = p.add_run("R: There was one tablet in our company, the political officer\u2019s. ")
    tracked(p, [("ins", "He took it from a smuggler we caught. "),
                ("", "At night he watched South Korean things on it, and sometimes the "
                     "sergeants were invited. We all knew. Nobody said anything.")], start=30)
    doc.add_comment([first], text="check: \u2018political instructor\u2019? same word as in 04",
                    author="J. Ortiz", initials="JO")
    doc.add_paragraph("I: Did you ever hear about human rights in the army?")
    doc.add_paragraph("R: In lectures, yes. Human rights were what the enemy used as an excuse "
                      "to attack us. That was the only sentence.")
    doc.add_paragraph("I: Why did you leave?")
    doc.add_paragraph("R: After discharge I went home and there was no job and no food. My "
                      "mother had sold the house. I had seen on the political officer\u2019s "
                      "tablet that in the South a soldier\u2019s parents could visit him. I "
                      "thought, that is a different world. I went in the spring.")
    doc.add_paragraph("[End of recording \u2014 38:12]")
    doc.save(HERE / "docx24-ra-tracked-changes.docx")


def docx25() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Hamgyong Oral History Collection"
    sec.footer.paragraphs[0].text = "HOHC-2020-014 transcript"
    doc.add_heading("Interview with Mrs. Song and her son", level=1)
    doc.add_paragraph("Interviewees: Song Mi-rae (mother, 60s) and Choi Kwang-jin (son, 30s). "
                      "Interviewer: Esther Wahl. Recorded 3 March 2020, Suwon.")

    def name(who: str) -> None:
        doc.add_paragraph().add_run(who).bold = True

    def turn(who: str, *paragraphs: str) -> None:
        name(who)
        for text in paragraphs:
            doc.add_paragraph(text)

    turn("ESTHER WAHL", "[00:00:12] Thank you both. Mrs. Song, can we begin with where the "
         "family lived?")
    turn("SONG MI-RAE", "In Kimchaek, by the steelworks. My husband worked there until it "
         "stopped paying, and then he worked there anyway, because if you stopped going they "
         "sent you to a labour camp.")
    turn("ESTHER WAHL", "Kwang-jin, what do you remember of that time?")
    turn("SONG MI-RAE", "He was small. He remembers nothing. He remembers that we had a dog.")
    turn("CHOI KWANG-JIN", "I remember more than the dog. [laughs] I remember my mother going "
         "out at four in the morning with a bag of tofu.")
    turn("ESTHER WAHL", "[00:06:40] How did the tofu business work?")
    turn("SONG MI-RAE", "It was simple, but every step cost something:")
    for text in ("You bought beans from a man who brought them from the farm, and you paid "
                 "the farm guard too.",
                 "You made the tofu at night, when there was electricity.",
                 "You sold at the station, and the station police took a piece every "
                 "morning. Literally a piece, a block of tofu."):
        doc.add_paragraph(text, style="List Number")
    doc.add_paragraph("What was left over, we ate.")
    turn("ESTHER WAHL", "[00:14:05] When did you first see a South Korean programme?")
    turn("CHOI KWANG-JIN", "In middle school. A friend had a memory card from his father. We "
         "watched it on a Chinese phone, four of us around a screen like a matchbox.")
    turn("SONG MI-RAE", "I did not know about this until we were in China.")
    turn("CHOI KWANG-JIN", "She still does not know half of it.")
    turn("ESTHER WAHL", "[00:21:30] Who decided to leave?")
    turn("SONG MI-RAE", "I decided. My husband was dead, the steelworks was dead. My son "
         "would be called up for the army the next year, and to get him out of it I would "
         "need money I did not have. So I said to him, \u2018Do you want to spend ten years "
         "digging or do you want to go?\u2019 He said, \u2018Go.\u2019")
    doc.add_paragraph("[00:27:18]")
    turn("ESTHER WAHL", "Thank you both very much.")
    doc.add_paragraph("[Recording ends]")
    doc.save(HERE / "docx25-names-above-two-respondents.docx")


def docx26() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Courier New"
    style.font.size = Pt(11)
    for line in ("SLUG: nk-trader-qa",
                 "HED: \u2018The inspectors came on Tuesdays\u2019",
                 "DEK: A former trader on bribes, banned dramas and the price of a crossing",
                 "BYLINE: Tomas Varga",
                 "LENGTH: 1,050 words",
                 "[PHOTO: portrait of Ms. Pyon, face not shown, by Lea Nakamura]",
                 "Pyon Soo-ja traded in household goods in Sinuiju for twenty years before "
                 "she left in 2016. She spoke to The Weekly Meridian in Seoul through an "
                 "interpreter. The interview has been edited for length and clarity."):
        doc.add_paragraph(line)

    def ask(text: str) -> None:
        doc.add_paragraph().add_run(text).bold = True

    ask("What did you sell?")
    doc.add_paragraph("Everything for a kitchen. Pots, plastic bowls, Chinese seasoning, "
                      "chopsticks. Whatever came over the bridge in the trucks.")
    ask("Who did you have to pay to keep trading?")
    doc.add_paragraph("The market manager, the inspectors and the police, in that order. The "
                      "inspectors came on Tuesdays, so on Monday night you put an envelope "
                      "under the rice bowl on your stall [ED: confirm \u2013 she said Tuesday "
                      "in our first interview too]. It was understood.")
    doc.add_paragraph("If you were new you did not know this and you lost your goods on your "
                      "first Tuesday. That is how you learned.")
    ask("Tell me about the time your stall was searched.")
    doc.add_paragraph("It was 2014. They were looking for discs, South Korean discs. I had "
                      "never sold discs, but a woman two stalls away had, and they searched "
                      "the whole row. They took my best pots as well. I asked the officer, "
                      "\u2018What law are pots breaking?\u2019 He said, \u2018The law of my "
                      "kitchen.\u2019")
    ask("Did you ever watch those discs?")
    doc.add_paragraph("Of course. Everybody who says no is lying to you. [laughs] We watched "
                      "with the volume at one. You learn to read lips.")
    ask("Why did you leave?")
    doc.add_paragraph("My daughter went first and called me from China on a phone a smuggler "
                      "brought. She said there was work in a restaurant and the broker would "
                      "take payment later. I went with only the clothes I had on.")
    ask("Had you heard of human rights before?")
    doc.add_paragraph("From the South Korean radio, once or twice. I thought it was a word "
                      "for rich countries.")
    doc.add_paragraph("###")
    doc.add_paragraph("NOTE TO WEB DESK: pull quote \u2018The law of my kitchen.\u2019 Use "
                      "photo 2 not 1. Check spelling Pyon/Pyeon with interpreter.")
    doc.save(HERE / "docx26-newsroom-copy-bold-questions.docx")


def windows_text(name: str, bom: bool, tabs: bool = False) -> None:
    path = HERE / name
    text = path.read_text(encoding="utf-8-sig")
    if tabs:
        text = text.replace("|", "\t")
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + data if bom else data)


if __name__ == "__main__":
    docx24()
    docx25()
    docx26()
    windows_text("ngo05-labels-then-none.txt", bom=True)
    windows_text("nvivo01-timespan-rows.txt", bom=False, tabs=True)
