"""Writes the two eval24 files that cannot be typed: win04 (a Word transcript saved as
"Plain Text" on Windows: Windows-1252 bytes, CRLF line ends, Word's manual line breaks left
as vertical tabs, answers indented with a tab) and docx31 (an NGO's Word testimony record:
cover page, a typed table of contents, header and footer with the case number, a consent
section, questions numbered "1." in bold, answers in plain paragraphs, an annex table).
Run once with /work/main/.venv/bin/python (python-docx); its outputs are committed and the
tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK

HERE = Path(__file__).parent

VT = "\x0b"  # Word's manual line break, as "Save as Plain Text" leaves it

WIN04 = [
    "Interview transcript \u2013 HK/2018/22",
    "Project:\tEveryday Economies of the Northern Border",
    "Interviewer:\tSophie Trent (ST)",
    "Respondent:\tMr. Han (pseudonym), 58, formerly of Hoeryong",
    "Date:\t11 October 2018",
    "",
    "ST:\tThank you for coming all this way. Could you start with the work you did?",
    "",
    "Mr. Han:",
    "\tI drove a truck for the city food administration. Potatoes from the farms, corn when"
    + VT + "there was corn. A driver was a rich man in those years, because everyone wanted"
    + VT + "something carried.",
    "\tEvery checkpoint between the farm and the city took its piece. You kept a box of"
    + VT + "cigarettes under the seat and you didn\u2019t wait to be asked.",
    "",
    "ST:\tDid you ever carry anything you shouldn\u2019t have?",
    "",
    "Mr. Han:",
    "\t[laughs] Everybody asks that. Yes. Cassettes first, then CDs, then the little USB"
    + VT + "sticks. A man in Musan gave me a bag, I gave it to a man in Hoeryong. I never"
    + VT + "watched them\u2026 well, once or twice.",
    "",
    "ST:\tWhat happened in 2014?",
    "",
    "Mr. Han:",
    "\tThe \u201c109\u201d people stopped my truck and found a bag of sticks under the"
    + VT + "potatoes. I spent four months in the jipkyulso. My wife sold the truck\u2019s spare"
    + VT + "tyres to pay the officer, otherwise it would have been the kyohwaso.",
    "",
    "ST:\tIs that why you left?",
    "",
    "Mr. Han:",
    "\tPartly. After that I had no job and a record. And my daughter was already in"
    + VT + "China \u2013 she sent word through a broker that she could pay for me.",
    "",
    "ST:\tHad you heard of \u201chuman rights\u201d before you left?",
    "",
    "Mr. Han:",
    "\tNo.",
    "",
    "ST:\tNot even the words?",
    "",
    "Mr. Han:",
    "\tThe words, on the radio, about America. I learnt what they mean in Seoul, from my"
    + VT + "daughter, who laughed at me.",
    "",
    "ST:\tThank you, Mr. Han.",
    "",
    "[END OF RECORDING \u2013 00:41:17]",
    "Transcribed by ST, 14/10/2018. Checked: no",
]


def win04() -> None:
    text = "\r\n".join(WIN04) + "\r\n"
    (HERE / "win04-word-plaintext-vt.txt").write_bytes(text.encode("cp1252"))


def docx31() -> None:
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Case No. BDC-2020-118 | CONFIDENTIAL"
    section.footer.paragraphs[0].text = ("Bridgeline Documentation Centre \u2013 testimony "
                                         "record BDC-2020-118 \u2013 do not forward")

    # cover page
    doc.add_paragraph("Bridgeline Documentation Centre", style="Title")
    doc.add_paragraph("Testimony Record", style="Subtitle")
    doc.add_paragraph("Case No. BDC-2020-118")
    doc.add_paragraph("Interviewee: Ms. K (female, 44, Ryanggang province)")
    doc.add_paragraph("Classification: CONFIDENTIAL \u2013 identifying details removed")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # typed table of contents
    doc.add_paragraph("Contents", style="Heading 1")
    for entry in ["1. Consent\t2", "2. Interview\t3", "3. Interviewer\u2019s assessment\t6",
                  "Annex A. Payments mentioned\t7"]:
        doc.add_paragraph(entry)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("1. Consent", style="Heading 1")
    doc.add_paragraph("The purpose of this interview and the ways in which the testimony may "
                      "be used were explained to the interviewee in Korean. She consented to "
                      "the recording and to anonymised use in reports. She asked that the name "
                      "of her town not be published. Consent form signed (initials K.S.) and "
                      "kept separately.")

    doc.add_paragraph("2. Interview", style="Heading 1")
    doc.add_paragraph("Interviewer: Daniel Moreau. Interpreter: Yoo Hae-rim. Place: Bridgeline "
                      "office, Seoul. Date: 3 February 2020.")

    def ask(text: str) -> None:
        doc.add_paragraph().add_run(text).bold = True

    ask("1. Please tell us about your family and what you did for a living.")
    doc.add_paragraph("I lived with my husband and two daughters. My husband was a "
                      "schoolteacher. Teachers were paid almost nothing, so I sold rice cakes "
                      "from home and at the station.")
    ask("2. Did officials ask you for money or goods?")
    doc.add_paragraph("All the time. The neighbourhood unit head knew I sold from home, so I "
                      "gave her rice cakes every holiday so she would not report me. When the "
                      "police registered households I paid fifty yuan so my daughter, who was "
                      "working in another town without a permit, would be written down as "
                      "living with us.")
    doc.add_paragraph("My husband was a teacher, so parents paid him too, in rice or in "
                      "cigarettes. He hated it. But he took it.")
    ask("3. Did you have access to foreign media?")
    doc.add_paragraph("My older daughter had a phone with South Korean songs on a micro-SD "
                      "card. I told her to delete them. She hid the card inside the cover of "
                      "her Kim Jong Il badge box.")
    doc.add_paragraph("[Interpreter: she means the small box the badge is kept in.]")
    ask("4. What led you to leave North Korea?")
    doc.add_paragraph("My older daughter was arrested in 2018 for the songs, and we could not "
                      "pay enough. She was sent to a labour training camp for six months. "
                      "When she came out she said she would go to China, with or without me. "
                      "I went with her.")
    ask("5. Before leaving, had you heard the term \u201chuman rights\u201d?")
    doc.add_paragraph("No.")
    ask("6. Is there anything else you would like to add?")
    doc.add_paragraph("Only that my husband is still there. Please be careful with what I "
                      "said about him.")

    doc.add_paragraph("3. Interviewer\u2019s assessment", style="Heading 1")
    doc.add_paragraph("The account is detailed and consistent. The interviewee became "
                      "distressed when speaking about her daughter\u2019s detention; the "
                      "interview was paused for ten minutes. Bribery of local officials and a "
                      "household registration payment are reported first-hand.")

    doc.add_paragraph("Annex A. Payments mentioned", style="Heading 1")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Year", "Paid to", "What", "Purpose"],
                          strict=True):
        cell.text = text
    for row in [["2012-2018", "Inminban head", "Rice cakes", "Not to report home trading"],
                ["2016", "Police (household registration)", "50 yuan",
                 "Register daughter at home address"],
                ["2018", "Security officer (attempted)", "Unknown sum",
                 "Release of daughter; failed"]]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("Record closed 10 February 2020. Reviewed by: H. Lindqvist.")
    doc.save(HERE / "docx31-ngo-cover-toc-numbered.docx")


if __name__ == "__main__":
    win04()
    docx31()
