"""Writes the eval15 files that cannot be typed: news05 (UTF-8 BOM, CRLF, curly quotes,
non-breaking spaces) and the four .docx (python-docx). Run once; its outputs are committed
and the tests never run it."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).parent
NBSP = "\u00a0"

NEWS05 = [
    "Sign up", "Sign in", "Write", "",
    "Editor’s note: This interview was first published in our spring issue. The "
    "interviewee’s name has been changed at her request.", "",
    "“The guards knew the price of everything”: a trader from Hyesan on bribes, dramas "
    "and leaving", "",
    "Hollis Wren", "Follow", "7 min read", "·", "Mar 14, 2023", "412", "3", "Listen",
    "Share", "",
    "Mrs. Ri Gyong-ok, as we will call her, sold shoes and batteries in the Hyesan market "
    "for eleven years before she crossed the Yalu in 2018. We spoke in a café in Incheon, "
    "with an interpreter.", "",
    "Q: You were a trader for a long time. What did you sell?", "",
    "Mostly shoes from China, and batteries. Later memory cards, but those I kept under "
    "the counter.", "",
    "Everyone knew the shoes were Chinese. The memory cards nobody was supposed to know "
    "about.", "",
    "Q. How did the market inspectors treat you?", "",
    "They came every week. If you gave them a pack of cigarettes they looked at the "
    "ceiling. If you had nothing, they found something wrong with your stall.", "",
    "[Translator’s note: she used a Korean word for a quick bribe that means, literally, "
    "a tap on the shoulder.]", "",
    "Photo: Shoe stalls in a border market, reconstructed for this article. (Illustration "
    "by Hollis Wren)", "",
    "Question:" + NBSP + "I want to read you something. A report we saw last year put it "
    "this way:", "",
    "“In border towns, the right to sell is bought twice: once from the market "
    "management office and once from whichever inspector is on duty that day.”", "",
    "Does that match what you lived through? Or is it too simple?", "",
    "It is too simple. You bought it three times, four times. The management office, the "
    "inspector, the police officer for the district, and sometimes the inspector’s wife.",
    "",
    "One inspector, I remember, leaned over the stall and asked me, “Do you have dollars "
    "or only yuan?”", "",
    "I said only yuan. He took it anyway and said he would remember my face.", "",
    "“You bought it three times, four times.”", "",
    "Wren: When did you first watch a South Korean drama?", "",
    "In 2009 or 2010. A customer paid me for shoes with a USB stick instead of money. I "
    "did not know what was on it until my son put it in the computer at his friend’s "
    "house.", "",
    "Wren: Had you heard the words “human rights” before you left?", "",
    "Never. Have you ever been stopped by police for nothing? No? Then you understand why "
    "the words meant nothing to me. There was nothing to compare with.", "",
    "I heard them first from a pastor in Shenyang, and I thought he was talking about "
    "America.", "",
    "This interview has been edited and condensed for clarity.", "",
    "Hollis Wren writes about migration and memory. Her essays have appeared in several "
    "small magazines.", "",
    "412", "3", "",
    "More from Hollis Wren", "",
    "Responses (3)", "",
    "Dae K.", "Mar 15, 2023", "Did she ever hear from her sister again?", "",
    "Marguerite Osei", "Mar 16, 2023", "Thank you for publishing this.", "",
]


def news05() -> None:
    text = "\r\n".join(NEWS05) + "\r\n"
    (HERE / "news05-medium-mixed-labels.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())


def bold_label(doc, label: str, text: str, italic: bool = False):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    r = p.add_run(" " + text)
    r.italic = italic
    return p


def docx17() -> None:
    doc = Document()
    doc.add_heading("Interview 11: A former nurse from Hoeryong", level=0)
    doc.add_paragraph().add_run(
        "Editor’s note: Transcribed from an audio recording and translated from Korean. "
        "Labels follow the transcriber’s notes and change partway through; they have been "
        "kept as typed.").italic = True
    bold_label(doc, "Q:", "You worked in a hospital. What was that like in the 2000s?",
               italic=True)
    bold_label(doc, "A:", "There was no medicine. The hospital gave you a diagnosis and a "
               "list, and you went to the market to buy what was on the list.")
    bold_label(doc, "Q.", "Did doctors expect payment?", italic=True)
    p = bold_label(doc, "A.", "Everyone did. For an operation, a family brought money in an "
                   "envelope, and cigarettes for the nurses")
    p.add_run("1").font.superscript = True
    p.add_run(". If you did not, you waited.")
    doc.add_paragraph("Nurses at a provincial hospital, 2006. Photo courtesy of the "
                      "interviewee.", style="Caption")
    bold_label(doc, "Question:", "A doctor who left before you told us, and I quote: "
               "“The envelope was the real salary.” Would you agree?", italic=True)
    bold_label(doc, "Answer:", "Yes. Our salary bought maybe two kilos of corn a month.")
    doc.add_paragraph("[Translator’s note: she said “two kilos” and then corrected herself "
                      "to “less than two”.]")
    doc.add_paragraph("“Our salary bought maybe two kilos of corn a month.”",
                      style="Intense Quote")
    bold_label(doc, "Dana:", "How did foreign media reach the hospital?", italic=True)
    p = bold_label(doc, "Mrs. Lim:", "Through patients. A patient from a trading family "
                   "gave me a memory card as thanks.")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("It had a South Korean hospital drama on it. The doctors there had "
              "everything.")
    doc.add_paragraph("My head nurse found it in my locker. She held it up and asked me, "
                      "“Is this yours, or shall I ask the security office?”")
    doc.add_paragraph("I gave her my winter coat. She never mentioned it again.")
    bold_label(doc, "Dana:", "Was that why you left?", italic=True)
    bold_label(doc, "Mrs. Lim:", "Partly. Mostly it was my daughter. I wanted her to study "
               "without paying a teacher for every grade.")
    doc.add_heading("Notes", level=1)
    doc.add_paragraph("1 Cigarettes were a common gift to nurses and orderlies.")
    doc.save(HERE / "docx17-word-labels-change.docx")


def docx18() -> None:
    doc = Document()
    doc.add_heading("Family interview F-03 (husband and wife)", level=1)
    doc.add_paragraph("Recorded in Busan, 2020. Interviewer: Ada Fenwick. Interpreter: "
                      "Song Hye-rin. Respondents: Mr. Jo and Mrs. Jo, both in their 50s, "
                      "from Chongjin.")
    bold_label(doc, "Interviewer:", "Thank you both for coming. Who would like to start?")
    bold_label(doc, "Interpreter:", "I have explained that either can answer first.")
    bold_label(doc, "Mr. Jo:", "I will. I was a driver for a fishing cooperative. My wife "
               "sold the catch we kept back.")
    bold_label(doc, "Mrs. Jo:", "The catch he kept back, he means. The cooperative did not "
               "know about that part.")
    bold_label(doc, "Interviewer:", "How did you keep it from the cooperative?")
    bold_label(doc, "Mr. Jo:", "The manager took his share and wrote a smaller number in "
               "the book. That is how it worked everywhere.")
    bold_label(doc, "Mrs. Jo:", "Have you been to China, Ms. Fenwick?")
    bold_label(doc, "Interviewer:", "Only once, for a week.")
    bold_label(doc, "Mrs. Jo:", "Then you saw the lights on the other side of the river. "
               "We saw them every night from Chongjin's docks. That is what made my son "
               "curious, before any drama.")
    bold_label(doc, "Interpreter:", "She means the lights of Chinese towns; Chongjin is "
               "not on the river, she is speaking loosely.")
    bold_label(doc, "Interviewer:", "Did your son watch foreign dramas?")
    bold_label(doc, "Mrs. Jo:", "He did, and he was caught. We sold the television to get "
               "him out of the labour training camp.")
    bold_label(doc, "Mr. Jo:", "Not only the television. The bicycle too.")
    bold_label(doc, "Interviewer:", "Thank you. We will stop there for today.")
    doc.add_paragraph("[End of recording]")
    doc.save(HERE / "docx18-couple-interpreter.docx")


def docx19() -> None:
    doc = Document()
    doc.add_heading("TRANSCRIPT — interview_0412_final.mp4", level=1)
    doc.add_paragraph("Exported from the editing software. Timecodes are approximate.")
    rows = [
        ("Timecode", "Speaker", "Transcript"),
        ("00:00:03:12", "Interviewer", "Can you tell me where you grew up?"),
        ("00:00:06:20", "Kang Hyo-jin", "In Hyesan. Near the customs house."),
        ("00:00:10:04", "", "My parents were traders, so we were better off than most."),
        ("00:00:15:17", "Interviewer", "What did your parents trade?"),
        ("00:00:18:02", "Kang Hyo-jin", "Clothes from China, and later phones. For the "
         "phones you needed a friend in the border guard."),
        ("00:00:25:09", "", "We paid him every month. He called it rent."),
        ("00:00:29:22", "Interpreter", "She used the word for rent on a house."),
        ("00:00:33:01", "Interviewer", "Were you ever afraid?"),
        ("00:00:35:14", "Kang Hyo-jin", "Always. When the 109 group raided our street, my "
         "mother threw a bag of USB sticks into the toilet."),
        ("00:00:43:08", "", "She said, better a blocked toilet than a year in the camp."),
        ("00:00:48:00", "Interviewer", "When did you leave?"),
        ("00:00:50:11", "Kang Hyo-jin", "In 2015, with my mother. My father stayed."),
    ]
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    doc.add_paragraph("Transcript generated automatically and corrected by S. Moreau.")
    doc.save(HERE / "docx19-timecode-speaker-table.docx")


def docx20() -> None:
    doc = Document()
    doc.add_paragraph("Oral history session 7 - Baek Seon-hwa")
    doc.add_paragraph("March 3, 2024, 10:02AM")
    doc.add_paragraph("41m 18s")
    doc.add_paragraph("Mirela Voss started transcription")
    turns = [
        ("Mirela Voss", "0:03", "Good morning. Can you hear me all right?"),
        ("Baek Seon-hwa (Guest)", "0:07", "Yes, I can hear you."),
        ("Mirela Voss", "0:12", "Last time we stopped at your move to Chongjin. What "
         "happened when you arrived there?"),
        ("Baek Seon-hwa (Guest)", "0:21", "I had no residence registration for the city, "
         "so every week I had to pay the inminban head to say nothing."),
        ("Baek Seon-hwa (Guest)", "0:36", "Usually rice. Once a pair of shoes for her "
         "husband."),
        ("Mirela Voss", "0:44", "And the police?"),
        ("Baek Seon-hwa (Guest)", "0:47", "The police I met only once, at a checkpoint. My "
         "cousin spoke to them and I don't know what he gave."),
        ("Mirela Voss", "1:02", "Did you watch anything from outside during those years?"),
        ("Baek Seon-hwa (Guest)", "1:09", "Chinese television, from the antenna on the "
         "roof, when the wind turned it the right way."),
        ("Mirela Voss", "1:20", "Mm-hmm."),
        ("Baek Seon-hwa (Guest)", "1:22", "The songs were what I liked. I learned two of "
         "them without understanding a word."),
        ("Mirela Voss", "1:33", "Thank you. Let's take a short break there."),
    ]
    for name, time, text in turns:
        doc.add_paragraph(f"{name}   {time}")
        doc.add_paragraph(text)
    doc.add_paragraph("Mirela Voss stopped transcription")
    doc.save(HERE / "docx20-teams-transcript.docx")


if __name__ == "__main__":
    news05()
    docx17()
    docx18()
    docx19()
    docx20()
