# ruff: noqa: E501  (the documents' text is kept one paragraph a line, as they are written)
"""Writes the eval16 files that cannot be typed as plain UTF-8 text: two text files with a
BOM, Windows line endings, curly quotes and no-break spaces, and the three Word files
(python-docx). Run once with /work/main/.venv/bin/python; its outputs are committed and the
tests never run it."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).parent
NBSP = "\u00a0"


def windows_text(name: str, text: str) -> None:
    """UTF-8 with a BOM and CRLF, as Notepad or a Google Docs download saves it."""
    data = "\ufeff" + text.replace("\n", "\r\n")
    (HERE / name).write_bytes(data.encode("utf-8"))


NGO04 = """Home › Testimonies › Economic life
Testimony 31: “You learn who to pay”
Published by the Open Gate Documentation Project · 9 min read
Editor’s note: “Bora” is a pseudonym. Details that could identify her relatives have been removed. Translator’s notes are in square brackets.
Share: Facebook | X | Email | Print

Interviewer: Thank you for agreeing to talk to us again. Last time you mentioned the train to Pyongsong. Can we start there?

Bora (pseudonym): Yes. In 2016 I went from Hyesan to Pyongsong [a wholesale market city north of Pyongyang] to buy cloth. You need a travel permit for that. The office said two weeks; I put 20 yuan inside the form and it was ready the next day.[1]

Interveiwer: Was that usual, putting money in the form?

Bora: Usual? Everybody did it. It has a name, even — “the fee for speed.” On the train the conductors and the railway security come through at night. One of them opened my bag and found the cloth, and it went like this:
Officer: Whose cloth is this?
Me: Mine. For my stall.
Officer: And where is the receipt from the state shop?
So I gave him a carton of cigarettes, and he went on to the next carriage. Nobody writes that down anywhere.

INTERVIEWER: Did you see or buy foreign media on those trips?

Bora: In Pyongsong you could buy anything if you knew the right person. USB sticks with dramas, the small SD cards for phones. I bought two for my daughter. [TN: she uses “알판”, the slang word for a disc.] I hid them in the hem of a skirt.

Note:{nbsp}The following part was recorded at a second meeting, in May 2021.

Interviewer: You said you decided to leave in 2018. Why then?

Bora: My daughter. She was seventeen and I could see her whole life in front of her, the same as mine: the stall, the inspectors, the bags at night.
Question: why would anyone stay? That is what people ask me here in Seoul. But you have parents who are old, you have graves to look after. You do not leave a place just because it is bad.

Interviewer: Had you heard the words “human rights” before you left?

Bora: Only in the newspaper,[2] when it said the Americans had no human rights. I thought it was something Americans did not have. At Hanawon the teacher wrote 인권 on the board and I copied it into my notebook without knowing that it was about me.

[1] In the border provinces informal payments were usually made in Chinese yuan during this period.
[2] The party newspaper, Rodong Sinmun.

Related testimonies
Testimony 29: The checkpoint at Unhung
Testimony 33: A teacher’s salary
Support our work: Donate
© 2024 Open Gate Documentation Project. All rights reserved.
""".replace("{nbsp}", NBSP)

GDOCS01 = """Interview 12 – Kwon (pseudonym) – FINAL for coding
Interviewer\tMina Seo
Interpreter\tnone (interview in English and Korean)
Place\tSeoul, NGO office
Date\t12 May 2023

Interviewer: Thanks for coming in again. I want to go back to what you said about your job at the mine. When did you start there?

Kwon: I started in 2006[a], after the army. The mine was in Musan. The work was hard but at least there was a ration, sometimes.

Interviewer: Sometimes?

Kwon: When the ration did not come, the workers took ore and sold it to the Chinese traders. The guards at the gate took their part. If you gave the guard his part he did not see the sacks.

Interviewer: Did you do that yourself?

Kwon: Everybody did that. [laughs] I paid the guard with cigarettes, and the section chief with money at new year, so that he wrote that I came to work when I was at the market[b].

Interviewer: How did you first come across South Korean dramas?

Kwon: Through my wife's cousin. He had a DVD player and later the notel. We watched Stairway... no, I don't remember which one. Something with a hospital. We watched until two in the morning.

Interviewer: And when did you decide to leave?

Kwon: In 2015 my friend was sent to the kyohwaso for the ore, not for the dramas, for the ore. Eight years. And I had done the same thing as him for nine years. I thought, I am next.

Interviewer: Thank you, Kwon. That's all for today.

[a]He said 2005 in the first interview. Check the audio at 04:12.
[b]Mina Seo: this is the "attendance bribe" we discussed, code as bribery
[c]Translator check: "section chief" = 작업반장?
"""


def bold_run(paragraph, text):
    run = paragraph.add_run(text)
    run.bold = True
    return run


def docx21() -> None:
    """A Word transcript whose labels are in the first column of a borderless table."""
    doc = Document()
    doc.add_heading("Interview transcript NK-17", level=1)
    doc.add_paragraph("Interviewee: Mrs. Nam (pseudonym), woman, 50s, from Onsong. "
                      "Interviewer: Priya Raman. Translator: Yun Hae-jin.")
    doc.add_paragraph("Note: Names of people and places below the county level have been "
                      "removed. Translator's remarks appear in their own rows.")
    rows = [
        ("Interviewer", ["Mrs. Nam, what did you do for a living before you left?"]),
        ("Mrs. Nam", ["I sold rice. Not in the market at first, from the house, because "
                      "the market stall needs money for the registration and for the "
                      "manager.",
                      "Later I had a stall. The manager's wife came every month and I "
                      "gave her rice, five kilos. That was how you kept the stall."]),
        ("Interviewer", ["Was the rice a payment, or a gift?"]),
        ("Mrs. Nam", ["[laughs] In North Korea there is no difference."]),
        ("Translator", ["[She uses the word 뇌물, bribe, and then corrects herself to "
                        "고이는 것, 'what you put under'.]"]),
        ("Interviewer", ["Did you ever have trouble with the police?"]),
        ("Mrs. Nam", ["Once, in 2012, because of my son. He was caught with a USB stick. "
                      "The police officer came to the house and said to me, \"Do you "
                      "know what your son is watching?\" I said no. He said, \"Then you "
                      "should find out before we do.\""]),
        ("", ["That meant: pay now and it stays here. So I paid. Two hundred dollars, "
              "which was all of it."]),
        ("Interviewer", ["Was that the reason you left?"]),
        ("Mrs. Nam", ["One of the reasons. After that my son was on a list. A boy on a "
                      "list has no future there, no university, no good job. I went first "
                      "and he came one year later."]),
        ("Interviewer", ["Thank you very much."]),
    ]
    table = doc.add_table(rows=0, cols=2)  # no style: Word shows no borders
    for label, paragraphs in rows:
        cells = table.add_row().cells
        if label:
            bold_run(cells[0].paragraphs[0], label)
        cells[1].paragraphs[0].text = paragraphs[0]
        for more in paragraphs[1:]:
            cells[1].add_paragraph(more)
    doc.add_paragraph("End of transcript. 41 minutes.")
    doc.save(HERE / "docx21-borderless-label-column.docx")


def docx22() -> None:
    """Microsoft Word's Transcribe, inserted into the document with speakers and time
    stamps: a `00:00:03 Speaker 1` paragraph above each block of text."""
    doc = Document()
    doc.add_paragraph("Interview_Chongjin_0412.m4a")
    doc.add_paragraph("Transcribed with Microsoft Word (Transcribe). Checked against the "
                      "audio by J. Park, 3 May. Speaker 1 = interviewer, Speaker 2 = "
                      "participant, Speaker 3 = interpreter.")
    blocks = [
        ("00:00:03", "Speaker 1", "OK, I think it's recording now. So, thank you for "
         "meeting me. Could you start by telling me where you grew up?"),
        ("00:00:11", "Speaker 2", "I grew up in Chongjin, near the port. My father was a "
         "fisherman, on the state boats."),
        ("00:00:19", "Speaker 1", "And were the state boats, did they still go out in the "
         "nineties?"),
        ("00:00:25", "Speaker 2", "Sometimes. When there was fuel. The captain sold the "
         "fuel to the Chinese, so then the boat does not go out, and he pays the party "
         "secretary from that money so nobody asks about the fuel."),
        ("00:00:41", "Speaker 3", "Sorry, she said party secretary of the enterprise, "
         "not of the city."),
        ("00:00:45", "Speaker 2", "Yes, of the enterprise. Everybody in the chain got "
         "something."),
        ("00:00:51", "Speaker 1", "Mm-hmm."),
        ("00:00:52", "Speaker 2", "And the fishermen got nothing, so they also took fish "
         "home and sold it at the market. If the inspector caught you, you gave him fish."),
        ("00:01:04", "Speaker 1", "When did you first hear about life outside North "
         "Korea?"),
        ("00:01:09", "Speaker 2", "From the Chinese radio, and then from a DVD that "
         "sailors brought, with a South Korean film. I was maybe fifteen. We watched it "
         "at a friend's house and afterwards we did not talk about it for days."),
        ("00:01:26", "Speaker 1", "Why didn't you talk about it?"),
        ("00:01:29", "Speaker 2", "Because if you talk, someone hears. And because it "
         "was too big. Everything we were told about the South was a lie, and you cannot "
         "say that to anybody."),
        ("00:01:41", "Speaker 1", "OK. Let's stop there for a second, I need to change "
         "the battery."),
    ]
    for time, speaker, text in blocks:
        doc.add_paragraph(f"{time} {speaker}")
        doc.add_paragraph(text)
    doc.save(HERE / "docx22-word-transcribe.docx")


def box(doc, title, paragraphs, attribution):
    """A report's box: a one-column table with borders holding a title and quoted text."""
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    bold_run(cell.paragraphs[0], title)
    for text in paragraphs:
        cell.add_paragraph(text)
    p = cell.add_paragraph(attribution)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].italic = True


def docx23() -> None:
    """A UN-style report downloaded as Word: numbered paragraphs, testimony in boxes."""
    doc = Document()
    p = doc.add_paragraph("Advance unedited version")
    p.runs[0].italic = True
    doc.add_paragraph("Distr.: General\n14 February 2024")
    doc.add_heading("Independent Review Panel on Accountability in the Democratic "
                    "People's Republic of Korea", level=1)
    doc.add_heading("Trade, permission and punishment: the informal economy in the "
                    "northern provinces", level=2)
    doc.add_heading("III. Markets and the payment of officials", level=2)
    doc.add_paragraph("21.\tThe Panel interviewed 64 persons who had left the northern "
                      "provinces between 2014 and 2021. Most described markets as the "
                      "main source of household income and payments to officials as a "
                      "routine cost of trading.")
    doc.add_paragraph("22.\tInterviewees consistently described the market management "
                      "office, inspectors and local police as the main recipients of "
                      "such payments, which were made in cash, cigarettes or goods. The "
                      "accounts in boxes 2 and 3 are typical.")
    box(doc, "Box 2. A trader's account",
        ["\u201cMy stall was near the gate, so everybody passed it. The inspector came "
         "on Mondays and on Thursdays. I kept a small bag of money under the table only "
         "for him, and when he came I did not even talk, I just gave it.",
         "One time I had nothing because my son was sick and I had paid the doctor. The "
         "inspector took half of my goods instead. After that I always kept the bag "
         "full, even when we did not eat.\u201d"],
        "\u2014 Woman, 40s, Hyesan, interviewed in 2021")
    doc.add_paragraph("23.\tSeveral interviewees stated that payments also bought "
                      "protection from prosecution for possession of foreign media.")
    box(doc, "Box 3. Excerpt from an interview",
        ["Panel: What happened when the inspection group found the drama?",
         "Witness: They took my brother to the station. The head of the group said it "
         "could be a small matter or a big matter, and that it depended on us. We sold "
         "the television to make it a small matter.",
         "Panel: Were you given any document?",
         "Witness: No document. Nothing is written when you pay."],
        "\u2014 Man, 30s, Musan, interviewed in 2022")
    doc.add_paragraph("24.\tThe Panel notes that such payments do not constitute a "
                      "lawful fine and that their amounts are set arbitrarily. "
                      "Source: Panel interviews, 2021\u20132023.")
    doc.add_heading("IV. Recommendations", level=2)
    doc.add_paragraph("25.\tThe Panel recommends that the authorities end arbitrary "
                      "detention for the possession of foreign media.")
    note = doc.add_paragraph("1 Names and precise dates have been withheld to protect "
                             "the interviewees and their families.")
    for run in note.runs:
        run.font.size = Pt(8)
    doc.save(HERE / "docx23-un-report-boxes.docx")


if __name__ == "__main__":
    windows_text("ngo04-interviewer-spellings.txt", NGO04)
    windows_text("gdocs01-comment-anchors.txt", GDOCS01)
    docx21()
    docx22()
    docx23()
