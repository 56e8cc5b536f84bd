"""A public inquiry's or tribunal's hearing transcript (inquiry.py): the presiding member,
other members and counsel ask, the witness (`Witness A (Mr. Han) (via interpreter):`)
answers, the interpreter is neither; procedure lines, a page number and the certificate are
context. eval31's commission01 read counsel's questions as answers and glued the witness's
first answer into counsel's turn; proven here on a tribunal worded otherwise, and not read so
in an oral history whose narrator is labelled `Witness:` (no presiding label)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.inquiry import INQUIRY_LABEL

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(path: Path) -> list[tuple[str, str, str]]:
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_members_and_counsel_ask_the_witness_answers_furniture_is_context():
    got = _read(LAYOUTS / "inquiry-tribunal-through-interpreter.txt")
    chair, counsel, han = "The Chairperson", "Mr Okafor", "Mr. Han"
    assert got == [
        ("other", "(preamble)", "INDEPENDENT INQUIRY INTO DETENTION"),
        ("other", "(heading)", "Before: Justice Maren Holt,"),
        ("other", "(procedure)", "--- Upon resuming at"),
        ("interviewer", chair, "Good afternoon. Mr Okafor,"),
        ("interviewer", counsel, "Thank you, Madam Chair."),
        ("respondent", han, "In a cell under"),
        ("interviewer", counsel, "How long were you"),
        ("respondent", han, "Forty days. My wife"),
        ("other", "The Interpreter", "The witness said cigarettes"),
        ("interviewer", "Commissioner Duval", "Did anyone tell you"),
        ("respondent", han, "Nobody told me. Later"),
        ("other", "(procedure)", "--- Luncheon recess at"),
        ("interviewer", chair, "We will adjourn until"),
        ("other", "(page number)", "212"),
        ("other", "(certificate)", "I, Dana Whitfield, certify"),
    ]


def test_an_oral_history_with_a_witness_label_reads_as_before():
    """`Witness:` answers an `Interviewer:` and no one presides: no inquiry. The capitals
    quoted in her answer and her `-- adjourned, they said` line stay words of her turns."""
    got = _read(LAYOUTS / "not-inquiry-witness-oral-history.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [
        ("interviewer", "Interviewer"), ("respondent", "Witness")] * 2 + [
        ("interviewer", "Interviewer")]
    t = parse_file(LAYOUTS / "not-inquiry-witness-oral-history.txt", Config())
    assert "THE PRESIDING COMMISSIONER:" in t.turns[2].text
    assert "-- adjourned, they said" in t.turns[4].text


def test_hostile_lines_are_read_in_linear_time(tmp_path: Path):
    line = "WITNESS 11 " + "(Interpreted " * 1600 + ":"
    assert INQUIRY_LABEL.match(line) is None
    body = "".join(f"THE CHAIR: Question {i}?\n\nTHE WITNESS (Interpreted): Answer {i}.\n\n"
                   f"--- Upon recessing at {i % 12 + 1}:00 p.m.\n\n" for i in range(1700))
    path = tmp_path / "long.txt"
    path.write_text(body + "   " + "x " * 10000 + "\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert t.turns[0].role == "interviewer" and t.turns[1].role == "respondent"
