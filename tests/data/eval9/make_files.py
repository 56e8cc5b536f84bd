"""Writes the eval9 files that cannot be typed as UTF-8 text: the two Word files
(python-docx) and a Windows-1252 text file with stray HTML entities. Run once; its outputs
are committed and the tests never run it."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).parent


def gdocs_table() -> None:
    """A Google Docs transcript downloaded as .docx: title, note, a Time / Text table."""
    doc = Document()
    doc.add_heading("Interview transcript - Jang (pseudonym) - session 2", level=1)
    doc.add_paragraph("Transcribed from the audio by volunteer. Times are from the recording.")
    rows = [
        ("Time", "Text"),
        ("00:00:05", "Interviewer: Last time you told me about the market. Today can we "
                     "talk about your brother?"),
        ("00:00:12", "Jang: Yes. My brother was in the army, on the border, near Hyesan."),
        ("00:00:20", "Interviewer: Did that help the family?"),
        ("00:00:24", "Jang: Very much. The soldiers on the border take money from the "
                     "smugglers, and he sent some of it home."),
        ("00:00:41", "He also told us which nights were safe, but I only understood that "
                     "later."),
        ("00:00:52", "Interviewer: Was he punished when you left?"),
        ("00:00:58", "Jang: He was sent down to a farm. I heard it from a broker two years "
                     "after."),
        ("00:01:15", "[recording paused]"),
        ("00:01:20", "Interviewer: OK, we're back. What did you feel when you heard?"),
        ("00:01:26", "Jang: Guilty. I still feel it."),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (time, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text = time
        row.cells[1].text = text
    doc.save(HERE / "docx06-gdocs-timestamp-table.docx")


def commented_report() -> None:
    """An NGO's Word file: a title page, header and footer, comments by an editor."""
    doc = Document()
    doc.add_paragraph("Interview 23", style="Title")
    doc.add_paragraph("Life in the border region, 2008-2016", style="Subtitle")
    doc.add_paragraph("CONFIDENTIAL - internal draft for the testimony database")
    doc.add_paragraph("Prepared by the documentation team").runs[0].add_break(WD_BREAK.PAGE)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Interview 23 - CONFIDENTIAL"
    section.footer.paragraphs[0].text = "Draft 2 - do not circulate"
    turns = [
        ("Interviewer", "Where did you live before you left?", None),
        ("Respondent B", "In Sinuiju, near the bridge. You could see the lights of "
         "Dandong from our roof.", "Sinuiju is identifying together with the bridge - "
         "consider removing."),
        ("Interviewer", "What did you do for a living?", None),
        ("Respondent B", "I repaired bicycles and later mobile phones. The phones came "
         "from China and half of them were broken.", None),
        ("Interviewer", "Were you ever arrested?", None),
        ("Respondent B", "Once, in 2011, for a Chinese phone. I spent three weeks in the "
         "holding centre and my wife paid to get me out.", "Check the year with the "
         "audio: 2011 or 2012?"),
        ("Interviewer", "How much did she pay?", None),
        ("Respondent B", "Two thousand yuan. We sold the television.", None),
    ]
    for label, text, comment in turns:
        p = doc.add_paragraph()
        p.add_run(label + ":").bold = True
        run = p.add_run(" " + text)
        if comment:
            doc.add_comment(run, text=comment, author="Editor", initials="ED")
        p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph("End of interview 23.")
    doc.save(HERE / "docx07-comments-title-page.docx")


WIN = """\
Testimony no. 58 \u2013 Mrs. Cha
Saved from the archive web page&nbsp;\u2013 formatting lost

Interviewer: Mrs. Cha, thank you. Where were you in the famine years?

Mrs.&nbsp;Cha: In Kimchaek. My husband\u2019s factory stopped and we had nothing. I \
went to my sister&rsquo;s house in the countryside every week for potatoes.

Interviewer: Did anyone help you?

Mrs.&nbsp;Cha: Nobody could. People didn\u2019t even visit each other, because a \
visitor meant another mouth.

Interviewer: When did things change?

Mrs.&nbsp;Cha: When the markets opened up. I started making tofu&nbsp;\u2013 \u201cthe \
tofu lady,\u201d they called me&hellip; I paid the market manager every day.

Interviewer: And the police?

Mrs.&nbsp;Cha: The police took tofu for free. That was the price.

[Transcript ends]
"""


def cp1252_entities() -> None:
    """Windows-1252 bytes with CRLF, and HTML entities left in by a careless copy."""
    data = WIN.replace("\n", "\r\n").encode("cp1252")
    (HERE / "win02-cp1252-html-entities.txt").write_bytes(data)


if __name__ == "__main__":
    gdocs_table()
    commented_report()
    cp1252_entities()
