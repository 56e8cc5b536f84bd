"""Writes the two eval19 Word files, which cannot be typed: docx27 (a transcript pasted into
Word from a web portal, its lines held together by manual line breaks inside a few
paragraphs) and docx28 (the interviewer's turns in italics only, a hidden-text note inside
an answer, field notes after the interview). Run once with /work/main/.venv/bin/python
(python-docx); its outputs are committed and the tests never run it."""

from __future__ import annotations

from pathlib import Path

from docx import Document

HERE = Path(__file__).parent


def lines_in_one_paragraph(doc, lines: list[str]) -> None:
    """One Word paragraph whose lines are separated by manual line breaks (Shift+Enter),
    as a paste from a web page gives them; an empty string is an empty line."""
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def docx27() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "R11 \u2013 confidential"
    doc.add_heading("R11 \u2013 Mrs. Hong \u2013 transcript (portal paste)", level=1)
    doc.add_paragraph("Pasted from the transcription portal on 12 May 2021. Line breaks kept "
                      "as they came. Not yet checked against the audio.")
    lines_in_one_paragraph(doc, [
        "Interviewer: Thank you for agreeing to talk to me again. Shall we begin with where "
        "you lived?",
        "Mrs. Hong: In Hoeryong, near the old cinema. I lived there until I was",
        "forty-one, with my husband and two sons.",
        "",
        "Interviewer: What did your family do for a living?",
        "Mrs. Hong: My husband worked at the food factory, and I sold clothes at the",
        "market. The factory paid in corn when it paid at all. The market fed us.",
        "",
        "Interviewer: Did the clothes business need any help from officials?",
        "Mrs. Hong: Help, yes. [laughs] Nothing moves there without help. The",
        "inspector from the commercial office came every month, and I gave him a",
        "blouse or a pair of trousers for his daughter. Once he asked for a coat.",
    ])
    lines_in_one_paragraph(doc, [
        "Interviewer: Did you ever see South Korean dramas?",
        "Mrs. Hong: My sons watched. I pretended not to know. In 2012 the police",
        "found a stick in the younger one's schoolbag and we paid the officer two",
        "hundred dollars so it was not reported. After that I watched with them,",
        "because if we were going to pay anyway I wanted to see what we paid for.",
        "",
        "Interviewer: Why did you leave Hoeryong?",
        "Mrs. Hong: My older son went first, in 2014, and he called from China.",
        "He said, Mother, here a day of work buys a week of rice. I went a year later.",
        "",
        "Interviewer: Had you heard of human rights?",
        "Mrs. Hong: No. Only at Hanawon.",
        "",
        "Interviewer: Thank you, Mrs. Hong.",
        "[end of portal transcript]",
    ])
    doc.add_paragraph("Checked by: ______    Date: ______")
    doc.save(HERE / "docx27-soft-line-breaks.docx")


def docx28() -> None:
    doc = Document()
    doc.add_heading("Interview 3 \u2014 Mr. Gu, Sinuiju", level=1)
    doc.add_paragraph("(Interviewer in italics. Recorded in Daejeon, 9 October 2022. "
                      "Translated from Korean by the author.)")

    def ask(text: str) -> None:
        doc.add_paragraph().add_run(text).italic = True

    def say(*pieces: tuple[str, str]) -> None:
        """A plain paragraph of the respondent's; ("i", text) italic, ("h", text) hidden."""
        p = doc.add_paragraph()
        for kind, text in pieces:
            run = p.add_run(text)
            run.italic = kind == "i"
            run.font.hidden = kind == "h"

    ask("Thank you for seeing me. You grew up in Sinuiju?")
    say(("", "Yes, near the bridge to Dandong."),
        ("h", " [TN: check \u2014 he may have said Sakju here, not Sinuiju]"),
        ("", " My father was a customs inspector, so we had a good life, better than most."))
    ask("You said earlier that your uncle also worked at customs.")
    say(("", "Yes. He was the one who taught me how it works. A truck comes from China, the "
              "driver has a paper, and inside the paper there is an envelope. If the envelope "
              "is thick the truck is not opened. If it is thin, everything comes out onto "
              "the ground."))
    ask("Mm.")
    say(("", "And nobody asks where the envelope goes. Up. It goes up."))
    ask("Did you ever take envelopes yourself?")
    say(("", "After my father retired I worked at the customs warehouse, as a clerk. A clerk "
              "does not get envelopes. A clerk gets cigarettes."))
    ask("What about foreign media? Sinuiju is right on the border.")
    say(("", "We could catch Chinese television with a good antenna, and everyone had an "
              "antenna. The "), ("i", "jangmadang"),
        ("", " had South Korean DVDs, later USB sticks. I watched with my wife every weekend. "
             "It was our cinema."))
    say(("", "In 2015 the 109 group searched our apartment block. They took my neighbour "
              "away, not me. Why him and not me? I still do not know."))
    ask("Is that when you started thinking about leaving?")
    say(("", "No. I started thinking when my son failed the university exam because of my "
              "father's cousin, who had gone to the South in the war. Songbun. There was no "
              "future for him. In 2017 we crossed near Sakju, the three of us."))
    ask("Had you heard of human rights before you left?")
    say(("", "The words, yes, in the newspaper. The meaning, no. At Hanawon they told us, and "
              "I thought of the envelopes."))
    ask("Thank you. That's all.")
    doc.add_heading("Field notes", level=2)
    doc.add_paragraph("I met Mr. Gu at a caf\u00e9 near Daejeon station. He was relaxed and "
                      "funny until we reached the customs work; then he lowered his voice and "
                      "looked at the door. He insisted twice that he never took a bribe "
                      "himself, which I doubt given the warehouse job.")
    doc.add_paragraph("Follow-up: ask about the 109 search in 2015 and the neighbour's name (do "
                      "not record). Possible link to interview 5.")
    doc.save(HERE / "docx28-italic-interviewer-field-notes.docx")


if __name__ == "__main__":
    docx27()
    docx28()
