"""Writes the Word fixtures of a witness statement (run once; the tests read the committed
.docx): a declaration typed in Word, its title a Heading-styled line in title case, its
paragraphs numbered by Word's own list numbering (`List Number`: no digit in the text),
a section heading between them, an unnumbered paragraph of its own words, a statement of
truth and signature; and a near miss, a tribunal's reasons in Word with numbered
paragraphs in the third person under `Statement of Reasons`, which is no one's statement.

Session 20's near misses: a consent form's Word-numbered first-person lines under
`Declaration of consent` above a labelled interview; an interview whose questions Word
numbers (`Can you tell me...`); a Word-numbered list inside an answer; an NGO's
`STATEMENT OF ...` with an interview excerpt and numbered recommendations."""

from pathlib import Path

import docx

HERE = Path(__file__).parent


def declaration() -> None:
    d = docx.Document()
    d.add_paragraph("BEFORE THE REFUGEE APPEALS BOARD")
    d.add_paragraph("Claim reference: RAB-2022-0917")
    d.add_heading("Declaration of Yoon Seo-hyun", level=1)
    d.add_paragraph("I, Yoon Seo-hyun, of a shelter in Incheon, declare as follows:")
    d.add_heading("Early life", level=2)
    d.add_paragraph("I grew up in Chongjin, the second of three daughters. My father drove "
                    "a truck for the harbour.", style="List Number")
    d.add_paragraph("When the rations stopped I left school to trade fish with my mother. "
                    "We bribed the market manager with cigarettes.", style="List Number")
    d.add_paragraph("My aunt said later that this was the only way anyone in our street "
                    "stayed alive that winter, and I believe her.")
    d.add_heading("Leaving", level=2)
    d.add_paragraph("In 2018 I crossed the Tumen at night. A guide was paid by my cousin "
                    "in Seoul.", style="List Number")
    d.add_paragraph("I was caught in Yanji and sent back once before I reached Laos.",
                    style="List Number")
    d.add_paragraph("I declare that the contents of this declaration are true.")
    d.add_paragraph("Yoon Seo-hyun")
    d.add_paragraph("2 February 2023")
    d.save(HERE / "docx-statement-word-numbered.docx")


def reasons() -> None:
    d = docx.Document()
    d.add_heading("Statement of Reasons", level=1)
    d.add_paragraph("Witness: Ms Yoon")
    for text in ("The appellant is a national of North Korea who arrived in 2019.",
                 "She gave evidence through an interpreter and was cross-examined.",
                 "The Board finds her account of the crossing consistent with the reports.",
                 "The appeal is allowed."):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Member: T. Lindqvist")
    d.save(HERE / "docx-statement-reasons-near-miss.docx")


def consent():
    d = docx.Document()
    d.add_heading("Interview record", level=1)
    d.add_paragraph("Name: Oh Soon-ja")
    d.add_paragraph("Date: 14 March 2023, Seoul office")
    d.add_heading("Declaration of consent", level=2)
    for t in ("I understand that my words will be recorded and typed up.",
              "I agree that the centre may quote me without my name.",
              "I know that I may stop the interview at any time."):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Signed: O.S.")
    d.add_heading("Interview", level=2)
    d.add_paragraph("Interviewer: Where did you live before you left?")
    d.add_paragraph("Respondent: In Hyesan, near the river. My husband worked at the mine.")
    d.add_paragraph("Interviewer: Why did you leave?")
    d.add_paragraph("Respondent: The mine stopped paying. I sold our blankets first, then the pots.")
    d.add_paragraph("Interviewer: Who helped you cross?")
    d.add_paragraph("Respondent: A broker my cousin knew. We paid him with my mother's ring.")
    d.save(HERE / "docx-statement-consent-near-miss.docx")

def questions_numbered():
    d = docx.Document()
    d.add_heading("Statement of Ms Kang, interviewed 3 March 2023", level=1)
    d.add_paragraph("Name: Kang Mi-ok")
    for q, a in (("Can you tell me where you grew up?",
                  "In Musan. My father worked at the iron mine until it closed."),
                 ("Could you tell me why you decided to leave?",
                  "There was no food. My son was sick and the clinic had no medicine."),
                 ("May I ask who paid the broker?",
                  "My sister in Seoul. She sent the money through a Chinese trader."),
                 ("What would you like me to tell people about that time?",
                  "That we were not criminals. We were hungry.")):
        d.add_paragraph(q, style="List Number")
        d.add_paragraph(a)
    d.save(HERE / "docx-numbered-questions-near-miss.docx")

def list_in_answer():
    d = docx.Document()
    d.add_heading("Interview with Mr Pak", level=1)
    d.add_paragraph("Interviewer: What did you take with you?")
    d.add_paragraph("Mr Pak: Only what I could carry. I made a list the night before:")
    for t in ("My father's photograph, because I had no other.",
              "My papers, though I knew they were useless in China.",
              "Rice for three days, which I ate in two."):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Interviewer: Did you leave anything you regret?")
    d.add_paragraph("Mr Pak: My mother's sewing machine. I still think about it.")
    d.add_paragraph("Interviewer: Thank you.")
    d.save(HERE / "docx-numbered-list-in-answer-near-miss.docx")

def ngo_report():
    d = docx.Document()
    d.add_heading("STATEMENT OF THE BORDERLINE WOMEN'S NETWORK", level=1)
    d.add_paragraph("Excerpt of an interview with a member, Seoul, 2023:")
    d.add_paragraph("Q: What happened at the border?")
    d.add_paragraph("A: The guards took my money and my coat, and I walked the rest of the night.")
    d.add_paragraph("Q: Did you report it?")
    d.add_paragraph("A: To whom? The guards were the police.")
    d.add_heading("Recommendations", level=2)
    for t in ("We call on the authorities to investigate extortion at border posts.",
              "We ask donors to fund legal aid for women who were robbed.",
              "We urge our members to keep records of every payment."):
        d.add_paragraph(t, style="List Number")
    d.save(HERE / "docx-ngo-recommendations-near-miss.docx")


if __name__ == "__main__":
    declaration()
    reasons()
    consent()
    questions_numbered()
    list_in_answer()
    ngo_report()
