# ruff: noqa: E501  (the Windows transcript is written a line a turn, as it is saved)
"""Writes the eval14 files that cannot be typed: three Word files (python-docx) and a
transcript saved on Windows (BOM, CRLF, non-breaking spaces, curly quotes). Run once with
/work/main/.venv/bin/python; its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).parent
NBSP = "\u00a0"


def win03() -> None:
    lines = [
        "Northgate Refugee Support — Interview record",
        "Ref: NRS-2020-117",
        "Date: 4 February 2020",
        "Interviewer: Lena Marsh",
        "Interpreter: Cho Young-mi",
        f"Interviewee: Mr.{NBSP}Pak (pseudonym), 60s, formerly of Sinuiju",
        "",
        f"Interviewer:{NBSP}Mr.{NBSP}Pak, you were a customs clerk in Sinuiju. What did that job involve?",
        f"Mr.{NBSP}Pak: Checking the goods that came over the bridge from Dandong. Papers, stamps, weights. And of course taking what was offered.",
        "Interviewer:\tOffered by whom?",
        f"Mr.{NBSP}Pak:\tBy the traders. A trader comes with forty boxes and his paper says twenty. He puts an envelope under the paper. You see the envelope, you do not see the boxes. [Interpreter: he used a word that means “a little something extra”.]",
        "Interviewer: Did you ever get into trouble for it?",
        f"Mr.{NBSP}Pak: Once. In 2009 an inspection team came from Pyongyang and my section chief was arrested. They questioned me for three days. The officer said to me:",
        "Officer: Who else took envelopes?",
        f"Mr.{NBSP}Pak: I said nobody, only the chief. He did not believe me, but my wife’s family paid someone in the provincial office and the questions stopped.",
        "Interviewer: What about foreign media? Did you see it coming across?",
        f"Mr.{NBSP}Pak: Every day. DVDs in the nineties, then USB sticks, then the small SD cards. Those you cannot find, they go in a shoe. We confiscated some, and — I will be honest — the confiscated ones were watched in our office at night.",
        "Interpreter: Sorry, he means the customs staff watched them together, after work.",
        f"Mr.{NBSP}Pak: Yes. All of us. Even the chief.",
        "Interviewer: Why did you leave in the end?",
        f"Mr.{NBSP}Pak: My son went to China for work and did not come back. Then the security people started visiting me. I was old; I thought, if they take me now, I die there. Better to die on the way.",
        "Interviewer: Did anyone there ever talk about human rights?",
        f"Mr.{NBSP}Pak: Never. In the North you hear “inkwon” only in the newspaper, when they say the Americans have none. I heard it properly for the first time from Ms.{NBSP}Marsh’s organisation…",
        "Interviewer: Thank you, Mr. Pak.",
        "[End of interview — 52 min]",
    ]
    (HERE / "win03-crlf-quoted-officer.txt").write_bytes(
        ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def labelled(doc, label: str, text: str, italic: bool = False) -> None:
    p = doc.add_paragraph()
    if label:
        p.add_run(label + " ").bold = True
    p.add_run(text).italic = italic


def docx14() -> None:
    doc = Document()
    doc.add_heading("Interview 7: A former kotjebi from Chongjin", 0)
    doc.add_paragraph().add_run(
        "Editor’s note: This transcript has been edited for length. Words in square "
        "brackets are the translator’s. Questions are set in italics.").italic = True
    doc.add_paragraph("Interviewee: man, 20s, Chongjin; interviewed in Seoul in 2023.")
    labelled(doc, "Q:", "How old were you when you started living on the street?", True)
    p = doc.add_paragraph()
    p.add_run("A: ").bold = True
    p.add_run("Nine. My mother went to China to find work and my father was sick, so I went "
              "to the station with the other kotjebi [street children]. We slept near the "
              "boiler rooms because it was warm.")
    p.add_run("1").font.superscript = True
    labelled(doc, "Q:", "How did the children get food?", True)
    labelled(doc, "A:", "We stole, we begged, and we carried things for the traders. The "
             "railway police took a share of whatever we had. If you gave them something "
             "they let you sleep in the station; if not, they beat you and threw you out.")
    doc.add_paragraph("“If you gave them something they let you sleep in the station.”",
                      style="Intense Quote")
    labelled(doc, "", "Were you ever taken to one of the centres for children?", True)
    labelled(doc, "", "Twice. The second time a man from the centre asked me, “Do you want "
             "to go home or do you want to eat?” I said eat. That was the right answer, "
             "everyone laughed.")
    labelled(doc, "", "When did you start thinking about China?", True)
    labelled(doc, "", "When I was fourteen. Older boys came back from China with shoes and "
             "a phone with films on it. They showed us a Chinese film and a South Korean "
             "one. The South Korean one, I could not believe the food on the table.")
    p = doc.add_paragraph("Also the people in that film argued with a policeman and "
                          "nothing happened to them.")
    p.add_run("2").font.superscript = True
    labelled(doc, "", "Had you heard about human rights before you came here?", True)
    labelled(doc, "", "No. I heard about them at a church in Yanji. The pastor said children "
             "have rights. I thought he meant the children in his country.")
    doc.add_heading("Notes", 2)
    doc.add_paragraph("1 The boiler rooms of the station were heated in winter.")
    doc.add_paragraph("2 He came back to this scene several times during the interview.")
    doc.save(HERE / "docx14-bold-labels-italic-questions.docx")


def merged_row(table, text: str) -> None:
    cells = table.add_row().cells
    cell = cells[0].merge(cells[2])
    cell.text = text
    cell.paragraphs[0].runs[0].bold = True


def docx15() -> None:
    doc = Document()
    doc.add_heading("Annex 2. Interview with Respondent K (excerpts)", 1)
    doc.add_paragraph("Respondent K: woman, 30s, North Hamgyong. Interviewed in Bangkok in "
                      "March 2019 with an interpreter; translation by the authors.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"

    def header() -> None:
        cells = table.rows[0].cells if len(table.rows) == 1 and not table.rows[0].cells[0].text \
            else table.add_row().cells
        for c, t in zip(cells, ("No.", "Question", "Answer"), strict=True):
            c.text = t
            c.paragraphs[0].runs[0].bold = True

    def row(n: str, q: list[str], a: list[str]) -> None:
        cells = table.add_row().cells
        cells[0].text = n
        cells[1].text = q[0]
        for extra in q[1:]:
            cells[1].add_paragraph(extra)
        cells[2].text = a[0]
        for extra in a[1:]:
            cells[2].add_paragraph(extra)

    header()
    merged_row(table, "Part 1: Work and the market")
    row("1", ["What was your job in 2017?"],
        ["I was registered at a clothing factory but I did not go there. I paid the manager "
         "every month so that he marked me present, and I traded in the market instead."])
    row("2", ["How much did you pay him?"],
        ["Thirty thousand won a month, sometimes a sack of corn instead. Everyone in my "
         "section did the same, the manager had a list."])
    row("3", ["Another respondent told us: “The inspectors were the richest people in the "
              "market.”", "Would you agree with that?"],
        ["Not the richest. The richest were the people who paid the inspectors the most, "
         "because then nobody touched them."])
    header()
    merged_row(table, "Part 2: Leaving")
    row("4", ["Why did you leave?"],
        ["My husband was sent to a labour camp for a phone call to China. After that the "
         "bowiwon came to my house every week.",
         "I understood that my daughter would grow up as the child of a criminal. So we "
         "went, the two of us, in winter."])
    row("5", ["Did you watch foreign media?"],
        ["Yes, on a notel, mostly Chinese films, and a few South Korean dramas that my "
         "neighbour lent me on a memory card."])
    row("6", ["When did you first hear the words “human rights”?"],
        ["Here in Thailand, in the detention centre. A woman from an organisation said it. "
         "Before that I had never heard it."])
    doc.add_paragraph("Source: interview by the authors, Bangkok, March 2019. The "
                      "table continues in Annex 3.").runs[0].font.size = Pt(8)
    doc.save(HERE / "docx15-numbered-qa-table.docx")


def docx16() -> None:
    doc = Document()
    doc.add_heading("Transcript — NKI_interview_09.m4a", 1)
    doc.add_paragraph("Transcribed by ClearType Transcription Services on 2 August 2022. "
                      "Audio length 00:02:40.")
    doc.add_heading("Speaker key", 2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for a, b in (("Speaker 1", "Interviewer (Dana Holt)"),
                 ("Speaker 2", "Interviewee (Mr. Gwon)"),
                 ("Speaker 3", "Interpreter (Ms. Seo)")):
        cells = key.add_row().cells
        cells[0].text, cells[1].text = a, b
    doc.add_heading("Transcript", 2)
    turns = [
        ("1", "00:00:04", "Okay, we’re recording. Thank you for doing this, Mr. Gwon. Could "
         "you tell me where you grew up?"),
        ("2", "00:00:11", "In Hoeryong, North Hamgyong. Near the river."),
        ("1", "00:00:15", "And your family’s work?"),
        ("2", "00:00:18", "My father was in the army, then at the brick factory. My mother "
         "traded. She crossed the river to buy things in China, and she paid the guards each "
         "time, so they did not see her."),
        ("3", "00:00:41", "Sorry, can I add, he said “did not see” in the sense of, they "
         "looked the other way."),
        ("1", "00:00:46", "Thank you. Mr. Gwon, did you watch foreign media when you were "
         "young?"),
        ("2", "00:00:52", "Yes, from about 2008. Chinese TV first, because near the river you "
         "can get the signal, then South Korean dramas on DVD at [inaudible] the neighbour’s "
         "house."),
        ("1", "00:01:20", "Mm-hmm."),
        ("2", "00:01:21", "We had to be careful, because the inminban head had reported one "
         "family in our street already."),
        ("1", "00:01:29", "Why did you leave, in the end?"),
        ("2", "00:01:33", "I was in the army, and the hunger in the army was worse than "
         "outside. Soldiers stealing corn from the farmers. I deserted, and after you desert "
         "there is no going back. So I went to the river."),
        ("1", "00:02:02", "Last question. Had you heard of human rights before?"),
        ("2", "00:02:07", "In the army they told us the South has no human rights, that "
         "people sleep in the street. Later I saw people sleeping in the street in Seoul, "
         "actually. [laughs] But I also saw that nobody arrested them for it."),
        ("1", "00:02:30", "Okay. Thank you so much."),
    ]
    for who, time, text in turns:
        p = doc.add_paragraph()
        p.add_run(f"Speaker {who}").bold = True
        p.add_run(f" [{time}]: ")
        p.add_run(text)
    doc.add_paragraph("[00:02:33] [End of recording]")
    doc.save(HERE / "docx16-speaker-key-table.docx")


if __name__ == "__main__":
    win03()
    docx14()
    docx15()
    docx16()
