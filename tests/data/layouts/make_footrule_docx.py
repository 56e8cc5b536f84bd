"""Writes word-footnotes-under-rule.docx and word-numbered-list-under-rule.docx (python-docx):
a Word transcript whose typed footnotes sit under a rule of underscores after the last turn,
their marks typed as digits glued to words; and a near miss, numbered paragraphs under a rule
whose numbers no word carries (test_footrule.py). Run once; the outputs are committed."""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent


def _write(name: str, paragraphs: list[str]) -> None:
    d = docx.Document()
    d.add_paragraph("Interview 12, Incheon, 14 June 2022")
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(HERE / name)


_write("word-footnotes-under-rule.docx", [
    "Interviewer: Where did you live before you left?",
    "Ms. Pyon: In Onsong.2 My husband worked on the railway and I sold noodles at the "
    "station.",
    "Interviewer: How did the station master treat the sellers?",
    "Ms. Pyon: He took a bowl every day and a pig at the new year. Everyone paid him "
    "something, it was the custom.3",
    "Interviewer: Thank you, that is all for today.",
    "__________",
    "2 A county town on the Tumen river, across from China.",
    "3 She laughed here; the interpreter noted that she meant it seriously.",
    "Transcribed by J. Mercer.",
])

_write("word-numbered-list-under-rule.docx", [
    "Interviewer: What did your mother teach you about the market?",
    "Mr. Cha: She had rules, and I wrote them down when I arrived here, so I would not "
    "forget her. I will read them to you, one by one.",
    "__________",
    "1 Never sell in the open when the inspector is new.",
    "2 Never keep all the money in one place.",
    "Interviewer: Thank you. Did she follow them herself?",
    "Mr. Cha: Always. She died in 2019.",
])
