"""Writes the eval6 files that cannot be typed as plain text: three Word documents (tables,
headers and footers, a footnote, a comment, tracked changes), a Markdown transcript saved
on Windows (BOM, CRLF, non-breaking spaces) and YouTube-style rolling auto-captions. Run once
from the repository root (`.venv/bin/python tests/data/eval6/make_files.py`); the outputs are
committed, so the tests never run this. Every text is invented."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_change_id = iter(range(100, 1000))


def _tracked(p: Paragraph, tag: str, text: str) -> None:
    """A tracked insertion (w:ins) or deletion (w:del) by the editor, as Word writes it."""
    change = OxmlElement(tag)
    change.set(qn("w:id"), str(next(_change_id)))
    change.set(qn("w:author"), "Editor")
    change.set(qn("w:date"), "2022-06-01T10:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    change.append(run)
    p._p.append(change)


def _footnote_ref(p: Paragraph, n: int) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    run.append(ref)
    p._p.append(run)


def _add_footnotes(doc: WordDocument, notes: list[str]) -> None:
    """python-docx writes no footnotes part: add one holding `notes` (ids 1, 2, ...)."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
        f"</w:footnote>" for i, text in enumerate(notes, start=1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:footnotes xmlns:w="{W_NS}">'
           f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f"<w:continuationSeparator/></w:r></w:p></w:footnote>{body}</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _header_footer(doc: WordDocument, header: str, footer: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer


def _table_document(title: str, level: int, note: str, columns: tuple[str, str],
                    header: str, footer: str) -> tuple[WordDocument, Table]:
    """A document opening with a title and a note, then a two-column table under a header
    row: how both table transcripts start."""
    doc = Document()
    _header_footer(doc, header, footer)
    doc.add_heading(title, level=level)
    doc.add_paragraph(note)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = columns
    return doc, table


def speaker_table() -> None:
    """A transcript kept as a Speaker | Text table, the way transcription agencies send it."""
    doc, table = _table_document(
        "Interview R-31", 1, "Respondent R-31: man, 40s, Jagang Province. Interview "
        "conducted in Seoul, 2021. Interviewer: SL.", ("Speaker", "Text"),
        "CONFIDENTIAL — Interview transcript R-31 — do not circulate",
        "Northern Voices Project | page 1")

    def row(who: str) -> Paragraph:
        cells = table.add_row().cells
        cells[0].text = who
        return cells[1].paragraphs[0]

    row("SL").add_run("Let's begin with your work. What did you do in Kanggye?")
    p = row("R-31")
    first = p.add_run("I worked at a munitions factory, in the supply section.")
    p.add_run(" It was a good job because we got rations longer than others, until about 2008.")
    doc.add_comment(first, text="Check the spelling of the factory name with the "
                    "respondent.", author="SL", initials="SL")
    row("SL").add_run("What happened in 2008?")
    p = row("R-31")
    p.add_run("The rations became irregular. People started taking parts from the factory and "
              "selling them. ")
    _tracked(p, "w:del", "Jang Yong-sik")
    _tracked(p, "w:ins", "The section chief")
    p.add_run(" knew, and he got his share. I brought him tobacco every month so he would send "
              "me on the supply trips, because on the trips you could trade.")
    row("SL").add_run("Did you ever see foreign media on those trips?")
    p = row("R-31")
    _tracked(p, "w:ins", "On one trip, in 2012, ")
    p.add_run("a driver played me a South Korean song on his phone. I asked him to play it "
              "again. He laughed and said, if you like it so much, you will end up in the "
              "South. He was right.")
    _footnote_ref(p, 1)
    row("").add_run("[Recording paused]")
    row("SL").add_run("Why did you leave?")
    row("R-31").add_run("The factory had an accident in 2014 and they needed someone to "
                        "blame. The supply section was easy to blame. My wife said, go now, "
                        "I will follow. She came one year later.")
    row("SL").add_run("Thank you very much.")
    doc.add_paragraph("End of transcript. Transcribed by H. Moon, checked by SL.")
    _add_footnotes(doc, ["The respondent later said the song was a ballad from the 1990s; "
                         "the title is withheld."])
    doc.save(str(HERE / "docx01-speaker-table.docx"))


def qa_table() -> None:
    """Questions and answers side by side, with section rows merged across the table."""
    doc, table = _table_document(
        "Testimony 8: Sinuiju", 0, "Woman, 56, North Pyongan. Left in 2019. Interview by the "
        "project team; answers translated and condensed.", ("Question", "Answer"), "",
        "Page 1 of 1")

    def section(title: str) -> None:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[1])
        merged.text = title

    def qa(question: str, *answer: str) -> None:
        cells = table.add_row().cells
        cells[0].text = question
        cells[1].text = answer[0]
        for more in answer[1:]:
            cells[1].add_paragraph(more)

    section("Part 1. Life in Sinuiju")
    qa("Where did you live and work?",
       "In Sinuiju, near the customs house. I cleaned at the customs office for twenty years, "
       "so I saw how the trade worked.")
    qa("How did the trade work?",
       "Every truck from Dandong had to be inspected. The inspectors opened only the trucks "
       "whose owners had not come to see them first.",
       "Coming to see them meant an envelope. Dollars, usually. I cleaned the office, so I saw "
       "the drawers.")
    section("Part 2. Leaving")
    qa("When did you think about leaving?",
       "After my son was caught with a South Korean film on a memory card. He was sent to a "
       "labour training camp for six months. When he came back he was not the same boy.")
    qa("Did you pay to get him released early?",
       "We tried. The officer took our money and nothing changed. People say money solves "
       "everything there, but not always.")
    qa("Had you heard about human rights?", "No.")
    qa("Is there anything else you want to say?",
       "That I am grateful. And that I still dream about the customs office.")
    doc.add_paragraph("Table 1. Interview questions and answers, condensed.", style="Caption")
    doc.save(str(HERE / "docx02-qa-table.docx"))


def labelled_paragraphs() -> None:
    """Word paragraphs with bold speaker labels, edited with track changes on."""
    doc = Document()
    _header_footer(doc, "Project NK-Life | Transcript T-09 | Internal", "Confidential — page 1")
    doc.add_heading("Transcript T-09", level=1)
    doc.add_paragraph().add_run("Interview date: 17 May 2022. Pseudonym: Song. Present: "
                                "interviewer, interviewee, interpreter.").italic = True

    def turn(label: str, text: str = "") -> Paragraph:
        p = doc.add_paragraph()
        p.add_run(label + ":").bold = True
        if text:
            p.add_run(" " + text)
        return p

    turn("Interviewer", "Where were you born?")
    p = turn("Song", "In Pochon county, in Ryanggang. My parents grew potatoes on a "
                     "cooperative farm.")
    p.runs[-1].add_break()
    p.add_run("When I was ten we moved to Hyesan because my father got a job on the railway.")
    turn("Interviewer", "What did your mother do in Hyesan?")
    p = turn("Song", "She sold potatoes and later Chinese clothes. She paid the market manager "
                     "so that she could have a spot near the entrance.")
    _footnote_ref(p, 1)
    turn("Interviewer", "When did you first watch a foreign drama?")
    p = turn("Song")
    p.add_run(" ")
    _tracked(p, "w:ins", "I think ")
    p.add_run("I was fourteen. ")
    _tracked(p, "w:del", "My friend Park Eun-ji")
    _tracked(p, "w:ins", "A friend")
    hesitant = p.add_run(" had a USB stick with ten episodes of a South Korean drama.")
    p.add_run(" We watched at her house when her parents were at the market.")
    doc.add_comment(hesitant, text="Respondent hesitant here, asked twice if this is recorded.",
                    author="Interviewer", initials="IN")
    turn("Interpreter", "She is saying the drama was about a hospital.")
    turn("Interviewer", "Why did you leave?")
    turn("Song", "Because of my mother. She was arrested for selling clothes that were too "
                 "South Korean, with letters on them. We sold everything to get her out. After "
                 "that we had nothing, and my uncle in China said he would pay the broker.")
    doc.add_paragraph("I went first, in 2017. My mother came a year later.")
    turn("Interviewer", "Thank you.")
    _add_footnotes(doc, ["The market manager is the official who assigns stalls; see the "
                         "glossary."])
    doc.save(str(HERE / "docx03-labelled-paragraphs.docx"))


def windows_markdown() -> None:
    """qcode's own format as Word or Notepad on Windows saves it."""
    nb, kim = "\u00a0", "Kim\u00a0Hye-jin:"
    turns = [
        "Interviewer: Where did you grow up?",
        f"{kim} In Hoeryong, near the river. My parents worked at a farm outside the "
        "town\u2009… well, “worked.” By the time I was in middle school there was nothing to "
        "do on the farm, so my mother traded.",
        "Interviewer: What did she trade?",
        f"{kim} Chinese goods — rice cookers, shampoo, socks. She had a “partner” in the "
        "police who warned her before every inspection. In return she gave him a share of "
        "every shipment; that’s how it worked.",
        f"Interviewer:{nb}Did you watch foreign films?",
        f"{kim}{nb}Yes, mostly Chinese ones at first, then South Korean. My cousin copied them "
        "onto micro‑SD cards — tiny, you can swallow one if you have to. I never had to, "
        "thank God.",
        "Interviewer: Why did you leave?",
        f"{kim} It’s hard to say in one sentence. I was twenty‑two, I had no future "
        f"there{nb}… my songbun was bad because my grandfather had gone south during the war. "
        "Whatever I did, I would stay at the bottom.",
        "\tAlso, my boyfriend was sent to the army for ten years. I didn’t want to wait ten "
        "years.",
        "Interviewer: Did you know the phrase “human rights” before you came here?",
        f"{kim} Not really. I heard “inkwon” once on a South Korean drama, but I didn’t know "
        "what it meant. I thought it was a kind of certificate.",
        "[Translator’s note: she laughs here.]",
        "Interviewer: Thank you.",
    ]
    front = ["---", "id: eval6-windows-kim", "pseudonym: Kim Hye-jin", "age: 29",
             "gender: woman", "province: North Hamgyong", "interview_year: 2021",
             "translator: J. Baek", "---", "# Interview with Kim Hye-jin (pseudonym)", ""]
    text = "\ufeff" + "\r\n".join(front + "\n\n".join(turns).split("\n")) + "\r\n"
    (HERE / "md01-windows-crlf.md").write_bytes(text.encode("utf-8"))


def autocaptions() -> None:
    """Rolling auto-captions: each cue shows the previous line again above the new one, the
    new words carry inline times, and `>>` marks a change of speaker."""
    turns = [
        "so when did you first see a usb stick",
        "i think it was 2010 my uncle brought one from china it had about twenty dramas on it "
        "and we watched them all in one week",
        "were you scared",
        "of course but everyone was doing it the police too they would take your stick and "
        "then watch it at home",
        "and how did that change what you thought",
        "i started to think maybe what they told us about the south was a lie the people in "
        "the dramas were not poor they had food they argued with their boss",
        "what do you mean argued with the boss",
        "in north korea you cannot argue with your boss he can send you anywhere in the "
        "dramas the woman shouted at her boss and nothing happened to her",
    ]
    lines: list[str] = []
    for turn in turns:
        words = turn.split()
        chunks = [words[i:i + 5] for i in range(0, len(words), 5)]
        for n, chunk in enumerate(chunks):
            lines.append((">> " if n == 0 else "") + " ".join(chunk))

    def ts(ms: int) -> str:
        return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    t = 0
    previous = " "
    for line in lines:
        words = line.split()
        if words[0] == ">>":  # the marker sits before the first word, not timed itself
            words[:2] = [">> " + words[1]]
        end = t + 400 * len(words)
        timed = words[0] + "".join(f"<{ts(t + 400 * i)}><c> {w}</c>"
                                   for i, w in enumerate(words[1:], start=1))
        out += [f"{ts(t)} --> {ts(end)} align:start position:0%", previous, timed, ""]
        out += [f"{ts(end)} --> {ts(end + 10)} align:start position:0%", line, " ", ""]
        previous = line
        t = end + 10
    (HERE / "vtt02-autocaptions.vtt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    speaker_table()
    qa_table()
    labelled_paragraphs()
    windows_markdown()
    autocaptions()
