"""Writes the three Word files of eval12 (python-docx). Run once; its outputs are
committed and the tests never run it."""

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE

HERE = Path(__file__).parent


def docx11() -> None:
    """Questions set in a custom paragraph style whose font is bold (no direct formatting
    on the runs); a Caption paragraph; an answer in two paragraphs; an italic closing note."""
    d = Document()
    q = d.styles.add_style("Interview Question", WD_STYLE_TYPE.PARAGRAPH)
    q.base_style = d.styles["Normal"]
    q.font.bold = True
    d.add_paragraph("The Seamstress of Sinuiju", style="Title")
    d.add_paragraph("Interview by Clara Weiss. Translated by Joon Park.")
    d.add_paragraph("Mrs. Jang Ok-sun, 58, sewed and sold clothes in Sinuiju for twenty years "
                    "before she crossed into China in 2015. She now lives in Busan. We spoke "
                    "in her flat, surrounded by bolts of cloth.")
    d.add_paragraph("Where did your cloth come from?", style="Interview Question")
    d.add_paragraph("From China, over the Yalu. The traders brought it in bales and I bought "
                    "from a woman at the station. Everyone knew where it came from and nobody "
                    "said it.")
    d.add_paragraph("Did the authorities leave you alone?", style="Interview Question")
    d.add_paragraph("Nobody is left alone. The inspector from the market came every week. I "
                    "made his daughter a dress for her wedding, for nothing, and after that he "
                    "looked the other way for a whole year.")
    d.add_paragraph("Mrs. Jang at her sewing machine in Busan, 2019.", style="Caption")
    d.add_paragraph("Tell me about the night you crossed.", style="Interview Question")
    d.add_paragraph("The river was low in October. A man from the border unit walked us to "
                    "the place; my son in Seoul had paid him in advance. I carried nothing, "
                    "not even a photograph.")
    d.add_paragraph("On the other side I sat in a field and cried, and I did not know if it "
                    "was from fear or from happiness.")
    d.add_paragraph("What did you know about South Korea before?", style="Interview Question")
    d.add_paragraph("Only what the dramas showed, and I did not watch many. I was too afraid "
                    "of the 109 men. My customers told me the stories while I measured them.")
    p = d.add_paragraph()
    p.add_run("This interview has been edited and condensed. Mrs. Jang's name has been "
              "changed.").italic = True
    d.save(HERE / "docx11-style-bold-questions.docx")


def docx12() -> None:
    """Questions as Heading 2, part titles as Heading 1, a numbered note at the end."""
    d = Document()
    d.add_paragraph("Five questions about a life in the market", style="Title")
    d.add_paragraph("Kestrel Centre for Korean Studies, Occasional Paper 12")
    d.add_paragraph("The interview below was recorded in Seoul in 2017 with Mr. Seo (a "
                    "pseudonym), 46, from Hyesan. The interviewer's questions are set as "
                    "headings.")
    d.add_paragraph("Part one: the market", style="Heading 1")
    d.add_paragraph("What did you sell in Hyesan?", style="Heading 2")
    d.add_paragraph("Batteries and torches at first, later small solar panels from China. "
                    "When the electricity stopped for days, a panel was worth more than a "
                    "month of a worker's wages.")
    d.add_paragraph("How much did you pay to keep your stall?", style="Heading 2")
    d.add_paragraph("The official fee was small. The rest was not official: the market "
                    "manager at the New Year, the police officer on our street whenever his "
                    "son needed something. You did not count it, you just gave.")
    d.add_paragraph("Part two: leaving", style="Heading 1")
    d.add_paragraph("When did you start thinking about leaving?", style="Heading 2")
    d.add_paragraph("After my brother-in-law was arrested for selling Chinese phones. The "
                    "whole family was questioned and my songbun, which was never good, became "
                    "a problem for my daughter's school.")
    d.add_paragraph("I thought: if I stay, she pays for what we are. So we went in 2016.")
    d.add_paragraph("Had you heard of human rights at that time?", style="Heading 2")
    d.add_paragraph("No. A pastor in China used the words and I thought he meant something "
                    "religious. I understood only later, in Seoul.")
    d.add_paragraph("Notes", style="Heading 1")
    d.add_paragraph("Names and some places have been changed to protect the interviewee's "
                    "family.", style="List Number")
    d.save(HERE / "docx12-heading-questions.docx")


def docx13() -> None:
    """An NGO intake form: a field table, a summary in the interviewer's words, `I:` / `R:`
    paragraphs with an unlabelled second paragraph, coding notes as bullets."""
    d = Document()
    d.add_paragraph("Testimony intake form", style="Title")
    fields = [("Interview no.", "2018-031"),
              ("Interviewee", "Respondent K (female, 50s, Ryanggang)"),
              ("Interviewer", "Mina Seo"),
              ("Interpreter", "none"),
              ("Date / place", "14 May 2018, Seoul"),
              ("Consent", "Oral consent recorded")]
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for name, value in fields:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = value
    d.add_paragraph("Summary", style="Heading 1")
    d.add_paragraph("K describes bribes to border guards and to the police, her son's arrest "
                    "for a USB stick of South Korean films, and leaving in 2017 because of "
                    "that arrest. Follow-up needed on dates.")
    d.add_paragraph("Transcript", style="Heading 1")
    d.add_paragraph("I: Can you tell me first about your work in Hyesan?")
    d.add_paragraph("R: I collected herbs in the hills and sold them to a trader who took "
                    "them to China. In a good autumn it was enough for rice.")
    d.add_paragraph("I: Did your son have problems with the police?")
    d.add_paragraph("R: He was caught with a USB stick at a checkpoint, films from the South. "
                    "I went to the station with two thousand yuan and they let him go "
                    "without writing a report.")
    d.add_paragraph("That money was everything we had saved for his wedding.")
    d.add_paragraph("I: Why did you leave after that?")
    d.add_paragraph("R: Because they knew his face now. The next time it would be a camp, "
                    "and no money would be enough.")
    d.add_paragraph("I: Is there anything you want people to know?")
    d.add_paragraph("R: That mothers there are not bad mothers. We did what we could.")
    d.add_paragraph("Coding notes", style="Heading 1")
    d.add_paragraph("bribery: police at the station (son), border guards (ask again)",
                    style="List Bullet")
    d.add_paragraph("usb_notel: son's USB stick of films", style="List Bullet")
    d.add_paragraph("reasons_for_leaving: fear of punishment after the arrest",
                    style="List Bullet")
    d.add_paragraph("Form completed by M. Seo, 15 May 2018.")
    d.save(HERE / "docx13-intake-form-table.docx")


if __name__ == "__main__":
    docx11()
    docx12()
    docx13()
