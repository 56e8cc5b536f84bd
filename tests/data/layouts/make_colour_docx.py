"""Writes the two Word fixtures of questions told by font colour (run once; the tests read
the committed .docx): a researcher's transcript asking in green, and a near miss whose
coloured paragraphs are a heading, a link and a translator's notes, not questions."""

from pathlib import Path

import docx
from docx.shared import RGBColor

HERE = Path(__file__).parent


def write(name: str, paragraphs: list[tuple[str, str | None]]) -> None:
    d = docx.Document()
    for text, colour in paragraphs:
        run = d.add_paragraph().add_run(text)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    d.save(str(HERE / name))


GREEN, ORANGE, BLUE = "00B050", "ED7D31", "0563C1"
write("colour-questions-in-green.docx", [
    ("Interview 3: Mrs. Choi, Hyesan. Questions are in green.", None),
    ("You were a teacher before the famine?", GREEN),
    ("A primary teacher, twenty years. Then the school stopped paying us in 1996.", None),
    ("And the children.", GREEN),
    ("Half of them stopped coming. Who can learn when they are hungry?", None),
    ("(translator: she means the winter of 1997)", ORANGE),
    ("Did you keep teaching?", GREEN),
    ("For a while, for nothing. Then I sold cigarettes at the station.", None),
    ("What did your husband think of that?", GREEN),
    ("He said nothing. What could he say? We had to eat.", None),
])
write("colour-near-miss-notes-in-blue.docx", [
    ("Oral history project", BLUE),
    ("Interview with Mr. Han, recorded in Seoul.", None),
    ("Where were you born?", None),
    ("In Musan, near the mine. My father was a miner.", None),
    ("What was school like?", None),
    ("Strict. We sang songs about the leader every morning.", None),
    ("When did you leave?", None),
    ("In 2008, with my cousin.", None),
    ("Translator's notes", BLUE),
    ("Musan is in North Hamgyong province.", BLUE),
    ("The songs he means are the morning songs of the school.", BLUE),
    ("See the project site for the full archive.", BLUE),
])
