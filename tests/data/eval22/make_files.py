"""Writes the three eval22 Word files, which cannot be typed: avscript01 (a documentary's
two-column VIDEO | AUDIO script in a Word table), family01 (an agency transcript of a family
interview, two interviewers and two respondents, bold labels with a tab, full names at first
mention then initials) and colour01 (a transcript whose questions are told only by their blue
font). Run once with /work/main/.venv/bin/python (python-docx); its outputs are committed and
the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import RGBColor

HERE = Path(__file__).parent
BLUE = RGBColor(0x1F, 0x4E, 0xD8)
RED = RGBColor(0xC0, 0x00, 0x00)


def avscript01() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "RIVER CROSSINGS \u2013 Ep. 2 \u2013 CONFIDENTIAL"
    doc.add_heading("RIVER CROSSINGS \u2013 Ep. 2 \u201cThe Trader\u201d \u2013 AV script, "
                    "rough cut 3", level=1)
    doc.add_paragraph("Producer: T. Vance    Editor: M. Okoye    Target duration: 04:30")
    rows = [
        ("VIDEO", "AUDIO"),
        ("Drone over the river at dawn, ice at the banks.",
         "NARR (V/O): In winter the river is narrow enough to walk across. Most people who "
         "leave from this county cross here."),
        ("CU hands counting yuan notes on a kitchen table.\n"
         "SUPER: Do Young-hee, left North Korea in 2018",
         "SOT DO: \u201cEvery month I counted the money for the inspector first, before we "
         "bought any food. His share came before our rice.\u201d"),
        ("MS Do at the table, looking off camera.",
         "Q (off cam): What happened if you didn\u2019t pay?"),
        ("Same. Push in slowly.",
         "SOT DO: \u201cThen your stall was suddenly in the wrong place, or your scale was "
         "wrong. There was always a rule you had broken.\u201d"),
        ("ARCHIVE: state TV, inspection team at a market (2015). Burn in source.",
         "NARR (V/O): Foreign dramas reached the markets on memory cards hidden in cigarette "
         "packets and rice sacks."),
        ("MS Do, laughing, hand over mouth.",
         "Q (off cam): Did you watch them too?\n"
         "SOT DO: \u201cI sold the cards, so I had to know what was on them. That was my "
         "excuse. My husband said I knew the actors better than our neighbours.\u201d"),
        ("GV the river, afternoon. Music up.",
         "MUSIC: \u201cFar Shore\u201d (library, 0:40)"),
        ("MS Do.",
         "Q (off cam): Why did you finally go?\n"
         "SOT DO: \u201cMy husband was arrested for the cards. Not me, him. I knew that if I "
         "stayed they would come for our daughter next.\u201d"),
        ("CU Do, silent.",
         "Q (off cam): Did you know then that you had rights?\n"
         "SOT DO: \u201cRights? I learned that word in Hanawon, in a classroom, at fifty-one "
         "years old.\u201d"),
        ("BLACK.\nSUPER: Names have been changed to protect family members.",
         "MUSIC OUT."),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (video, audio) in enumerate(rows):
        for c, text in enumerate((video, audio)):
            cell = table.cell(r, c)
            parts = text.split("\n")
            cell.paragraphs[0].text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    doc.add_paragraph("TRT 04:31")
    doc.add_paragraph("Notes for edit: trim the bribe line if legal objects; keep the "
                      "Hanawon answer whole.")
    doc.save(HERE / "avscript01-two-column-av-script.docx")


def labelled(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run("\t" + text)


def family01() -> None:
    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = "ClearWord Transcription \u2013 Job 4471"
    doc.add_heading("Kang family interview \u2013 Seoul, 21 September 2023", level=1)
    doc.add_paragraph("Transcript type: clean verbatim. Audio file: KANG_family_0921.wav "
                      "(1:12:40). Speaker names as supplied by the client.")
    labelled(doc, "Amelia Stroud (AS):", "Thank you both for having us. Mrs. Kang, could you "
             "start by telling us what your work was in Chongjin?")
    labelled(doc, "Kang Ok-sun (KOS):", "I sold clothes from China. Second-hand at first, "
             "then new. The clothes came across the river and I sold them in the market.")
    labelled(doc, "Park Ha-eun (PH):", "And did you need to pay anyone to keep selling?")
    labelled(doc, "KOS:", "Every week the inspector walked past and I folded a shirt into a "
             "bag for him. For the big inspections in spring, money. My son knows, he "
             "carried the bags.")
    labelled(doc, "Kang Min (KM):", "I was twelve. I thought it was a present for his "
             "birthday every week.")
    labelled(doc, "KOS:", "[laughs] He believed that for a year.")
    doc.add_paragraph("[00:05:00]")
    labelled(doc, "AS:", "Min, you were a teenager when the dramas were everywhere. Did you "
             "watch them?")
    labelled(doc, "KM:", "Every night, with my friends. We copied them from one USB to "
             "another at a friend\u2019s house because his father worked at the power "
             "station and they had electricity.")
    labelled(doc, "KOS:", "I didn\u2019t know.")
    labelled(doc, "KM:", "You knew. In 2016 the 109 group took my friend\u2019s computer and "
             "his father paid them to forget the name of everyone who had been in the "
             "room. That was our names too.")
    labelled(doc, "PH:", "Mrs. Kang, why did you decide to leave?")
    labelled(doc, "KOS:", "Because of that. After the computer, they could take my son "
             "whenever they wanted. A mother knows when it is time.")
    doc.add_paragraph("[00:10:00]")
    labelled(doc, "AS:", "Had either of you heard about human rights before you came "
             "here?")
    labelled(doc, "KM:", "In a South Korean film, a lawyer said it in court. I remember "
             "because the subtitles at my friend\u2019s house were in Chinese and I had to "
             "ask what it meant.")
    labelled(doc, "KOS:", "Not me. Only in Hanawon.")
    labelled(doc, "AS:", "Thank you both. We\u2019ll stop there for today.")
    doc.add_paragraph("[END OF RECORDING]")
    doc.add_paragraph("Transcribed by: R. Lindell. Proofread by: J. Osei. ClearWord "
                      "Transcription Ltd., clearword.example")
    doc.save(HERE / "family01-two-interviewers-two-respondents.docx")


def colour01() -> None:
    doc = Document()
    doc.add_heading("R05 \u2013 Mr. Yeom \u2013 Chongjin / Kimchaek", level=1)
    doc.add_paragraph("Recorded 2 Feb 2020, Daegu. Translation mine. My questions in blue.")

    def ask(text: str) -> None:
        doc.add_paragraph().add_run(text).font.color.rgb = BLUE

    def say(text: str) -> None:
        doc.add_paragraph(text)

    ask("Tell me about your work in the port.")
    say("I was a fisherman on a state boat, but the boat belonged to the captain in every "
        "way that mattered. Half the catch went to the fishery office on paper, and a "
        "quarter went to the office in ways that were not on paper.")
    ask("In what ways?")
    say("Fish for the manager\u2019s family, fish for the border post, fish for the man who "
        "signed our sailing permit. Without his signature the boat stayed in the harbour.")
    p = doc.add_paragraph()
    p.add_run("[check: Chongjin or Kimchaek? he says both]").font.color.rgb = RED
    ask("Some people say that fishermen also brought back other things.")
    say("From the Chinese boats, yes. At sea you could trade fish for anything. Cigarettes, "
        "phones, and the small cards with films on them.")
    say("I kept the cards inside a fish. A frozen fish, in the hold. Nobody checks inside a "
        "frozen fish. Why would they?")
    ask("Did anyone ever find them?")
    say("Once. A young officer from the security department. He took the cards and a box "
        "of fish and said nothing more. So I paid twice for the same cards.")
    ask("What made you leave?")
    say("The sea. I was already on the sea, and one night the engine was fine and the "
        "weather was fine and the south was right there. People ask me whether I was "
        "afraid. Why would I go back to be hungry?")
    ask("Had you heard of human rights before?")
    say("From the Chinese fishermen, as a joke. They said, in your country you have no human "
        "rights, and in ours only a few. I did not understand the joke until much later.")
    doc.add_paragraph("\u2014 end \u2014")
    doc.save(HERE / "colour01-questions-in-blue.docx")


if __name__ == "__main__":
    avscript01()
    family01()
    colour01()
