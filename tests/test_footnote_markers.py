"""A footnote's number glued to the word it annotates, as text copied from a PDF carries a
superscript (`the safety officer1 took his`): the word matched no rule. The number comes off
when its note is found; a number glued to a word in a text without such notes stays."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

BOOK = """Interviewer: Who took a share of the fish?

Respondent: The market people took theirs, and the safety officer1 took his, every
week. The bowibu2 men came later.

Interviewer: Did you ever refuse?

Respondent: Once. After that my stall was moved to the back row.

1 The anjeonwon, the police officer responsible for the market.
2 The state security department.
"""


def texts(path: Path) -> list[str]:
    return [p.text for turn in parse_file(path, Config()).turns for p in turn.paragraphs]


def test_a_footnote_number_comes_off_the_word(tmp_path: Path):
    path = tmp_path / "book.txt"
    path.write_text(BOOK, encoding="utf-8")
    said = texts(path)
    assert said[1] == ("The market people took theirs, and the safety officer took his, every "
                       "week. The bowibu men came later.")
    assert "1 The anjeonwon, the police officer responsible for the market." in said[-2:][0]


def test_a_number_glued_to_a_word_without_a_note_stays(tmp_path: Path):
    path = tmp_path / "plain.txt"
    path.write_text("Interviewer: What phone did you have?\n\nRespondent: A Samsung galaxy5, "
                    "bought in Dandong.\n", encoding="utf-8")
    assert texts(path)[1] == "A Samsung galaxy5, bought in Dandong."
