"""Writes the eval29 files that cannot be typed as UTF-8 text: win05 (a web page saved by
Notepad on Windows, Windows-1252 bytes and CRLF line ends) and the two Word files, docx42
(the interview as a Speaker | Words table with a merged section row, an introduction above
it and a biography below) and docx43 (`Q` / `A` and a tab in hanging-indent paragraphs, a
page header, a footnote mark typed as text). Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

# ruff: noqa: E501  (the Windows page is kept as Notepad saved it: one line a paragraph)

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent

WIN05 = """\
Northern Lights Quarterly \u2014 \u201cThey taught us the word \u2018rights\u2019 in a classroom in Anseong\u201d
https://northernlights.example/interviews/2022/kwak-interview

Home | Interviews | Essays | Podcast | About | Donate

INTERVIEWS

\u201cThey taught us the word \u2018rights\u2019 in a classroom in Anseong\u201d

A former railway signalman from South Hamgyong on bribes, borrowed dramas and the long way out

By the editors \u2014 March 2022 \u2014 9 min read

Share: Facebook | X | Email | Print

Kwak Tae-sung (not his real name) worked for nineteen years as a signalman on the line north of Hamhung. He left in 2017, travelling through China and Laos, and now lives near Suwon with his wife. Northern Lights Quarterly (NLQ) spoke to him over two afternoons in January; the conversation was in Korean and has been translated and condensed.

NLQ: Let\u2019s begin with the railway. What did a signalman actually do?

KWAK: On paper, I kept the trains from hitting each other. [laughs] In practice there were not so many trains to keep apart. Some weeks two, some weeks none \u2014 the power was off, or there was no coal. We sat in the box and waited.

NLQ: And you were paid for that?

KWAK: Paid in what? The ration stopped in the nineties. Our real work was the freight wagons. A wagon standing in a siding is a warehouse, you understand? Traders wanted their goods moved, and the station master decided which wagon was coupled to which train. So you paid the station master \u2014 rice, cash, sometimes a pig at New Year \u2014 and your goods went north.

He was not a bad man. Everyone above him wanted their share too, so what could he do?

NLQ: Did you take a share yourself?

KWAK: A little. A packet of cigarettes for letting someone sleep in the box. I\u2019m not proud of it, but I\u2019m not ashamed either. Without it my children would have eaten grass soup.

[Photo: The signal box at a small station in South Hamgyong, 2009. Courtesy of the interviewee.]

NLQ: When did you first see a foreign film?

KWAK: 2006, I think. A driver on the Chongjin run had a DVD player in his cab, of all places, and a South Korean film about a boxer. Later it was USB sticks\u2026 we called them \u201cmemory\u201d. You borrowed one for a night and returned it in the morning, like a library book, but a library that could send you to a camp.

NLQ: Were you ever searched?

KWAK: Twice. The second time they found a stick in my son\u2019s coat. It was an inspection group, the kind that comes from Pyongyang with new faces so nobody has bribed them yet. [pause] We settled it with the local men after the group left. I won\u2019t say how much. A lot.

NLQ: What finally made you go?

KWAK: My son. After the stick he was marked. No university, no army career, nothing. I thought, I am fifty and my life is already spent; his is not. My wife\u2019s cousin had gone across in 2011 and sent word that she could arrange a broker.

NLQ: You mentioned a classroom in Anseong.

KWAK: At Hanawon. A teacher wrote \u201cinkwon\u201d \u2014 human rights \u2014 on the board and asked us what it meant. Nobody answered. A woman next to me whispered, \u201cIt\u2019s an American word.\u201d That is what we were taught. I remember feeling stupid, and then angry, because I was fifty years old and nobody had ever told me I had any.

NLQ: Thank you, Mr. Kwak.

KWAK: Thank you for listening to an old signalman.

This interview has been condensed and edited for clarity. Translation by the NLQ editorial team.

Tags: railway, bribery, foreign media, Hanawon

\u00a9 Northern Lights Quarterly 2022. All rights reserved.
"""


def win05() -> None:
    data = WIN05.replace("\n", "\r\n").encode("cp1252")
    (HERE / "win05-cp1252-outlet-initials.txt").write_bytes(data)


def set_cell_shading(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def docx42() -> None:
    doc = Document()
    doc.add_heading("\u201cThe card was in the rice\u201d: an interview with Mrs. Nam Sun-ja",
                    level=1)
    doc.add_paragraph(
        "Mrs. Nam (a pseudonym) was interviewed in Incheon in September 2021 by Ellis "
        "Varga of the Open Testimony Project, with Jeon Hae-rin interpreting. The "
        "transcript below has been lightly edited; the interpreter\u2019s renderings are "
        "given as Mrs. Nam\u2019s words.")
    rows = [
        ("header", "Speaker", "Words"),
        ("merge", "Part one: Onsong", ""),
        ("row", "Varga", "Mrs. Nam, thank you for coming. Could you start by telling me "
                         "where you lived?"),
        ("row", "Nam", "In Onsong county, in a village about an hour from the river. "
                       "My husband worked at the coal mine and I kept pigs and sold "
                       "tofu at the market."),
        ("row", "Varga", "Was the market difficult for you?"),
        ("row", "Nam", "Difficult is normal. Every few months there was a campaign "
                       "against women selling, and the patrol took your goods. If you "
                       "gave the leader of the patrol a few thousand won, or a bag of "
                       "tofu for his house, he looked at the next woman instead."),
        ("row", "", "My sister-in-law would not pay on principle, and they took her "
                    "whole tray. She cried for a day. I told her principle is for "
                    "people with full stomachs."),
        ("row", "Varga", "What about your husband at the mine?"),
        ("row", "Nam", "He paid to not go. [laughs] That sounds strange. He gave the "
                       "work-unit chief money every month and was marked present, and "
                       "with the free time he repaired bicycles. We lived on the "
                       "bicycles, not the mine."),
        ("merge", "Part two: Foreign media and leaving", ""),
        ("row", "Varga", "Did you watch South Korean dramas?"),
        ("row", "Nam", "My daughter did. She kept the memory card in the rice jar, "
                       "pushed down to the bottom. When the inminban leader came "
                       "visiting, I sat on the lid. [laughs] I never watched much "
                       "myself, I fell asleep."),
        ("row", "Varga", "Why did you decide to leave?"),
        ("row", "Nam", "Hunger first. In 2010 the currency change took everything we "
                       "had saved. Then my daughter was called in because a friend of "
                       "hers had given her name to the security office. We went across "
                       "the Tumen together three weeks later."),
        ("row", "Varga", "Had you heard about human rights before you came here?"),
        ("row", "Nam", "No. In China a pastor said God gives everyone rights, and I "
                       "thought that was a church idea. At Hanawon they said the same "
                       "thing without God."),
        ("row", "Varga", "Thank you, Mrs. Nam."),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for i, (kind, who, words) in enumerate(rows):
        cells = table.rows[i].cells
        if kind == "merge":
            merged = cells[0].merge(cells[1])
            merged.text = ""
            run = merged.paragraphs[0].add_run(who)
            run.bold = True
            run.italic = True
            set_cell_shading(merged, "D9D9D9")
            continue
        cells[0].text = ""
        cells[1].text = ""
        r0 = cells[0].paragraphs[0].add_run(who)
        r1 = cells[1].paragraphs[0].add_run(words)
        if kind == "header":
            r0.bold = r1.bold = True
            set_cell_shading(cells[0], "BFBFBF")
            set_cell_shading(cells[1], "BFBFBF")
        elif who == "Varga":
            r0.bold = True
    for row in table.rows:
        row.cells[0].width = Cm(3)
        row.cells[1].width = Cm(13)
    doc.add_paragraph()
    bio = doc.add_paragraph()
    bio.add_run("About the interviewee. ").bold = True
    bio.add_run("Nam Sun-ja was born in 1968 in North Hamgyong. She kept pigs and sold "
                "tofu in Onsong until 2010, when she and her daughter crossed into China. "
                "She reached Seoul in 2012 and now works in a school kitchen in Incheon.")
    doc.add_paragraph("Interview \u00a9 Open Testimony Project 2021. Quoted with permission.")
    doc.save(HERE / "docx42-speaker-words-table.docx")


def hanging(doc, label: str, text: str) -> None:
    """`Q` or `A` then a tab then the text, in a paragraph with a hanging indent, as a
    legal-style Word template sets them; an empty label is a continuation paragraph
    (indented, no label)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25) if label else Cm(0)
    p.paragraph_format.space_after = Pt(6)
    if label:
        p.add_run(label).bold = True
        p.add_run("\t")
    p.add_run(text)


def docx43() -> None:
    doc = Document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Seoul Documentation Circle \u2013 Transcript SDC-0417 \u2013 do not circulate"
    doc.add_paragraph().add_run("TRANSCRIPT OF INTERVIEW").bold = True
    doc.add_paragraph("Interviewee: SDC-0417 (man, 30s, formerly Hoeryong)\tInterviewer: "
                      "M. Okonkwo\tDate: 5 May 2020")
    doc.add_paragraph("Session 1").runs[0].bold = True
    hanging(doc, "Q", "Can you tell me what work you did in Hoeryong?")
    hanging(doc, "A", "I drove a truck for a trading company attached to a military unit. "
                      "We carried wood to the border and brought back whatever the Chinese "
                      "side had: flour, cooking oil, sometimes televisions.")
    hanging(doc, "Q", "Did that work involve paying officials?")
    hanging(doc, "A", "All the time. At every checkpoint between Hoeryong and Chongjin there "
                      "is a soldier with a barrier. You do not stop and show papers. You slow "
                      "down and hand out a packet of cigarettes through the window, and the "
                      "barrier goes up.")
    hanging(doc, "", "The expensive one was the travel permit. To get a permit for the whole "
                     "year, my company paid the security department one hundred dollars for "
                     "each driver.1 Without it you are a criminal on every road.")
    hanging(doc, "Q", "What did you carry that you were not supposed to?")
    hanging(doc, "A", "Memory cards. A Chinese trader would put ten or twenty in a bag of "
                      "sunflower seeds. I never opened them; I delivered the bag to a woman "
                      "in the market. Later I learned they were South Korean dramas and "
                      "songs.")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Session 2").runs[0].bold = True
    hanging(doc, "Q", "Last time you mentioned the memory cards. Were you ever caught?")
    hanging(doc, "A", "Not me. The woman in the market was caught by the 109 group in 2016. "
                      "I waited every night for them to come for me. They never came. "
                      "Maybe she did not say my name, maybe someone paid. I still do not "
                      "know.")
    hanging(doc, "Q", "Is that why you left?")
    hanging(doc, "A", "That was the beginning. I could not sleep. My mother told me, go, "
                      "while you can still drive to the border without anyone asking. In "
                      "2017 I crossed the river near Sambong with my cousin.")
    hanging(doc, "Q", "Did you hear the words \u201chuman rights\u201d in North Korea?")
    hanging(doc, "A", "In the lectures, yes: the American imperialists violate human rights. "
                      "In China, at a church, a missionary told me I had rights too. I "
                      "laughed at her. I do not laugh now.")
    hanging(doc, "Q", "Thank you. We will stop there.")
    doc.add_paragraph("\u2014\u2014\u2014\u2014\u2014")
    doc.add_paragraph("1 The interviewee was unsure whether the sum was per driver or per "
                      "truck; see session 2 notes.").runs[0].font.size = Pt(9)
    doc.add_paragraph("Transcribed by H. Yoo, 9 May 2020. Checked against the audio by "
                      "M. Okonkwo.")
    doc.save(HERE / "docx43-q-a-tab-hanging.docx")


if __name__ == "__main__":
    win05()
    docx42()
    docx43()
