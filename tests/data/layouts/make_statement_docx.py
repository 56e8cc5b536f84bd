"""Writes the Word fixtures of a witness statement (run once; the tests read the committed
.docx): a declaration typed in Word, its title a Heading-styled line in title case, its
paragraphs numbered by Word's own list numbering (`List Number`: no digit in the text),
a section heading between them, an unnumbered paragraph of its own words, a statement of
truth and signature; and a near miss, a tribunal's reasons in Word with numbered
paragraphs in the third person under `Statement of Reasons`, which is no one's statement."""

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


if __name__ == "__main__":
    declaration()
    reasons()
