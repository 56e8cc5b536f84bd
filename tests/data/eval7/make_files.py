"""Writes the eval7 files that cannot be typed as plain UTF-8: the Windows-1252 transcript
and the two Word documents. Run once (`python make_files.py` in this folder); its outputs
are committed and the tests never run it. The texts are invented (README.md)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).parent

WIN01 = "".join(line + "\n" for line in (  # a line a turn, long lines as Notepad keeps them
    "Interview with Mrs. Ri – Chongjin – recorded 12.4.2016",
    "Translated from Korean by K. Yang. Names changed.",
    "",
    "Interviewer: When did the rations stop in your area?",
    "Mrs. Ri: In ’96 they stopped completely. Before that they gave us a few days’ worth, then "
    "nothing. My husband said, “They will start again after the harvest.” They didn’t.",
    "Interviewer: What did you do?",
    "Mrs. Ri: I sold my wedding blankets… Then I started buying corn from the farmers and selling it "
    "in town, ½ kilo at a time at first. You had to get past the checkpoint on the road — the "
    "soldiers there wanted their cut, two or three kilos from every sack.",
    "Interviewer: Was that the “bribe” people talk about?",
    "Mrs. Ri: We never called it that. We said “helping each other.” But yes, that’s what it was.",
    "Interviewer: Did you ever see South Korean films?",
    "Mrs. Ri: Once, at my sister’s. A love story. I couldn’t sleep afterwards – not because of the "
    "story, because of the fear. If the neighbours had heard…",
    "Interviewer: When did you first hear the words “human rights”?",
    "Mrs. Ri: In China, on a Korean-language radio programme from Seoul. I didn’t understand it. I "
    "thought it was about lawyers, something for rich people.",
    "Interviewer: Thank you, Mrs. Ri.",
))


def win01() -> None:
    """Notepad on a Western Windows: Windows-1252 bytes, CRLF, curly quotes, dashes,
    ellipses and a one-half sign, no blank lines between turns."""
    data = WIN01.replace("\n", "\r\n").encode("cp1252")
    (HERE / "win01-cp1252-smart-quotes.txt").write_bytes(data)


def bold_start(doc: Document, name: str, text: str) -> None:
    """A paragraph opening with a speaker's name in bold, a tab, then the speech."""
    p = doc.add_paragraph()
    p.add_run(name).bold = True
    p.add_run("\t" + text)


def docx01() -> None:
    """A transcriber's Word file: names in bold at the start of the paragraph, no colon;
    an answer's second paragraph without a name; a superscript note mark; typed notes and
    transcriber's comments at the end; a footer."""
    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = "Confidential – not for circulation"
    title = doc.add_paragraph()
    run = title.add_run("Interview transcript – Participant 11")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("Project: Everyday Economies in the DPRK. Interview date: 14 May 2017. "
                      "Interviewer: S. Lindqvist. Interpreter: M. Cho.")
    bold_start(doc, "Lindqvist", "When you were working at the mine, were you paid a wage?")
    bold_start(doc, "P11", "On paper, yes. In reality the wage could buy two kilos of rice a "
                           "month. Nobody lived on the wage. The men who stayed at the mine "
                           "stole coal and sold it, and the managers knew.")
    bold_start(doc, "Lindqvist", "Did the managers take a share?")
    p = doc.add_paragraph()
    p.add_run("P11").bold = True
    p.add_run("\tThey took the biggest share. And above them the party secretary, and above "
              "him someone from the province. When the sangmu")
    p.add_run("1").font.superscript = True
    p.add_run(" came to check on the miners' families, they also got coal.")
    doc.add_paragraph("My brother-in-law paid every month so that his name stayed on the shift "
                      "list while he went to China to trade. That cost more than the coal he "
                      "would have dug.")
    bold_start(doc, "Lindqvist", "What were the sangmu looking for?")
    bold_start(doc, "P11", "Tapes, CDs, later USB. South Korean songs especially. My nephew "
                           "was caught with a memory card in 2010 [inaudible 00:14:32] and my "
                           "sister had to sell her sewing machine to get him out.")
    bold_start(doc, "Lindqvist", "And you yourself, why did you leave?")
    bold_start(doc, "P11", "My husband was sent to a labour camp for a year for missing work. "
                           "When he came back he was not the same man. I took our daughter and "
                           "crossed the Tumen in 2013. He did not want to come.")
    bold_start(doc, "Lindqvist", "Thank you. We'll stop here for today.")
    notes = doc.add_paragraph()
    notes.add_run("Notes").bold = True
    doc.add_paragraph("1. P11 uses \"sangmu\" throughout for the 109 group (the task force "
                      "against foreign media).")
    doc.add_paragraph("2. Amounts and dates are as given by P11; none were checked.")
    comments = doc.add_paragraph()
    comments.add_run("Transcriber's comments").bold = True
    doc.add_paragraph("[ML1] 00:14:32 – one word inaudible, possibly the name of a town.")
    doc.add_paragraph("[ML2] Check spelling of the mine's name with S.L. before release.")
    doc.save(str(HERE / "docx01-bold-names-notes.docx"))


def question(doc: Document, text: str) -> None:
    """A bold question, numbered by Word's list numbering (the number is not in the text)."""
    doc.add_paragraph(style="List Number").add_run(text).bold = True


def docx02() -> None:
    """A magazine's Word file before layout: Title, italic introduction, bold questions
    numbered by Word, one bold prompt without '?', an answer ending in a rhetorical
    question, a manual line break, a closing note and endnotes under a heading."""
    doc = Document()
    doc.add_paragraph("“Nobody Said No to the Inspector”", style="Title")
    intro = doc.add_paragraph()
    intro.add_run("Ryu Jin-a, 31, left Hyesan in 2015. She spoke to Pauline Grant in Incheon; "
                  "translation by Seo Min-ji. The interview has been condensed.").italic = True
    question(doc, "What did your parents do in Hyesan?")
    doc.add_paragraph("My father was a truck driver for a timber company and my mother sold "
                      "noodles. She made more in a week than he did in a year, but he had the "
                      "official job, so he had to keep going.")
    question(doc, "Your brother served in the army.")
    doc.add_paragraph("Eight years. My parents paid for him to be posted near home, not at the "
                      "DMZ. A recruiting officer came to our house twice, and both times my "
                      "mother gave him an envelope and a bottle of liquor.")
    question(doc, "How did you watch foreign dramas?")
    p = doc.add_paragraph("On a notel with a USB stick. We had a rule: one person always sat "
                          "by the door.")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("My friend's family was caught in 2012 and they were sent to the countryside. "
              "After that we only watched at my aunt's house, where there was no electricity "
              "inspection.")
    question(doc, "Why did you leave?")
    doc.add_paragraph("I wanted to study, and with our background I never could. In the "
                      "dramas, girls my age went to university and argued with professors. "
                      "Who would not want that?")
    question(doc, "Had you heard of human rights before leaving?")
    doc.add_paragraph("The phrase, yes, from the news, always about America. What it meant, "
                      "no. I learned that in a church in China, from a Korean-Chinese pastor.")
    closing = doc.add_paragraph()
    closing.add_run("Ryu Jin-a now works as a nurse's aide in Incheon.").italic = True
    doc.add_paragraph("Endnotes", style="Heading 2")
    doc.add_paragraph("¹ Hyesan lies on the Yalu River, across from Changbai in China.")
    doc.add_paragraph("² The interview took place in March 2019.")
    doc.save(str(HERE / "docx02-bold-questions-numbered.docx"))


if __name__ == "__main__":
    win01()
    docx01()
    docx02()
